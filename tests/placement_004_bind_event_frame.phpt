--TEST--
b24_bind_event(): on a portal without REST placement.bindEvent, the frame page is bound to the placement raising the event (idempotently) and the binding recorded as "frame"
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
pl_emu('current');
$c = pl_client();
$file = pl_file();
$handler = 'https://app.example.com/answered.php';
$frame = ['frame_url' => 'https://app.example.com/frame.php', 'error_handler_url' => 'https://app.example.com/error.php',
    'bindings_file' => $file];

echo "-- no frame page configured\n";
$mark = b24_emu_log_mark();
try {
    b24_bind_event('BackgroundCallCard::answerButtonClick', $handler, ['bindings_file' => $file], $c);
} catch (B24MethodNotFoundException $e) {
    echo $e->getErrorCode(), "\n", wordwrap($e->getDescription(), 100), "\n";
}
var_dump(pl_methods_since($mark));
pl_try(fn () => b24_bind_event('BackgroundCallCard::answerButtonClick', $handler,
    ['frame_url' => $frame['frame_url'], 'bindings_file' => $file], $c));
pl_try(fn () => b24_bind_event('BackgroundCallCard::answerButtonClick', $handler,
    ['bindings_file' => $file, 'frame_url' => 'https://127.0.0.1/frame.php', 'error_handler_url' => 'https://app.example.com/e'], $c));
pl_try(fn () => b24_bind_event('BackgroundCallCard::answerButtonClick', $handler,
    ['frame_url' => $frame['frame_url'], 'error_handler_url' => $frame['error_handler_url']], $c));

echo "-- bound through the frame page (the portal is not asked again)\n";
$mark = b24_emu_log_mark();
var_dump(b24_bind_event('BackgroundCallCard::answerButtonClick', $handler, $frame, $c));
echo implode(', ', pl_methods_since($mark)), "\n";
foreach (pl_emu_bindings()['placements'] as $p) {
    echo "portal: {$p['placement']} -> {$p['handler']} " . json_encode($p['options'], JSON_UNESCAPED_SLASHES) . "\n";
}
foreach (B24Placement::bindings($c, ['bindings_file' => $file]) as $b) {
    echo "recorded: {$b['event']} -> {$b['handler']} via {$b['via']} ({$b['placement']})\n";
}

echo "-- idempotent\n";
$mark = b24_emu_log_mark();
var_dump(b24_bind_event('BackgroundCallCard::answerButtonClick', $handler, $frame, $c));
var_dump(b24_bind_event('BackgroundCallCard::hangupButtonClick', $handler, $frame, $c));
echo implode(', ', pl_methods_since($mark)), "\n";
echo count(pl_emu_bindings()['placements']), " placement on the portal, ",
    count(B24Placement::bindings($c, ['bindings_file' => $file])), " records\n";

echo "-- recheck asks the portal again\n";
$mark = b24_emu_log_mark();
var_dump(b24_bind_event('BackgroundCallCard::answerButtonClick', $handler, $frame + ['recheck' => true], $c));
echo implode(', ', pl_methods_since($mark)), "\n";

echo "-- other placements\n";
$mark = b24_emu_log_mark();
var_dump(b24_bind_event('CallCard::BeforeClose', $handler, ['frame_url' => $frame['frame_url'], 'bindings_file' => $file], $c));
var_dump(b24_bind_event('onCrmEntityIsNeedToCreate', $handler, ['frame_url' => $frame['frame_url'], 'bindings_file' => $file], $c));
echo implode(', ', pl_methods_since($mark)), "\n";
foreach (pl_emu_bindings()['placements'] as $p) {
    echo "portal: {$p['placement']} -> {$p['handler']}\n";
}
foreach (B24Placement::bindings($c, ['bindings_file' => $file]) as $b) {
    echo "recorded: {$b['event']} via {$b['via']} ({$b['placement']})\n";
}

echo "-- the background worker is the app's other page\n";
pl_try(fn () => b24_bind_event('BackgroundCallCard::skipButtonClick', $handler,
    ['frame_url' => 'https://app.example.com/other-frame.php'] + $frame, $c));

