--TEST--
b24: the refresh race on B24PdoTokenStore over SQLite: 8 processes x 50 calls, 1 s tokens, no failed call, no invalid_grant
--EXTENSIONS--
b24
pdo_sqlite
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
require __DIR__ . '/inc/stores.inc';
$dir = sys_get_temp_dir() . '/b24-race-sqlite-' . getmypid();
@mkdir($dir, 0700);
register_shutdown_function(fn () => exec('rm -rf ' . escapeshellarg($dir)));
$spec = ['kind' => 'pdo', 'dsn' => "sqlite:$dir/tokens.db", 'table' => 'app_tokens'];
b24_store_make($spec)->createTable();
b24_store_race($spec, $dir);
$pdo = new PDO($spec['dsn']);
echo 'rows: ', $pdo->query('SELECT COUNT(*) FROM app_tokens')->fetchColumn(), ', lease free: ',
    json_encode((int)$pdo->query('SELECT lock_until FROM app_tokens')->fetchColumn() === 0), "\n";
?>
--EXPECT--
calls ok: all, failed: 0 
refreshes: several, refused refreshes: 0
portal answers other than 200 and 401: 0
each refresh token spent once: true
store holds the newest pair, install-time fields kept: true
rows: 1, lease free: true
