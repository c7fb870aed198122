--TEST--
placement.unbind (doubled count, HANDLER and USER_ID filters, 400 ERROR_ARGUMENT) and placement.list (granted scopes + global, SCOPE, FULL)
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$admin = emu_install(true)['access_token'];
$h = 'https://app.example.com/w';
foreach ([['CRM_DEAL_LIST_MENU', "$h/1"], ['CRM_DEAL_LIST_MENU', "$h/2"], ['CRM_LEAD_LIST_MENU', "$h/1"], ['LEFT_MENU', "$h/1"]] as [$code, $handler]) {
    emu_app($admin, 'placement.bind', ['PLACEMENT' => $code, 'HANDLER' => $handler]);
}
emu_app($admin, 'placement.bind', ['PLACEMENT' => 'PAGE_BACKGROUND_WORKER', 'HANDLER' => "$h/pbw", 'USER_ID' => 3, 'OPTIONS' => ['errorHandlerUrl' => "$h/e"]]);
$unbind = function (array $p) use ($admin): string {
    $r = emu_app($admin, 'placement.unbind', $p);
    return emu_brief($r) . ' ' . json_encode($r['json']['result'] ?? $r['json']['error_description']);
};
echo 'one handler: ', $unbind(['PLACEMENT' => 'CRM_DEAL_LIST_MENU', 'HANDLER' => "$h/2"]), "\n";
echo 'same again: ', $unbind(['PLACEMENT' => 'CRM_DEAL_LIST_MENU', 'HANDLER' => "$h/2"]), "\n";
emu_app($admin, 'placement.bind', ['PLACEMENT' => 'CRM_DEAL_LIST_MENU', 'HANDLER' => "$h/2"]);
echo 'all handlers of a code: ', $unbind(['PLACEMENT' => 'crm_deal_list_menu']), "\n";
echo 'USER_ID filter (no match): ', $unbind(['PLACEMENT' => 'PAGE_BACKGROUND_WORKER', 'USER_ID' => 2]), "\n";
echo 'USER_ID filter: ', $unbind(['PLACEMENT' => 'PAGE_BACKGROUND_WORKER', 'USER_ID' => 3]), "\n";
echo 'unknown code: ', $unbind(['PLACEMENT' => 'NO_SUCH_CODE']), "\n";
echo 'no PLACEMENT: ', $unbind(['HANDLER' => $h]), "\n";
echo 'PLACEMENT array: ', $unbind(['PLACEMENT' => ['a']]), "\n";
echo 'left: ', implode(',', array_column(emu_app($admin, 'placement.get')['json']['result'], 'placement')), "\n";

$user = emu_install(false)['access_token'];
$codes = emu_app($user, 'placement.list')['json']['result'];
echo 'list: ', count($codes), ' has LEFT_MENU: ', json_encode(in_array('LEFT_MENU', $codes, true)), ' CRM_DEAL_DETAIL_TAB: ', json_encode(in_array('CRM_DEAL_DETAIL_TAB', $codes, true)), ' templates: ', json_encode(preg_grep('/</', $codes) !== []), ' USERFIELD_TYPE: ', json_encode(in_array('USERFIELD_TYPE', $codes, true)), "\n";
$narrow = emu_install(false, ['scope' => 'placement,task'])['access_token'];
$codes = emu_app($narrow, 'placement.list')['json']['result'];
echo 'scope placement,task: ', count($codes), ' crm codes: ', count(preg_grep('/^CRM_/', $codes)), ' task codes: ', count(preg_grep('/^TASK_/', $codes)), "\n";
echo 'SCOPE=telephony: ', implode(',', emu_app($narrow, 'placement.list', ['SCOPE' => 'telephony'])['json']['result']), "\n";
$full = emu_app($narrow, 'placement.list', ['FULL' => 'true'])['json']['result'];
echo 'FULL has crm: ', json_encode(in_array('CRM_DEAL_LIST_MENU', $full, true)), "\n";
?>
--EXPECT--
one handler: 200 ok {"count":2}
same again: 200 ok {"count":0}
all handlers of a code: 200 ok {"count":4}
USER_ID filter (no match): 200 ok {"count":0}
USER_ID filter: 200 ok {"count":2}
unknown code: 200 ok {"count":0}
no PLACEMENT: 400 ERROR_ARGUMENT "Argument 'PLACEMENT' is null or empty"
PLACEMENT array: 400 ERROR_ARGUMENT "The value of an argument 'PLACEMENT' must be of type string"
left: CRM_LEAD_LIST_MENU,LEFT_MENU
list: 80 has LEFT_MENU: true CRM_DEAL_DETAIL_TAB: true templates: false USERFIELD_TYPE: false
scope placement,task: 12 crm codes: 0 task codes: 7
SCOPE=telephony: CALL_CARD,TELEPHONY_ANALYTICS_MENU
FULL has crm: true
