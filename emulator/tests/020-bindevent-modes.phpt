--TEST--
placement.bindEvent: mode current answers 404 ERROR_METHOD_NOT_FOUND; mode documented (settings or `start --bindevent-mode`) binds PLACEMENT + HANDLER in app context, readable through /_emu/bindings
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$admin = emu_install(true)['access_token'];
$p = ['PLACEMENT' => 'BackgroundCallCard::answerButtonClick', 'HANDLER' => 'https://app.example.com/answer'];
$r = emu_app($admin, 'placement.bindEvent', $p);
echo 'current: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
echo 'mode: ', emu_control('GET', 'settings')['bindevent_mode'], "\n";

exec(escapeshellarg(EMU_DIR . '/start') . ' --bindevent-mode=documented', $out, $code);
echo 'start on a running emulator: ', $code, ' same env: ', json_encode(emu_parse_env(implode("\n", $out)) === emu_env()), "\n";
echo 'mode: ', emu_control('GET', 'settings')['bindevent_mode'], "\n";
$r = emu_app($admin, 'placement.bindEvent', $p);
echo 'documented: ', emu_brief($r), ' ', json_encode($r['json']['result']), "\n";
$user = emu_install(false)['access_token'];
echo 'regular user: ', emu_brief(emu_app($user, 'placement.bindevent', ['PLACEMENT' => 'CallCard::BeforeClose', 'HANDLER' => 'https://app.example.com/close'])), "\n";
echo 'webhook: ', emu_brief(emu_hook('placement.bindEvent', $p)), "\n";
echo 'unknown event: ', emu_brief(emu_app($admin, 'placement.bindEvent', ['PLACEMENT' => 'OnCrmDealAdd', 'HANDLER' => 'https://app.example.com/x'])), "\n";
echo 'wrong case: ', emu_brief(emu_app($admin, 'placement.bindEvent', ['PLACEMENT' => 'backgroundcallcard::answerbuttonclick', 'HANDLER' => 'https://app.example.com/x'])), "\n";
$r = emu_app($admin, 'placement.bindEvent', ['PLACEMENT' => 'BackgroundCallCard::initialized']);
echo 'no HANDLER: ', emu_brief($r), ' ', $r['json']['argument'], "\n";
echo 'local HANDLER: ', emu_brief(emu_app($admin, 'placement.bindEvent', ['PLACEMENT' => 'BackgroundCallCard::initialized', 'HANDLER' => 'https://localhost/x'])), "\n";
echo 'listed in methods: ', json_encode(in_array('placement.bindevent', emu_app($admin, 'methods')['json']['result'], true)), "\n";
$bound = emu_control('GET', 'bindings')['interface_events'];
foreach ($bound as $b) {
    echo '  ', $b['event'], ' ', $b['handler'], ' user=', $b['user_id'], "\n";
}
echo 'not a placement: ', count(emu_app($admin, 'placement.get')['json']['result']), "\n";
emu_control('POST', 'settings', ['bindevent_mode' => 'current']);
echo 'switched back: ', emu_brief(emu_app($admin, 'placement.bindEvent', $p)), "\n";
$r = emu_http('POST', emu_env()['B24_EMU_CONTROL'] . 'settings', ['body' => '{"bindevent_mode":"other"}', 'headers' => ['Content-Type: application/json']]);
echo 'bad mode: ', $r['status'], "\n";
$r = emu_http('POST', emu_env()['B24_EMU_CONTROL'] . 'settings', ['body' => 'bindevent_mode=documented&handler_allow_local=yes']);
echo 'form body: ', $r['status'], ' ', $r['json']['bindevent_mode'], ' ', json_encode($r['json']['handler_allow_local']), "\n";
$r = emu_http('POST', emu_env()['B24_EMU_CONTROL'] . 'settings', ['body' => 'handler_allow_local=maybe&no_such=1']);
echo 'refused: ', $r['status'], ' ', $r['json']['error_description'], "\n";
?>
--EXPECT--
current: 404 ERROR_METHOD_NOT_FOUND Method not found!
mode: current
start on a running emulator: 0 same env: true
mode: documented
documented: 200 ok true
regular user: 200 ok
webhook: 403 WRONG_AUTH_TYPE
unknown event: 400 ERROR_EVENT_NOT_FOUND
wrong case: 400 ERROR_EVENT_NOT_FOUND
no HANDLER: 400 ERROR_ARGUMENT HANDLER
local HANDLER: 400 ERROR_WRONG_HANDLER_URL
listed in methods: true
  BackgroundCallCard::answerButtonClick https://app.example.com/answer user=1
  CallCard::BeforeClose https://app.example.com/close user=2
not a placement: 0
switched back: 404 ERROR_METHOD_NOT_FOUND
bad mode: 400
form body: 200 documented true
refused: 400 handler_allow_local must be a boolean; unknown setting 'no_such'
