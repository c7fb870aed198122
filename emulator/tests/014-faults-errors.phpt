--TEST--
Armed error faults: next N requests (all or one method) get 503 QUERY_LIMIT_EXCEEDED, 401 expired_token, 500 INTERNAL_SERVER_ERROR or any catalog error, then normal answers
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$arm = fn (array $f): array => emu_control('POST', 'faults', $f);
$armed = $arm(['kind' => 'query_limit', 'count' => 2]);
echo 'armed: ', $armed['kind'], ' ', $armed['remaining'], ' ', json_encode($armed['method']), "\n";
foreach (['profile', 'server.time', 'profile'] as $m) {
    echo "$m: ", emu_brief(emu_hook($m)), "\n";
}
$arm(['kind' => 'expired_token']);
$r = emu_app(emu_install()['access_token'], 'profile');
echo 'expired_token: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
$arm(['kind' => 'internal_error', 'method' => 'crm.deal.list', 'count' => 1]);
echo 'other method passes: ', emu_brief(emu_hook('profile')), "\n";
$r = emu_hook('crm.deal.list');
echo 'internal_error: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
echo 'then normal: ', emu_brief(emu_hook('crm.deal.list')), "\n";
$arm(['kind' => 'error', 'code' => 'OVERLOAD_LIMIT']);
$r = emu_hook('profile');
echo 'error OVERLOAD_LIMIT: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
$arm(['kind' => 'error', 'code' => 'PORTAL_DELETED', 'status' => 403, 'description' => 'gone']);
echo 'custom status: ', emu_brief(emu_hook('profile')), "\n";
$arm(['kind' => 'operation_time_limit', 'method' => 'batch']);
echo 'batch fault: ', emu_brief(emu_hook('batch', ['cmd' => ['profile']])), "\n";
$arm(['kind' => 'expired_token', 'delay_ms' => 300]);
$t0 = microtime(true);
echo 'delayed error: ', emu_brief(emu_hook('profile')), ' ', json_encode(microtime(true) - $t0 >= 0.3), "\n";
$arm(['kind' => 'slow', 'delay_ms' => 300, 'method' => 'oauth.token']);
$t0 = microtime(true);
$r = emu_http('POST', emu_env()['B24_EMU_OAUTH'] . 'oauth/token/', ['body' => 'grant_type=refresh_token']);
echo 'slow token endpoint: ', emu_brief($r), ' ', json_encode(microtime(true) - $t0 >= 0.3), "\n";
$arm(['kind' => 'query_limit', 'count' => 5]);
echo 'listed: ', json_encode(array_column(emu_control('GET', 'faults')['faults'], 'remaining')), "\n";
echo 'cleared: ', emu_control('DELETE', 'faults')['cleared'], ' ', emu_brief(emu_hook('profile')), "\n";
$r = emu_http('POST', emu_env()['B24_EMU_CONTROL'] . 'faults', ['body' => '{"kind":"nope"}', 'headers' => ['Content-Type: application/json']]);
echo 'unknown kind: ', $r['status'], "\n";
$arm(['kind' => 'internal_error', 'method' => 'oauth.token']);
$env = emu_env();
$r = emu_http('POST', $env['B24_EMU_OAUTH'] . 'oauth/token/', ['body' => 'grant_type=refresh_token']);
echo 'token endpoint fault: ', emu_brief($r), "\n";
$log = emu_control('GET', 'log?order=desc&limit=1')['entries'][0];
echo 'logged fault: ', preg_replace('/#\d+/', '#N', $log['fault']), ' ', $log['rest_method'], "\n";
?>
--EXPECT--
armed: query_limit 2 ""
profile: 503 QUERY_LIMIT_EXCEEDED
server.time: 503 QUERY_LIMIT_EXCEEDED
profile: 200 ok
expired_token: 401 expired_token The access token provided has expired
other method passes: 200 ok
internal_error: 500 INTERNAL_SERVER_ERROR Internal server error
then normal: 200 ok
error OVERLOAD_LIMIT: 503 OVERLOAD_LIMIT REST API is blocked due to overload
custom status: 403 PORTAL_DELETED
batch fault: 429 OPERATION_TIME_LIMIT
delayed error: 401 expired_token true
slow token endpoint: 400 invalid_request true
listed: [5]
cleared: 1 200 ok
unknown kind: 400
token endpoint fault: 500 INTERNAL_SERVER_ERROR
logged fault: internal_error#N oauth.token
