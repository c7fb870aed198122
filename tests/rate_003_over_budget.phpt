--TEST--
b24 rate budget: told a larger budget than the portal's, 8 PHP processes x 40 writes: QUERY_LIMIT_EXCEEDED answers are waited out and repeated, no exception, every deal created exactly once
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/rate.inc';
b24_emu_reset();
rate_emu_bucket(10, 20);
$mark = b24_emu_log_mark();
$run = 'over-' . bin2hex(random_bytes(4));
$code = <<<'PHP'
<?php
$c = new B24Client(['webhook' => getenv('HOOK'), 'ca_file' => getenv('CA')]);
$failed = 0;
for ($i = 0; $i < 40; $i++) {
    try {
        $c->call('crm.deal.add', ['fields' => ['TITLE' => getenv('RUN') . '-' . getenv('INDEX') . '-' . $i]]);
    } catch (B24Exception $e) {
        $failed++;
        fwrite(STDERR, get_class($e) . ' ' . $e->getMessage() . "\n");
    }
}
echo $failed;
PHP;
/*
 * the portal drains 20 a second from a bucket of 10; b24 believes 40 and 30.
 * Under valgrind one call may meet refusal after refusal for longer than the
 * default rate_wait_max of 10 s: the test is about repeating, not that bound.
 */
$outputs = rate_run_all(8, $code, ['b24.rate_limit' => '40/30', 'b24.rate_wait_max' => '60'], ['RUN' => $run]);
b24_emu_settings(['bucket_enabled' => false]);
echo 'exceptions: ', array_sum(array_map('intval', $outputs)), "\n";
foreach ($outputs as $o) {
    if ($o !== '0') {
        echo "child: $o\n";
    }
}
echo 'the portal refused some: ', rate_count_status($mark, 503, 'crm.deal.add') > 0 ? 'yes' : 'NO', "\n";
echo 'adds it ran: ', rate_count_status($mark, 200, 'crm.deal.add'), "\n";
/* every title once */
$c = b24_emu_webhook_client();
$titles = [];
for ($start = 0; ; $start += 50) {
    $page = $c->call('crm.deal.list', ['filter' => ['%TITLE' => $run], 'select' => ['ID', 'TITLE'], 'start' => $start]);
    foreach ($page as $deal) {
        $titles[] = $deal['TITLE'];
    }
    if ($c->lastNext() === null) {
        break;
    }
}
echo 'deals: ', count($titles), ', distinct: ', count(array_unique($titles)), "\n";
?>
--EXPECT--
exceptions: 0
the portal refused some: yes
adds it ran: 320
deals: 320, distinct: 320
