--TEST--
examples/frame.php and examples/answered.php served by php -S: the portal's widget request gets the signed page, a forged one 403; a signed click 204, a forged one 403
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
$env = pl_emu('current');
$dir = dirname(pl_file());
$pair = b24_emu_install();
file_put_contents("$dir/settings.json", json_encode([
    'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
    'application_token' => $pair['application_token'],
]));
$ini = [
    'b24.client_id' => $env['B24_EMU_CLIENT_ID'], 'b24.client_secret' => $env['B24_EMU_CLIENT_SECRET'],
    'b24.store' => "$dir/settings.json", 'b24.ca_file' => $env['B24_EMU_CA'],
    'b24.frame_url' => 'https://app.example.com/b24/frame.php',
    'b24.error_handler_url' => 'https://app.example.com/b24/worker-error.php',
];
foreach ($ini as $k => $v) {
    ini_set($k, $v);
}
var_dump(b24_bind_event('BackgroundCallCard::answerButtonClick', 'https://app.example.com/b24/answered.php'));

/* The app server. */
$sock = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
fclose($sock);
/* exec: proc_terminate() must reach php itself, not a shell around it. */
$cmd = "exec " . b24_test_php($ini) . " -S 127.0.0.1:$port -t " . escapeshellarg(__DIR__ . '/../examples');
$server = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
for ($i = 0; $i < 100 && !@fsockopen('127.0.0.1', $port); $i++) {
    usleep(50000);
}
function post(int $port, string $path, string $type, string $body): array
{
    $ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: $type\r\n",
        'content' => $body, 'ignore_errors' => true, 'timeout' => 10]]);
    return b24_test_http("http://127.0.0.1:$port$path", $ctx);
}

$query = '?' . http_build_query(['DOMAIN' => $env['B24_EMU_DOMAIN'], 'PROTOCOL' => '1', 'LANG' => 'en', 'APP_SID' => 'abc']);
$widget = ['member_id' => $env['B24_EMU_MEMBER_ID'], 'PLACEMENT' => 'PAGE_BACKGROUND_WORKER',
    'APPLICATION_TOKEN' => $pair['application_token'], 'AUTH_ID' => $pair['access_token'],
    'PLACEMENT_OPTIONS' => '{"ID":"PAGE_BACKGROUND_WORKER","URI":"\/crm\/"}'];
[$status, $page] = post($port, "/frame.php$query", 'application/x-www-form-urlencoded', http_build_query($widget));
echo "frame.php: $status, subscribes ", implode(', ', array_column($subs = pl_page_bindings($page), 'event')), "\n";
[$status] = post($port, "/frame.php$query", 'application/x-www-form-urlencoded',
    http_build_query(['APPLICATION_TOKEN' => 'forged'] + $widget));
echo "frame.php with a forged APPLICATION_TOKEN: $status\n";
[$status] = post($port, "/frame.php$query", 'application/x-www-form-urlencoded', '');
echo "frame.php without a widget request: $status\n";

$click = pl_frame_post($subs[0], $env['B24_EMU_MEMBER_ID']);
[$status] = post($port, '/answered.php', 'text/plain;charset=UTF-8', $click);
echo "answered.php: $status\n";
[$status] = post($port, '/answered.php', 'text/plain;charset=UTF-8', str_replace('"member_id":"', '"member_id":"x', $click));
echo "answered.php, another portal's id: $status\n";
[$status] = post($port, '/answered.php', 'text/plain;charset=UTF-8', '{}');
echo "answered.php, no signature: $status\n";

proc_terminate($server);
proc_close($server);
?>
--EXPECT--
bool(true)
frame.php: 200, subscribes BackgroundCallCard::answerButtonClick
frame.php with a forged APPLICATION_TOKEN: 403
frame.php without a widget request: 403
answered.php: 204
answered.php, another portal's id: 403
answered.php, no signature: 403
