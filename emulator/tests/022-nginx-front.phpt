--TEST--
nginx front: TLS with the run's CA for localhost and 127.0.0.1, HTTP/2 by ALPN, keep-alive, the static fast path, the static portal page, distinct origins
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
$required = ['B24_EMU_PORTAL', 'B24_EMU_WEBHOOK', 'B24_EMU_OAUTH', 'B24_EMU_CLIENT_ENDPOINT', 'B24_EMU_CLIENT_ID',
    'B24_EMU_CLIENT_SECRET', 'B24_EMU_MEMBER_ID', 'B24_EMU_CA', 'B24_EMU_CONTROL', 'B24_EMU_FAST', 'B24_EMU_RENAMED', 'B24_EMU_PORTAL_PAGE'];
echo 'env complete: ', json_encode(array_diff($required, array_keys(array_filter($env)))), "\n";
echo 'bases end in /: ', json_encode(array_filter(['B24_EMU_PORTAL', 'B24_EMU_WEBHOOK', 'B24_EMU_OAUTH', 'B24_EMU_CLIENT_ENDPOINT', 'B24_EMU_CONTROL', 'B24_EMU_FAST', 'B24_EMU_RENAMED'], fn ($k) => !str_ends_with($env[$k], '/')) === []), "\n";
$origin = fn (string $url): string => parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
echo 'distinct origins: ', count(array_unique([$origin($env['B24_EMU_PORTAL']), $origin($env['B24_EMU_OAUTH']), $origin($env['B24_EMU_RENAMED'])])), "\n";
$r = emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', ['curl' => [CURLOPT_CAINFO => '/dev/null', CURLOPT_CAPATH => '/nonexistent']]);
echo 'untrusted without the CA: errno=', $r['errno'], "\n";
echo 'localhost verified: ', emu_brief(emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json')), "\n";
$ip = str_replace('https://localhost:', 'https://127.0.0.1:', $env['B24_EMU_WEBHOOK']);
echo '127.0.0.1 verified: ', emu_brief(emu_http('GET', $ip . 'profile.json')), "\n";
$r = emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', ['http' => '2']);
echo 'HTTP/2: ', $r['http_version'] === CURL_HTTP_VERSION_2 ? 'yes' : 'no', ' ', emu_brief($r), "\n";
$ch = curl_init();
$connects = 0;
for ($i = 0; $i < 20; $i++) {
    $connects += emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'server.time', ['handle' => $ch])['connects'];
}
echo 'keep-alive: 20 requests, connections: ', $connects, "\n";

$before = emu_control('GET', 'log')['last_id'];
$r = emu_http('GET', $env['B24_EMU_FAST'] . 'crm.deal.list.json');
echo 'fast path: ', $r['status'], ' ', $r['headers']['content-type'], ' ', json_encode(array_keys($r['json'])), ' ', implode(',', array_keys($r['json']['time'])), "\n";
echo 'fast path bypasses PHP: ', json_encode(emu_control('GET', 'log')['last_id'] === $before), "\n";
$r = emu_http('POST', $env['B24_EMU_FAST'] . 'profile.json', ['body' => 'a=1', 'http' => '2']);
echo 'fast path POST over HTTP/2: ', $r['status'], ' ', $r['json']['result']['ID'], "\n";
$page = '{"result":[{"ID":"1"}],"total":1,"time":{"start":1}}';
file_put_contents($env['B24_EMU_RUN'] . '/pages/bench1.json', $page);
$before = emu_control('GET', 'log')['last_id'];
$r = emu_http('POST', $env['B24_EMU_PORTAL'] . 'fast/page/bench1/rest/1/x/crm.deal.list.json', ['body' => 'start=0']);
echo 'fast page POST: ', $r['status'], ' same bytes: ', json_encode($r['body'] === $page), ' bypasses PHP: ', json_encode(emu_control('GET', 'log')['last_id'] === $before), "\n";
echo 'fast page GET: ', emu_http('GET', $env['B24_EMU_PORTAL'] . 'fast/page/bench1/x')['status'], "\n";
echo 'missing fast page: ', emu_http('POST', $env['B24_EMU_PORTAL'] . 'fast/page/nosuchpage/x', ['body' => 'a=1'])['status'], "\n";
unlink($env['B24_EMU_RUN'] . '/pages/bench1.json');

$r = emu_http('GET', $env['B24_EMU_PORTAL_PAGE']);
echo 'portal page: ', $r['status'], ' ', $r['headers']['content-type'], ' same file: ', json_encode($r['body'] === file_get_contents(EMU_DIR . '/public/portal/index.html')), "\n";
$r = emu_http('GET', $env['B24_EMU_PORTAL_PAGE'] . 'portal.js');
echo 'portal.js: ', $r['status'], ' ', $r['headers']['content-type'], "\n";
$modules = glob(EMU_DIR . '/public/portal/node_modules/*/package.json') ?: [];
if ($modules !== []) {
    $file = substr($modules[0], strlen(EMU_DIR . '/public/portal/'));
    $r = emu_http('GET', $env['B24_EMU_PORTAL_PAGE'] . $file);
    echo 'node_modules served as-is: ', $r['status'], ' ', json_encode($r['body'] === file_get_contents($modules[0])), "\n";
} else {
    $r = emu_http('GET', $env['B24_EMU_PORTAL_PAGE'] . 'node_modules/none/package.json');
    echo 'node_modules served as-is: ', $r['status'] === 404 && !isset($r['json']) ? '200 true' : 'not by nginx', "\n";
}
$r = emu_http('GET', $env['B24_EMU_PORTAL_PAGE'] . 'no-such-file.txt');
echo 'missing static file: ', $r['status'], ' ', json_encode($r['json']), "\n";
?>
--EXPECT--
env complete: []
bases end in /: true
distinct origins: 3
untrusted without the CA: errno=77
localhost verified: 200 ok
127.0.0.1 verified: 200 ok
HTTP/2: yes 200 ok
keep-alive: 20 requests, connections: 1
fast path: 200 application/json ["result","time"] start,finish,duration,processing,date_start,date_finish,operating,operating_reset_at
fast path bypasses PHP: true
fast path POST over HTTP/2: 200 1
fast page POST: 200 same bytes: true bypasses PHP: true
fast page GET: 200
missing fast page: 404
portal page: 200 text/html same file: true
portal.js: 200 application/javascript
node_modules served as-is: 200 true
missing static file: 404 null
