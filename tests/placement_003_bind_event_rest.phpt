--TEST--
b24_bind_event(): on a portal with REST placement.bindEvent, one call with PLACEMENT and HANDLER in the app's context, recorded as "rest"
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
pl_emu('documented');
$c = pl_client();
$file = pl_file();
$event = B24Placement::EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK;
$handler = 'https://app.example.com/answered.php';

$mark = b24_emu_log_mark();
var_dump(b24_bind_event($event, $handler, ['bindings_file' => $file], $c));
$sent = array_values(array_filter(b24_emu_log_since($mark), fn ($e) => $e['rest_method'] === 'placement.bindevent'));
echo count($sent), ' call: ', $sent[0]['path'], ' ', $sent[0]['status'], "\n";
echo 'PLACEMENT=', $sent[0]['params']['PLACEMENT'], ' HANDLER=', $sent[0]['params']['HANDLER'], "\n";
echo 'auth given: ', isset($sent[0]['params']['auth']) ? 'yes' : 'no', "\n";
var_dump(pl_methods_since($mark));

foreach (pl_emu_bindings()['interface_events'] as $b) {
    echo 'portal holds: ', $b['event'], ' -> ', $b['handler'], "\n";
}
foreach (B24Placement::bindings($c, ['bindings_file' => $file]) as $b) {
    echo "recorded: {$b['event']} -> {$b['handler']} via {$b['via']} ({$b['placement']})\n";
}
$json = json_decode(file_get_contents($file), true);
echo 'portal state: ', $json['portals'][b24_emu()['B24_EMU_MEMBER_ID']]['rest_bind_event'], "\n";
printf("file mode %o\n", fileperms($file) & 0777);

/* The same again: asked again (REST is there), still one record. */
$mark = b24_emu_log_mark();
var_dump(b24_bind_event($event, $handler, ['bindings_file' => $file], $c));
var_dump(pl_methods_since($mark));
echo count(B24Placement::bindings($c, ['bindings_file' => $file])), " record\n";

/* Through the placement object: the same call. */
$p = new B24Placement(B24Placement::PAGE_BACKGROUND_WORKER, $c);
var_dump($p->bindEvent('BackgroundCallCard::hangupButtonClick', $handler, ['bindings_file' => $file]));
echo count(pl_emu_bindings()['interface_events']), " interface bindings on the portal\n";
?>
--EXPECT--
bool(true)
1 call: /rest/placement.bindEvent.json 200
PLACEMENT=BackgroundCallCard::answerButtonClick HANDLER=https://app.example.com/answered.php
auth given: yes
array(1) {
  [0]=>
  string(19) "placement.bindevent"
}
portal holds: BackgroundCallCard::answerButtonClick -> https://app.example.com/answered.php
recorded: BackgroundCallCard::answerButtonClick -> https://app.example.com/answered.php via rest (PAGE_BACKGROUND_WORKER)
portal state: present
file mode 600
bool(true)
array(1) {
  [0]=>
  string(19) "placement.bindevent"
}
1 record
bool(true)
2 interface bindings on the portal
