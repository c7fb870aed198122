--TEST--
b24: answers decode exactly as json_decode($body, true), and json_last_error() is left alone
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$hook = b24_emu_webhook_client();
$deep = str_repeat('[', 509) . '1' . str_repeat(']', 509);
$tooDeep = str_repeat('[', 512) . '1' . str_repeat(']', 512);
$bodies = [
    'big ints' => '{"result":{"big":12345678901234567890,"neg":-9223372036854775809,"max":9223372036854775807,"min":-9223372036854775808}}',
    'floats' => '{"result":[1.0,0.1,-0.0,1E-7,1e400,-1e400,123456789012345678.5,3.141592653589793238462643383279,2.5e+3,0]}',
    'unicode' => '{"result":{"esc":"\u00e9\ud83d\ude00\u2028","raw":"Привет 🌍","nul":"a\u0000b","slash":"a\/b","ctl":"\t\n\r\b\f\\\\\""}}',
    'empty' => '{"result":{"o":{},"a":[],"s":"","n":null,"oo":{"x":{}},"list":[{}, []]}}',
    'keys' => '{"result":{"123":"int key","-5":"neg","0123":"not int","":"empty","1.5":"float-like","a":1,"a":2,"9223372036854775808":"too big"}}',
    'deep' => '{"result":' . $deep . '}',
    'scalar' => '{"result":true,"time":{"start":1.5}}',
    'null' => '{"result":null}',
    'whitespace' => " \n\t{ \"result\" : [ 1 , 2 ] , \"total\" : 2 }\n",
    'with total' => '{"result":[{"ID":"1"}],"total":120,"next":50,"time":{"start":1700000000.123456,"operating_reset_at":1700000600}}',
];
foreach ($bodies as $name => $body) {
    $want = json_decode($body, true);
    b24_emu_fault('invalid_json', ['status' => 200, 'body' => $body]);
    b24_emu_fault('invalid_json', ['status' => 200, 'body' => $body]);
    json_decode('{');
    $got = b24_call('profile', [], $hook);
    try {
        $result = $hook->call('profile');
        $ok = serialize($result) === serialize($want['result']);
    } catch (B24Exception $e) {
        $ok = get_class($e);
    }
    $untouched = json_last_error() === JSON_ERROR_SYNTAX;
    printf("%-10s %s %s%s\n", $name, serialize($got) === serialize($want) ? 'same' : 'DIFFERENT',
        $ok === true ? 'same' : $ok, $untouched ? '' : ' json_last_error CHANGED');
}
var_dump($hook->lastTotal(), $hook->lastNext(), $hook->lastTime());

/* a large answer (5 MB) */
b24_emu_fault('big_body', ['size' => 5000000]);
var_dump(strlen($hook->call('profile')) > 4990000);

/* what json_decode() refuses is refused too, and json_last_error() still says what the user saw last */
json_decode('[1]');
foreach (['too deep' => '{"result":' . $tooDeep . '}', 'bad surrogate' => '{"result":"\ud800"}',
    'bad utf8' => "{\"result\":\"\xff\"}", 'trailing' => '{"result":1} x', 'cut' => '{"result":[1,2'] as $name => $body) {
    b24_emu_fault('invalid_json', ['status' => 200, 'body' => $body]);
    try {
        $hook->call('profile');
        echo "$name: accepted\n";
    } catch (B24Exception $e) {
        echo "$name: ", get_class($e), ' ', $e->getErrorCode(), ' ', json_decode($body, true) === null ? 'json_decode too' : 'BUT json_decode ACCEPTS', "\n";
        json_decode('[1]');
    }
}
var_dump(json_last_error());
?>
--EXPECT--
big ints   same same
floats     same same
unicode    same same
empty      same same
keys       same same
deep       same same
scalar     same same
null       same same
whitespace same same
with total same same
int(120)
int(50)
array(2) {
  ["start"]=>
  float(1700000000.123456)
  ["operating_reset_at"]=>
  int(1700000600)
}
bool(true)
too deep: B24ResponseException B24_INVALID_JSON json_decode too
bad surrogate: B24ResponseException B24_INVALID_JSON json_decode too
bad utf8: B24ResponseException B24_INVALID_JSON json_decode too
trailing: B24ResponseException B24_INVALID_JSON json_decode too
cut: B24ResponseException B24_INVALID_JSON json_decode too
int(0)
