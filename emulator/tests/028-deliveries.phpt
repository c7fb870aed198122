--TEST--
Control deliveries: REST events (form-encoded, auth block, application_token, usable tokens) and widget requests (query + body, PLACEMENT_OPTIONS as a JSON string) to loopback handlers only
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset(['handler_allow_local' => true]);
$env = emu_env();
$dir = sys_get_temp_dir() . '/b24emu-handler-' . getmypid();
mkdir($dir);
file_put_contents("$dir/handler.php", '<?php
$n = count(glob(__DIR__ . "/req-*.json"));
file_put_contents(__DIR__ . "/req-$n.json", json_encode(["path" => parse_url($_SERVER["REQUEST_URI"], PHP_URL_PATH), "get" => $_GET, "post" => $_POST, "ua" => $_SERVER["HTTP_USER_AGENT"] ?? ""]));
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
$base = "http://127.0.0.1:$port";
$last = fn (): array => json_decode(file_get_contents("$dir/req-" . (count(glob("$dir/req-*.json")) - 1) . '.json'), true);

$admin = emu_install(true)['access_token'];
emu_app($admin, 'event.bind', ['event' => 'OnCrmDealAdd', 'handler' => "$base/events"]);
$d = emu_control('POST', 'deliver/event', ['event' => 'OnCrmDealAdd', 'data' => ['FIELDS' => ['ID' => 5]]])['deliveries'];
echo 'event delivered: ', count($d), ' ', $d[0]['status'], ' ', $d[0]['body'], "\n";
$req = $last();
echo 'event fields: ', $req['path'], ' ', $req['post']['event'], ' ', $req['post']['data']['FIELDS']['ID'], ' handler id: ', json_encode(ctype_digit($req['post']['event_handler_id'])), ' ts: ', json_encode(ctype_digit($req['post']['ts'])), "\n";
$auth = $req['post']['auth'];
echo 'auth keys: ', implode(',', array_keys($auth)), "\n";
echo 'auth values: ', json_encode($auth['application_token'] === $env['B24_EMU_APPLICATION_TOKEN']), json_encode($auth['member_id'] === $env['B24_EMU_MEMBER_ID']), json_encode($auth['client_endpoint'] === $env['B24_EMU_CLIENT_ENDPOINT']), json_encode($auth['domain'] === $env['B24_EMU_DOMAIN']), ' expires_in=', $auth['expires_in'], "\n";
echo 'event token works: ', emu_brief(emu_app($auth['access_token'], 'profile')), "\n";
echo 'user agent: ', $req['ua'], "\n";
$d = emu_control('POST', 'deliver/event', ['event' => 'ONAPPINSTALL', 'handler' => "$base/install", 'data' => ['VERSION' => '1', 'LANGUAGE_ID' => 'en']])['deliveries'];
$req = $last();
echo 'install event: ', $d[0]['status'], ' ', $req['path'], ' refresh_token: ', json_encode(isset($req['post']['auth']['refresh_token'])), "\n";
$d = emu_control('POST', 'deliver/event', ['event' => 'ONAPPUNINSTALL', 'handler' => "$base/uninstall", 'with_tokens' => false])['deliveries'];
echo 'without tokens: ', json_encode(isset($last()['post']['auth']['access_token'])), "\n";

emu_app($admin, 'placement.bind', ['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'HANDLER' => "$base/tab?x=1"]);
$d = emu_control('POST', 'deliver/placement', ['placement' => 'CRM_DEAL_DETAIL_TAB', 'options' => ['ID' => '8061'], 'user_id' => 2, 'lang' => 'de'])['deliveries'];
$req = $last();
echo 'widget request: ', count($d), ' ', $d[0]['status'], ' ', $req['path'], "\n";
echo 'query: ', implode(',', array_keys($req['get'])), ' ', $req['get']['LANG'], ' ', $req['get']['PROTOCOL'], ' ', json_encode($req['get']['DOMAIN'] === $env['B24_EMU_DOMAIN']), "\n";
echo 'body: ', implode(',', array_keys($req['post'])), "\n";
echo 'options: ', $req['post']['PLACEMENT_OPTIONS'], ' ', $req['post']['PLACEMENT'], "\n";
echo 'user token: ', emu_app($req['post']['AUTH_ID'], 'profile')['json']['result']['ID'], "\n";
$d = emu_control('POST', 'deliver/placement', ['placement' => 'PAGE_BACKGROUND_WORKER', 'handler' => "$base/pbw"])['deliveries'];
echo 'direct handler, empty options: ', $d[0]['status'], ' ', $last()['post']['PLACEMENT_OPTIONS'], "\n";
$d = emu_control('POST', 'deliver/placement', ['placement' => 'LEFT_MENU', 'handler' => 'https://app.example.com/x'])['deliveries'];
echo 'non-loopback: ', $d[0]['status'], ' ', $d[0]['error'], "\n";
$d = emu_control('POST', 'deliver/event', ['event' => 'ONCRMDEALUPDATE'])['deliveries'];
echo 'no handler bound: ', count($d), "\n";
?>
--EXPECT--
event delivered: 1 200 handled 0
event fields: /events ONCRMDEALADD 5 handler id: true ts: true
auth keys: access_token,expires_in,domain,client_endpoint,server_endpoint,member_id,application_token,status,scope
auth values: truetruetruetrue expires_in=3600
event token works: 200 ok
user agent: Bitrix24 Webhook Engine
install event: 200 /install refresh_token: true
without tokens: false
widget request: 1 200 /tab
query: x,DOMAIN,PROTOCOL,LANG,APP_SID de 1 true
body: AUTH_ID,AUTH_EXPIRES,REFRESH_ID,SERVER_ENDPOINT,APPLICATION_TOKEN,APPLICATION_SCOPE,member_id,status,PLACEMENT,PLACEMENT_OPTIONS
options: {"ID":"8061"} CRM_DEAL_DETAIL_TAB
user token: 2
direct handler, empty options: 200 {}
non-loopback: 0 not contacted: only loopback handlers are
no handler bound: 0
