--TEST--
b24_bind_event(): every bad event name, handler URL and option is a ValueError that says what is wrong, and nothing is sent
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
pl_emu('documented');
$c = pl_client();
$ok = 'https://app.example.com/h';
$file = ['bindings_file' => pl_file()];
$mark = b24_emu_log_mark();

echo "-- event names\n";
foreach (['', 'BackgroundCallCard::AnswerButtonClick', 'BackgroundCallCard::answerButonClick',
        'Calendar.customView:refreshEntry', 'OnCrmEntityIsNeedToCreate', 'CallCard::entityChanged',
        'Foo::bar', 'CrmDealAdd', 'On', 'OnCrm DealAdd', "OnCrmDealAdd\n"] as $event) {
    pl_try(fn () => b24_bind_event($event, $ok, $file, $c));
}

echo "-- handler URLs\n";
foreach (['http://app.example.com/h', 'https://127.0.0.1/h', 'https://localhost/h', 'https://10.1.2.3/h',
        'https://192.168.0.1/h', 'https://169.254.1.1/h', 'https://[::1]/h', 'https://user:pw@app.example.com/h',
        'https://app.example.com/h#frag', 'https://app.example.com/' . str_repeat('a', 2030), 'https:///h',
        '/relative/h', 'ftp://app.example.com/h', 'https://app.example.com/a b'] as $handler) {
    pl_try(fn () => b24_bind_event('OnCrmDealAdd', $handler, $file, $c));
}

echo "-- options\n";
pl_try(fn () => b24_bind_event('OnCrmDealAdd', $ok, ['frame' => 'x'], $c));
pl_try(fn () => b24_bind_event('OnCrmDealAdd', $ok, ['auth_type' => '1'], $c));
pl_try(fn () => b24_bind_event('OnCrmDealAdd', $ok, ['event_type' => 'sometimes'], $c));
pl_try(fn () => b24_bind_event('OnCrmDealAdd', $ok, [0 => 'x'], $c));
pl_try(fn () => b24_bind_event('BackgroundCallCard::answerButtonClick', $ok, ['auth_type' => 1], $c));
pl_try(fn () => b24_bind_event('BackgroundCallCard::answerButtonClick', $ok, ['allow_local' => 'yes'], $c));

pl_try(fn () => b24_bind_event('BackgroundCallCard::answerButtonClick', $ok, ['frame_url' => 'http://app.example.com/f'] + $file, $c));
pl_try(fn () => b24_bind_event('BackgroundCallCard::answerButtonClick', $ok, ['error_handler_url' => 'https://10.0.0.1/e'] + $file, $c));
/* refused when set; what depends on allow_local is refused when used */
var_dump(ini_set('b24.frame_url', 'https://app.example.com/f#x'), ini_get('b24.frame_url'));
ini_set('b24.frame_url', 'https://10.0.0.1/f');
pl_try(fn () => b24_bind_event('CallCard::BeforeClose', $ok, $file, $c));
ini_set('b24.frame_url', '');

echo "-- placements\n";
pl_try(fn () => new B24Placement(''));
pl_try(fn () => new B24Placement('CRM DEAL'));
pl_try(fn () => new B24Placement('CRM_DYNAMIC_<id>_DETAIL_TAB'));
pl_try(fn () => B24Placement::dynamic(0, 'DETAIL_TAB'));
pl_try(fn () => B24Placement::dynamic(5, 'DETAIL TAB'));
pl_try(fn () => (new B24Placement('CALL_CARD', $c))->bindEvent('BackgroundCallCard::answerButtonClick', $ok));
pl_try(fn () => (new B24Placement('CALL_CARD', $c))->bindEvent('OnCrmDealAdd', $ok));
pl_try(fn () => (new B24Placement('LEFT_MENU', $c))->bind('http://app.example.com/menu'));
pl_try(fn () => (new B24Placement('LEFT_MENU', $c))->bind($ok, ['TITLE' => 5]));
pl_try(fn () => (new B24Placement('LEFT_MENU', $c))->bind($ok, ['icon' => 'x']));
pl_try(fn () => (new B24Placement('LEFT_MENU', $c))->list(['scope' => 1]));

