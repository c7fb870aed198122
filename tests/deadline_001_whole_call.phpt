--TEST--
b24 deadline: 'timeout' bounds the whole call — the expired answer, the refresh, the repeat, the wait for a turn, the store's lock and the backoff all spend one deadline; a step with no time left is not sent; a write whose answer timed out is not sent again
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
/* generous for valgrind and a loaded machine; the old per-request accounting took 3 s and more */
const SLACK = 1.5;

/* Runs $fn, returns [exception class, code, seconds taken, description]. */
function timed(callable $fn): array
{
    $t = microtime(true);
    try {
        $fn();
        return ['none', '-', microtime(true) - $t, ''];
    } catch (B24Exception $e) {
        return [get_class($e), $e->getErrorCode(), microtime(true) - $t, $e->getDescription()];
    }
}

/*
 * The requests logged since $mark, once $count of them are there: the emulator goes on with a
 * request after the client gave up, and logs it when it is done. $quiet: seconds to wait first,
 * so that any request the client sent (it has returned) is done and logged.
 */
function requests_since(int $mark, int $count, float $quiet = 0.0): string
{
    usleep((int)($quiet * 1e6));
    $until = microtime(true) + 10;
    do {
        $entries = b24_emu_log_since($mark);
    } while (count($entries) < $count && microtime(true) < $until && usleep(100000) === null);
    $seen = [];
    foreach ($entries as $e) {
        $seen[] = ($e['origin'] === 'oauth' ? 'oauth' : $e['rest_method']) . ' ' . $e['status'];
    }
    return implode(', ', $seen);
}

/* 1. expired (0.5 s) -> refresh (0.5 s) -> repeat (3 s): the repeat gets what is left of 3 s, and is not
      repeated itself (a read, but no time is left for a backoff) */
$pair = b24_emu_install();
$c = new B24Client(b24_emu_oauth_config($pair, ['timeout' => 3, 'retries' => 5]));
b24_emu_fault('expired_token', ['delay_ms' => 500], 1, 'profile');
b24_emu_fault('slow', ['delay_ms' => 500], 1, 'oauth.token');
b24_emu_fault('slow', ['delay_ms' => 3000], 5, 'profile');
$mark = b24_emu_log_mark();
[$class, $code, $took, $why] = timed(fn () => $c->call('profile'));
echo "1: $class $code ", $took < 3 + SLACK ? 'within the deadline' : "took $took s", "\n";
echo "   ", strpos($why, "the call's timeout of 3 s (waits, refreshes and repeats included) ran out: ") !== false
    ? 'says the call timed out' : $why, "\n";
b24_emu_control('DELETE', 'faults');
echo "   ", requests_since($mark, 3), "\n";
/* the refreshed pair was kept: the next call needs no refresh */
$mark = b24_emu_log_mark();
echo "   next: ", $c->call('profile')['ID'], ' ', requests_since($mark, 1), "\n";

/* 2. the issue's case: every answer 1.5 s late, timeout 2 s. The refresh would get 0.5 s: it is not started,
      and its refresh token stays good for the next call */
$pair = b24_emu_install();
$c = new B24Client(b24_emu_oauth_config($pair, ['timeout' => 2]));
b24_emu_fault('expired_token', ['delay_ms' => 1500], 1, 'profile');
b24_emu_fault('slow', ['delay_ms' => 1500], 1, 'oauth.token');
$mark = b24_emu_log_mark();
[$class, $code, $took, $why] = timed(fn () => $c->call('profile'));
echo "2: $class $code ", $took < 2 + SLACK ? 'within the deadline' : "took $took s", "\n";
echo "   ", strpos($why, 'too little time for the token refresh; nothing more was sent') !== false ? 'refresh not started' : $why, "\n";
echo "   ", requests_since($mark, 1, 1.6), "\n";
b24_emu_control('DELETE', 'faults');
b24_emu_fault('expired_token', [], 1, 'profile');
$mark = b24_emu_log_mark();
echo "   next: ", $c->call('profile')['ID'], ' ', requests_since($mark, 3), "\n";

/* 3. a write whose answer does not come in time: sent once, never again, whatever 'retries' says */
$w = b24_emu_webhook_client(['timeout' => 2, 'retries' => 5]);
b24_emu_fault('slow', ['delay_ms' => 3000], 5, 'crm.deal.add');
$mark = b24_emu_log_mark();
[$class, $code, $took, $why] = timed(fn () => $w->call('crm.deal.add', ['fields' => ['TITLE' => 'deadline']]));
echo "3: $class $code ", $took < 2 + SLACK ? 'within the deadline' : "took $took s", "\n";
echo "   ", strpos($why, 'may or may not have run crm.deal.add') !== false ? 'outcome unknown' : $why, "\n";
echo "   ", requests_since($mark, 1, 3.2), "\n";
b24_emu_control('DELETE', 'faults');

/* 4. a read that times out is repeated only while the deadline leaves time: here not at all */
b24_emu_fault('slow', ['delay_ms' => 3000], 5, 'crm.deal.get');
$mark = b24_emu_log_mark();
[$class, $code, $took] = timed(fn () => $w->call('crm.deal.get', ['id' => 1]));
echo "4: $class $code ", $took < 2 + SLACK ? 'within the deadline' : "took $took s", "\n";
echo "   ", requests_since($mark, 1, 3.2), "\n";
b24_emu_control('DELETE', 'faults');

/* 5. a turn in the budget further away than the deadline: refused at once, with the time to wait
      (both clients share the portal's budget, this one's first call included) */
