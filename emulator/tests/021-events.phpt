--TEST--
event.bind / event.unbind / event.get / events: app context, REST events only, scope, offline and auth_type need an administrator, own handlers for regular users
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$admin = emu_install(true)['access_token'];
$user = emu_install(false)['access_token'];
$h = 'https://app.example.com/events';
$bind = function (string $token, array $p): string {
    $r = emu_app($token, 'event.bind', $p);
    return emu_brief($r) . (isset($r['json']['error']) ? ' ' . $r['json']['error_description'] : ' ' . json_encode($r['json']['result']));
};
echo 'webhook: ', emu_brief(emu_hook('event.bind', ['event' => 'OnCrmDealAdd', 'handler' => $h])), "\n";
echo 'webhook event.get: ', emu_brief(emu_hook('event.get')), "\n";
echo 'bind: ', $bind($admin, ['event' => 'OnCrmDealAdd', 'handler' => $h]), "\n";
echo 'duplicate: ', $bind($admin, ['event' => 'ONCRMDEALADD', 'handler' => $h]), "\n";
echo 'interface event: ', $bind($admin, ['event' => 'BackgroundCallCard::answerButtonClick', 'handler' => $h]), "\n";
echo 'interface event, other case: ', $bind($admin, ['event' => 'onCrmEntityIsNeedToCreate', 'handler' => $h]), "\n";
echo 'unknown event: ', $bind($admin, ['event' => 'OnNothing', 'handler' => $h]), "\n";
echo 'no handler: ', $bind($admin, ['event' => 'OnCrmDealUpdate']), "\n";
echo 'local handler: ', $bind($admin, ['event' => 'OnCrmDealUpdate', 'handler' => 'http://127.0.0.1/x']), "\n";
echo 'regular user, own online handler: ', $bind($user, ['event' => 'OnCrmDealUpdate', 'handler' => $h]), "\n";
echo 'regular user, offline: ', $bind($user, ['event' => 'OnCrmDealDelete', 'handler' => $h, 'event_type' => 'offline']), "\n";
echo 'regular user, auth_type of another user: ', $bind($user, ['event' => 'OnCrmDealDelete', 'handler' => $h, 'auth_type' => 1]), "\n";
echo 'regular user, auth_type self: ', $bind($user, ['event' => 'OnCrmDealDelete', 'handler' => $h, 'auth_type' => 2]), "\n";
echo 'admin, offline + auth_type: ', $bind($admin, ['event' => 'OnCrmContactAdd', 'handler' => $h, 'event_type' => 'offline', 'auth_type' => 3]), "\n";
$noCrm = emu_install(true, ['scope' => 'user'])['access_token'];
echo 'event outside the scope: ', $bind($noCrm, ['event' => 'OnCrmDealAdd', 'handler' => $h]), ' / ', $bind($noCrm, ['event' => 'OnUserAdd', 'handler' => $h]), "\n";
echo 'admin sees: ', json_encode(emu_app($admin, 'event.get')['json']['result'], JSON_UNESCAPED_SLASHES), "\n";
echo 'user sees: ', json_encode(array_column(emu_app($user, 'event.get')['json']['result'], 'event')), "\n";
echo 'user cannot unbind others: ', json_encode(emu_app($user, 'event.unbind', ['event' => 'OnCrmDealAdd', 'handler' => $h])['json']['result']), "\n";
echo 'unbind: ', json_encode(emu_app($admin, 'event.unbind', ['event' => 'OnCrmDealAdd', 'handler' => $h])['json']['result']), "\n";
echo 'unbind with event_type: ', json_encode(emu_app($admin, 'event.unbind', ['event' => 'OnCrmContactAdd', 'handler' => $h, 'event_type' => 'online'])['json']['result']), json_encode(emu_app($admin, 'event.unbind', ['event' => 'OnCrmContactAdd', 'handler' => $h, 'event_type' => 'offline'])['json']['result']), "\n";
echo 'bindings read-back: ', count(emu_control('GET', 'bindings')['events']), "\n";
$events = emu_app($admin, 'events')['json']['result'];
echo 'events: ', json_encode(in_array('ONCRMDEALADD', $events, true)), json_encode(in_array('ONAPPINSTALL', $events, true)), ' scope=telephony: ', implode(',', emu_app($admin, 'events', ['SCOPE' => 'telephony'])['json']['result']), "\n";
?>
--EXPECT--
webhook: 403 WRONG_AUTH_TYPE
webhook event.get: 403 WRONG_AUTH_TYPE
bind: 200 ok true
duplicate: 400 ERROR_CORE Unable to set event handler: Handler already binded
interface event: 400 ERROR_EVENT_NOT_FOUND Event not found
interface event, other case: 400 ERROR_EVENT_NOT_FOUND Event not found
unknown event: 400 ERROR_EVENT_NOT_FOUND Event not found
no handler: 400 ERROR_ARGUMENT Argument 'handler' is null or empty
local handler: 400 ERROR_WRONG_HANDLER_URL Wrong handler URL
regular user, own online handler: 200 ok true
regular user, offline: 403 ACCESS_DENIED Access denied! Offline events binding requires administrator access rights
regular user, auth_type of another user: 403 ACCESS_DENIED Access denied! Event binding with AUTH_TYPE requires administrator access rights
regular user, auth_type self: 200 ok true
admin, offline + auth_type: 200 ok true
event outside the scope: 400 ERROR_EVENT_NOT_FOUND Event not found / 200 ok true
admin sees: [{"event":"ONCRMDEALADD","handler":"https://app.example.com/events","auth_type":"0","offline":0},{"event":"ONCRMDEALUPDATE","handler":"https://app.example.com/events","auth_type":"0","offline":0},{"event":"ONCRMDEALDELETE","handler":"https://app.example.com/events","auth_type":"2","offline":0},{"event":"ONCRMCONTACTADD","handler":"https://app.example.com/events","auth_type":"3","offline":1},{"event":"ONUSERADD","handler":"https://app.example.com/events","auth_type":"0","offline":0}]
user sees: ["ONCRMDEALUPDATE","ONCRMDEALDELETE"]
user cannot unbind others: {"count":0}
unbind: {"count":1}
unbind with event_type: {"count":0}{"count":1}
bindings read-back: 3
events: truetrue scope=telephony: ONEXTERNALCALLSTART,ONEXTERNALCALLBACKSTART,ONVOXIMPLANTCALLINIT,ONVOXIMPLANTCALLSTART,ONVOXIMPLANTCALLEND
