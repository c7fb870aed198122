--TEST--
placement.bind rules: arguments, catalog codes and scopes, handler URLs, user mode, PAGE_BACKGROUND_WORKER (errorHandlerUrl, one handler), duplicates, options
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$admin = emu_install(true)['access_token'];
$bind = function (array $p) use ($admin): string {
    $r = emu_app($admin, 'placement.bind', $p);
    $j = $r['json'];
    return emu_brief($r) . (isset($j['error']) ? ' "' . $j['error_description'] . '"' . (isset($j['argument']) ? ' argument=' . $j['argument'] : '') : ' ' . json_encode($j['result']));
};
$h = 'https://app.example.com/widget';
echo 'no PLACEMENT: ', $bind(['HANDLER' => $h]), "\n";
echo 'PLACEMENT array: ', $bind(['PLACEMENT' => ['X'], 'HANDLER' => $h]), "\n";
echo 'DEFAULT: ', $bind(['PLACEMENT' => 'DEFAULT', 'HANDLER' => $h]), "\n";
echo 'unknown code: ', $bind(['PLACEMENT' => 'NO_SUCH_PLACE', 'HANDLER' => $h]), "\n";
echo 'private code: ', $bind(['PLACEMENT' => 'USERFIELD_TYPE', 'HANDLER' => $h]), "\n";
echo 'no HANDLER: ', $bind(['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB']), "\n";
echo 'ftp handler: ', $bind(['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'HANDLER' => 'ftp://app.example.com/x']), "\n";
echo 'no host: ', $bind(['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'HANDLER' => '/relative/path']), "\n";
echo 'localhost: ', $bind(['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'HANDLER' => 'https://localhost/x']), "\n";
echo 'private address: ', $bind(['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'HANDLER' => 'https://192.168.1.5/x']), "\n";
echo 'lower-case code, lower-case keys: ', $bind(['placement' => 'crm_deal_detail_tab', 'handler' => $h, 'title' => 'Tab']), "\n";
echo 'same again: ', $bind(['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'HANDLER' => $h]), "\n";
echo 'another handler: ', $bind(['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'HANDLER' => $h . '2']), "\n";
echo 'template code: ', $bind(['PLACEMENT' => 'CRM_DYNAMIC_183_DETAIL_TAB', 'HANDLER' => $h]), "\n";
echo 'legacy code: ', $bind(['PLACEMENT' => 'CRM_INVOICE_LIST_TOOLBAR', 'HANDLER' => $h]), "\n";
echo 'USER_ID without user mode: ', $bind(['PLACEMENT' => 'LEFT_MENU', 'HANDLER' => $h, 'USER_ID' => 2]), "\n";
echo 'background worker without errorHandlerUrl: ', $bind(['PLACEMENT' => 'PAGE_BACKGROUND_WORKER', 'HANDLER' => $h]), "\n";
echo 'background worker, local errorHandlerUrl: ', $bind(['PLACEMENT' => 'PAGE_BACKGROUND_WORKER', 'HANDLER' => $h, 'OPTIONS' => ['errorHandlerUrl' => 'https://127.0.0.1/e']]), "\n";
$pbw = ['PLACEMENT' => 'PAGE_BACKGROUND_WORKER', 'HANDLER' => $h, 'OPTIONS' => ['errorHandlerUrl' => 'https://app.example.com/err', 'other' => 'dropped']];
echo 'background worker: ', $bind($pbw), "\n";
echo 'background worker again (same handler): ', $bind($pbw), "\n";
echo 'background worker, second handler: ', $bind(['HANDLER' => $h . '/other'] + $pbw), "\n";
echo 'background worker for one user: ', $bind(['USER_ID' => 2, 'HANDLER' => $h . '/u'] + $pbw), "\n";
echo 'same user again: ', $bind(['USER_ID' => 2, 'HANDLER' => $h . '/u2'] + $pbw), "\n";
echo 'REST_APP_URI twice: ', $bind(['PLACEMENT' => 'REST_APP_URI', 'HANDLER' => $h]), ' / ', $bind(['PLACEMENT' => 'REST_APP_URI', 'HANDLER' => $h . '3']), "\n";
echo 'IM_TEXTAREA options: ', $bind(['PLACEMENT' => 'IM_TEXTAREA', 'HANDLER' => $h, 'OPTIONS' => ['iconName' => 'fa-x', 'color' => 'RED', 'bogus' => 1]]), "\n";
$crmOnly = emu_install(true, ['scope' => 'placement,im'])['access_token'];
$r = emu_app($crmOnly, 'placement.bind', ['PLACEMENT' => 'CRM_DEAL_LIST_MENU', 'HANDLER' => $h]);
echo 'CRM code without scope crm: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
echo 'global code without scope crm: ', emu_brief(emu_app($crmOnly, 'placement.bind', ['PLACEMENT' => 'LEFT_MENU', 'HANDLER' => $h])), "\n";
$items = emu_app($admin, 'placement.get')['json']['result'];
foreach ($items as $item) {
    echo '  ', $item['placement'], ' user=', $item['userId'], ' options=', json_encode($item['options'], JSON_UNESCAPED_SLASHES), ' title=', $item['title'], "\n";
}
echo 'LANG_ALL: ', $bind(['PLACEMENT' => 'TASK_VIEW_TAB', 'HANDLER' => $h, 'TITLE' => 'ignored', 'LANG_ALL' => ['de' => ['TITLE' => 'Reiter', 'DESCRIPTION' => 'D']]]), "\n";
$all = emu_app($admin, 'placement.get')['json']['result'];
$last = $all[count($all) - 1];
echo '  ', $last['title'], ' ', json_encode($last['langAll']), "\n";
echo 'get keys: ', implode(',', array_keys($items[0])), "\n";
?>
--EXPECT--
no PLACEMENT: 200 ERROR_ARGUMENT "Argument 'PLACEMENT' is null or empty" argument=PLACEMENT
PLACEMENT array: 200 ERROR_ARGUMENT "The value of an argument 'PLACEMENT' must be of type string" argument=PLACEMENT
DEFAULT: 200 ERROR_ARGUMENT "Wrong value of an argument 'PLACEMENT'" argument=PLACEMENT
unknown code: 400 ERROR_PLACEMENT_NOT_FOUND "Placement not found"
private code: 400 ERROR_PLACEMENT_NOT_FOUND "Placement not found"
no HANDLER: 200 ERROR_ARGUMENT "Argument 'HANDLER' is null or empty" argument=HANDLER
ftp handler: 400 ERROR_UNSUPPORTED_PROTOCOL "Unsupported protocol"
no host: 400 ERROR_WRONG_HANDLER_URL "Wrong handler URL"
localhost: 400 ERROR_WRONG_HANDLER_URL "Wrong handler URL"
private address: 400 ERROR_WRONG_HANDLER_URL "Wrong handler URL"
lower-case code, lower-case keys: 200 ok true
same again: 400 ERROR_CORE "Unable to set placement handler: Handler already binded"
another handler: 200 ok true
template code: 200 ok true
legacy code: 200 ok true
USER_ID without user mode: 200 ERROR_PLACEMENT_USER_MODE "User mode is not available"
background worker without errorHandlerUrl: 200 EMPTY_ERROR_HANDLER_URL "errorHandlerUrl is required for this placement"
background worker, local errorHandlerUrl: 400 ERROR_WRONG_HANDLER_URL "Wrong handler URL"
background worker: 200 ok true
background worker again (same handler): 200 ERROR_PLACEMENT_MAX_COUNT "Placement max count: 1"
background worker, second handler: 200 ERROR_PLACEMENT_MAX_COUNT "Placement max count: 1"
background worker for one user: 200 ok true
same user again: 200 ERROR_PLACEMENT_MAX_COUNT "Placement max count: 1"
REST_APP_URI twice: 200 ok true / 200 ERROR_PLACEMENT_MAX_COUNT "Placement max count: 1"
IM_TEXTAREA options: 200 ok true
CRM code without scope crm: 400 ERROR_PLACEMENT_NOT_FOUND Placement not found
global code without scope crm: 200 ok
  CRM_DEAL_DETAIL_TAB user=0 options=[] title=Tab
  CRM_DEAL_DETAIL_TAB user=0 options=[] title=b24 emulator app
  CRM_DYNAMIC_183_DETAIL_TAB user=0 options=[] title=b24 emulator app
  CRM_INVOICE_LIST_TOOLBAR user=0 options=[] title=b24 emulator app
  PAGE_BACKGROUND_WORKER user=0 options={"errorHandlerUrl":"https://app.example.com/err"} title=b24 emulator app
  PAGE_BACKGROUND_WORKER user=2 options={"errorHandlerUrl":"https://app.example.com/err"} title=b24 emulator app
  REST_APP_URI user=0 options=[] title=b24 emulator app
  IM_TEXTAREA user=0 options={"iconName":"fa-x","color":"RED"} title=b24 emulator app
  LEFT_MENU user=0 options=[] title=b24 emulator app
LANG_ALL: 200 ok true
  Reiter {"de":{"TITLE":"Reiter","DESCRIPTION":"D"}}
get keys: placement,userId,handler,options,title,description,langAll
