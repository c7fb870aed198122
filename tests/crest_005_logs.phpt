--TEST--
b24: CRest logs only with C_REST_LOGS_DIR (and not C_REST_BLOCK_LOG), in CRest's layout, files 0600 and folders 0700, never a token, secret or webhook code
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/crest.inc';
b24_emu_reset();
$env = b24_emu();
$root = b24_crest_dir('logs');
$logs = "$root/logs";
mkdir($logs, 0755);   /* an existing folder: used without a warning */

/* An app folder with the shipped crest.php, settings.php defining $defines; runs $code there. */
function app_run(string $name, string $defines, string $code, ?string $settings = null): string
{
    global $root;
    $dir = "$root/$name";
    mkdir($dir, 0700);
    copy(b24_test_root() . '/crest/crest.php', "$dir/crest.php");
    file_put_contents("$dir/settings.php", "<?php\n$defines\n");
    if ($settings !== null) {
        file_put_contents("$dir/settings.json", $settings);
    }
    file_put_contents("$dir/run.php", "<?php\nrequire_once __DIR__ . '/crest.php';\n$code\necho \"done\\n\";\n");
    return trim((string)shell_exec(b24_crest_php(['b24.retries' => '0']) . ' ' . escapeshellarg("$dir/run.php") . ' 2>&1'));
}
$d = fn(string $name, $value) => "define('$name', " . var_export($value, true) . ");";
$secrets = b24_emu_secrets();

