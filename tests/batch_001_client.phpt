--TEST--
B24Client::batch(): 120 commands in three requests, results keyed as the commands, per-command errors as exception objects, references across requests resolved by the client, halt, under the portal's rate limit
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/each.inc';
b24_emu_reset();
$c = each_client_limited();

/* 120 commands: 40 adds, 40 gets of what the adds made (most in a later request), 40 of other kinds */
$commands = [];
for ($i = 0; $i < 40; $i++) {
    $commands["add$i"] = ['method' => 'crm.deal.add', 'params' => ['fields' => ['TITLE' => "Batch deal $i & co"]]];
}
for ($i = 0; $i < 40; $i++) {
    $commands["get$i"] = ['method' => 'crm.deal.get', 'params' => ['id' => "\$result[add$i]"]];
}
for ($i = 0; $i < 40; $i++) {
    $commands[$i] = $i % 10 === 3 ? ['method' => 'crm.deal.get', 'params' => ['id' => -$i]]
        : ['method' => 'crm.deal.list', 'params' => ['filter' => ['ID' => "\$result[get$i][ID]"], 'select' => ['ID', 'TITLE']]];
}
$mark = b24_emu_log_mark();
$r = $c->batch($commands);
[$requests, $refused] = each_requests($mark);
echo 'requests: ', implode(',', $requests), '; refused: ', $refused, "\n";
echo 'keys as the commands: ', var_export(array_keys($r) === array_keys($commands), true), "\n";
$same = 0;
for ($i = 0; $i < 40; $i++) {
    $same += $r["get$i"]['ID'] === (string)$r["add$i"] && $r["get$i"]['TITLE'] === "Batch deal $i & co" ? 1 : 0;
}
echo "gets that read their add: $same of 40\n";
$lists = 0;
$errors = [];
foreach (range(0, 39) as $i) {
    if ($r[$i] instanceof B24Exception) {
        $errors[] = $i . ':' . get_class($r[$i]) . ' ' . $r[$i]->getErrorCode();
    } elseif (count($r[$i]) === 1 && $r[$i][0]['ID'] === (string)$r["add$i"]) {
        $lists++;
    }
}
echo "lists that found their deal: $lists; errors: ", implode(', ', $errors), "\n";
echo 'an error is not thrown: ', get_class($r[3]), ' "', $r[3]->getMessage(), '"', "\n";
/* how the second request carried a reference to the first: the value, not $result */
$second = b24_emu_log_since($mark, 'batch')[1]['params']['cmd'];
echo 'get15 sent as ', $second['get15'] ?? '?', ', get5 went in the first request as ', b24_emu_log_since($mark, 'batch')[0]['params']['cmd']['get5'], "\n";

/* halt: the first failure is thrown, nothing after it is sent */
$mark = b24_emu_log_mark();
$halted = ['a' => ['method' => 'profile'], 'b' => ['method' => 'crm.deal.get', 'params' => ['id' => 999999]], 'c' => ['method' => 'profile']];
try {
    $c->batch($halted, true);
    echo "no exception\n";
} catch (B24Exception $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ': ', $e->getDescription(), "\n";
}
$sent = b24_emu_log_since($mark, 'batch');
echo count($sent), ' request, halt=', $sent[0]['params']['halt'], "\n";
/* halt across requests: a failure in the first of two requests stops the second */
$two = [];
for ($i = 0; $i < 60; $i++) {
    $two[] = ['method' => 'crm.deal.get', 'params' => ['id' => $i === 10 ? -1 : $i + 1]];
}
$mark = b24_emu_log_mark();
try {
    $c->batch($two, true);
} catch (B24ApiException $e) {
    echo 'thrown: ', $e->getErrorCode(), ', requests ', count(b24_emu_log_since($mark, 'batch')), "\n";
}
$r = $c->batch($two);
echo count($r), ' results without halt, the error at 10: ', get_class($r[10]), "\n";

/* a request that fails as a whole throws */
b24_emu_fault('internal_error', [], 1, 'batch');
try {
    $c->batch(['x' => ['method' => 'crm.deal.add', 'params' => ['fields' => ['TITLE' => 'x']]]]);
} catch (B24ServerException $e) {
    echo 'whole request: ', get_class($e), ' ', $e->getErrorCode(), "\n";
}
echo 'nothing: ', json_encode($c->batch([])), "\n";
[$requests, $refused] = each_requests(0);
echo "refused in all: $refused\n";

/* misuse */
foreach ([
    fn () => $c->batch(['x' => ['params' => []]]),
    fn () => $c->batch(['x' => ['method' => 'batch']]),
    fn () => $c->batch(['x' => 'profile']),
    fn () => $c->batch([], false, ['paralel' => 2]),
] as $f) {
    try {
        $f();
        echo "accepted\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
b24_emu_settings(['bucket_enabled' => false]);
?>
--EXPECT--
requests: 50,50,20; refused: 0
keys as the commands: true
gets that read their add: 40 of 40
lists that found their deal: 36; errors: 3:B24ApiException ERROR_ARGUMENT, 13:B24ApiException ERROR_ARGUMENT, 23:B24ApiException ERROR_ARGUMENT, 33:B24ApiException ERROR_ARGUMENT
an error is not thrown: B24ApiException "ERROR_ARGUMENT: ID is not defined or invalid."
get15 sent as crm.deal.get?id=10016, get5 went in the first request as crm.deal.get?id=%24result%5Badd5%5D
B24ApiException ERROR_NOT_FOUND: Not found
1 request, halt=1
thrown: ERROR_ARGUMENT, requests 1
60 results without halt, the error at 10: B24ApiException
whole request: B24ServerException INTERNAL_SERVER_ERROR
nothing: []
refused in all: 0
ValueError: B24Client::batch(): Argument #1 ($commands) entry "x" has no "method"
ValueError: B24Client::batch(): Argument #1 ($commands) entry "x" calls "batch", which cannot be nested in a batch
TypeError: B24Client::batch(): Argument #1 ($commands) entry "x" must be of type array, string given
ValueError: B24Client::batch(): Argument #3 ($options) contains the unknown option "paralel"
