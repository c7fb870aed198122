--TEST--
Access tokens expire after the configured lifetime: 401 expired_token
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset(['access_lifetime' => 1]);
$pair = emu_install();
echo 'expires_in: ', $pair['expires_in'], "\n";
echo 'fresh: ', emu_brief(emu_app($pair['access_token'], 'profile')), "\n";
usleep(1300000);
$r = emu_app($pair['access_token'], 'profile');
echo 'later: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
$long = emu_install(true, ['access_lifetime' => 60]);
echo 'per-install lifetime: ', $long['expires_in'], ' ', emu_brief(emu_app($long['access_token'], 'profile')), "\n";
emu_control('POST', 'settings', ['refresh_lifetime' => 1]);
$short = emu_install();
usleep(1300000);
$env = emu_env();
$r = emu_http('POST', $env['B24_EMU_OAUTH'] . 'oauth/token/', ['body' => http_build_query(['client_id' => $env['B24_EMU_CLIENT_ID'],
    'grant_type' => 'refresh_token', 'client_secret' => $env['B24_EMU_CLIENT_SECRET'], 'refresh_token' => $short['refresh_token']])]);
echo 'expired refresh token: ', emu_brief($r), "\n";
?>
--EXPECT--
expires_in: 1
fresh: 200 ok
later: 401 expired_token The access token provided has expired
per-install lifetime: 60 200 ok
expired refresh token: 400 invalid_grant
