--TEST--
b24: 8 processes x 50 calls on one store with tokens expiring every second: no failed call, no invalid_grant
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
$dir = sys_get_temp_dir() . '/b24-concurrent-' . getmypid();
@mkdir($dir, 0700);
$store = "$dir/settings.json";
$pair = b24_emu_install(['access_lifetime' => 1]);
file_put_contents($store, json_encode([
    'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
    'application_token' => $pair['application_token'], 'domain' => $env['B24_EMU_DOMAIN'],
]));
$config = [
    'store' => $store, 'client_id' => $env['B24_EMU_CLIENT_ID'], 'client_secret' => $env['B24_EMU_CLIENT_SECRET'],
    'oauth_server' => $env['B24_EMU_OAUTH'], 'ca_file' => $env['B24_EMU_CA'],
];
$child = "$dir/child.php";
file_put_contents($child, <<<'PHP'
<?php
$config = json_decode(getenv('B24_TEST_CONFIG'), true);
$ok = 0;
$failed = [];
$client = new B24Client($config);
for ($i = 0; $i < 50; $i++) {
    try {
        if ($client->call('profile')['ID'] === '1') {
            $ok++;
        }
    } catch (B24Exception $e) {
        $failed[] = get_class($e) . ' ' . $e->getErrorCode();
    }
    usleep(random_int(40000, 120000));
}
echo json_encode(['ok' => $ok, 'failed' => $failed]);
PHP);
$mark = b24_emu_log_mark();
$procs = [];
for ($p = 0; $p < 8; $p++) {
    $procs[$p] = proc_open(b24_test_php() . ' ' . escapeshellarg($child), [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes[$p],
        null, ['B24_TEST_CONFIG' => json_encode($config), 'PATH' => getenv('PATH')]);
}
$ok = 0;
$failed = [];
for ($p = 0; $p < 8; $p++) {
    $out = stream_get_contents($pipes[$p][1]);
    $err = stream_get_contents($pipes[$p][2]);
    proc_close($procs[$p]);
    $r = json_decode($out, true);
    if (!is_array($r)) {
        echo "child $p: ", $out, $err, "\n";
        continue;
    }
    $ok += $r['ok'];
    $failed = array_merge($failed, $r['failed']);
    if ($err !== '') {
        echo "child $p stderr: $err\n";
    }
}
echo "calls ok: $ok, failed: ", count($failed), ' ', implode(', ', array_unique($failed)), "\n";
$log = b24_emu_log_since($mark);
$refreshes = array_filter($log, fn ($e) => $e['origin'] === 'oauth');
$refused = array_filter($refreshes, fn ($e) => $e['status'] !== 200);
$expired = array_filter($log, fn ($e) => $e['origin'] === 'portal' && $e['status'] === 401);
echo 'refreshes: ', count($refreshes) >= 3 ? 'several' : count($refreshes), ', refused refreshes: ', count($refused), "\n";
echo 'portal answers other than 200 and 401: ', count(array_filter($log, fn ($e) => $e['origin'] === 'portal' && !in_array($e['status'], [200, 401], true))), "\n";
/* every refresh spent a refresh token that no other refresh spent */
$spent = [];
foreach ($refreshes as $e) {
    parse_str(b24_emu_raw($e['id']), $form);
    $spent[] = $form['refresh_token'];
}
var_dump(count($spent) === count(array_unique($spent)));
$saved = json_decode(file_get_contents($store), true);
var_dump(is_string($saved['access_token'] ?? null), ($saved['application_token'] ?? '') === $pair['application_token']);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
b24_emu_settings(['access_lifetime' => 3600]);
?>
--EXPECT--
calls ok: 400, failed: 0 
refreshes: several, refused refreshes: 0
portal answers other than 200 and 401: 0
bool(true)
bool(true)
bool(true)
