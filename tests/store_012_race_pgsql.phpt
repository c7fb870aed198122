--TEST--
b24: the refresh race on B24PdoTokenStore over a real PostgreSQL server: 8 processes x 50 calls, 1 s tokens, no failed call, no invalid_grant
--EXTENSIONS--
b24
pdo_pgsql
posix
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
require __DIR__ . '/inc/stores.inc';
$dir = sys_get_temp_dir() . "/b24-race-pgsql-" . getmypid();
@mkdir($dir, 0711);
/* the server stops first (its shutdown function is registered first), then the folder goes */
$spec = b24_store_pgsql("$dir/pg");
register_shutdown_function(fn () => exec("rm -rf " . escapeshellarg($dir)));
/* the children's scripts live next to the server, in a folder of their own */
@mkdir("$dir/work", 0700);
$store = b24_store_make($spec);
$store->createTable();
$store->createTable(); /* IF NOT EXISTS: a second call changes nothing */
b24_store_race($spec, "$dir/work");
$pdo = new PDO($spec['dsn'], $spec['user']);
echo 'server: ', $pdo->getAttribute(PDO::ATTR_DRIVER_NAME), ', rows: ', $pdo->query('SELECT COUNT(*) FROM b24_tokens')->fetchColumn(),
    ', lease free: ', json_encode((int)$pdo->query('SELECT lock_until FROM b24_tokens')->fetchColumn() === 0), "\n";
exec('rm -rf ' . escapeshellarg("$dir/work"));
register_shutdown_function(function () use ($spec): void {
    /* after the server's stop: no process of it is left */
    clearstatcache();
    echo 'server process left: ', json_encode(posix_kill($spec['pid'], 0) && !str_contains((string)@file_get_contents("/proc/{$spec['pid']}/stat"), ') Z ')), "\n";
});
?>
--EXPECT--
calls ok: all, failed: 0 
refreshes: several, refused refreshes: 0
portal answers other than 200 and 401: 0
each refresh token spent once: true
store holds the newest pair, install-time fields kept: true
server: pgsql, rows: 1, lease free: true
server process left: false
