--TEST--
b24: an expired token is refreshed once (CRest's form, POST) and the call repeated; the store keeps CRest's settings.json readable
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
b24_emu_settings(['access_lifetime' => 1]);
$env = b24_emu();

/* in memory */
$pair = b24_emu_install(['access_lifetime' => 1]);
$c = new B24Client(b24_emu_oauth_config($pair));
sleep(2);
$mark = b24_emu_log_mark();
echo $c->call('profile')['ID'], "\n";
foreach (b24_emu_log_since($mark) as $e) {
    echo $e['origin'], ' ', $e['http_method'], ' ', $e['path'], ' ', $e['query'] === '' ? '-' : 'QUERY', ' ', $e['status'], "\n";
    if ($e['origin'] === 'oauth') {
        $body = b24_emu_raw($e['id']);
        var_dump($body === http_build_query(['client_id' => $env['B24_EMU_CLIENT_ID'], 'grant_type' => 'refresh_token',
            'client_secret' => $env['B24_EMU_CLIENT_SECRET'], 'refresh_token' => $pair['refresh_token']]));
    }
}

/* a batch request refused as expired is refreshed and repeated the same way */
sleep(2);
$mark = b24_emu_log_mark();
$r = b24_call_batch(['a' => ['method' => 'profile'], 'b' => ['method' => 'user.current']], false, $c);
echo implode(',', array_keys($r['result']['result'])), ' ', implode(',', array_column(b24_emu_log_since($mark), 'status')), "\n";

/* a CRest settings.json, written the way CRest writes it */
$dir = sys_get_temp_dir() . '/b24-refresh-' . getmypid();
@mkdir($dir, 0700);
$store = "$dir/settings.json";
$pair = b24_emu_install(['access_lifetime' => 1]);
$crest = [
    'access_token' => $pair['access_token'], 'expires_in' => 3600, 'application_token' => $pair['application_token'],
    'refresh_token' => $pair['refresh_token'], 'domain' => $env['B24_EMU_DOMAIN'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
    'C_REST_CLIENT_ID' => $env['B24_EMU_CLIENT_ID'], 'C_REST_CLIENT_SECRET' => $env['B24_EMU_CLIENT_SECRET'],
];
file_put_contents($store, json_encode($crest, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT));
$config = [
    'store' => $store, 'client_id' => $env['B24_EMU_CLIENT_ID'], 'client_secret' => $env['B24_EMU_CLIENT_SECRET'],
    'oauth_server' => $env['B24_EMU_OAUTH'], 'ca_file' => $env['B24_EMU_CA'],
];
$a = new B24Client($config);
echo $a->call('profile')['ID'], "\n";
sleep(2);
$mark = b24_emu_log_mark();
echo $a->call('profile')['ID'], "\n";
echo count(b24_emu_log_since($mark)), " requests\n";
$saved = json_decode(file_get_contents($store), true);
var_dump($saved['access_token'] !== $pair['access_token'], $saved['refresh_token'] !== $pair['refresh_token'],
    $saved['application_token'] === $pair['application_token'], $saved['domain'] === $env['B24_EMU_DOMAIN'],
    isset($saved['C_REST_CLIENT_SECRET']) || isset($saved['error']) || isset($saved['client_secret']));
printf("%o\n", fileperms($store) & 0777);

/* another client of the same store takes the new token without a refresh of its own */
$mark = b24_emu_log_mark();
$b = new B24Client($config);
echo $b->call('profile')['ID'], ' ';
$origins = array_column(b24_emu_log_since($mark), 'origin');
echo implode(',', $origins), "\n";

/* a refused refresh: invalid_grant surfaces as itself, the store keeps its last good pair */
$good = file_get_contents($store);
$pair = b24_emu_install(['access_lifetime' => 1]);
$d = new B24Client(b24_emu_oauth_config(['access_token' => $pair['access_token'], 'refresh_token' => 'not-a-refresh-token']));
sleep(2);
try {
    $d->call('profile');
} catch (B24Exception $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ' ', $e->getHttpStatus(), "\n";
    b24_assert_no_secret('invalid_grant', $e->getMessage(), b24_emu_secrets(['not-a-refresh-token', $pair['access_token']]));
}
$r = b24_call('profile', [], $d);
echo $r['error'], ' | ', $r['error_information'] ?? '-', "\n";
var_dump(file_get_contents($store) === $good);

/* webhook mode never refreshes: expired_token is an error */
b24_emu_fault('expired_token');
try {
    b24_emu_webhook_client()->call('profile');
} catch (B24AuthException $e) {
    echo get_class($e), ' ', $e->getErrorCode(), "\n";
}
/* a damaged store is a B24AuthException at construction, never a half-configured client */
file_put_contents($store, '{"access_token": "cut');
try {
    new B24Client($config);
} catch (B24Exception $e) {
    echo get_class($e), ' ', $e->getErrorCode(), "\n";
}
/* an empty store and no token in the config: nothing to call with */
unlink($store);
try {
    new B24Client($config);
} catch (ValueError $e) {
    echo get_class($e), "\n";
}
array_map('unlink', glob("$dir/*"));
rmdir($dir);
b24_emu_settings(['access_lifetime' => 3600]);
?>
--EXPECT--
1
portal POST /rest/profile.json - 401
oauth POST /oauth/token/ - 200
bool(true)
portal POST /rest/profile.json - 200
a,b 401,200,200
1
1
3 requests
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
600
1 portal
B24AuthException invalid_grant 400
invalid_grant | invalid grant, check out define C_REST_CLIENT_SECRET or C_REST_CLIENT_ID
bool(true)
B24AuthException expired_token
B24AuthException B24_STORE_FAILED
ValueError
