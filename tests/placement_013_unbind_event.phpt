--TEST--
B24Placement::unbindEvent(): event.unbind for REST events, the record only for interface events (the frame page stops subscribing them)
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
b24_bind_event('BackgroundCallCard::answerButtonClick', 'https://app.example.com/b.php', $o, $c);
b24_bind_event('BackgroundCallCard::skipButtonClick', 'https://app.example.com/a.php', $o, $c);
b24_bind_event('OnCrmDealAdd', 'https://app.example.com/deal.php', $o, $c);
b24_bind_event('OnCrmDealAdd', 'https://app.example.com/deal2.php', $o, $c);
$page = fn () => implode(', ', array_map(fn ($b) => "{$b['event']} {$b['handler']}",
    pl_page_bindings(B24Placement::renderFrame($c, ['bindings_file' => $file]))));
echo $page(), "\n";

$f = ['bindings_file' => $file];
var_dump(B24Placement::unbindEvent('BackgroundCallCard::answerButtonClick', 'https://app.example.com/b.php', $c, $f));
echo $page(), "\n";
var_dump(B24Placement::unbindEvent('BackgroundCallCard::answerButtonClick', null, $c, $f));
var_dump(B24Placement::unbindEvent('BackgroundCallCard::answerButtonClick', null, $c, $f));
echo $page(), "\n";
/* The placement stays bound to the frame page: other events may need it. */
echo count((new B24Placement('PAGE_BACKGROUND_WORKER', $c))->get()), " placement binding\n";

$mark = b24_emu_log_mark();
var_dump(B24Placement::unbindEvent('OnCrmDealAdd', 'https://app.example.com/deal.php', $c, $f));
pl_try(fn () => B24Placement::unbindEvent('OnCrmDealAdd', null, $c, $f));
var_dump(B24Placement::unbindEvent('OnCrmDealAdd', 'https://app.example.com/deal2.php', $c, $f));
echo implode(', ', pl_methods_since($mark)), "\n";
echo count(pl_emu_bindings()['events']), " REST handlers left\n";
foreach (B24Placement::bindings($c, $f) as $b) {
    echo "recorded: {$b['event']} {$b['handler']} via {$b['via']}\n";
}
pl_try(fn () => B24Placement::unbindEvent('BackgroundCallCard::AnswerButtonClick', null, $c, $f));
pl_try(fn () => B24Placement::unbindEvent('BackgroundCallCard::skipButtonClick', null, $c));
?>
--EXPECT--
BackgroundCallCard::answerButtonClick https://app.example.com/a.php, BackgroundCallCard::answerButtonClick https://app.example.com/b.php, BackgroundCallCard::skipButtonClick https://app.example.com/a.php
int(1)
BackgroundCallCard::answerButtonClick https://app.example.com/a.php, BackgroundCallCard::skipButtonClick https://app.example.com/a.php
int(1)
int(0)
BackgroundCallCard::skipButtonClick https://app.example.com/a.php
1 placement binding
int(1)
ValueError: B24Placement::unbindEvent(): Argument #2 ($handler) is required for a REST event: event.unbind needs it
int(1)
event.unbind, event.unbind
0 REST handlers left
recorded: BackgroundCallCard::skipButtonClick https://app.example.com/a.php via frame
ValueError: B24Placement::unbindEvent(): Argument #1 ($event) is not an interface event: "BackgroundCallCard::AnswerButtonClick"; did you mean "BackgroundCallCard::answerButtonClick"? (a portal ignores unknown interface events silently)
Error: B24Placement::unbindEvent(): no bindings file: set the option "bindings_file" or b24.bindings_file, or give the client a token store (the file is kept next to it)
