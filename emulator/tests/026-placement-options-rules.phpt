--TEST--
placement.bind: required options of other placements, option values kept as strings, the switchable PAGE_BACKGROUND_WORKER counting rule, JSON bodies
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$admin = emu_install(true)['access_token'];
$h = 'https://app.example.com/w';
$bind = function (array $p) use (&$admin): string {
    $r = emu_http('POST', emu_env()['B24_EMU_CLIENT_ENDPOINT'] . 'placement.bind', [
        'body' => json_encode($p + ['auth' => $admin]), 'headers' => ['Content-Type: application/json']]);
    return emu_brief($r) . (isset($r['json']['error']) ? ' "' . $r['json']['error_description'] . '"' : '');
};
echo 'IM_TEXTAREA without iconName: ', $bind(['PLACEMENT' => 'IM_TEXTAREA', 'HANDLER' => $h]), "\n";
echo 'IM_SIDEBAR with iconName: ', $bind(['PLACEMENT' => 'IM_SIDEBAR', 'HANDLER' => $h, 'OPTIONS' => ['iconName' => 'fa-bolt', 'extranet' => 'N', 'width' => 5]]), "\n";
echo 'TASK_VIEW_TAB groupId as a number: ', $bind(['PLACEMENT' => 'TASK_VIEW_TAB', 'HANDLER' => $h, 'OPTIONS' => ['groupId' => 12]]), "\n";
foreach (emu_app($admin, 'placement.get')['json']['result'] as $item) {
    echo '  ', $item['placement'], ' ', json_encode($item['options']), "\n";
}
$pbw = ['PLACEMENT' => 'PAGE_BACKGROUND_WORKER', 'OPTIONS' => ['errorHandlerUrl' => "$h/err"]];
echo 'docs rule: all users, then user 2: ', $bind(['HANDLER' => "$h/all"] + $pbw), ' / ', $bind(['HANDLER' => "$h/u2", 'USER_ID' => 2] + $pbw), "\n";
emu_reset(['background_worker_rule' => 'core']);
$admin = emu_install(true)['access_token'];
echo 'core rule: all users, then user 2: ', $bind(['HANDLER' => "$h/all"] + $pbw), ' / ', $bind(['HANDLER' => "$h/u2", 'USER_ID' => 2] + $pbw), "\n";
emu_reset(['background_worker_rule' => 'core']);
$admin = emu_install(true)['access_token'];
echo 'core rule: user 2, then all users: ', $bind(['HANDLER' => "$h/u2", 'USER_ID' => 2] + $pbw), ' / ', $bind(['HANDLER' => "$h/all"] + $pbw), "\n";
emu_reset(['handler_allow_local' => true]);
$admin = emu_install(true)['access_token'];
echo 'handler_allow_local: ', $bind(['PLACEMENT' => 'LEFT_MENU', 'HANDLER' => 'https://localhost:8443/app']), "\n";
?>
--EXPECT--
IM_TEXTAREA without iconName: 200 ERROR_ARGUMENT "Argument 'OPTIONS[iconName]' is null or empty"
IM_SIDEBAR with iconName: 200 ok
TASK_VIEW_TAB groupId as a number: 200 ok
  IM_SIDEBAR {"iconName":"fa-bolt","extranet":"N"}
  TASK_VIEW_TAB {"groupId":"12"}
docs rule: all users, then user 2: 200 ok / 200 ok
core rule: all users, then user 2: 200 ok / 200 ERROR_PLACEMENT_MAX_COUNT "Placement max count: 1"
core rule: user 2, then all users: 200 ok / 200 ok
handler_allow_local: 200 ok
