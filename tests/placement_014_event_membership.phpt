--TEST--
B24Placement::bindEvent(): an event belongs to a placement only when the catalog lists that exact code (CARD is not CALL_CARD)
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
pl_emu('current');
$c = pl_client();

foreach (['CARD', 'CALL', 'CALL_CARD_X', 'WORKER'] as $code) {
    $p = new B24Placement($code, $c);
    echo $code, ' events: ', json_encode($p->events()), "\n";
    $mark = b24_emu_log_mark();
    pl_try(fn () => $p->bindEvent('CallCard::BeforeClose', 'https://app.example.com/h.php',
        ['bindings_file' => pl_file()]));
    pl_try(fn () => $p->bindEvent('BackgroundCallCard::answerButtonClick', 'https://app.example.com/h.php',
        ['bindings_file' => pl_file()]));
    echo 'calls: ', count(pl_methods_since($mark)), "\n";
}
echo "CALL_CARD events: ", json_encode((new B24Placement('CALL_CARD', $c))->events()), "\n";
?>
--EXPECT--
CARD events: []
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of CARD (see B24Placement::events())
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of CARD (see B24Placement::events())
calls: 0
CALL events: []
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of CALL (see B24Placement::events())
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of CALL (see B24Placement::events())
calls: 0
CALL_CARD_X events: []
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of CALL_CARD_X (see B24Placement::events())
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of CALL_CARD_X (see B24Placement::events())
calls: 0
WORKER events: []
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of WORKER (see B24Placement::events())
ValueError: B24Placement::bindEvent(): Argument #1 ($event) is not an interface event of WORKER (see B24Placement::events())
calls: 0
CALL_CARD events: ["CallCard::EntityChanged","CallCard::BeforeClose","CallCard::CallStateChanged"]
