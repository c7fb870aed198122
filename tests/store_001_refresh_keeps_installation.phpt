--TEST--
b24: a refresh never loses the installation: a folder closed to the PHP user is written in place under the lock, an unwritable store fails before the refresh token is spent
--EXTENSIONS--
b24
posix
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$root = posix_geteuid() === 0;
$dir = sys_get_temp_dir() . '/b24-keep-' . getmypid();
@mkdir($dir, 0755);
copy($env['B24_EMU_CA'], "$dir/ca.pem");
chmod("$dir/ca.pem", 0644);
$store = "$dir/settings.json";
$child = "$dir/child.php";
file_put_contents($child, <<<'PHP'
<?php
$config = json_decode(getenv('B24_TEST_CONFIG'), true);
$out = ['tmp' => @file_put_contents(dirname($config['store']) . '/probe', 'x') !== false];
try {
    $client = new B24Client($config);
    $out['id'] = $client->call('profile')['ID'];
} catch (B24Exception $e) {
    $out['error'] = get_class($e) . ' ' . $e->getErrorCode() . ': ' . $e->getDescription();
}
echo json_encode($out);
PHP);
chmod($child, 0644);
/* The PHP user of the child: "nobody" when the test runs as root (CI), else this user. */
function run_child(string $dir, array $config, bool $root): array
{
    $cmd = ($root ? 'setpriv --reuid=nobody --regid=nogroup --clear-groups ' : '') . b24_test_php(['b24.runtime_dir' => "$dir/rt"])
        . ' ' . escapeshellarg("$dir/child.php");
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null,
        ['B24_TEST_CONFIG' => json_encode($config), 'PATH' => getenv('PATH'), 'VALGRIND_OPTS' => b24_test_untraced_opts()]);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    return json_decode($out, true) ?? ['child' => $out . $err];
}
function install_store(string $store, array $pair, array $env, int $mode): void
{
    file_put_contents($store, json_encode([
        'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
        'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
        'application_token' => $pair['application_token'], 'domain' => $env['B24_EMU_DOMAIN'],
    ]));
    chmod($store, $mode);
    touch("$store.lock");
    chmod("$store.lock", 0666);
}
$config = b24_emu_oauth_config(b24_emu_install(), ['store' => $store, 'access_token' => null, 'refresh_token' => null, 'ca_file' => "$dir/ca.pem"]);

/* 1. the folder is closed to the PHP user, the file and its lock file are open to it (CRest works so) */
$pair = b24_emu_install();
install_store($store, $pair, $env, 0666);
chmod($dir, 0555);
b24_emu_fault('expired_token', [], 1, 'profile');
$mark = b24_emu_log_mark();
$r = run_child($dir, $config, $root);
chmod($dir, 0755);
echo 'folder writable for the child: ', json_encode($r['tmp'] ?? null), "\n";
echo 'call: ', $r['id'] ?? $r['error'] ?? $r['child'], "\n";
$saved = json_decode(file_get_contents($store), true);
echo 'new pair stored: ', json_encode($saved['refresh_token'] !== $pair['refresh_token'] && $saved['access_token'] !== $pair['access_token']), "\n";
echo 'install-time fields kept: ', json_encode($saved['application_token'] === $pair['application_token']), "\n";
echo 'mode kept: ', decoct(fileperms($store) & 0777), ', no temporary file: ', json_encode(glob("$store.tmp.*") === []), "\n";
echo 'refreshes: ', count(array_filter(b24_emu_log_since($mark), fn ($e) => $e['origin'] === 'oauth')), "\n";
/* the next process works with what was stored */
$next = new B24Client($config);
echo 'next process: ', $next->call('profile')['ID'], "\n";

/* 2. neither a temporary file nor the file itself can be written: the refresh token is not spent */
$pair = b24_emu_install();
install_store($store, $pair, $env, $root ? 0644 : 0444);
chmod($dir, 0555);
b24_emu_fault('expired_token', [], 1, 'profile');
$mark = b24_emu_log_mark();
$r = run_child($dir, $config, $root);
chmod($dir, 0755);
echo 'call: ', preg_replace('#/\S+/#', 'DIR/', $r['id'] ?? $r['error'] ?? $r['child']), "\n";
echo 'refreshes: ', count(array_filter(b24_emu_log_since($mark), fn ($e) => $e['origin'] === 'oauth')), "\n";
chmod($store, 0600);
/* the stored refresh token is still good: a process that may write refreshes with it */
$client = new B24Client($config);
b24_emu_fault('expired_token', [], 1, 'profile');
$mark = b24_emu_log_mark();
echo 'writable again: ', $client->call('profile')['ID'], ', refused refreshes: ',
    count(array_filter(b24_emu_log_since($mark), fn ($e) => $e['origin'] === 'oauth' && $e['status'] !== 200)), "\n";
exec('rm -rf ' . escapeshellarg($dir));
?>
--EXPECT--
folder writable for the child: false
call: 1
new pair stored: true
install-time fields kept: true
mode kept: 666, no temporary file: true
refreshes: 1
next process: 1
call: B24AuthException B24_STORE_FAILED: token store DIR/settings.json: cannot create a temporary file nor open the file to rewrite it: Permission denied
refreshes: 0
writable again: 1, refused refreshes: 0
