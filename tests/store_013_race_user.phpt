--TEST--
b24: the refresh race on a B24TokenStore written in PHP (files + flock): 8 processes x 50 calls, 1 s tokens, no failed call, no invalid_grant
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
require __DIR__ . '/inc/stores.inc';
$dir = sys_get_temp_dir() . '/b24-race-user-' . getmypid();
@mkdir($dir, 0700);
register_shutdown_function(fn () => exec('rm -rf ' . escapeshellarg($dir)));
b24_store_race(['kind' => 'user', 'dir' => $dir], $dir);
?>
--EXPECT--
calls ok: all, failed: 0 
refreshes: several, refused refreshes: 0
portal answers other than 200 and 401: 0
each refresh token spent once: true
store holds the newest pair, install-time fields kept: true
