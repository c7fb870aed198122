--TEST--
b24_bind_event(): REST events go to event.bind with auth_type and event_type; a webhook gets the portal's WRONG_AUTH_TYPE
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

$mark = b24_emu_log_mark();
var_dump(b24_bind_event('OnCrmDealAdd', 'https://app.example.com/deal.php', ['bindings_file' => $file], $c));
var_dump(b24_bind_event('ONCRMDEALUPDATE', 'https://app.example.com/deal.php',
    ['bindings_file' => $file, 'auth_type' => 1, 'event_type' => 'offline'], $c));
var_dump(b24_bind_event('OnExternalCallStart', 'https://app.example.com/call.php', ['bindings_file' => $file], $c));
foreach (b24_emu_log_since($mark) as $e) {
    if ($e['rest_method'] === 'event.bind') {
        $p = $e['params'];
        unset($p['auth']);
        echo 'event.bind ', json_encode($p, JSON_UNESCAPED_SLASHES), "\n";
    }
}
foreach (pl_emu_bindings()['events'] as $e) {
    echo "portal: {$e['event']} -> {$e['handler']} auth_type={$e['auth_type']} offline={$e['offline']}\n";
}
foreach (B24Placement::bindings($c, ['bindings_file' => $file]) as $b) {
    echo "recorded: {$b['event']} via {$b['via']} placement='{$b['placement']}'\n";
}

echo "-- binding again is done; the portal's own refusals come through\n";
pl_try(fn () => b24_bind_event('OnCrmDealAdd', 'https://app.example.com/deal.php', ['bindings_file' => $file], $c));
pl_try(fn () => b24_bind_event('OnNoSuchEvent', 'https://app.example.com/x.php', ['bindings_file' => $file], $c));
$user = pl_client(false);
pl_try(fn () => b24_bind_event('OnCrmDealDelete', 'https://app.example.com/x.php',
    ['bindings_file' => $file, 'event_type' => 'offline'], $user));

echo "-- a webhook: placements and events need the app's context\n";
$hook = b24_emu_webhook_client();
foreach (['current', 'documented'] as $mode) {
    b24_emu_settings(['bindevent_mode' => $mode]);
    try {
        b24_bind_event('BackgroundCallCard::answerButtonClick', 'https://app.example.com/a.php',
            ['bindings_file' => pl_file(), 'frame_url' => 'https://app.example.com/f.php',
             'error_handler_url' => 'https://app.example.com/e.php', 'recheck' => true], $hook);
    } catch (B24AuthException $e) {
        echo "$mode: ", get_class($e), ' ', $e->getErrorCode(), ' ', $e->getHttpStatus(), "\n";
    }
}
pl_try(fn () => b24_bind_event('OnCrmDealAdd', 'https://app.example.com/deal.php', [], $hook));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
event.bind {"event":"OnCrmDealAdd","handler":"https://app.example.com/deal.php"}
event.bind {"event":"ONCRMDEALUPDATE","handler":"https://app.example.com/deal.php","auth_type":"1","event_type":"offline"}
event.bind {"event":"OnExternalCallStart","handler":"https://app.example.com/call.php"}
portal: ONCRMDEALADD -> https://app.example.com/deal.php auth_type=0 offline=0
portal: ONCRMDEALUPDATE -> https://app.example.com/deal.php auth_type=1 offline=1
portal: ONEXTERNALCALLSTART -> https://app.example.com/call.php auth_type=0 offline=0
recorded: OnCrmDealAdd via rest placement=''
recorded: ONCRMDEALUPDATE via rest placement=''
recorded: OnExternalCallStart via rest placement=''
-- binding again is done; the portal's own refusals come through
returned true
B24ApiException: ERROR_EVENT_NOT_FOUND: Event not found
B24AccessException: ACCESS_DENIED: Access denied! Offline events binding requires administrator access rights
-- a webhook: placements and events need the app's context
current: B24AuthException WRONG_AUTH_TYPE 403
documented: B24AuthException WRONG_AUTH_TYPE 403
B24AuthException: WRONG_AUTH_TYPE: Current authorization type is denied for this method Application context required