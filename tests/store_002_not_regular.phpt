--TEST--
b24: a FIFO (or any file that is not a regular one) as the token store or its lock file is refused at once, never waited on
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
$dir = sys_get_temp_dir() . '/b24-fifo-' . getmypid();
@mkdir($dir, 0700);
$pair = b24_emu_install();
$config = b24_emu_oauth_config($pair, ['access_token' => null, 'refresh_token' => null]);

/* the store is a FIFO: opening it for reading would wait for a writer forever */
posix_mkfifo("$dir/fifo.json", 0600);
$t = microtime(true);
try {
    new B24Client(['store' => "$dir/fifo.json"] + $config);
    echo "constructed\n";
} catch (B24Exception $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ': ', str_replace($dir, 'DIR', $e->getDescription()), "\n";
}
echo 'at once: ', json_encode(microtime(true) - $t < 2.0), "\n";

/* the store is a character device */
try {
    new B24Client(['store' => '/dev/zero'] + $config);
    echo "constructed\n";
} catch (B24Exception $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ': ', $e->getDescription(), "\n";
}

/* a good store whose lock file is a FIFO: the refresh fails at once, nothing is spent */
$store = "$dir/settings.json";
file_put_contents($store, json_encode([
    'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
]));
posix_mkfifo("$store.lock", 0600);
$client = new B24Client(['store' => $store] + $config);
b24_emu_fault('expired_token', [], 1, 'profile');
$mark = b24_emu_log_mark();
$t = microtime(true);
try {
    $client->call('profile');
    echo "called\n";
} catch (B24Exception $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ': ', str_replace($dir, 'DIR', $e->getDescription()), "\n";
}
echo 'at once: ', json_encode(microtime(true) - $t < 2.0), "\n";
echo 'refreshes: ', count(array_filter(b24_emu_log_since($mark), fn ($e) => $e['origin'] === 'oauth')), "\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
B24AuthException B24_STORE_FAILED: token store DIR/fifo.json: not a regular file
at once: true
B24AuthException B24_STORE_FAILED: token store /dev/zero: not a regular file
B24AuthException B24_STORE_FAILED: token store DIR/settings.json: the lock file is not a regular file
at once: true
refreshes: 0
