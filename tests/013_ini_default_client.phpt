--TEST--
b24: without a client, b24_call()/b24_call_batch() use the default client of the b24.* INI settings
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
function show(callable $f): void
{
    try {
        $r = $f();
        echo is_array($r) ? json_encode($r['result']['ID'] ?? $r['error'] ?? $r) : var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
/* nothing configured */
show(fn () => b24_call('profile'));
show(fn () => b24_call_batch(['a' => ['method' => 'profile']]));

/* a webhook */
var_dump(ini_set('b24.webhook_url', $env['B24_EMU_WEBHOOK']), ini_set('b24.ca_file', $env['B24_EMU_CA']));
show(fn () => b24_call('profile'));
$r = b24_call_batch(['a' => ['method' => 'profile'], 'b' => ['method' => 'user.current']]);
echo $r['result']['result']['a']['ID'], $r['result']['result']['b']['ID'], "\n";

/* a change of setting takes effect at the next call */
ini_set('b24.webhook_url', $env['B24_EMU_WEBHOOK_USER']);
show(fn () => b24_call('profile'));
ini_set('b24.webhook_url', 'http://portal.example/rest/1/SECRETCODE/');
show(fn () => b24_call('profile'));
ini_set('b24.webhook_url', $env['B24_EMU_WEBHOOK']);

/* timeouts: validated, and used */
var_dump(ini_set('b24.timeout', '-1'), ini_set('b24.timeout', 'abc'), ini_set('b24.timeout', '100000'), ini_get('b24.timeout'));
var_dump(ini_set('b24.timeout', '1.5'));
/* one attempt: a timed-out read would otherwise be repeated (and succeed) */
ini_set('b24.retries', '0');
b24_emu_fault('slow', ['delay_ms' => 2500]);
show(fn () => b24_call('profile'));
b24_emu_control('DELETE', 'faults');
ini_restore('b24.timeout');
ini_restore('b24.retries');
/* the portal finishes (and logs) the abandoned request a second later */
b24_emu_settle();

/* TLS settings */
ini_set('b24.ca_file', '');
show(fn () => b24_call('profile'));
ini_set('b24.verify_tls', '0');
show(fn () => b24_call('profile'));
ini_restore('b24.verify_tls');
ini_set('b24.ca_file', $env['B24_EMU_CA']);

/* an OAuth application whose tokens are in a store */
ini_restore('b24.webhook_url');
$dir = sys_get_temp_dir() . '/b24-ini-' . getmypid();
@mkdir($dir, 0700);
ini_set('b24.client_id', $env['B24_EMU_CLIENT_ID']);
ini_set('b24.client_secret', $env['B24_EMU_CLIENT_SECRET']);
ini_set('b24.store', "$dir/settings.json");
ini_set('b24.oauth_server', $env['B24_EMU_OAUTH']);
/* not installed yet: CRest's no_install_app, without a request */
$mark = b24_emu_log_mark();
var_dump(b24_call('profile'), b24_call_batch(['a' => ['method' => 'profile']])['error']);
file_put_contents("$dir/settings.json", json_encode(['application_token' => 'x']));
var_dump(b24_call('profile')['error'], count(b24_emu_log_since($mark)));
$pair = b24_emu_install(['access_lifetime' => 1]);
file_put_contents("$dir/settings.json", json_encode([
    'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'application_token' => $pair['application_token'],
]));
ini_set('b24.client_id', $env['B24_EMU_CLIENT_ID']);
ini_set('b24.client_secret', $env['B24_EMU_CLIENT_SECRET']);
ini_set('b24.store', "$dir/settings.json");
ini_set('b24.oauth_server', $env['B24_EMU_OAUTH']);
show(fn () => b24_call('profile'));
sleep(2);
show(fn () => b24_call('profile'));
var_dump(json_decode(file_get_contents("$dir/settings.json"), true)['access_token'] !== $pair['access_token']);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
Error: b24_call(): no B24Client given and no default client configured: set b24.webhook_url, or b24.client_id, b24.client_secret and b24.store
Error: b24_call_batch(): no B24Client given and no default client configured: set b24.webhook_url, or b24.client_id, b24.client_secret and b24.store
string(0) ""
string(0) ""
"1"
11
"2"
ValueError: b24_call(): b24.webhook_url is not a valid webhook URL: %s
bool(false)
bool(false)
bool(false)
string(2) "75"
string(2) "75"
"curl_error"
"curl_error"
"1"
array(2) {
  ["error"]=>
  string(14) "no_install_app"
  ["error_information"]=>
  string(49) "error install app, pls install local application "
}
string(14) "no_install_app"
string(14) "no_install_app"
int(0)
"1"
"1"
bool(true)
