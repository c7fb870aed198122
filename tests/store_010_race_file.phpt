--TEST--
b24: the refresh race on B24FileTokenStore (one file per portal): 8 processes x 50 calls, 1 s tokens, no failed call, no invalid_grant
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
require __DIR__ . '/inc/stores.inc';
$dir = sys_get_temp_dir() . '/b24-race-file-' . getmypid();
@mkdir($dir, 0700);
register_shutdown_function(fn () => exec('rm -rf ' . escapeshellarg($dir)));
b24_store_race(['kind' => 'file', 'dir' => $dir], $dir);
$member = b24_emu()['B24_EMU_MEMBER_ID'];
echo 'the portal\'s file: ', json_encode(is_file("$dir/$member.json")), ', mode ', decoct(fileperms("$dir/$member.json") & 0777), "\n";
?>
--EXPECT--
calls ok: all, failed: 0 
refreshes: several, refused refreshes: 0
portal answers other than 200 and 401: 0
each refresh token spent once: true
store holds the newest pair, install-time fields kept: true
the portal's file: true, mode 600
