--TEST--
b24: requests carry Accept: application/json and the configured User-Agent; lastTotal/lastNext/lastTime follow the last call
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$mark = b24_emu_log_mark();
b24_emu_webhook_client(['user_agent' => 'my-app/1.2'])->call('profile');
/* one attempt: the failed call below is a read, which would be repeated */
$c = b24_emu_webhook_client(['retries' => 0]);
$c->call('profile');
foreach (b24_emu_log_since($mark) as $e) {
    echo $e['headers']['accept'], ' | ', str_replace(phpversion('b24'), '<version>', $e['headers']['user-agent']), "\n";
}
var_dump($c->lastTotal(), $c->lastNext(), array_keys($c->lastTime()));
$c->call('crm.deal.list', ['select' => ['ID']]);
var_dump(is_int($c->lastTotal()), $c->lastNext());
$c->call('crm.deal.list', ['select' => ['ID'], 'start' => -1]);
var_dump($c->lastTotal(), $c->lastNext());
b24_emu_fault('internal_error');
try {
    $c->call('crm.deal.list');
} catch (B24ServerException $e) {
    var_dump($c->lastTotal(), $c->lastNext(), $c->lastTime());
}
?>
--EXPECT--
application/json | my-app/1.2
application/json | b24-php/<version>
NULL
NULL
array(8) {
  [0]=>
  string(5) "start"
  [1]=>
  string(6) "finish"
  [2]=>
  string(8) "duration"
  [3]=>
  string(10) "processing"
  [4]=>
  string(10) "date_start"
  [5]=>
  string(11) "date_finish"
  [6]=>
  string(9) "operating"
  [7]=>
  string(18) "operating_reset_at"
}
bool(true)
int(50)
int(0)
NULL
NULL
NULL
NULL
