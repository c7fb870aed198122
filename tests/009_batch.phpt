--TEST--
b24: b24_call_batch() sends CRest's commands, passes $result references, honours halt, chunks above 50
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$hook = b24_emu_webhook_client();

/* what CRest::callBatch() posts for the same input */
function crest_batch_body(array $calls, bool $halt): string
{
    $cmd = [];
    foreach ($calls as $id => $call) {
        if (!empty($call['method'])) {
            $cmd[$id] = $call['method'] . (empty($call['params']) ? '' : '?' . http_build_query($call['params']));
        }
    }
    return http_build_query(['cmd' => $cmd, 'halt' => (int)$halt]);
}

$calls = [
    'add' => ['method' => 'crm.deal.add', 'params' => ['fields' => ['TITLE' => 'John&Martin', 'OPENED' => true, 'X' => null]]],
    'get' => ['method' => 'crm.deal.get', 'params' => ['id' => '$result[add]']],
    'bad' => ['method' => 'crm.deal.get', 'params' => ['id' => 0]],
    'list' => ['method' => 'crm.deal.list', 'params' => ['select' => ['ID', 'TITLE'], 'filter' => ['ID' => '$result[add]']]],
    'skipped' => ['params' => ['a' => 1]],
    'empty' => ['method' => '', 'params' => []],
    7 => ['method' => 'profile'],
];
foreach ([false, true] as $halt) {
    $mark = b24_emu_log_mark();
    $r = b24_call_batch($calls, $halt, $hook);
    echo $halt ? "halt\n" : "no halt\n";
    var_dump(b24_emu_last_body($mark) === crest_batch_body($calls, $halt));
    echo implode(',', array_keys($r)), "\n";
    foreach ($r['result'] as $map => $entries) {
        echo "  $map: ", implode(',', array_keys($entries)), "\n";
    }
    if (!$halt) {
        echo '  ', $r['result']['result']['get']['TITLE'], ' ', $r['result']['result']['get']['ID'] === (string)$r['result']['result']['add'] ? 'same id' : 'OTHER ID', ' ',
            $r['result']['result']['list'][0]['ID'] === (string)$r['result']['result']['add'] ? 'same id' : 'OTHER ID', "\n";
        echo '  ', $r['result']['result_error']['bad']['error'], "\n";
    }
}

/* 120 commands: three requests of 50, 50 and 20; every id comes back once */
$many = [];
for ($i = 0; $i < 120; $i++) {
    $many[$i % 3 ? "c$i" : $i] = ['method' => 'profile'];
}
$mark = b24_emu_log_mark();
$r = b24_call_batch($many, false, $hook);
$sent = b24_emu_log_since($mark, 'batch');
echo count($sent), ' requests: ';
foreach ($sent as $entry) {
    echo substr_count(b24_emu_raw($entry['id']), 'cmd%5B'), ' ';
}
echo "\n";
var_dump(array_keys($r['result']['result']) === array_keys($many), count($r['result']['result_time']), $r['result']['result_error']);

/* halt: a failing command in the first chunk ends the batch there */
$many[9] = ['method' => 'crm.deal.get', 'params' => ['id' => -1]];
$mark = b24_emu_log_mark();
$r = b24_call_batch($many, true, $hook);
echo count(b24_emu_log_since($mark, 'batch')), ' request, ', count($r['result']['result']), ' results, error on ', implode(',', array_keys($r['result']['result_error'])), "\n";

/* a later chunk refused as a whole (rate limit): what came before stays, the error is added */
b24_emu_settings(['bucket_enabled' => true, 'bucket_burst' => 1, 'bucket_rate' => 0.001]);
b24_emu_control('POST', 'limits/reset');
$r = b24_call_batch(array_slice($many, 10, 60, true), false, $hook);
b24_emu_settings(['bucket_enabled' => false]);
echo implode(',', array_keys($r)), ' ', count($r['result']['result']), ' ', $r['error'], "\n";

/* a request that fails as a whole is returned as b24_call() returns it */
b24_emu_fault('query_limit', [], 1, 'batch');
var_dump(b24_call_batch(['a' => ['method' => 'profile']], false, $hook));
b24_emu_control('DELETE', 'faults');

