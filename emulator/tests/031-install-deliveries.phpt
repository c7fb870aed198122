--TEST--
Control install deliveries: ONAPPINSTALL (auth[...] with both tokens) and the app opened with PLACEMENT=DEFAULT, of either portal, with tokens the authorization server's app.info names; the forgeries; ONAPPUNINSTALL without tokens
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
$dir = sys_get_temp_dir() . '/b24emu-install-' . getmypid();
mkdir($dir);
file_put_contents("$dir/handler.php", '<?php
$n = count(glob(__DIR__ . "/req-*.json"));
file_put_contents(__DIR__ . "/req-$n.json", json_encode(["get" => $_GET, "post" => $_POST]));
echo "handled $n";
');
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);
$server = proc_open([PHP_BINARY, '-S', "127.0.0.1:$port", "$dir/handler.php"], [1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
register_shutdown_function(static function () use ($server, $dir): void {
    if (is_resource($server)) {
        proc_terminate($server);
    }
    exec('rm -rf ' . escapeshellarg($dir));
});
for ($i = 0; $i < 100 && @fsockopen('127.0.0.1', $port) === false; $i++) {
    usleep(50000);
}
$handler = "http://127.0.0.1:$port/install";
$send = function (array $input) use ($handler, $dir): array {
    emu_control('POST', 'deliver/install', $input + ['handler' => $handler]);
    return json_decode(file_get_contents("$dir/req-" . (count(glob("$dir/req-*.json")) - 1) . '.json'), true);
};
$info = function (string $token) use ($env): array {
    $r = emu_http('POST', $env['B24_EMU_SERVER_ENDPOINT'] . 'app.info', ['body' => 'auth=' . $token]);
    return $r['json']['result'] ?? ['error' => $r['json']['error'] ?? $r['status']];
};

$req = $send(['form' => 'event']);
$auth = $req['post']['auth'];
echo 'event: ', $req['post']['event'], ' data ', implode(',', array_keys($req['post']['data'])), ' ts ', json_encode(ctype_digit($req['post']['ts'])), "\n";
echo 'auth: ', implode(',', array_keys($auth)), "\n";
$i = $info($auth['access_token']);
echo 'app.info: client ', json_encode($i['client_id'] === $env['B24_EMU_CLIENT_ID']), ' member ', json_encode($i['install']['member_id'] === $auth['member_id']),
    ' domain ', json_encode($i['install']['domain'] === $auth['domain']), ' portal ', json_encode($auth['domain'] === $env['B24_EMU_DOMAIN']),
    ' app token ', json_encode($auth['application_token'] === $env['B24_EMU_APPLICATION_TOKEN']), "\n";
echo 'profile with it: ', emu_brief(emu_app($auth['access_token'], 'profile')), "\n";

$req = $send(['form' => 'placement', 'portal' => 'second']);
echo 'placement query: ', implode(',', array_keys($req['get'])), ' body: ', implode(',', array_keys($req['post'])), "\n";
$i = $info($req['post']['AUTH_ID']);
echo 'second portal: ', $req['get']['DOMAIN'], ' member ', json_encode($req['post']['member_id'] !== $env['B24_EMU_MEMBER_ID'] && $i['install']['member_id'] === $req['post']['member_id']),
    ' domain ', $i['install']['domain'], ' own app token ', json_encode($req['post']['APPLICATION_TOKEN'] !== $env['B24_EMU_APPLICATION_TOKEN']), "\n";
$token = $req['post']['AUTH_ID'];
$r = emu_http('POST', 'https://' . $req['get']['DOMAIN'] . '/rest/profile', ['body' => 'auth=' . $token]);
echo 'profile on 127.0.0.1: ', emu_brief($r), "\n";
$req = $send(['form' => 'placement', 'application_token' => false]);
echo 'older portal: ', json_encode(isset($req['post']['APPLICATION_TOKEN'])), "\n";

echo "-- forgeries\n";
$i = $info($send(['form' => 'event', 'forge' => 'other_app'])['post']['auth']['access_token']);
echo 'other_app: ', json_encode($i['client_id'] !== $env['B24_EMU_CLIENT_ID']), ' ', preg_match('/^local\.[0-9a-f]{14}\.10000001$/', $i['client_id']), "\n";
echo 'fake_token: ', json_encode($info($send(['form' => 'event', 'forge' => 'fake_token'])['post']['auth']['access_token'])), "\n";
echo 'http_endpoint: ', $send(['form' => 'event', 'forge' => 'http_endpoint'])['post']['auth']['client_endpoint'] === "http://{$env['B24_EMU_DOMAIN']}/rest/" ? 'http' : 'WRONG',
    ' ', $send(['form' => 'placement', 'forge' => 'http_endpoint'])['get']['PROTOCOL'], "\n";
echo 'foreign_endpoint: ', $send(['form' => 'event', 'forge' => 'foreign_endpoint'])['post']['auth']['client_endpoint'], "\n";
echo 'untrusted_server: ', $send(['form' => 'placement', 'forge' => 'untrusted_server'])['post']['SERVER_ENDPOINT'], "\n";
$a = $send(['form' => 'event', 'forge' => 'wrong_portal'])['post']['auth'];
$i = $info($a['access_token']);
echo 'wrong_portal: ', json_encode($a['member_id'] !== $i['install']['member_id']), "\n";
echo 'missing_field: ', json_encode(array_key_exists('member_id', $send(['form' => 'event', 'forge' => 'missing_field', 'field' => 'auth[member_id]'])['post']['auth'])), "\n";
echo 'set: ', $send(['form' => 'event', 'set' => ['auth[status]' => 'F', 'event' => 'ONAPPUPDATE']])['post']['event'], "\n";
try {
    emu_control('POST', 'deliver/install', ['handler' => $handler, 'forge' => 'nope']);
} catch (RuntimeException $e) {
    echo 'unknown forgery: ', substr($e->getMessage(), 0, 50), "\n";
}

echo "-- ONAPPUNINSTALL carries no tokens\n";
$d = emu_control('POST', 'deliver/event', ['event' => 'ONAPPUNINSTALL', 'handler' => $handler, 'data' => ['CLEAN' => '0']])['deliveries'][0];
parse_str($d['request_body'], $p);
echo 'auth: ', implode(',', array_keys($p['auth'])), "\n";
?>
--EXPECTF--
event: ONAPPINSTALL data VERSION,ACTIVE,INSTALLED,LANGUAGE_ID ts true
auth: access_token,expires,expires_in,scope,domain,server_endpoint,status,client_endpoint,member_id,user_id,refresh_token,application_token
app.info: client true member true domain true portal true app token true
profile with it: 200 ok
placement query: DOMAIN,PROTOCOL,LANG,APP_SID body: AUTH_ID,AUTH_EXPIRES,REFRESH_ID,SERVER_ENDPOINT,member_id,status,PLACEMENT,PLACEMENT_OPTIONS,APPLICATION_TOKEN,APPLICATION_SCOPE
second portal: 127.0.0.1:%d member true domain 127.0.0.1:%d own app token true
profile on 127.0.0.1: 200 ok
older portal: false
-- forgeries
other_app: true 1
fake_token: {"error":"invalid_token"}
http_endpoint: http 0
foreign_endpoint: https://portal.attacker.example/rest/
untrusted_server: https://oauth.attacker.example/rest/
wrong_portal: true
missing_field: false
set: ONAPPUPDATE
unknown forgery: control POST deliver/install: 400 {"error":"bad_re
-- ONAPPUNINSTALL carries no tokens
auth: domain,client_endpoint,server_endpoint,member_id,application_token
