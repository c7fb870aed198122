--TEST--
Reset and settle wait for requests still running (a slow answer its client gave up on), so their log entries never land after a reset
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
emu_control('POST', 'faults', ['kind' => 'slow', 'delay_ms' => 1500, 'method' => 'profile']);
$t0 = microtime(true);
$r = emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', ['curl' => [CURLOPT_TIMEOUT_MS => 300]]);
echo 'client gave up: errno=', $r['errno'], "\n";
emu_reset();
$waited = microtime(true) - $t0;
echo 'reset waited for the slow request: ', json_encode($waited >= 1.4), "\n";
/* had the reset not waited, the slow request would log itself about now */
usleep((int)max(0, (1.8 - (microtime(true) - $t0)) * 1e6));
echo 'log after the reset: ', count(emu_control('GET', 'log')['entries']), " entries\n";
echo 'requests run normally after it: ', emu_brief(emu_hook('profile')), "\n";
echo 'log: ', implode(',', array_column(emu_control('GET', 'log')['entries'], 'rest_method')), "\n";

/* settle: the abandoned request has logged itself when it returns */
emu_control('POST', 'faults', ['kind' => 'slow', 'delay_ms' => 1000, 'method' => 'profile']);
$t0 = microtime(true);
emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', ['curl' => [CURLOPT_TIMEOUT_MS => 300]]);
$s = emu_control('POST', 'settle');
echo 'settle: ', json_encode($s['settled']), ' waited: ', json_encode(microtime(true) - $t0 >= 0.9), ', logged: ',
    count(emu_control('GET', 'log')['entries']), "
";

/* a reset with nothing running does not wait */
$t0 = microtime(true);
emu_reset();
echo 'idle reset is quick: ', json_encode(microtime(true) - $t0 < 1.0), "\n";
?>
--EXPECT--
client gave up: errno=28
reset waited for the slow request: true
log after the reset: 0 entries
requests run normally after it: 200 ok
log: profile
settle: true waited: true, logged: 2
idle reset is quick: true
