--TEST--
OAuth server: refresh by GET query and POST form, answer fields, single-use refresh tokens, client errors
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
$url = $env['B24_EMU_OAUTH'] . 'oauth/token/';
$fields = fn (string $refresh, string $secret = null): array => [
    'client_id' => $env['B24_EMU_CLIENT_ID'], 'grant_type' => 'refresh_token',
    'client_secret' => $secret ?? $env['B24_EMU_CLIENT_SECRET'], 'refresh_token' => $refresh,
];
$pair = emu_install(false);
$r = emu_http('POST', $url, ['body' => http_build_query($fields($pair['refresh_token']))]);
echo 'POST: ', $r['status'], ' ', implode(',', array_keys($r['json'])), "\n";
$a = $r['json'];
echo 'domain is the OAuth server: ', json_encode($a['domain'] === $env['B24_EMU_OAUTH_DOMAIN']), "\n";
echo 'endpoints: ', json_encode($a['client_endpoint'] === $env['B24_EMU_CLIENT_ENDPOINT']), json_encode($a['server_endpoint'] === $env['B24_EMU_SERVER_ENDPOINT']), "\n";
echo 'member, user, status: ', json_encode($a['member_id'] === $env['B24_EMU_MEMBER_ID']), ' ', $a['user_id'], ' ', $a['status'], "\n";
echo 'new pair: ', json_encode($a['access_token'] !== $pair['access_token'] && $a['refresh_token'] !== $pair['refresh_token']), "\n";
echo 'new token works: ', emu_brief(emu_app($a['access_token'], 'profile')), "\n";
$again = emu_http('POST', $url, ['body' => http_build_query($fields($pair['refresh_token']))]);
echo 'spent twice: ', emu_brief($again), ' ', $again['json']['error_description'], "\n";
$r = emu_http('GET', $url . '?' . http_build_query($fields($a['refresh_token'])));
echo 'GET: ', $r['status'], ' ', json_encode(isset($r['json']['access_token'])), "\n";
$b = $r['json'];
$r = emu_http('GET', $url . '?' . http_build_query($fields($b['refresh_token'], 'wrong-secret')));
echo 'wrong secret: ', emu_brief($r), "\n";
echo 'still spendable after a refused try: ', emu_http('GET', $url . '?' . http_build_query($fields($b['refresh_token'])))['status'], "\n";
echo 'unknown refresh token: ', emu_brief(emu_http('POST', $url, ['body' => http_build_query($fields('nope'))])), "\n";
echo 'no grant_type: ', emu_brief(emu_http('POST', $url, ['body' => 'client_id=' . $env['B24_EMU_CLIENT_ID']])), "\n";
echo 'wrong client_id: ', emu_brief(emu_http('POST', $url, ['body' => http_build_query(['client_id' => 'x'] + $fields('nope'))])), "\n";
echo 'not on the portal origin: ', emu_http('POST', $env['B24_EMU_PORTAL'] . 'oauth/token/', ['body' => http_build_query($fields('nope'))])['status'], "\n";
?>
--EXPECT--
POST: 200 access_token,expires,expires_in,scope,domain,server_endpoint,status,client_endpoint,member_id,user_id,refresh_token
domain is the OAuth server: true
endpoints: truetrue
member, user, status: true 2 L
new pair: true
new token works: 200 ok
spent twice: 400 invalid_grant Invalid grant
GET: 200 true
wrong secret: 401 invalid_client
still spendable after a refused try: 200
unknown refresh token: 400 invalid_grant
no grant_type: 400 invalid_request
wrong client_id: 401 invalid_client
not on the portal origin: 404
