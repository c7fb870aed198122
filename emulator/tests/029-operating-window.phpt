--TEST--
Operating-time window shortened by operating_window: buckets of a tenth of it, operating_reset_at within it, the block lifts by itself once the oldest bucket drops out; bad values refused
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset(['operating_window' => 10, 'operating_limit' => 1, 'method_timing' => ['crm.deal.get' => ['duration' => 2]]]);
$r = emu_hook('crm.deal.get', ['id' => 1]);
$reset = $r['json']['time']['operating_reset_at'];
echo emu_brief($r), ', operating_reset_at within 10 s: ', json_encode($reset > time() && $reset <= time() + 10), "\n";
echo 'next: ', emu_brief(emu_hook('crm.deal.get', ['id' => 1])), "\n";
while (time() < $reset) {
    usleep(100000);
}
echo 'at the reset: ', emu_brief(emu_hook('crm.deal.get', ['id' => 1])), "\n";
foreach ([5, 15, 'x'] as $bad) {
    $r = emu_http('POST', emu_env()['B24_EMU_CONTROL'] . 'settings',
        ['body' => json_encode(['operating_window' => $bad]), 'headers' => ['Content-Type: application/json']]);
    echo "operating_window $bad: ", $r['status'], "\n";
}
emu_reset();
?>
--EXPECT--
200 ok, operating_reset_at within 10 s: true
next: 429 OPERATION_TIME_LIMIT
at the reset: 200 ok
operating_window 5: 400
operating_window 15: 400
operating_window x: 400