/* webhook: calls, a batch, the app's own setLog() with secrets in it and a type that is a path */
echo 'webhook: ', app_run('hook', $d('C_REST_WEB_HOOK_URL', $env['B24_EMU_WEBHOOK']) . $d('C_REST_LOGS_DIR', "$logs/"), '
CRest::call("profile");
CRest::call("crm.deal.list", ["filter" => ["ID" => 1], "auth" => "caller-auth-value"]);
CRest::callBatch(["a" => ["method" => "user.current"], "b" => ["method" => "crm.deal.get", "params" => ["id" => 1]]]);
var_dump(CRest::setLog(["url" => "' . $env['B24_EMU_WEBHOOK'] . 'profile.json", "body" => "client_id=x&client_secret=caller-secret&refresh_token=r1",
    "nested" => ["AUTH_ID" => "caller-auth-id", "auth" => ["access_token" => "caller-access", "domain" => "kept.example"]]], "custom/../x"));
'), "\n";
$secrets = array_merge($secrets, ['caller-auth-value', 'caller-secret', 'r1', 'caller-auth-id', 'caller-access']);

/* OAuth: a refresh, an install with tokens in the request; C_REST_LOG_TYPE_DUMP writes .txt */
$pair = b24_emu_install();
$oauth = $d('C_REST_CLIENT_ID', $env['B24_EMU_CLIENT_ID']) . $d('C_REST_CLIENT_SECRET', $env['B24_EMU_CLIENT_SECRET'])
    . $d('C_REST_LOGS_DIR', $logs) . $d('C_REST_LOG_TYPE_DUMP', true);
b24_emu_fault('expired_token', [], 1, 'profile');
$install = b24_emu_install();
echo 'oauth: ', app_run('oauth', $oauth, '
CRest::call("profile");
$_REQUEST = ["event" => "ONAPPINSTALL", "auth" => ' . var_export([
    'access_token' => $install['access_token'], 'refresh_token' => $install['refresh_token'],
    'application_token' => $install['application_token'], 'domain' => $env['B24_EMU_DOMAIN'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
    'server_endpoint' => $env['B24_EMU_SERVER_ENDPOINT'], 'expires_in' => '3600'], true) . '];
echo json_encode(CRest::installApp()), "\n";
', b24_crest_settings_json($pair)), "\n";
$refreshed = json_decode(file_get_contents("$root/oauth/settings.json"), true);
$secrets = array_merge($secrets, [$refreshed['access_token'], $refreshed['refresh_token'],
    $pair['access_token'], $pair['refresh_token'], $pair['application_token'],
    $install['access_token'], $install['refresh_token'], $install['application_token']]);

/* off: C_REST_BLOCK_LOG, or no C_REST_LOGS_DIR (CRest's default folder next to crest.php is not used) */
echo 'blocked: ', app_run('blocked', $d('C_REST_WEB_HOOK_URL', $env['B24_EMU_WEBHOOK']) . $d('C_REST_LOGS_DIR', "$root/blocked-logs")
    . $d('C_REST_BLOCK_LOG', true), 'CRest::call("profile"); var_dump(CRest::setLog(["a" => 1]));'), "\n";
echo 'no dir: ', app_run('nodir', $d('C_REST_WEB_HOOK_URL', $env['B24_EMU_WEBHOOK']), 'CRest::call("profile"); var_dump(CRest::setLog(["a" => 1]));'), "\n";
echo 'other folders: ', implode(',', array_merge(glob("$root/*logs*") ?: [], glob("$root/*/logs") ?: [])) === "$logs" ? 'none' : 'SOME', "\n";

/* what was written */
$types = [];
$bad = [];
$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($logs, FilesystemIterator::SKIP_DOTS), RecursiveIteratorIterator::SELF_FIRST);
foreach ($it as $path => $info) {
    $rel = substr($path, strlen($logs) + 1);
    if ($info->isDir()) {
        if (!preg_match('#^\d{4}-\d\d-\d\d(/\d\d)?$#', $rel) || ($info->getPerms() & 0777) !== 0700) {
            $bad[] = "dir $rel " . decoct($info->getPerms() & 0777);
        }
        continue;
    }
    if (!preg_match('#^\d{4}-\d\d-\d\d/\d\d/\d+_([A-Za-z0-9_-]+)_\d+log\.(json|txt)$#', $rel, $m) || ($info->getPerms() & 0777) !== 0600) {
        $bad[] = "file $rel " . decoct($info->getPerms() & 0777);
        continue;
    }
    $text = file_get_contents($path);
    $types[] = "$m[1].$m[2]";
    foreach ($secrets as $s) {
        if ($s !== '' && strpos($text, (string)$s) !== false) {
            $bad[] = "$rel holds a secret";
        }
    }
    if ($m[1] === 'callCurl' && $m[2] === 'json') {
        $entry = json_decode($text, true);
        $keys[implode(',', array_keys($entry))] = true;
    }
    if ($m[1] === 'custom____x') {
        $custom = json_decode($text, true);
    }
}
sort($types);
echo 'files: ', implode(' ', array_unique($types)), "\n";
echo 'callCurl keys: ', implode(' | ', array_keys($keys)), "\n";
echo 'custom: ', json_encode($custom, JSON_UNESCAPED_SLASHES), "\n";
$sample = json_decode((string)file_get_contents(glob("$logs/*/*/*_callCurl_*log.json")[0]), true);
echo 'sample: ', $sample['info']['requests'], ' request, params ', json_encode($sample['params']), ', result ', implode(',', array_keys($sample['result'])), "\n";
echo 'problems: ', $bad ? implode('; ', $bad) : 'none', "\n";
echo 'new tokens in settings: ', var_export($refreshed['access_token'] !== $pair['access_token'], true), "\n";
?>
--EXPECTF--
webhook: bool(true)
done
oauth: {"rest_only":true,"install":true}
done
blocked: bool(false)
done
no dir: bool(false)
done
other folders: none
files: callCurl.json callCurl.txt custom____x.json installApp.txt
callCurl keys: url,info,params,result
custom: {"url":"https://localhost:%d/rest/1/***/profile.json","body":"client_id=x&client_secret=***&refresh_token=***","nested":{"AUTH_ID":"***","auth":{"access_token":"***","domain":"kept.example"}}}
sample: 1 request, params %s, result %s
problems: none
new tokens in settings: true
