--TEST--
B24Placement: bind() with every documented parameter, get(), list(), idempotent install(), unbind() with the real count
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
pl_emu('current');
$c = pl_client();

echo "-- bind with every parameter\n";
$tab = new B24Placement('crm_deal_detail_tab', $c);
var_dump($tab->code(), $tab->bind('https://app.example.com/tab.php', [
    'title' => 'Tab', 'description' => 'A tab', 'group_name' => 'Tools',
    'options' => ['ignored' => 1],
]));
$mark = b24_emu_log_mark();
var_dump((new B24Placement('IM_TEXTAREA', $c))->bind('https://app.example.com/im.php', [
    'LANG_ALL' => ['en' => ['TITLE' => 'Button', 'DESCRIPTION' => 'd'], 'de' => ['TITLE' => 'Knopf']],
    'OPTIONS' => ['iconName' => 'fa-bolt', 'color' => 'RED', 'width' => 100],
]));
$sent = array_values(array_filter(b24_emu_log_since($mark), fn ($e) => $e['rest_method'] === 'placement.bind'))[0]['params'];
unset($sent['auth']);
echo json_encode($sent, JSON_UNESCAPED_SLASHES), "\n";
var_dump((new B24Placement('PAGE_BACKGROUND_WORKER', $c))->bind('https://app.example.com/worker-user3.php', [
    'options' => ['errorHandlerUrl' => 'https://app.example.com/err.php'], 'user_id' => 3,
]));
foreach ([$tab, new B24Placement('IM_TEXTAREA', $c), new B24Placement('PAGE_BACKGROUND_WORKER', $c)] as $p) {
    foreach ($p->get() as $item) {
        $shown = array_intersect_key($item, array_flip(['placement', 'userId', 'handler', 'options', 'title']));
        echo json_encode($shown, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
    }
}
pl_try(fn () => $tab->bind('https://app.example.com/tab.php'));
pl_try(fn () => (new B24Placement('LEFT_MENU', $c))->bind('https://app.example.com/m.php', ['user_id' => 2]));
pl_try(fn () => (new B24Placement('NO_SUCH_PLACE', $c))->bind('https://app.example.com/m.php'));

echo "-- install is idempotent\n";
$menu = new B24Placement(B24Placement::LEFT_MENU, $c);
$mark = b24_emu_log_mark();
var_dump($menu->install('https://app.example.com/menu.php', ['title' => 'Menu']));
var_dump($menu->install('https://app.example.com/menu.php', ['title' => 'Menu']));
echo implode(', ', pl_methods_since($mark)), "\n";
echo count($menu->get()), " handler\n";

echo "-- install replaces a single-instance handler (user 3's stays)\n";
$worker = new B24Placement('PAGE_BACKGROUND_WORKER', $c);
$opts = ['options' => ['errorHandlerUrl' => 'https://app.example.com/err.php']];
var_dump($worker->install('https://app.example.com/worker.php', $opts));
$mark = b24_emu_log_mark();
var_dump($worker->install('https://app.example.com/worker2.php', $opts));
echo implode(', ', pl_methods_since($mark)), "\n";
foreach ($worker->get() as $item) {
    echo "{$item['placement']} user {$item['userId']} -> {$item['handler']}\n";
}
var_dump($worker->install('https://app.example.com/worker2.php', $opts));

echo "-- install when the portal says it is bound already, or full\n";
$search = new B24Placement('CRM_DETAIL_SEARCH', $c);
b24_emu_fault('error', ['code' => 'ERROR_CORE', 'status' => 400,
    'description' => 'Unable to set placement handler: Handler already binded'], 1, 'placement.bind');
var_dump($search->install('https://app.example.com/search.php'));
b24_emu_fault('error', ['code' => 'ERROR_PLACEMENT_MAX_COUNT', 'status' => 200,
    'description' => 'Placement max count: 1'], 1, 'placement.bind');
$mark = b24_emu_log_mark();
var_dump($search->install('https://app.example.com/search.php'));
echo implode(', ', pl_methods_since($mark)), "\n";
echo count($search->get()), " handler\n";

echo "-- unbind counts what it removed\n";
$menu->bind('https://app.example.com/menu2.php');
$menu->bind('https://app.example.com/menu3.php');
var_dump($menu->unbind('https://app.example.com/menu3.php'));
var_dump($menu->unbind());
var_dump($menu->unbind());
var_dump($worker->unbind(null, 3));
var_dump((new B24Placement('NO_SUCH_PLACE', $c))->unbind());

echo "-- list\n";
$all = $tab->list();
var_dump(in_array('CRM_DEAL_DETAIL_TAB', $all, true), in_array('LEFT_MENU', $all, true));
var_dump($tab->list(['scope' => 'telephony']));
var_dump(count($tab->list(['full' => true])) >= count($all));

echo "-- webhooks and users\n";
pl_try(fn () => (new B24Placement('LEFT_MENU', b24_emu_webhook_client()))->get());
pl_try(fn () => (new B24Placement('LEFT_MENU', pl_client(false)))->bind('https://app.example.com/m.php'));
var_dump(count((new B24Placement('LEFT_MENU', pl_client(false)))->list()) > 0);
?>
--EXPECT--
-- bind with every parameter
string(19) "CRM_DEAL_DETAIL_TAB"
bool(true)
bool(true)
{"PLACEMENT":"IM_TEXTAREA","HANDLER":"https://app.example.com/im.php","LANG_ALL":{"en":{"TITLE":"Button","DESCRIPTION":"d"},"de":{"TITLE":"Knopf"}},"OPTIONS":{"iconName":"fa-bolt","color":"RED","width":"100"}}
bool(true)
{"placement":"CRM_DEAL_DETAIL_TAB","userId":0,"handler":"https://app.example.com/tab.php","options":[],"title":"Tab"}
{"placement":"IM_TEXTAREA","userId":0,"handler":"https://app.example.com/im.php","options":{"iconName":"fa-bolt","color":"RED","width":"100"},"title":"Button"}
{"placement":"PAGE_BACKGROUND_WORKER","userId":3,"handler":"https://app.example.com/worker-user3.php","options":{"errorHandlerUrl":"https://app.example.com/err.php"},"title":"b24 emulator app"}
B24ApiException: ERROR_CORE: Unable to set placement handler: Handler already binded
B24ApiException: ERROR_PLACEMENT_USER_MODE: User mode is not available
B24ApiException: ERROR_PLACEMENT_NOT_FOUND: Placement not found
-- install is idempotent
bool(true)
bool(false)
placement.get, placement.bind, placement.get
1 handler
-- install replaces a single-instance handler (user 3's stays)
bool(true)
bool(true)
placement.get, placement.unbind, placement.bind
PAGE_BACKGROUND_WORKER user 3 -> https://app.example.com/worker-user3.php
PAGE_BACKGROUND_WORKER user 0 -> https://app.example.com/worker2.php
bool(false)
-- install when the portal says it is bound already, or full
bool(false)
bool(true)
placement.get, placement.bind, placement.unbind, placement.bind
1 handler
-- unbind counts what it removed
int(1)
int(2)
int(0)
int(1)
int(0)
-- list
bool(true)
bool(true)
array(2) {
  [0]=>
  string(9) "CALL_CARD"
  [1]=>
  string(24) "TELEPHONY_ANALYTICS_MENU"
}
bool(true)
-- webhooks and users
B24AuthException: WRONG_AUTH_TYPE: Current authorization type is denied for this method Application context required
B24AccessException: ACCESS_DENIED: Access denied!
bool(true)