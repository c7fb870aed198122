--TEST--
b24: a token answer that a store could not keep or a reader would refuse is refused before anything is stored; the store stays readable
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$dir = sys_get_temp_dir() . '/b24-hostile-' . getmypid();
@mkdir($dir, 0700);
$store = "$dir/settings.json";
$pair = b24_emu_install();
$good = [
    'access_token' => 'hostile_access', 'expires' => time() + 3600, 'expires_in' => 3600, 'scope' => 'crm',
    'domain' => $env['B24_EMU_OAUTH_DOMAIN'], 'server_endpoint' => $env['B24_EMU_OAUTH'] . 'rest/', 'status' => 'L',
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'], 'user_id' => 1,
    'refresh_token' => 'hostile_refresh',
];
$answers = [
    'an access_token of 8 MB' => ['access_token' => str_repeat('a', 8 << 20)] + $good,
    'a refresh_token of 4097 bytes' => ['refresh_token' => str_repeat('r', 4097)] + $good,
    'a client_endpoint that is a number' => ['client_endpoint' => 123] + $good,
    'a client_endpoint over http' => ['client_endpoint' => str_replace('https:', 'http:', $env['B24_EMU_CLIENT_ENDPOINT'])] + $good,
    'a client_endpoint on another host' => ['client_endpoint' => 'https://elsewhere.example/rest/'] + $good,
    'a server_endpoint on another host' => ['server_endpoint' => 'https://oauth.elsewhere.example/rest/'] + $good,
    'an access_token with a space' => ['access_token' => 'a b'] + $good,
    'a scope that is a list' => ['scope' => ['crm']] + $good,
    'another portal\'s member_id' => ['member_id' => 'another_portal'] + $good,
];
foreach ($answers as $what => $answer) {
    file_put_contents($store, json_encode([
        'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
        'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
        'domain' => $env['B24_EMU_DOMAIN'],
    ]));
    $before = json_decode(file_get_contents($store), true);
    $client = new B24Client(b24_emu_oauth_config($pair, ['store' => $store, 'access_token' => null, 'refresh_token' => null]));
    b24_emu_fault('expired_token', [], 1, 'profile');
    /* the emulator answers the token request with this body instead of a token */
    b24_emu_fault('invalid_json', ['body' => json_encode($answer)], 1, 'oauth.token');
    try {
        $client->call('profile');
        echo "$what: accepted\n";
    } catch (B24Exception $e) {
        $kept = json_decode(file_get_contents($store), true);
        $message = $e->getMessage();
        echo "$what: ", get_class($e), ' ', $e->getErrorCode(), ', store kept: ',
            json_encode($kept['access_token'] === $before['access_token'] && $kept['refresh_token'] === $before['refresh_token']),
            ', no token in the message: ', json_encode(!str_contains($message, 'hostile') && !str_contains($message, 'aaaa')), "\n";
    }
    /* the next process reads the store as before */
    $next = new B24Client(b24_emu_oauth_config($pair, ['store' => $store, 'access_token' => null, 'refresh_token' => null]));
    var_dump($next->call('profile')['ID']);
    b24_emu_control('DELETE', 'faults');
}
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
an access_token of 8 MB: B24ResponseException B24_INVALID_JSON, store kept: true, no token in the message: true
string(1) "1"
a refresh_token of 4097 bytes: B24ResponseException B24_INVALID_JSON, store kept: true, no token in the message: true
string(1) "1"
a client_endpoint that is a number: B24ResponseException B24_INVALID_JSON, store kept: true, no token in the message: true
string(1) "1"
a client_endpoint over http: B24ResponseException B24_INVALID_JSON, store kept: true, no token in the message: true
string(1) "1"
a client_endpoint on another host: B24ResponseException B24_INVALID_JSON, store kept: true, no token in the message: true
string(1) "1"
a server_endpoint on another host: B24ResponseException B24_INVALID_JSON, store kept: true, no token in the message: true
string(1) "1"
an access_token with a space: B24ResponseException B24_INVALID_JSON, store kept: true, no token in the message: true
string(1) "1"
a scope that is a list: B24ResponseException B24_INVALID_JSON, store kept: true, no token in the message: true
string(1) "1"
another portal's member_id: B24ResponseException B24_INVALID_JSON, store kept: true, no token in the message: true
string(1) "1"
