--TEST--
examples/bind_event.php (the quick start) in both placement.bindEvent modes of the emulator
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
foreach (['documented', 'current'] as $mode) {
    pl_emu($mode);
    echo "== $mode\n";
    passthru(b24_test_php() . ' ' . escapeshellarg(__DIR__ . '/../examples/bind_event.php') . ' 2>&1', $rc);
    echo "exit $rc\n";
}
?>
--EXPECTF--
== documented
Portal %s (member_id %s)
b24_bind_event('BackgroundCallCard::answerButtonClick', 'https://app.example.com/b24/answered.php') returned true
  via rest: the portal accepted placement.bindEvent with PLACEMENT=BackgroundCallCard::answerButtonClick
    and HANDLER=https://app.example.com/b24/answered.php; it calls the handler itself
exit 0
== current
Portal %s (member_id %s)
b24_bind_event('BackgroundCallCard::answerButtonClick', 'https://app.example.com/b24/answered.php') returned true
  via frame: the portal has no REST placement.bindEvent (it answered ERROR_METHOD_NOT_FOUND)
  PAGE_BACKGROUND_WORKER is bound to the app's frame page https://app.example.com/b24/frame.php
    (errorHandlerUrl https://app.example.com/b24/worker-error.php)
  the binding is recorded in b24_bindings.json, next to the token store
  binding again asks nothing new of the portal and changes nothing
  frame.php answers with B24Placement::fromRequest()->frame(): %d bytes that subscribe
    BackgroundCallCard::answerButtonClick, signed until %s UTC
  answered.php checks each click with B24Placement::verifyEvent(): a click from this
    portal is accepted (BackgroundCallCard::answerButtonClick), a forged one refused (B24_SIGNATURE_INVALID)
exit 0
