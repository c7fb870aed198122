--TEST--
Operating-time limit per method: simulated durations add up in time.operating; the crossing call completes, the next gets 429 OPERATION_TIME_LIMIT; other methods and batch go on
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset(['operating_limit' => 250, 'method_timing' => ['crm.deal.get' => ['duration' => 100]]]);
$calls = [];
for ($i = 1; $i <= 4; $i++) {
    $r = emu_hook('crm.deal.get', ['id' => $i]);
    $calls[] = emu_brief($r) . ($r['status'] === 200 ? ' operating=' . (int)$r['json']['time']['operating'] : '');
}
echo implode("\n", $calls), "\n";
$r = emu_hook('crm.deal.get', ['id' => 1]);
echo 'body: ', json_encode($r['json']), "\n";
$r = emu_hook('crm.deal.list', ['select' => ['ID']]);
echo 'other method: ', emu_brief($r), ' operating<1: ', json_encode($r['json']['time']['operating'] < 1), "\n";
$reset = $r['json']['time']['operating_reset_at'];
echo 'operating_reset_at within 10 min: ', json_encode($reset > time() && $reset <= time() + 600), "\n";
echo 'other webhook: ', emu_brief(emu_hook('crm.deal.get', ['id' => 1], 'B24_EMU_WEBHOOK_USER')), "\n";
$token = emu_install()['access_token'];
echo 'application: ', emu_brief(emu_app($token, 'crm.deal.get', ['id' => 1])), "\n";
$r = emu_hook('batch', ['cmd' => ['a' => 'crm.deal.get?id=1', 'b' => 'profile']]);
echo 'inside batch: ', $r['status'], ' ', json_encode(array_keys($r['json']['result']['result'])), ' ', $r['json']['result']['result_error']['a']['error'], "\n";
emu_control('POST', 'limits/reset');
echo 'after limits/reset: ', emu_brief(emu_hook('crm.deal.get', ['id' => 1])), "\n";
emu_control('POST', 'settings', ['method_timing' => ['profile' => ['delay_ms' => 300]]]);
$t0 = microtime(true);
$r = emu_hook('profile');
printf("delay_ms: %s slept=%s processing>=0.3=%s\n", emu_brief($r), json_encode(microtime(true) - $t0 >= 0.3), json_encode($r['json']['time']['processing'] >= 0.3));
?>
--EXPECT--
200 ok operating=100
200 ok operating=200
200 ok operating=300
429 OPERATION_TIME_LIMIT
body: {"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit"}
other method: 200 ok operating<1: true
operating_reset_at within 10 min: true
other webhook: 200 ok
application: 200 ok
inside batch: 200 ["b"] OPERATION_TIME_LIMIT
after limits/reset: 200 ok
delay_ms: 200 ok slept=true processing>=0.3=true