echo "-- nothing was sent\n";
var_dump(pl_methods_since($mark));
?>
--EXPECT--
-- event names
ValueError: b24_bind_event(): Argument #1 ($event) must not be empty
ValueError: b24_bind_event(): Argument #1 ($event) is not an interface event: "BackgroundCallCard::AnswerButtonClick"; did you mean "BackgroundCallCard::answerButtonClick"? (a portal ignores unknown interface events silently)
ValueError: b24_bind_event(): Argument #1 ($event) is not an interface event: "BackgroundCallCard::answerButonClick"; did you mean "BackgroundCallCard::answerButtonClick"? (a portal ignores unknown interface events silently)
ValueError: b24_bind_event(): Argument #1 ($event) is not an interface event: "Calendar.customView:refreshEntry"; did you mean "Calendar.customView:refreshEntries"? (a portal ignores unknown interface events silently)
ValueError: b24_bind_event(): Argument #1 ($event) is not an interface event: "OnCrmEntityIsNeedToCreate"; did you mean "onCrmEntityIsNeedToCreate"? (a portal ignores unknown interface events silently)
ValueError: b24_bind_event(): Argument #1 ($event) is not an interface event: "CallCard::entityChanged"; did you mean "CallCard::EntityChanged"? (a portal ignores unknown interface events silently)
ValueError: b24_bind_event(): Argument #1 ($event) is not an interface event: "Foo::bar" is none of the 25 of the catalog (a portal ignores unknown interface events silently)
ValueError: b24_bind_event(): Argument #1 ($event) must be an interface event such as "BackgroundCallCard::answerButtonClick" or a REST event name (letters, digits and "_", starting with "On"), "CrmDealAdd" given
ValueError: b24_bind_event(): Argument #1 ($event) must be an interface event such as "BackgroundCallCard::answerButtonClick" or a REST event name (letters, digits and "_", starting with "On"), "On" given
ValueError: b24_bind_event(): Argument #1 ($event) must be an interface event such as "BackgroundCallCard::answerButtonClick" or a REST event name (letters, digits and "_", starting with "On"), "OnCrm DealAdd" given
ValueError: b24_bind_event(): Argument #1 ($event) must be an interface event such as "BackgroundCallCard::answerButtonClick" or a REST event name (letters, digits and "_", starting with "On"), "OnCrmDealAdd\x0a" given
-- handler URLs
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL must use https (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL points to a local or private address the portal cannot reach (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL points to a local or private address the portal cannot reach (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL points to a local or private address the portal cannot reach (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL points to a local or private address the portal cannot reach (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL points to a local or private address the portal cannot reach (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL points to a local or private address the portal cannot reach (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL must not contain a user name or password
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL must not contain a #fragment
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL is longer than 2048 bytes
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL has no host
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL is not an absolute URL
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL must use https (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
ValueError: b24_bind_event(): Argument #2 ($handler) is refused: handler URL contains whitespace or control characters
-- options
ValueError: b24_bind_event(): Argument #3 ($options) contains the unknown option "frame"
TypeError: b24_bind_event(): Argument #3 ($options) option "auth_type" must be of type int, string given
ValueError: b24_bind_event(): Argument #3 ($options) option "event_type" must be "online" or "offline"
ValueError: b24_bind_event(): Argument #3 ($options) must have string keys
ValueError: b24_bind_event(): Argument #3 ($options) options "auth_type" and "event_type" are for REST events, "BackgroundCallCard::answerButtonClick" is an interface event
TypeError: b24_bind_event(): Argument #3 ($options) option "allow_local" must be of type bool, string given
ValueError: b24_bind_event(): the frame page URL (frame_url) is refused: handler URL must use https (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
ValueError: b24_bind_event(): the error handler URL (error_handler_url) is refused: handler URL points to a local or private address the portal cannot reach (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
bool(false)
string(0) ""
ValueError: b24_bind_event(): the frame page URL (frame_url) is refused: handler URL points to a local or private address the portal cannot reach (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
-- placements
ValueError: B24Placement::__construct(): Argument #1 ($code) must be a placement code (1 to 128 of A-Z, 0-9 and "_")
ValueError: B24Placement::__construct(): Argument #1 ($code) must be a placement code (1 to 128 of A-Z, 0-9 and "_")
ValueError: B24Placement::__construct(): Argument #1 ($code) is a template: build the code with B24Placement::dynamic()
ValueError: B24Placement::dynamic(): Argument #1 ($entityTypeId) must be a smart-process type id (1 or more)
ValueError: B24Placement::dynamic(): Argument #2 ($suffix) must be a placement suffix such as "DETAIL_TAB" (A-Z, 0-9 and "_") or a CRM_DYNAMIC_ID_* constant
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of CALL_CARD (see B24Placement::events())
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of CALL_CARD (see B24Placement::events())
ValueError: B24Placement::bind(): Argument #1 ($handler) is refused: handler URL must use https (portals refuse it; for local development set the option "allow_local" or b24.allow_local=1)
TypeError: B24Placement::bind(): Argument #2 ($options) option "TITLE" must be of type string, int given
ValueError: B24Placement::bind(): Argument #2 ($options) contains the unknown option "icon"
TypeError: B24Placement::list(): Argument #1 ($options) option "scope" must be of type string, int given
-- nothing was sent
array(0) {
}
