--TEST--
batch: form (double-encoded) and JSON bodies, $result references, result_* maps, halt, nested batch, >50 commands
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$batch = function (array $body, bool $json = false): array {
    $o = $json ? ['body' => json_encode($body), 'headers' => ['Content-Type: application/json']] : ['body' => http_build_query($body)];
    return emu_http('POST', emu_env()['B24_EMU_WEBHOOK'] . 'batch.json', $o);
};
$r = $batch(['halt' => 0, 'cmd' => [
    'page' => 'crm.deal.list?' . http_build_query(['filter' => ['>ID' => 100], 'select' => ['ID'], 'order' => ['ID' => 'ASC']]),
    'last' => 'crm.deal.get?' . http_build_query(['id' => '$result[page][49][ID]']),
    'next_page' => 'crm.deal.list?' . http_build_query(['filter' => ['>ID' => '$result[page][49][ID]'], 'select' => ['ID'], 'start' => -1]),
    'title' => 'crm.deal.add?' . http_build_query(['fields' => ['TITLE' => 'John&Martin of $result[last][TITLE]']]),
    'me' => 'profile',
]]);
$res = $r['json']['result'];
echo 'status: ', $r['status'], "\n";
echo 'keys: ', implode(',', array_keys($res)), "\n";
echo 'last: ', $res['result']['last']['ID'], "\n";
echo 'next_page first: ', $res['result']['next_page'][0]['ID'], "\n";
echo 'title: ', emu_hook('crm.deal.get', ['id' => $res['result']['title']])['json']['result']['TITLE'], "\n";
echo 'result_total: ', json_encode($res['result_total']), "\n";
echo 'result_next: ', json_encode($res['result_next']), "\n";
echo 'result_error: ', json_encode($res['result_error']), "\n";
echo 'result_time keys: ', implode(',', array_keys($res['result_time'])), ' ', implode(',', array_keys($res['result_time']['me'])), "\n";
echo 'outer time: ', json_encode(isset($r['json']['time']['duration'])), "\n";

$cmd = ['a' => 'profile', 'b' => 'crm.deal.get?id=0', 'c' => 'batch?cmd[x]=profile', 'd' => 'server.time'];
$r = $batch(['halt' => 0, 'cmd' => $cmd], true);
$res = $r['json']['result'];
echo 'JSON halt=0: ', $r['status'], ' ok=', implode(',', array_keys($res['result'])), ' errors=', json_encode($res['result_error']), "\n";
$r = $batch(['halt' => 1, 'cmd' => $cmd], true);
$res = $r['json']['result'];
echo 'JSON halt=1: ok=', implode(',', array_keys($res['result'])), ' errors=', implode(',', array_keys($res['result_error'])), "\n";
$r = $batch(['halt' => 'true', 'cmd' => $cmd]);
echo 'form halt=true: errors=', implode(',', array_keys($r['json']['result']['result_error'])), "\n";

$r = $batch(['cmd' => ['profile', 'server.time']], true);
echo 'list cmd: ', json_encode(array_keys($r['json']['result']['result'])), ' ', substr($r['body'], 0, 21), "\n";
$r = $batch(['cmd' => [1 => 'no.method', 2 => 'profile']]);
echo 'empty maps are []: ', json_encode($r['json']['result']['result_total']), json_encode($r['json']['result']['result_next']), "\n";
$r = $batch(['cmd' => []]);
echo 'no commands: ', $r['body'] === '' ? '' : substr($r['body'], 0, 93), "\n";

$many = [];
for ($i = 0; $i < 51; $i++) {
    $many["c$i"] = 'profile';
}
$r = $batch(['cmd' => $many]);
echo '51 commands: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
$r = $batch(['cmd' => array_slice($many, 0, 50)]);
echo '50 commands: ', emu_brief($r), ' ', count($r['json']['result']['result']), "\n";
?>
--EXPECT--
status: 200
keys: result,result_error,result_total,result_next,result_time
last: 150
next_page first: 151
title: John&Martin of Deal #150
result_total: {"page":9900,"next_page":0}
result_next: {"page":50}
result_error: []
result_time keys: page,last,next_page,title,me start,finish,duration,processing,date_start,date_finish,operating,operating_reset_at
outer time: true
JSON halt=0: 200 ok=a,d errors={"b":{"error":"ERROR_ARGUMENT","error_description":"ID is not defined or invalid."},"c":{"error":"ERROR_BATCH_METHOD_NOT_ALLOWED","error_description":"Method is not allowed for batch usage"}}
JSON halt=1: ok=a errors=b
form halt=true: errors=b
list cmd: [0,1] {"result":{"result":[
empty maps are []: [][]
no commands: {"result":{"result":[],"result_error":[],"result_total":[],"result_next":[],"result_time":[]}
51 commands: 400 ERROR_BATCH_LENGTH_EXCEEDED Max batch length exceeded
50 commands: 200 ok 50
