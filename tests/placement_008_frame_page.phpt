--TEST--
B24Placement::renderFrame() signs the recorded frame bindings into the page; verifyEvent() accepts what the page sends and refuses missing, forged, expired and other portals' events
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
$env = pl_emu('current');
$c = pl_client();
$file = pl_file();
$secret = $env['B24_EMU_CLIENT_SECRET'];
$member = $env['B24_EMU_MEMBER_ID'];
$h = 'https://app.example.com/h.php';
$o = ['frame_url' => 'https://app.example.com/frame.php', 'error_handler_url' => 'https://app.example.com/e.php',
    'bindings_file' => $file];
b24_bind_event('BackgroundCallCard::answerButtonClick', $h, $o, $c);
b24_bind_event('BackgroundCallCard::qualityMeterClick', "$h?x=</script>&y=\u{2028}", $o, $c);
b24_bind_event('CallCard::CallStateChanged', $h, $o, $c);
b24_bind_event('OnCrmDealAdd', $h, $o, $c);

echo "-- the page\n";
$t0 = time();
$page = B24Placement::renderFrame($c, ['bindings_file' => $file, 'secret' => $secret]);
printf("%s bytes, placeholders left: %d, X-Frame-Options: %d\n", strlen($page) < 4096 ? 'under 4096' : strlen($page),
    substr_count($page, '{{'), stripos($page, 'x-frame-options') !== false);
var_dump(str_contains($page, '<script src="https://unpkg.com/@bitrix24/b24jssdk@2.2.0/dist/umd/index.min.js"></script>'));
var_dump(str_contains($page, "<meta name=\"b24-member-id\" content=\"$member\">"));
var_dump(str_contains($page, '</script>&y'), str_contains($page, '\u003C/script\u003E\u0026y=\u2028'));
$subs = pl_page_bindings($page);
foreach ($subs as $s) {
    $want = hash_hmac('sha256', "$member|{$s['event']}|{$s['handler']}|{$s['expiry']}", $secret);
    printf("%s -> %s, expiry in a day: %s, sig %s\n", $s['event'], $s['handler'],
        var_export(abs($s['expiry'] - $t0 - 86400) <= 2, true), hash_equals($want, $s['sig']) ? 'ok' : 'WRONG');
}
echo count(pl_page_bindings(B24Placement::renderFrame($c, ['bindings_file' => $file, 'secret' => $secret,
    'placement' => B24Placement::CALL_CARD]))), " binding for CALL_CARD\n";

echo "-- settings\n";
ini_set('b24.client_secret', $secret);
ini_set('b24.bindings_file', $file);
ini_set('b24.sdk_url', 'https://cdn.example.com/b24.js?v=1&"x"');
$page = B24Placement::renderFrame($c, ['ttl' => 600]);
var_dump(str_contains($page, 'src="https://cdn.example.com/b24.js?v=1&amp;&quot;x&quot;"'));
var_dump(abs(pl_page_bindings($page)[0]['expiry'] - time() - 600) <= 2);
$page = B24Placement::renderFrame(null, ['member_id' => 'other-portal', 'sdk_url' => 'https://cdn.example.com/b.js',
    'bindings' => [['event' => 'CallCard::BeforeClose', 'handler' => 'https://x.example/h'],
                   ['handler' => 'https://x.example/h2', 'event' => 'Calendar.customView:adjustToDate']]]);
foreach (pl_page_bindings($page) as $s) {
    echo $s['event'], ' ', hash_equals(hash_hmac('sha256', "other-portal|{$s['event']}|{$s['handler']}|{$s['expiry']}", $secret), $s['sig']) ? 'signed' : 'WRONG', "\n";
}
pl_try(fn () => B24Placement::renderFrame($c, ['ttl' => 10]));
pl_try(fn () => B24Placement::renderFrame($c, ['bindings' => [['event' => 'OnCrmDealAdd', 'handler' => $h]]]));
pl_try(fn () => B24Placement::renderFrame($c, ['bindings' => ['x']]));
pl_try(fn () => B24Placement::renderFrame($c, ['member_id' => 'a|b', 'bindings' => [['event' => 'CallCard::BeforeClose', 'handler' => $h]]]));
ini_set('b24.client_secret', '');
pl_try(fn () => B24Placement::renderFrame(new B24Client(b24_emu_oauth_config(b24_emu_install(), ['client_secret' => null]))));

