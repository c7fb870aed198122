--TEST--
Armed transport faults: HTML 502, connection closed before / after headers, truncated body, slow answer, invalid JSON, body of a chosen size, empty body, 302 to the renamed portal
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
$arm = fn (array $f): array => emu_control('POST', 'faults', $f);
$call = fn (string $http = '1.1'): array => emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', ['http' => $http]);

$arm(['kind' => 'html_502']);
$r = $call();
echo 'html_502: ', $r['status'], ' ', $r['headers']['content-type'], ' ', json_encode(str_contains($r['body'], '<title>502 Bad Gateway</title>')), "\n";

foreach (['1.1', '2'] as $v) {
    $arm(['kind' => 'reset_before_headers']);
    $r = $call($v);
    echo "reset_before_headers http/$v: status=", $r['status'], ' errno=', $r['errno'], ' bytes=', strlen($r['body']), "\n";
    $arm(['kind' => 'reset_after_headers']);
    $r = $call($v);
    echo "reset_after_headers http/$v: status=", $r['status'], ' errno=', $r['errno'], ' length=', $r['headers']['content-length'] ?? '-', ' bytes=', strlen($r['body']), "\n";
    $arm(['kind' => 'truncated', 'size' => 1000, 'keep' => 300]);
    $r = $call($v);
    echo "truncated http/$v: status=", $r['status'], ' errno=', $r['errno'], ' length=', $r['headers']['content-length'], ' bytes=', strlen($r['body']), "\n";
}
echo 'next call is normal: ', emu_brief($call()), "\n";

$arm(['kind' => 'slow', 'delay_ms' => 700]);
$t0 = microtime(true);
$r = $call();
echo 'slow: ', emu_brief($r), ' took>=0.7: ', json_encode(microtime(true) - $t0 >= 0.7), ' result: ', $r['json']['result']['ID'], "\n";
$t0 = microtime(true);
$r = emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', ['timeout' => 1, 'curl' => [CURLOPT_TIMEOUT_MS => 300]]);
echo 'client timeout not triggered without a fault: ', $r['errno'], "\n";
$arm(['kind' => 'slow', 'delay_ms' => 2000]);
$r = emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', ['curl' => [CURLOPT_TIMEOUT_MS => 300]]);
echo 'client timeout on a slow answer: errno=', $r['errno'], "\n";

$arm(['kind' => 'invalid_json']);
$r = $call();
echo 'invalid_json: ', $r['status'], ' ', $r['headers']['content-type'], ' decodes: ', json_encode(json_decode($r['body']) !== null), "\n";
foreach ([300, 100000, 5 * 1048576] as $size) {
    $arm(['kind' => 'big_body', 'size' => $size]);
    $r = $call();
    echo "big_body $size: ", strlen($r['body']), ' valid: ', json_encode(is_array($r['json']) && isset($r['json']['result'], $r['json']['time'])), "\n";
}
$arm(['kind' => 'empty_body']);
$r = $call();
echo 'empty_body: ', $r['status'], ' bytes=', strlen($r['body']), "\n";

$arm(['kind' => 'redirect']);
$r = emu_http('POST', $env['B24_EMU_WEBHOOK'] . 'crm.deal.get.json?x=1', ['body' => 'id=5']);
$location = $r['headers']['location'];
$path = substr($env['B24_EMU_WEBHOOK'], strlen($env['B24_EMU_PORTAL']));
echo 'redirect: ', $r['status'], ' to renamed: ', json_encode($location === $env['B24_EMU_RENAMED'] . $path . 'crm.deal.get.json?x=1'), "\n";
echo 'renamed origin differs: ', json_encode(parse_url($env['B24_EMU_RENAMED'], PHP_URL_HOST) !== parse_url($env['B24_EMU_PORTAL'], PHP_URL_HOST)), "\n";
$r = emu_http('POST', $location, ['body' => 'id=5']);
echo 'renamed portal answers: ', emu_brief($r), ' ', $r['json']['result']['TITLE'], "\n";
$arm(['kind' => 'redirect', 'status' => 301, 'location' => 'https://elsewhere.example/']);
$r = $call();
echo 'custom redirect: ', $r['status'], ' ', $r['headers']['location'], "\n";
$arm(['kind' => 'html_502', 'delay_ms' => 400]);
$t0 = microtime(true);
echo 'delay on any kind: ', $call()['status'], ' ', json_encode(microtime(true) - $t0 >= 0.4), "\n";
?>
--EXPECTF--
html_502: 502 text/html%S true
reset_before_headers http/1.1: status=0 errno=52 bytes=0
reset_after_headers http/1.1: status=200 errno=18 length=1024 bytes=1
truncated http/1.1: status=200 errno=18 length=1000 bytes=300
reset_before_headers http/2: status=0 errno=92 bytes=0
reset_after_headers http/2: status=200 errno=92 length=1024 bytes=1
truncated http/2: status=200 errno=92 length=1000 bytes=300
next call is normal: 200 ok
slow: 200 ok took>=0.7: true result: 1
client timeout not triggered without a fault: 0
client timeout on a slow answer: errno=28
invalid_json: 200 application/json; charset=utf-8 decodes: false
big_body 300: 300 valid: true
big_body 100000: 100000 valid: true
big_body 5242880: 5242880 valid: true
empty_body: 200 bytes=0
redirect: 302 to renamed: true
renamed origin differs: true
renamed portal answers: 200 ok Deal #5
custom redirect: 301 https://elsewhere.example/rest/1/%s/profile.json
delay on any kind: 502 true