/* nothing to send: [] and no request */
$mark = b24_emu_log_mark();
var_dump(b24_call_batch([], false, $hook), b24_call_batch(['x' => ['params' => []]], false, $hook), count(b24_emu_log_since($mark)));

/* JSON bodies carry the same command strings */
$json = b24_emu_webhook_client(['json' => true]);
$mark = b24_emu_log_mark();
$r = b24_call_batch(['a' => ['method' => 'crm.deal.get', 'params' => ['id' => 1, 'x' => 'a&b']], 'b' => ['method' => 'profile']], true, $json);
echo b24_emu_last_body($mark), ' ', implode(',', array_keys($r['result']['result'])), "\n";

/* $result works within one request on the portal; a reference to a command of an earlier request is resolved by the client */
$refs = [];
for ($i = 0; $i < 60; $i++) {
    $refs["c $i"] = ['method' => 'crm.deal.get', 'params' => ['id' => 1 + $i]];
}
$refs['c 55']['params'] = ['id' => '$result[c 52][ID]'];
$refs['c 56']['params'] = ['id' => '$result[no such id]'];
$refs['c 57']['params'] = ['filter' => ['ID' => '$result[c 3][ID]'], 'id' => '$result[c 3][ID]'];
$refs['c 58']['params'] = ['id' => '$result[c 2][NO_SUCH]'];
$mark = b24_emu_log_mark();
$r = b24_call_batch($refs, false, $hook);
$sent = b24_emu_log_since($mark, 'batch');
echo count($r['result']['result']) + count($r['result']['result_error']), ' answers in ', count($sent), " requests\n";
echo 'sent: ', $sent[1]['params']['cmd']['c 55'], ' | ', $sent[1]['params']['cmd']['c 57'], ' | ', $sent[1]['params']['cmd']['c 58'], "\n";
echo $r['result']['result']['c 55']['ID'], ' ', $r['result']['result']['c 57']['ID'], ' ', $r['result']['result_error']['c 58']['error'], "\n";

/* misuse */
$bad = [
    [['n' => ['method' => 'batch', 'params' => ['cmd' => []]]]],
    [['n' => ['method' => 'BATCH']]],
    [['n' => 'profile']],
    [[5 => ['method' => 42]]],
    [['n' => ['method' => 'profile', 'params' => 'a=1']]],
    [['n' => ['method' => 'no such method!']]],
];
foreach ($bad as [$input]) {
    try {
        b24_call_batch($input, false, $hook);
        echo "accepted\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
no halt
bool(true)
result,time
  result: add,get,list,7
  result_error: bad
  result_total: list
  result_next: 
  result_time: add,get,list,7
  John&Martin same id same id
  ERROR_ARGUMENT
halt
bool(true)
result,time
  result: add,get
  result_error: bad
  result_total: 
  result_next: 
  result_time: add,get
3 requests: 50 50 20 
bool(true)
int(120)
array(0) {
}
1 request, 9 results, error on 9
result,time,error,error_description,error_information 50 QUERY_LIMIT_EXCEEDED
array(3) {
  ["error"]=>
  string(20) "QUERY_LIMIT_EXCEEDED"
  ["error_description"]=>
  string(17) "Too many requests"
  ["error_information"]=>
  string(44) "Too many requests, maximum 2 query by second"
}
array(0) {
}
array(0) {
}
int(0)
{"cmd":{"a":"crm.deal.get?id=1&x=a%26b","b":"profile"},"halt":true} a,b
60 answers in 2 requests
sent: crm.deal.get?id=%24result%5Bc+52%5D%5BID%5D | crm.deal.get?filter%5BID%5D=4&id=4 | crm.deal.get?id=
53 4 ERROR_ARGUMENT
ValueError: b24_call_batch(): Argument #1 ($calls) entry "n" calls "batch", which cannot be nested in a batch
ValueError: b24_call_batch(): Argument #1 ($calls) entry "n" calls "batch", which cannot be nested in a batch
TypeError: b24_call_batch(): Argument #1 ($calls) entry "n" must be of type array, string given
TypeError: b24_call_batch(): Argument #1 ($calls) entry 5 key "method" must be of type string, int given
TypeError: b24_call_batch(): Argument #1 ($calls) entry "n" key "params" must be of type array, string given
ValueError: b24_call_batch(): Argument #1 ($calls) entry "n" key "method" must be a REST method name