echo "-- the handler's check\n";
$page = B24Placement::renderFrame($c, ['secret' => $secret]);
$s = pl_page_bindings($page)[0];
$post = pl_frame_post($s, $member, ['CALL_ID' => 'c1', 'muted' => true], 1795000000);
$ev = B24Placement::verifyEvent($post, $secret, $h, ['member_id' => $member]);
$ev['member_id'] = $ev['member_id'] === $member ? 'the portal' : 'WRONG';
$ev['expiry'] = $ev['expiry'] === $s['expiry'] ? 'the binding\'s' : 'WRONG';
var_dump($ev);
$check = function (string $what, string $body, array $options = [], ?string $key = null, ?string $handler = null) use ($secret, $h) {
    try {
        B24Placement::verifyEvent($body, $key ?? $secret, $handler ?? $h, $options);
        echo "$what: accepted\n";
    } catch (B24AuthException $e) {
        echo "$what: ", get_class($e), ' ', $e->getMessage(), "\n";
    }
};
$check('forged sig', str_replace($s['sig'], strrev($s['sig']), $post));
$check('other event', str_replace('answerButtonClick', 'skipButtonClick', $post));
$check('other portal id in the body', str_replace($member, 'f00', $post));
$check('later expiry', str_replace((string)$s['expiry'], (string)($s['expiry'] + 1), $post));
$check('other handler', $post, [], null, 'https://app.example.com/other.php');
$check('other secret', $post, [], 'not-the-secret');
$check('empty secret', $post, [], '');
$check('expired', $post, ['now' => $s['expiry'] + 30]);
$check('wrong portal', $post, ['member_id' => 'another-member']);
$check('no sig', json_encode(['event' => $s['event'], 'member_id' => $member, 'expiry' => $s['expiry'], 'data' => null]));
$check('not json', 'event=x&sig=y');
$check('json list', '[1,2]');
$check('empty', '');
$check('right portal', $post, ['member_id' => $member]);
?>
--EXPECT--
-- the page
under 4096 bytes, placeholders left: 0, X-Frame-Options: 0
bool(true)
bool(true)
bool(false)
bool(true)
BackgroundCallCard::answerButtonClick -> https://app.example.com/h.php, expiry in a day: true, sig ok
BackgroundCallCard::qualityMeterClick -> https://app.example.com/h.php?x=</script>&y= , expiry in a day: true, sig ok
CallCard::CallStateChanged -> https://app.example.com/h.php, expiry in a day: true, sig ok
1 binding for CALL_CARD
-- settings
bool(true)
bool(true)
CallCard::BeforeClose signed
Calendar.customView:adjustToDate signed
ValueError: B24Placement::renderFrame(): Argument #2 ($options) option "ttl" must be 60 to 2592000 seconds
ValueError: B24Placement::renderFrame(): Argument #2 ($options) option "bindings" names "OnCrmDealAdd", which is not an interface event
ValueError: B24Placement::renderFrame(): Argument #2 ($options) option "bindings" must be a list of ["event" => string, "handler" => string]
ValueError: B24Placement::renderFrame(): a member_id or event name with '|' cannot be signed
Error: B24Placement::renderFrame(): no secret to sign the page with: give the client a client_secret, or set the option "secret" or b24.client_secret
-- the handler's check
array(5) {
  ["event"]=>
  string(37) "BackgroundCallCard::answerButtonClick"
  ["data"]=>
  array(2) {
    ["CALL_ID"]=>
    string(2) "c1"
    ["muted"]=>
    bool(true)
  }
  ["member_id"]=>
  string(10) "the portal"
  ["ts"]=>
  int(1795000000)
  ["expiry"]=>
  string(13) "the binding's"
}
forged sig: B24AuthException B24_SIGNATURE_INVALID: the signature does not match this app, portal, event and handler
other event: B24AuthException B24_SIGNATURE_INVALID: the signature does not match this app, portal, event and handler
other portal id in the body: B24AuthException B24_SIGNATURE_INVALID: the signature does not match this app, portal, event and handler
later expiry: B24AuthException B24_SIGNATURE_INVALID: the signature does not match this app, portal, event and handler
other handler: B24AuthException B24_SIGNATURE_INVALID: the signature does not match this app, portal, event and handler
other secret: B24AuthException B24_SIGNATURE_INVALID: the signature does not match this app, portal, event and handler
empty secret: B24AuthException B24_SIGNATURE_INVALID: no client secret to verify the signature with
expired: B24AuthException B24_SIGNATURE_EXPIRED: the signature expired 30 s ago: the frame page must be loaded again
wrong portal: B24AuthException B24_WRONG_PORTAL: the event comes from another portal than the expected one
no sig: B24AuthException B24_SIGNATURE_MISSING: the event carries no signature
not json: B24AuthException B24_SIGNATURE_MISSING: the body is not a frame event (a JSON object with event, data, member_id, ts, expiry and sig)
json list: B24AuthException B24_SIGNATURE_MISSING: the event carries no signature
empty: B24AuthException B24_SIGNATURE_MISSING: the body is not a frame event (a JSON object with event, data, member_id, ts, expiry and sig)
right portal: accepted