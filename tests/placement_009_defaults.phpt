--TEST--
b24_bind_event() and B24Placement without options: the bindings file next to the token store, the client's secret signs the page, the default client of the b24.* settings
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
$env = pl_emu('current');
$dir = dirname(pl_file());
$pair = b24_emu_install();
$frame = ['frame_url' => 'https://app.example.com/frame.php', 'error_handler_url' => 'https://app.example.com/e.php'];

echo "-- a client with a store\n";
$c = new B24Client(b24_emu_oauth_config($pair, ['store' => "$dir/settings.json"]));
var_dump(b24_bind_event('BackgroundCallCard::answerButtonClick', 'https://app.example.com/a.php', $frame, $c));
var_dump(is_file("$dir/b24_bindings.json"));
echo count(B24Placement::bindings($c)), " binding\n";
$page = B24Placement::renderFrame($c);
$s = pl_page_bindings($page)[0];
echo $s['event'], ' signed with the client secret: ',
    var_export(hash_equals(hash_hmac('sha256', "{$env['B24_EMU_MEMBER_ID']}|{$s['event']}|{$s['handler']}|{$s['expiry']}",
        $env['B24_EMU_CLIENT_SECRET']), $s['sig']), true), "\n";
var_dump(B24Placement::verifyEvent(pl_frame_post($s, $env['B24_EMU_MEMBER_ID']), $env['B24_EMU_CLIENT_SECRET'],
    'https://app.example.com/a.php')['event']);

echo "-- a client without a store, secret or file\n";
$bare = new B24Client(b24_emu_oauth_config($pair, ['client_secret' => null]));
pl_try(fn () => B24Placement::bindings($bare));
pl_try(fn () => B24Placement::renderFrame($bare));
pl_try(fn () => b24_bind_event('CallCard::BeforeClose', 'https://app.example.com/a.php', $frame, $bare));
var_dump(b24_bind_event('OnCrmDealAdd', 'https://app.example.com/deal.php', [], $bare));

echo "-- the default client (b24.* settings, CRest's settings.json)\n";
file_put_contents("$dir/default.json", json_encode([
    'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
    'domain' => $env['B24_EMU_DOMAIN'], 'server_endpoint' => $env['B24_EMU_SERVER_ENDPOINT'],
]));
ini_set('b24.client_id', $env['B24_EMU_CLIENT_ID']);
ini_set('b24.client_secret', $env['B24_EMU_CLIENT_SECRET']);
ini_set('b24.store', "$dir/default.json");
ini_set('b24.ca_file', $env['B24_EMU_CA']);
ini_set('b24.frame_url', $frame['frame_url']);
ini_set('b24.error_handler_url', $frame['error_handler_url']);
var_dump(b24_bind_event('BackgroundCallCard::hangupButtonClick', 'https://app.example.com/h.php'));
foreach (B24Placement::bindings() as $b) {
    echo "{$b['event']} via {$b['via']}\n";
}
echo count(pl_page_bindings(B24Placement::renderFrame())), " bindings in the default client's page\n";
$p = new B24Placement('CALL_CARD');
var_dump($p->bindEvent('CallCard::EntityChanged', 'https://app.example.com/h.php'));
var_dump(array_column($p->get(), 'handler'));
?>
--EXPECT--
-- a client with a store
bool(true)
bool(true)
1 binding
BackgroundCallCard::answerButtonClick signed with the client secret: true
string(37) "BackgroundCallCard::answerButtonClick"
-- a client without a store, secret or file
Error: B24Placement::bindings(): no bindings file: set the option "bindings_file" or b24.bindings_file, or give the client a token store (the file is kept next to it)
Error: B24Placement::renderFrame(): no secret to sign the page with: give the client a client_secret, or set the option "secret" or b24.client_secret
Error: b24_bind_event(): no bindings file: set the option "bindings_file" or b24.bindings_file, or give the client a token store (the file is kept next to it)
bool(true)
-- the default client (b24.* settings, CRest's settings.json)
bool(true)
BackgroundCallCard::answerButtonClick via frame
BackgroundCallCard::hangupButtonClick via frame
2 bindings in the default client's page
bool(true)
array(1) {
  [0]=>
  string(33) "https://app.example.com/frame.php"
}