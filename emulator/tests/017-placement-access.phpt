--TEST--
placement.*: application context only (webhook 403 WRONG_AUTH_TYPE), administrators for bind/unbind/get (403 ACCESS_DENIED), list for everyone, scope placement required
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$bind = ['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'HANDLER' => 'https://app.example.com/tab', 'TITLE' => 'Tab'];
foreach (['placement.bind' => $bind, 'placement.unbind' => $bind, 'placement.get' => [], 'placement.list' => []] as $m => $p) {
    $r = emu_hook($m, $p);
    echo "webhook $m: ", emu_brief($r), ' ', $r['json']['error_description'], "\n";
}
$user = emu_install(false)['access_token'];
foreach (['placement.bind' => $bind, 'placement.unbind' => $bind, 'placement.get' => [], 'placement.list' => []] as $m => $p) {
    $r = emu_app($user, $m, $p);
    echo "regular user $m: ", emu_brief($r), ' ', $r['json']['error_description'] ?? '', "\n";
}
$admin = emu_install(true)['access_token'];
foreach (['placement.bind' => $bind, 'placement.get' => [], 'placement.unbind' => $bind, 'placement.list' => []] as $m => $p) {
    echo "administrator $m: ", emu_brief(emu_app($admin, $m, $p)), "\n";
}
$noPlacementScope = emu_install(true, ['scope' => 'crm'])['access_token'];
echo 'token without scope placement: ', emu_brief(emu_app($noPlacementScope, 'placement.list')), "\n";
?>
--EXPECT--
webhook placement.bind: 403 WRONG_AUTH_TYPE Current authorization type is denied for this method Application context required
webhook placement.unbind: 403 WRONG_AUTH_TYPE Current authorization type is denied for this method Application context required
webhook placement.get: 403 WRONG_AUTH_TYPE Current authorization type is denied for this method Application context required
webhook placement.list: 403 WRONG_AUTH_TYPE Current authorization type is denied for this method Application context required
regular user placement.bind: 403 ACCESS_DENIED Access denied!
regular user placement.unbind: 403 ACCESS_DENIED Access denied!
regular user placement.get: 403 ACCESS_DENIED Access denied!
regular user placement.list: 200 ok 
administrator placement.bind: 200 ok
administrator placement.get: 200 ok
administrator placement.unbind: 200 ok
administrator placement.list: 200 ok
token without scope placement: 403 insufficient_scope
