--TEST--
b24: an answer of more values or arrays than the documented budget (a 60 MB {"result":[[],[],...]}) is a B24ResponseException on every path, not a death at memory_limit
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--INI--
memory_limit=128M
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$c = b24_emu_webhook_client(['retries' => 0]);
$paths = [
    'call' => fn () => $c->call('profile'),
    'b24_call' => fn () => b24_call('profile', [], $c),
    'batch' => fn () => $c->batch(['a' => ['method' => 'profile']]),
    'fetchAll' => fn () => $c->fetchAll('crm.deal.list'),
];
foreach ([['[]', 60000000], ['1', 60000000], ['[]', 1000000], ['[1]', 2000000]] as [$value, $size]) {
    foreach ($paths as $name => $fn) {
        b24_emu_fault('many_values', ['size' => $size, 'value' => $value]);
        try {
            $r = $fn();
            /* b24_call() answers as CRest does: the error in the array */
            echo "$name $value x $size: ", is_array($r) && isset($r['error']) ? "{$r['error']}: {$r['error_description']}" : 'decoded', "\n";
        } catch (B24ResponseException $e) {
            echo "$name $value x $size: ", $e->getErrorCode(), ': ', $e->getMessage(), "\n";
        }
    }
}
/* under the budget: 100,000 arrays and 1,000,000 values decode as json_decode() does them */
b24_emu_fault('many_values', ['size' => 300000, 'value' => '[]']);
echo count($c->call('profile')), " empty arrays\n";
b24_emu_fault('many_values', ['size' => 2000000, 'value' => '1']);
echo count($c->call('profile')), " ones\n";
echo memory_get_peak_usage() < 100 << 20 ? "peak under 100 MB\n" : 'peak ' . memory_get_peak_usage() . "\n";
?>
--EXPECT--
call [] x 60000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (60000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
b24_call [] x 60000000: B24_TOO_MANY_VALUES: the answer (60000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
batch [] x 60000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (60000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
fetchAll [] x 60000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (60000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
call 1 x 60000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (60000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
b24_call 1 x 60000000: B24_TOO_MANY_VALUES: the answer (60000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
batch 1 x 60000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (60000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
fetchAll 1 x 60000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (60000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
call [] x 1000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (999999 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
b24_call [] x 1000000: B24_TOO_MANY_VALUES: the answer (999999 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
batch [] x 1000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (999999 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
fetchAll [] x 1000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (999999 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
call [1] x 2000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (2000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
b24_call [1] x 2000000: B24_TOO_MANY_VALUES: the answer (2000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
batch [1] x 2000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (2000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
fetchAll [1] x 2000000: B24_TOO_MANY_VALUES: B24_TOO_MANY_VALUES: the answer (2000000 bytes) holds more than 1048576 values or 131072 arrays and objects: refused before decoding
99996 empty arrays
999994 ones
peak under 100 MB