echo "-- INI settings\n";
b24_emu_settings(['handler_allow_local' => true]);
ini_set('b24.frame_url', 'https://127.0.0.1:8443/frame.php');
ini_set('b24.error_handler_url', 'http://127.0.0.1:8080/error.php');
ini_set('b24.bindings_file', pl_file());
ini_set('b24.allow_local', '1');
(new B24Placement('PAGE_BACKGROUND_WORKER', $c))->unbind();
var_dump(b24_bind_event('BackgroundCallCard::dialpadButtonClick', 'http://127.0.0.1:8080/h.php', [], $c));
foreach (pl_emu_bindings()['placements'] as $p) {
    if ($p['placement'] === 'PAGE_BACKGROUND_WORKER') {
        echo "portal: {$p['placement']} -> {$p['handler']} " . json_encode($p['options'], JSON_UNESCAPED_SLASHES) . "\n";
    }
}
?>
--EXPECT--
-- no frame page configured
ERROR_METHOD_NOT_FOUND
this portal has no REST placement.bindEvent: interface events such as
BackgroundCallCard::answerButtonClick are raised only in the browser, inside the
PAGE_BACKGROUND_WORKER frame. Configure the app's frame page (option "frame_url" or b24.frame_url: a
URL of the app that answers with B24Placement::renderFrame()); b24 then binds it to
PAGE_BACKGROUND_WORKER and the page forwards the event to the handler
array(1) {
  [0]=>
  string(19) "placement.bindevent"
}
B24MethodNotFoundException: ERROR_METHOD_NOT_FOUND: this portal has no REST placement.bindEvent, and binding the frame page to PAGE_BACKGROUND_WORKER needs an error handler URL (option "error_handler_url" or b24.error_handler_url): the portal reports there when it drops a slow background worker
ValueError: b24_bind_event(): the frame page URL (frame_url) is refused: handler URL points to a local or private address the portal cannot reach (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
Error: b24_bind_event(): no bindings file: set the option "bindings_file" or b24.bindings_file, or give the client a token store (the file is kept next to it)
-- bound through the frame page (the portal is not asked again)
bool(true)
placement.get, placement.bind
portal: PAGE_BACKGROUND_WORKER -> https://app.example.com/frame.php {"errorHandlerUrl":"https://app.example.com/error.php"}
recorded: BackgroundCallCard::answerButtonClick -> https://app.example.com/answered.php via frame (PAGE_BACKGROUND_WORKER)
-- idempotent
bool(true)
bool(true)
placement.get, placement.get
1 placement on the portal, 2 records
-- recheck asks the portal again
bool(true)
placement.bindevent, placement.get
-- other placements
bool(true)
bool(true)
placement.get, placement.bind, placement.get, placement.bind, placement.bind, placement.bind
portal: PAGE_BACKGROUND_WORKER -> https://app.example.com/frame.php
portal: CALL_CARD -> https://app.example.com/frame.php
portal: CRM_DETAIL_SEARCH -> https://app.example.com/frame.php
portal: CRM_REQUISITE_AUTOCOMPLETE -> https://app.example.com/frame.php
portal: CRM_BANK_DETAIL_AUTOCOMPLETE -> https://app.example.com/frame.php
recorded: BackgroundCallCard::answerButtonClick via frame (PAGE_BACKGROUND_WORKER)
recorded: BackgroundCallCard::hangupButtonClick via frame (PAGE_BACKGROUND_WORKER)
recorded: CallCard::BeforeClose via frame (CALL_CARD)
recorded: onCrmEntityIsNeedToCreate via frame (CRM_DETAIL_SEARCH,CRM_REQUISITE_AUTOCOMPLETE,CRM_BANK_DETAIL_AUTOCOMPLETE)
-- the background worker is the app's other page
B24ApiException: ERROR_PLACEMENT_MAX_COUNT: PAGE_BACKGROUND_WORKER is single-instance and already bound to another handler of this app: bind the frame page there instead (frame_url) or unbind it first (portal: Placement max count: 1)
-- INI settings
bool(true)
portal: PAGE_BACKGROUND_WORKER -> https://127.0.0.1:8443/frame.php {"errorHandlerUrl":"http://127.0.0.1:8080/error.php"}