--TEST--
B24Placement::fromRequest()->frame(): the frame page for the portal's own request only (APPLICATION_TOKEN checked), with the request's portal and placement
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
$o = ['frame_url' => 'https://app.example.com/frame.php', 'error_handler_url' => 'https://app.example.com/e.php',
    'bindings_file' => $file];
b24_bind_event('BackgroundCallCard::answerButtonClick', 'https://app.example.com/a.php', $o, $c);
b24_bind_event('CallCard::BeforeClose', 'https://app.example.com/b.php', $o, $c);
ini_set('b24.bindings_file', $file);
ini_set('b24.client_secret', $env['B24_EMU_CLIENT_SECRET']);

$query = ['DOMAIN' => $env['B24_EMU_DOMAIN'], 'PROTOCOL' => '1', 'LANG' => 'en', 'APP_SID' => 'a1b2'];
$body = ['member_id' => $env['B24_EMU_MEMBER_ID'], 'PLACEMENT' => 'PAGE_BACKGROUND_WORKER',
    'APPLICATION_TOKEN' => $env['B24_EMU_APPLICATION_TOKEN'], 'PLACEMENT_OPTIONS' => '{"ID":"PAGE_BACKGROUND_WORKER"}'];
$p = B24Placement::fromRequest($query, $body);
$page = $p->frame($env['B24_EMU_APPLICATION_TOKEN']);
foreach (pl_page_bindings($page) as $s) {
    echo $s['event'], ' -> ', $s['handler'], ' ',
        hash_equals(hash_hmac('sha256', "{$env['B24_EMU_MEMBER_ID']}|{$s['event']}|{$s['handler']}|{$s['expiry']}",
            $env['B24_EMU_CLIENT_SECRET']), $s['sig']) ? 'signed' : 'WRONG', "\n";
}
$call = B24Placement::fromRequest($query, ['PLACEMENT' => 'CALL_CARD'] + $body);
echo implode(', ', array_column(pl_page_bindings($call->frame($env['B24_EMU_APPLICATION_TOKEN'])), 'event')), "\n";
echo count(pl_page_bindings(B24Placement::fromRequest($query, ['PLACEMENT' => 'LEFT_MENU'] + $body)
    ->frame($env['B24_EMU_APPLICATION_TOKEN']))), " bindings for LEFT_MENU\n";
/* The options cannot move the page to another portal or placement. */
echo count(pl_page_bindings($p->frame($env['B24_EMU_APPLICATION_TOKEN'], ['member_id' => 'x', 'placement' => 'CALL_CARD',
    'ttl' => 120]))), " binding\n";

echo "-- refused\n";
pl_try(fn () => $p->frame('forged-token'));
pl_try(fn () => $p->frame(''));
pl_try(fn () => B24Placement::fromRequest($query, array_diff_key($body, ['APPLICATION_TOKEN' => 1]))->frame($env['B24_EMU_APPLICATION_TOKEN']));
pl_try(fn () => (new B24Placement('PAGE_BACKGROUND_WORKER'))->frame($env['B24_EMU_APPLICATION_TOKEN']));
$other = B24Placement::fromRequest($query, ['member_id' => 'another-portal'] + $body);
echo count(pl_page_bindings($other->frame($env['B24_EMU_APPLICATION_TOKEN']))), " bindings for a portal without records\n";
?>
--EXPECT--
BackgroundCallCard::answerButtonClick -> https://app.example.com/a.php signed
CallCard::BeforeClose
0 bindings for LEFT_MENU
1 binding
-- refused
B24AuthException: B24_WRONG_APPLICATION_TOKEN: the request's APPLICATION_TOKEN is not this installation's: no frame page for it
B24AuthException: B24_WRONG_APPLICATION_TOKEN: the request's APPLICATION_TOKEN is not this installation's: no frame page for it
B24AuthException: B24_WRONG_APPLICATION_TOKEN: the request's APPLICATION_TOKEN is missing, so not this installation's: no frame page for it
Error: B24Placement::frame() needs a placement made by B24Placement::fromRequest()
0 bindings for a portal without records
