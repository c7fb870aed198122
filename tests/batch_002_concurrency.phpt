--TEST--
B24Client::batch() with concurrency: requests without references between them in flight together, results in command order; a request that refers to one in flight waits for its answer; halt sends one at a time; the budget holds
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/each.inc';
b24_emu_reset();
ini_set('b24.runtime_dir', b24_test_runtime_dir());
$c = each_client_limited();

echo "-- 250 independent reads, concurrency 4\n";
b24_emu_settings(['method_timing' => ['batch' => ['delay_ms' => 300]]]);
$commands = [];
for ($i = 250; $i >= 1; $i--) {
    $commands["deal$i"] = ['method' => 'crm.deal.get', 'params' => ['id' => $i]];
}
$mark = b24_emu_log_mark();
$started = microtime(true);
$r = $c->batch($commands, false, ['concurrency' => 4]);
$took = microtime(true) - $started;
[$requests, $refused] = each_requests($mark);
echo 'requests: ', implode(',', $requests), "; refused: $refused\n";
echo 'keys in command order: ', var_export(array_keys($r) === array_keys($commands), true), "\n";
$right = 0;
foreach ($r as $key => $deal) {
    $right += $deal['TITLE'] === 'Deal #' . substr($key, 4);
}
echo "right results: $right\n";
echo $took < 5 * 0.3 || rate_under_valgrind() ? 'faster than one request after another' : "TOOK $took s", "\n";
b24_emu_settings(['method_timing' => (object)[]]);

echo "-- references across requests: a request that needs an answer waits for it\n";
$commands = [];
for ($i = 0; $i < 40; $i++) {
    $commands["add$i"] = ['method' => 'crm.deal.add', 'params' => ['fields' => ['TITLE' => "Parallel deal $i"]]];
}
for ($i = 0; $i < 40; $i++) {
    $commands["get$i"] = ['method' => 'crm.deal.get', 'params' => ['id' => "\$result[add$i]"]];
}
for ($i = 0; $i < 60; $i++) {
    $commands["other$i"] = ['method' => 'crm.deal.get', 'params' => ['id' => $i + 1]];
}
$mark = b24_emu_log_mark();
$r = $c->batch($commands, false, ['concurrency' => 3]);
$same = 0;
for ($i = 0; $i < 40; $i++) {
    $same += $r["get$i"]['ID'] === (string)$r["add$i"] && $r["get$i"]['TITLE'] === "Parallel deal $i";
}
echo "gets that read their add: $same of 40; others right: ",
    count(array_filter(range(0, 59), fn ($i) => $r["other$i"]['ID'] === (string)($i + 1))), " of 60\n";
$sent = b24_emu_log_since($mark, 'batch');
$get15 = array_values(array_filter($sent, fn ($e) => isset($e['params']['cmd']['get15'])))[0]['params']['cmd']['get15'];
echo 'requests: ', count($sent), ', the one after the adds carries their values: ',
    $get15 === 'crm.deal.get?id=' . $r['add15'] ? 'yes' : "NO ($get15)", "\n";
echo 'crm.deal.add sent once each: ', count(array_filter($sent, fn ($e) => isset($e['params']['cmd']['add0']))) === 1 ? 'yes' : 'NO', "\n";

echo "-- halt: one request at a time\n";
$two = [];
for ($i = 0; $i < 120; $i++) {
    $two[] = ['method' => 'crm.deal.get', 'params' => ['id' => $i === 10 ? -1 : $i + 1]];
}
$mark = b24_emu_log_mark();
try {
    $c->batch($two, true, ['concurrency' => 3]);
} catch (B24ApiException $e) {
    echo 'thrown: ', $e->getErrorCode(), ', requests ', count(b24_emu_log_since($mark, 'batch')), "\n";
}
$r = $c->batch($two, false, ['concurrency' => 3]);
echo count($r), ' results without halt, the error at 10: ', get_class($r[10]), "\n";

echo "-- a request that fails as a whole throws\n";
b24_emu_fault('internal_error', [], 1, 'batch');
try {
    $c->batch($two, false, ['concurrency' => 3]);
} catch (B24ServerException $e) {
    echo get_class($e), ' ', $e->getErrorCode(), "\n";
}
[$requests, $refused] = each_requests(0);
echo "refused in all: $refused\n";

foreach ([0, 17, '2'] as $bad) {
    try {
        $c->batch([], false, ['concurrency' => $bad]);
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
b24_emu_reset();
?>
--EXPECT--
-- 250 independent reads, concurrency 4
requests: 50,50,50,50,50; refused: 0
keys in command order: true
right results: 250
faster than one request after another
-- references across requests: a request that needs an answer waits for it
gets that read their add: 40 of 40; others right: 60 of 60
requests: 3, the one after the adds carries their values: yes
crm.deal.add sent once each: yes
-- halt: one request at a time
thrown: ERROR_ARGUMENT, requests 1
120 results without halt, the error at 10: B24ApiException
-- a request that fails as a whole throws
B24ServerException INTERNAL_SERVER_ERROR
refused in all: 0
ValueError: B24Client::batch(): Argument #3 ($options) option "concurrency" must be between 1 and 16
ValueError: B24Client::batch(): Argument #3 ($options) option "concurrency" must be between 1 and 16
TypeError: B24Client::batch(): Argument #3 ($options) option "concurrency" must be of type int, string given
