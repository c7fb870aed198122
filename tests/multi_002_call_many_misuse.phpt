--TEST--
b24_call_many(): misuse throws before anything is sent, a TypeError or ValueError naming the entry or the option; no calls, no request
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$c = b24_emu_webhook_client();
$good = [$c, 'profile'];
$cases = [
    'not an array' => [['a' => $good, 'b' => 'profile'], []],
    'no client' => [[$good, ['profile']], []],
    'not a client' => [['x' => [new stdClass, 'profile']], []],
    'method not a string' => [['m' => [$c, 42]], []],
    'bad method name' => [['m' => [$c, 'crm deal get']], []],
    'params not an array' => [['p' => [$c, 'profile', 'id=1']], []],
    'params not encodable' => [['j' => [new B24Client(['webhook' => b24_emu()['B24_EMU_WEBHOOK'], 'json' => true,
        'ca_file' => b24_emu()['B24_EMU_CA']]), 'profile', ['x' => "\xff"]]], []],
    'concurrency 0' => [[$good], ['concurrency' => 0]],
    'concurrency 65' => [[$good], ['concurrency' => 65]],
    'concurrency a string' => [[$good], ['concurrency' => '4']],
    'unknown option' => [[$good], ['paralel' => 4]],
];
$mark = b24_emu_log_mark();
foreach ($cases as $name => [$calls, $options]) {
    try {
        b24_call_many($calls, $options);
        echo "$name: no exception\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo "requests sent: ", count(b24_emu_log_since($mark)), "\n";
var_dump(b24_call_many([]));
var_dump(b24_call_many([7 => [$c, 'profile', null]])[7]['ID']);
?>
--EXPECT--
not an array: TypeError: b24_call_many(): Argument #1 ($calls) entry "b" must be of type array, string given
no client: TypeError: b24_call_many(): Argument #1 ($calls) entry 1 element 0 must be of type B24Client, string given
not a client: TypeError: b24_call_many(): Argument #1 ($calls) entry "x" element 0 must be of type B24Client, stdClass given
method not a string: TypeError: b24_call_many(): Argument #1 ($calls) entry "m" element 1 must be of type string, int given
bad method name: ValueError: b24_call_many(): Argument #1 ($calls) entry "m" element 1 must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)
params not an array: TypeError: b24_call_many(): Argument #1 ($calls) entry "p" element 2 must be of type array, string given
params not encodable: ValueError: b24_call_many(): Argument #1 ($calls) cannot be encoded as JSON (key "x")
concurrency 0: ValueError: b24_call_many(): Argument #2 ($options) option "concurrency" must be between 1 and 64
concurrency 65: ValueError: b24_call_many(): Argument #2 ($options) option "concurrency" must be between 1 and 64
concurrency a string: TypeError: b24_call_many(): Argument #2 ($options) option "concurrency" must be of type int, string given
unknown option: ValueError: b24_call_many(): Argument #2 ($options) contains the unknown option "paralel"
requests sent: 0
array(0) {
}
string(1) "1"
