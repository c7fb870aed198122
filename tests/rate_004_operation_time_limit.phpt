--TEST--
b24 OPERATION_TIME_LIMIT: the blocked method waits for its operating_reset_at (recorded in shared memory) or throws with getRetryAfter(); other methods and other processes go on
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/rate.inc';
b24_emu_reset();
/*
 * A ten-second window of one-second buckets: a crm.deal.list costs 2 s of a 1 s limit. Memcheck
 * (rate_under_valgrind()) slows every process down: the window, waits and bounds grow with it.
 */
$slow = rate_under_valgrind() ? 15 : 1;
$window = $slow > 1 ? 40 : 10;
b24_emu_settings(['operating_enabled' => true, 'operating_window' => $window, 'operating_limit' => 1,
    'method_timing' => ['crm.deal.list' => ['duration' => 2]]]);
b24_emu_control('POST', 'limits/reset');
$mark = b24_emu_log_mark();
$c = b24_emu_webhook_client(['rate_wait_max' => $window + 5]);
$c->call('crm.deal.list', ['select' => ['ID']]);
$reset = $c->lastTime()['operating_reset_at'];
echo 'reset within the window: ', $reset > time() && $reset <= time() + $window ? 'yes' : "NO ($reset)", "\n";

/* another process, told to wait at most 1 s: the portal refuses crm.deal.list, and b24 knows
   from this process's success how long the block lasts */
$child = <<<'PHP'
<?php
$c = new B24Client(['webhook' => getenv('HOOK'), 'ca_file' => getenv('CA'), 'rate_wait_max' => 1]);
foreach (['crm.deal.list', 'crm.deal.list'] as $i => $m) {
    $t = microtime(true);
    try {
        $c->call($m, ['select' => ['ID']]);
        echo "$m: no exception\n";
    } catch (B24LimitException $e) {
        $wait = $e->getRetryAfter();
        printf("%s: %s %s, retry after %s s (%s), in %s\n", $m, get_class($e), $e->getErrorCode(),
            is_int($wait) && $wait >= 1 ? 'some' : var_export($wait, true),
            abs(time() + $wait - (int)getenv('RESET')) <= 2 ? 'the reset' : 'NOT THE RESET ' . $wait,
            microtime(true) - $t < 0.5 * (int)getenv('SLOW') ? 'no time' : 'TOO LONG');
    }
}
/* other methods are not blocked */
$t = microtime(true);
$c->call('crm.contact.list', ['select' => ['ID']]);
$c->call('profile');
echo 'other methods: ', microtime(true) - $t < 1 * (int)getenv('SLOW') ? 'at once' : 'WAITED', "\n";
PHP;
echo rate_finish(rate_spawn($child, [], ['RESET' => (string)$reset, 'SLOW' => (string)$slow]));
$list = b24_emu_log_since($mark, 'crm.deal.list');
echo 'crm.deal.list requests: ', count($list), ' (', implode(', ', array_column($list, 'status')), ")\n";

/* this process may wait 15 s: the call waits for the reset and then succeeds */
$t = microtime(true);
$c->call('crm.deal.list', ['select' => ['ID']]);
$waited = microtime(true) - $t;
echo 'waited until the reset: ', $waited >= $reset - $t - 0.5 && $waited <= $reset - $t + 2.5 * $slow ? 'yes' : sprintf('NO (%.1f s, reset in %.1f s)', $waited, $reset - $t), "\n";
$list = b24_emu_log_since($mark, 'crm.deal.list');
echo 'crm.deal.list requests: ', count($list), ' (', implode(', ', array_column($list, 'status')), ")\n";
try {
    $c->call('crm.deal.get', ['id' => 999999999]);
} catch (B24Exception $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ' retry after: ', var_export($e->getRetryAfter(), true), "\n";
}
b24_emu_settings(['operating_window' => 600]);
b24_emu_control('POST', 'limits/reset');
?>
--EXPECT--
reset within the window: yes
crm.deal.list: B24LimitException OPERATION_TIME_LIMIT, retry after some s (the reset), in no time
crm.deal.list: B24LimitException OPERATION_TIME_LIMIT, retry after some s (the reset), in no time
other methods: at once
crm.deal.list requests: 2 (200, 429)
waited until the reset: yes
crm.deal.list requests: 3 (200, 429, 200)
B24ApiException ERROR_NOT_FOUND retry after: NULL
