--TEST--
Plain http gets 400 INVALID_REQUEST "Https required"; unknown methods (and placement.call / unbindEvent) get 404 ERROR_METHOD_NOT_FOUND
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
$path = substr($env['B24_EMU_WEBHOOK'], strlen($env['B24_EMU_PORTAL']));
$r = emu_http('GET', $env['B24_EMU_HTTP'] . $path . 'profile.json');
echo 'http: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
foreach (['no.such.method', 'placement.call', 'placement.unbindEvent', 'placement.bindEvent'] as $m) {
    $r = emu_hook($m);
    echo "$m: ", emu_brief($r), ' ', $r['json']['error_description'], "\n";
}
$r = emu_app(emu_install()['access_token'], 'crm.lead.list');
echo 'app: ', emu_brief($r), "\n";
$r = emu_hook('placement.list', [], 'B24_EMU_WEBHOOK_USER');
echo 'method outside the webhook scope: ', emu_brief($r), "\n";
echo 'not a REST path: ', emu_http('GET', $env['B24_EMU_PORTAL'] . 'nothing-here')['status'], "\n";
?>
--EXPECT--
http: 400 INVALID_REQUEST Https required
no.such.method: 404 ERROR_METHOD_NOT_FOUND Method not found!
placement.call: 404 ERROR_METHOD_NOT_FOUND Method not found!
placement.unbindEvent: 404 ERROR_METHOD_NOT_FOUND Method not found!
placement.bindEvent: 404 ERROR_METHOD_NOT_FOUND Method not found!
app: 404 ERROR_METHOD_NOT_FOUND
method outside the webhook scope: 403 insufficient_scope
not a REST path: 404
