--TEST--
b24: CRest in OAuth mode on its settings.json: CRest's arrays, no_install_app, a refresh written atomically (0600, the portal's domain kept), a refused refresh never merged, single-flight across processes, checkServer()
--EXTENSIONS--
b24
--INI--
b24.crest_compat=1
b24.retries=0
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/crest.inc';
b24_emu_reset();
$env = b24_emu();
ini_set('b24.ca_file', $env['B24_EMU_CA']);
ini_set('b24.oauth_server', $env['B24_EMU_OAUTH']);
define('C_REST_CLIENT_ID', $env['B24_EMU_CLIENT_ID']);
define('C_REST_CLIENT_SECRET', $env['B24_EMU_CLIENT_SECRET']);
$dir = b24_crest_dir();
$file = "$dir/settings.json";
ini_set('b24.crest_settings', $file);

/* getSettingData() as CRest's: the file plus the client keys of the constants */
class Probe extends CRest
{
    public static function settings() { return static::getSettingData(); }
}
b24_crest_check('no file', 'no_install_app', 'incomplete', CRest::call('profile'));
var_dump(Probe::settings());

$pair = b24_emu_install();
file_put_contents($file, b24_crest_settings_json($pair, ['application_token' => '']));
b24_crest_check('no application_token', 'no_install_app', 'incomplete', CRest::callBatch(['a' => ['method' => 'profile']]));
file_put_contents($file, b24_crest_settings_json($pair));
echo 'settings keys: ', implode(',', array_keys(Probe::settings())), "\n";
b24_crest_check('profile', 'call', 'item', CRest::call('profile'));

/* expired: one refresh, the call repeated, the file replaced */
$before = file_get_contents($file);
b24_emu_fault('expired_token', [], 1, 'profile');
$mark = b24_emu_log_mark();
b24_crest_check('after a refresh', 'call', 'item', CRest::call('profile'));
$log = b24_emu_log_since($mark);
echo 'requests: ', implode(' ', array_map(fn($e) => $e['origin'] . ':' . ($e['rest_method'] ?: $e['path']), $log)), "\n";
$after = json_decode(file_get_contents($file), true);
$pattern = b24_crest_fixture('settings_after_refresh', 'refreshed')['b24'];
$pattern['domain'] = $env['B24_EMU_DOMAIN'];
echo 'file: ', b24_crest_match($pattern, $after) ?: 'as documented', ', mode ', decoct(fileperms($file) & 0777),
    ', new token: ', var_export($after['access_token'] !== $pair['access_token'], true), "\n";

/* the refresh refused: invalid_grant as itself, the file untouched */
$stale = json_decode(file_get_contents($file), true);
$stale['refresh_token'] = 'spent-' . $stale['refresh_token'];
file_put_contents($file, json_encode($stale));
$before = file_get_contents($file);
b24_emu_fault('expired_token', [], 1, 'profile');
b24_crest_check('refresh refused', 'call_errors', 'refresh_refused', CRest::call('profile'));
echo 'file unchanged: ', var_export(file_get_contents($file) === $before, true), "\n";

/* four processes meet one expired token: one refresh, no invalid_grant */
$pair = b24_emu_install(['access_lifetime' => 1]);
file_put_contents($file, b24_crest_settings_json($pair));
sleep(2);
$script = "$dir/worker.php";
file_put_contents($script, '<?php define("C_REST_CLIENT_ID", ' . var_export($env['B24_EMU_CLIENT_ID'], true)
    . '); define("C_REST_CLIENT_SECRET", ' . var_export($env['B24_EMU_CLIENT_SECRET'], true) . ');
$ok = 0; $errors = [];
for ($i = 0; $i < 5; $i++) { $r = CRest::call("profile"); isset($r["result"]) ? $ok++ : $errors[] = $r["error"]; }
echo $ok, " ", implode(",", $errors), "\n";');
$mark = b24_emu_log_mark();
$procs = [];
for ($i = 0; $i < 4; $i++) {
    $procs[] = popen(b24_crest_php(['b24.crest_settings' => $file]) . ' ' . escapeshellarg($script) . ' 2>&1', 'r');
}
$out = [];
foreach ($procs as $p) {
    $out[] = trim(stream_get_contents($p));
    pclose($p);
}
sort($out);
echo 'workers: ', implode(' | ', $out), ', refreshes: ', count(b24_emu_log_since($mark, 'oauth.token')), "\n";

/* checkServer(): settings_check.json next to the settings, no log checks without C_REST_LOGS_DIR */
ob_start();
$r = CRest::checkServer();
$printed = ob_get_clean();
b24_crest_check('checkServer', 'checkserver', 'ok', $r);
echo 'printed: ', var_export($printed === '<pre>' . print_r($r, true) . '</pre>', true), ', left: ',
    implode(',', array_diff(scandir($dir), ['.', '..'])), "\n";
/* a folder that cannot take files (root ignores modes: a file in place of the folder) */
ini_set('b24.crest_settings', "$file/settings.json");
b24_crest_check('folder not writable', 'checkserver', 'settings_not_writable', CRest::checkServer(false));
var_dump(error_get_last());
?>
--EXPECTF--
no file: as CRest
array(0) {
}
no application_token: as CRest
settings keys: access_token,expires,expires_in,scope,domain,server_endpoint,status,client_endpoint,member_id,refresh_token,application_token,C_REST_CLIENT_ID,C_REST_CLIENT_SECRET
profile: as CRest
after a refresh: as CRest
requests: portal:profile oauth:oauth.token portal:profile
file: as documented, mode 600, new token: true
refresh refused: differs from CRest as documented
file unchanged: true
workers: 5 | 5 | 5 | 5, refreshes: 1
checkServer: as CRest
printed: true, left: settings.json,settings.json.lock,worker.php
folder not writable: as CRest
NULL
