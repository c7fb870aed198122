--TEST--
b24: call(), lastTotal(), lastNext() and lastTime() read the envelope as json_decode($body, true) does, whatever its members and their order
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$hook = b24_emu_webhook_client();
$time = '{"start":1767225600.123456,"date_start":"2026-01-01T00:00:00+00:00","operating":0}';
$bodies = [
    'plain' => '{"result":{"ID":"1"},"time":' . $time . '}',
    'list' => '{"result":[{"ID":"1"}],"total":120,"next":50,"time":' . $time . '}',
    'order' => '{"time":' . $time . ',"next":2,"total":3,"result":[]}',
    'spaces' => " {\n\"result\" : 1 ,\t\"total\" : 7 , \"time\" : { } }\r\n",
    'equal keys' => '{"result":1,"total":1,"total":2,"time":[1],"time":{"a":1}}',
    'total types' => '{"result":1,"total":"5","next":5.0,"time":5}',
    'big total' => '{"result":1,"total":9223372036854775808,"next":-9223372036854775808}',
    'time list' => '{"result":1,"time":[]}',
    'time utf8' => '{"result":1,"time":{"zone":"Europe/Москва","esc":"a\"b\u00e9"}}',
    'other members' => '{"result":"x","other":{"a":[true,false,null,-0.5e+3,{}]},"time":{"start":1.5}}',
    'escaped keys' => '{"res\u0075lt":1,"t\u006ftal":4,"ti\u006de":{"a":1}}',
    'result in key' => '{"x":"result","result":{"result":"]}\"{["},"time":{"s":"}"}}',
    'deep result' => '{"result":' . str_repeat('[', 510) . str_repeat(']', 510) . ',"time":{"d":1}}',
    'deep time' => '{"result":1,"time":' . str_repeat('[', 100) . str_repeat(']', 100) . '}',
    'bad time' => '{"result":1,"time":{"a":01}}',
    'bad other' => '{"result":1,"x":[1,],"time":{}}',
    'bad key' => "{\"result\":1,\"\xff\":1}",
    'two results' => '{"result":[1,],"result":2}',
    'too deep' => '{"result":' . str_repeat('[', 511) . str_repeat(']', 511) . '}',
    'no result' => '{"total":1,"error_x":2}',
    'scalar cut' => '{"result":tru,"time":{}}',
];
foreach ($bodies as $name => $body) {
    $want = json_decode($body, true);
    b24_emu_fault('invalid_json', ['status' => 200, 'body' => $body]);
    try {
        $result = $hook->call('profile');
        $got = [$result, $hook->lastTotal(), $hook->lastNext(), $hook->lastTime(), $hook->lastTime()];
    } catch (B24Exception $e) {
        $got = get_class($e) . ' ' . $e->getErrorCode();
    }
    $expected = is_array($want) && array_key_exists('result', $want) ? [$want['result'],
        is_int($want['total'] ?? null) ? $want['total'] : null,
        is_int($want['next'] ?? null) ? $want['next'] : null,
        is_array($want['time'] ?? null) ? $want['time'] : null] : null;
    if ($expected !== null) {
        $expected[] = $expected[3];
    }
    if (is_string($got)) {
        echo str_pad($name, 14), $expected === null ? 'refused as json_decode refuses' : 'REFUSED', " ($got)\n";
    } else {
        echo str_pad($name, 14), serialize($got) === serialize($expected) ? 'same' : 'DIFFERENT ' . var_export($got, true), "\n";
    }
}

/* a failed call forgets the last answer, whether or not its time was read */
b24_emu_fault('invalid_json', ['status' => 200, 'body' => '{"result":1,"total":3,"time":{"a":1}}']);
$hook->call('profile');
b24_emu_fault('invalid_json', ['status' => 200, 'body' => '{"result":[1,}']);
try {
    $hook->call('profile');
} catch (B24Exception $e) {
}
var_dump($hook->lastTotal(), $hook->lastTime());
?>
--EXPECT--
plain         same
list          same
order         same
spaces        same
equal keys    same
total types   same
big total     same
time list     same
time utf8     same
other members same
escaped keys  same
result in key same
deep result   same
deep time     same
bad time      refused as json_decode refuses (B24ResponseException B24_INVALID_JSON)
bad other     refused as json_decode refuses (B24ResponseException B24_INVALID_JSON)
bad key       refused as json_decode refuses (B24ResponseException B24_INVALID_JSON)
two results   refused as json_decode refuses (B24ResponseException B24_INVALID_JSON)
too deep      refused as json_decode refuses (B24ResponseException B24_INVALID_JSON)
no result     refused as json_decode refuses (B24ResponseException B24_INVALID_JSON)
scalar cut    refused as json_decode refuses (B24ResponseException B24_INVALID_JSON)
NULL
NULL