$slow = b24_emu_webhook_client(['timeout' => 2, 'rate_limit' => '1/0.2', 'rate_wait_max' => 30]);
$slow->call('profile');
$t = microtime(true);
try {
    $slow->call('profile');
    echo "5: no exception\n";
} catch (B24LimitException $e) {
    echo "5: ", get_class($e), ' ', $e->getErrorCode(), ' ', microtime(true) - $t < 1.0 ? 'at once' : 'after a wait',
        ' ', $e->getRetryAfter() >= 4 ? 'retry after the turn' : $e->getRetryAfter(), ' ',
        strpos($e->getDescription(), "the call's timeout leaves") !== false ? 'says why' : $e->getDescription(), "\n";
}
/* then the wait for a turn and the request share the deadline: 1 s of wait + 1.5 s of answer */
$r = b24_emu_webhook_client(['timeout' => 2, 'rate_limit' => '1/1', 'rate_wait_max' => 30]);
$r->call('profile');
b24_emu_fault('slow', ['delay_ms' => 1500], 1, 'profile');
$mark = b24_emu_log_mark();
[$class, $code, $took, $why] = timed(fn () => $r->call('profile'));
echo "5: $class $code ", $took < 2 + SLACK ? 'within the deadline' : "took $took s", "\n";
echo "   ", requests_since($mark, 1), "\n";
b24_emu_control('DELETE', 'faults');

/* 6. waiting for another process's refresh (the store's lock) stops at the deadline too */
$dir = sys_get_temp_dir() . '/b24-deadline-' . getmypid();
@mkdir($dir, 0700);
$store = "$dir/settings.json";
$pair = b24_emu_install();
file_put_contents($store, json_encode([
    'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'], 'expires_in' => 3600,
    'domain' => $env['B24_EMU_DOMAIN'], 'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'],
    'member_id' => $env['B24_EMU_MEMBER_ID'],
]));
chmod($store, 0600);
$holder = fopen("$store.lock", 'c');
flock($holder, LOCK_EX);
$s = new B24Client(['store' => $store, 'client_id' => $env['B24_EMU_CLIENT_ID'],
    'client_secret' => $env['B24_EMU_CLIENT_SECRET'], 'oauth_server' => $env['B24_EMU_OAUTH'],
    'ca_file' => $env['B24_EMU_CA'], 'timeout' => 2]);
b24_emu_fault('expired_token', [], 1, 'profile');
$mark = b24_emu_log_mark();
[$class, $code, $took, $why] = timed(fn () => $s->call('profile'));
echo "6: $class $code ", $took > 1.5 && $took < 2 + SLACK ? 'at the deadline' : "took $took s", "\n";
echo "   ", strpos($why, "ran out before the token store's lock was free") !== false ? 'says why' : $why, "\n";
echo "   ", requests_since($mark, 1), "\n";
flock($holder, LOCK_UN);
fclose($holder);
/* the lock free again, the same client refreshes with the unspent refresh token */
b24_emu_fault('expired_token', [], 1, 'profile');
$mark = b24_emu_log_mark();
echo "   next: ", $s->call('profile')['ID'], ' ', requests_since($mark, 3), "\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);

/* 7. batch() and each(): every request they send is a call with a deadline of its own, so three
      requests of 0.9 s each take longer than 'timeout' together and none fails */
$w = b24_emu_webhook_client(['timeout' => 2]);
$commands = [];
for ($i = 0; $i < 120; $i++) {
    $commands["c$i"] = ['method' => 'crm.deal.get', 'params' => ['id' => $i + 1]];
}
b24_emu_fault('slow', ['delay_ms' => 900], 3, 'batch');
[$class, $code, $took] = timed(function () use ($w, $commands, &$r) { $r = $w->batch($commands); });
echo "7: batch $class ", count($r), ' ', $r['c119']['ID'], ' ', $took > 2.7 ? 'longer than the timeout' : "took $took s", "\n";
b24_emu_fault('slow', ['delay_ms' => 900], 3, 'batch');
/* 2 items a page, 50 pages a request: deals 1-250 are three requests */
$list = ['select' => ['ID'], 'filter' => ['<=ID' => 250]];
[$class, $code, $took] = timed(function () use ($w, $list, &$n) { $n = count($w->fetchAll('crm.deal.list', $list, ['page_size' => 2])); });
$w->call('crm.deal.list', $list);
echo "7: each $class ", $n === $w->lastTotal() ? 'every deal' : "$n of " . $w->lastTotal(), ' ', $took > 2.7 ? 'longer than the timeout' : "took $took s", "\n";
b24_emu_control('DELETE', 'faults');
?>
--EXPECT--
1: B24TransportException B24_TIMEOUT within the deadline
   says the call timed out
   profile 401, oauth 200, profile 200
   next: 1 profile 200
2: B24TransportException B24_TIMEOUT within the deadline
   refresh not started
   profile 401
   next: 1 profile 401, oauth 200, profile 200
3: B24TransportException B24_TIMEOUT within the deadline
   outcome unknown
   crm.deal.add 200
4: B24TransportException B24_TIMEOUT within the deadline
   crm.deal.get 200
5: B24LimitException B24_RATE_LIMITED at once retry after the turn says why
5: B24TransportException B24_TIMEOUT within the deadline
   profile 200
6: B24TransportException B24_TIMEOUT at the deadline
   says why
   profile 401
   next: 1 profile 401, oauth 200, profile 200
7: batch none 120 120 longer than the timeout
7: each none every deal longer than the timeout
