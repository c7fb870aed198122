--TEST--
OAuth application calls: auth in the query, in a form body, as a top-level JSON key; missing or unknown tokens
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
$token = emu_install()['access_token'];
$base = $env['B24_EMU_CLIENT_ENDPOINT'];
$r = emu_http('GET', $base . 'profile?auth=' . $token);
echo 'query: ', emu_brief($r), "\n";
$r = emu_http('POST', $base . 'profile.json', ['body' => 'auth=' . $token]);
echo 'form: ', emu_brief($r), "\n";
$r = emu_http('POST', $base . 'crm.deal.get', ['body' => json_encode(['id' => 7, 'auth' => $token]), 'headers' => ['Content-Type: application/json']]);
echo 'json: ', emu_brief($r), ' ', $r['json']['result']['TITLE'], "\n";
$r = emu_http('POST', $base . 'crm.deal.get/', ['body' => 'id=8&auth=' . $token]);
echo 'trailing slash: ', $r['json']['result']['TITLE'], "\n";
echo 'no auth: ', emu_brief(emu_http('GET', $base . 'profile')), "\n";
$r = emu_http('GET', $base . 'profile?auth=nonsense');
echo 'unknown token: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
$log = emu_control('GET', 'log?method=crm.deal.get&order=desc&limit=1')['entries'][0];
echo 'auth not passed to the method: ', json_encode(array_key_exists('auth', $log['params'])), ' ', $log['identity']['type'], "\n";
?>
--EXPECT--
query: 200 ok
form: 200 ok
json: 200 ok Deal #7
trailing slash: Deal #8
no auth: 401 NO_AUTH_FOUND
unknown token: 401 invalid_token The access token provided is invalid
auth not passed to the method: true app
