--TEST--
Request log: method, path, query, headers, raw body byte for byte, parsed parameters, identity and the answer
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
$raw = "fields%5BTITLE%5D=A%26B+%C3%A9&fields%5BBIN%5D=%00%FF%FE&fields%5BOPENED%5D=1&weird=%ZZ&x[]=1&x[]=2&auth=";
$token = emu_install(false)['access_token'];
$body = $raw . $token;
$r = emu_http('POST', $env['B24_EMU_CLIENT_ENDPOINT'] . 'crm.deal.add.json?bx24_request_id=abc', ['body' => $body, 'headers' => ['X-Request-ID: r-1', 'User-Agent: log-test/1.0']]);
$e = emu_control('GET', 'log?order=desc&limit=1')['entries'][0];
echo 'method/path/query: ', $e['http_method'], ' ', $e['path'], ' ', $e['query'], ' ', $e['rest_method'], ' ', $e['origin'], "\n";
echo 'body identical: ', json_encode($e['body'] === $body), ' length: ', $e['body_length'] === strlen($body) ? 'same' : 'differs', "\n";
echo 'base64 identical: ', json_encode(base64_decode($e['body_base64']) === $body), "\n";
$rawBody = emu_http('GET', $env['B24_EMU_CONTROL'] . 'log/' . $e['id'] . '/body');
echo 'raw route identical: ', json_encode($rawBody['body'] === $body), "\n";
echo 'headers: ', $e['headers']['x-request-id'], ' ', $e['headers']['user-agent'], ' ', $e['headers']['content-type'], "\n";
echo 'params: ', $e['params']['fields']['TITLE'], ' ', json_encode($e['params']['x']), ' ', $e['params']['bx24_request_id'], ' ', json_encode(isset($e['params']['auth'])), "\n";
echo 'identity: ', json_encode($e['identity']), "\n";
echo 'answer: ', $e['status'], ' ', json_encode($e['response_body'] === $r['body']), ' ', $e['response_headers']['Content-Type'], "\n";
$resp = emu_http('GET', $env['B24_EMU_CONTROL'] . 'log/' . $e['id'] . '/response');
echo 'raw response identical: ', json_encode($resp['body'] === $r['body']), "\n";

$binary = "\x00\x01{\"a\":\xff}\r\n";
emu_http('POST', $env['B24_EMU_WEBHOOK'] . 'profile', ['body' => $binary, 'headers' => ['Content-Type: application/octet-stream']]);
$e = emu_control('GET', 'log?order=desc&limit=1')['entries'][0];
echo 'binary body: ', json_encode($e['body']), ' ', json_encode(base64_decode($e['body_base64']) === $binary), ' ', json_encode(emu_http('GET', $env['B24_EMU_CONTROL'] . 'log/' . $e['id'] . '/body')['body'] === $binary), "\n";
echo 'webhook identity: ', json_encode($e['identity']), "\n";

$json = '{"filter":{">ID":5},"select":["ID"],"nested":{"a":[1,{"b":null}]}}';
emu_http('POST', $env['B24_EMU_WEBHOOK'] . 'crm.deal.list', ['body' => $json, 'headers' => ['Content-Type: application/json']]);
$e = emu_control('GET', 'log?order=desc&limit=1')['entries'][0];
echo 'json body: ', json_encode($e['body'] === $json), ' ', json_encode($e['params']['nested']), "\n";

$boundary = 'XyZ';
$multipart = "--$boundary\r\nContent-Disposition: form-data; name=\"fields[TITLE]\"\r\n\r\nMulti part\r\n--$boundary--\r\n";
$r = emu_http('POST', $env['B24_EMU_WEBHOOK'] . 'crm.deal.add', ['body' => $multipart, 'headers' => ["Content-Type: multipart/form-data; boundary=$boundary"]]);
$e = emu_control('GET', 'log?order=desc&limit=1')['entries'][0];
echo 'multipart: ', json_encode($e['body'] === $multipart), ' ', $e['params']['fields']['TITLE'], ' ', emu_hook('crm.deal.get', ['id' => $r['json']['result']])['json']['result']['TITLE'], "\n";

emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'nope');
emu_http('GET', preg_replace('#/rest/1/[^/]+/#', '/rest/1/bad/', $env['B24_EMU_WEBHOOK']) . 'profile');
$entries = emu_control('GET', 'log?order=desc&limit=2')['entries'];
echo 'errors logged: ', $entries[0]['status'], ' ', json_encode($entries[0]['identity']), ' ', $entries[1]['status'], ' ', $entries[1]['rest_method'], "\n";
$all = emu_control('GET', 'log');
echo 'filter by method: ', count(emu_control('GET', 'log?method=crm.deal.add')['entries']), ' after: ', count(emu_control('GET', 'log?after=' . ($all['last_id'] - 1))['entries']), "\n";
emu_control('GET', 'settings');
echo 'control requests are not logged: ', json_encode(emu_control('GET', 'log')['last_id'] === $all['last_id']), "\n";
echo 'cleared: ', json_encode(emu_control('DELETE', 'log')['cleared'] > 0), ' ', count(emu_control('GET', 'log')['entries']), "\n";
?>
--EXPECT--
method/path/query: POST /rest/crm.deal.add.json bx24_request_id=abc crm.deal.add portal
body identical: true length: same
base64 identical: true
raw route identical: true
headers: r-1 log-test/1.0 application/x-www-form-urlencoded
params: A&B é ["1","2"] abc true
identity: {"type":"app","user_id":2,"admin":false,"scope":"crm,placement,user,telephony,task,calendar,im,basic"}
answer: 200 true application/json; charset=utf-8
raw response identical: true
binary body: null true true
webhook identity: {"type":"webhook","user_id":1,"admin":true,"scope":"crm,placement,user,telephony,task,calendar,im,basic"}
json body: true {"a":[1,{"b":null}]}
multipart: true Multi part Multi part
errors logged: 401 null 404 nope
filter by method: 2 after: 1
control requests are not logged: true
cleared: true 0
