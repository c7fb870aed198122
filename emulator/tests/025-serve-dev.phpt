--TEST--
serve-dev: the same application under php -S on plain http (REST, OAuth refresh, control API), its own state
--FILE--
<?php
require __DIR__ . '/env.inc';
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);
$run = sys_get_temp_dir() . '/b24emu-dev-' . getmypid();
$proc = proc_open(['env', "EMU_RUN_DIR=$run", EMU_DIR . '/serve-dev', (string)$port], [1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
register_shutdown_function(static function () use ($proc, $run): void {
    if (is_resource($proc)) {
        proc_terminate($proc);
    }
    exec('rm -rf ' . escapeshellarg($run));
});
$env = [];
for ($i = 0; $i < 100 && ($env === [] || @fsockopen('127.0.0.1', $port) === false); $i++) {
    usleep(50000);
    $env = emu_parse_env((string)@file_get_contents("$run/dev/env"));
}
echo 'base: ', $env['B24_EMU_PORTAL'] === "http://127.0.0.1:$port/" ? 'ok' : 'unexpected', "\n";
$r = emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', [], '');
echo 'webhook over http: ', emu_brief($r), "\n";
$pair = emu_http('POST', $env['B24_EMU_CONTROL'] . 'install', ['body' => 'admin=0'], '')['json'];
echo 'install: ', $pair['user_id'], "\n";
$r = emu_http('POST', $env['B24_EMU_CLIENT_ENDPOINT'] . 'crm.deal.list', ['body' => 'start=-1&select[]=ID&auth=' . $pair['access_token']], '');
echo 'app call: ', emu_brief($r), ' ', count($r['json']['result']), ' total=', $r['json']['total'], "\n";
$r = emu_http('POST', $env['B24_EMU_OAUTH'] . 'oauth/token/', ['body' => http_build_query([
    'client_id' => $env['B24_EMU_CLIENT_ID'], 'grant_type' => 'refresh_token',
    'client_secret' => $env['B24_EMU_CLIENT_SECRET'], 'refresh_token' => $pair['refresh_token']])], '');
echo 'refresh: ', $r['status'], ' ', json_encode(isset($r['json']['access_token'])), "\n";
$log = emu_http('GET', $env['B24_EMU_CONTROL'] . 'log?order=desc&limit=1', [], '')['json']['entries'][0];
echo 'log: ', $log['rest_method'], ' ', $log['origin'], "\n";
echo 'not the nginx instance: ', json_encode($env['B24_EMU_CLIENT_ID'] !== emu_env()['B24_EMU_CLIENT_ID']), "\n";
proc_terminate($proc);
proc_close($proc);
echo 'stopped: ', json_encode(@fsockopen('127.0.0.1', $port) === false), "\n";
?>
--EXPECT--
base: ok
webhook over http: 200 ok
install: 2
app call: 200 ok 50 total=0
refresh: 200 true
log: oauth.token portal
not the nginx instance: true
stopped: true
