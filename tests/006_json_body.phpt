--TEST--
b24: JSON bodies (json => true) are json_encode() of each parameter in a top-level object
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;
function expected(array $params, int $flags, ?string $auth = null): string
{
    $parts = [];
    foreach ($params as $k => $v) {
        $parts[] = json_encode((string)$k, $flags) . ':' . json_encode($v, $flags);
    }
    if ($auth !== null) {
        $parts[] = '"auth":' . json_encode($auth, $flags);
    }
    return '{' . implode(',', $parts) . '}';
}
$sets = [
    'nested' => ['fields' => ['TITLE' => 'A&B "q" \\ / Привет 🌍', 'OPENED' => true, 'COMMENTS' => null, 'TAGS' => [], 'PHONE' => [['VALUE' => '1']]]],
    'numbers' => ['i' => PHP_INT_MAX, 'f' => 0.1, 'e' => 1e25, 'z' => -0.0, 'w' => 3.0],
    'positional' => [123, ['POST_MESSAGE' => 'x']],
    'objects' => ['o' => (object)['a' => 1], 'empty' => new stdClass(), 'list' => [1, 2, 3], 'map' => [1 => 'a', 3 => 'b']],
    'empty' => [],
    'controls' => ['s' => "tab\tnl\n\u{2028}\u{7f}"],
];
$hook = b24_emu_webhook_client(['json' => true]);
$pair = b24_emu_install();
$oauth = new B24Client(b24_emu_oauth_config($pair, ['json' => true]));
foreach ($sets as $name => $params) {
    $mark = b24_emu_log_mark();
    $hook->call('server.time', $params);
    $sent = b24_emu_last_body($mark);
    $want = expected($params, $flags);
    printf("webhook %-10s %s\n", $name, $sent === $want ? 'same' : "DIFFERENT\n  sent: $sent\n  want: $want");
    $mark = b24_emu_log_mark();
    $oauth->call('server.time', $params);
    $sent = b24_emu_last_body($mark);
    $want = expected($params, $flags, $pair['access_token']);
    printf("oauth   %-10s %s\n", $name, $sent === $want ? 'same' : "DIFFERENT\n  sent: $sent\n  want: $want");
}
$mark = b24_emu_log_mark();
$hook->call('server.time', ['x' => 1]);
$entry = b24_emu_log_since($mark)[0];
echo $entry['headers']['content-type'] ?? $entry['headers']['Content-Type'] ?? '-', "\n";

/* what JSON cannot carry is a ValueError that names the parameter; json_last_error() stays */
json_decode('{');
class Refuses implements JsonSerializable
{
    public function jsonSerialize(): mixed
    {
        throw new DomainException('not today');
    }
}
foreach ([['bad' => "\xff"], ['inf' => INF], ["\xfe" => 1], [3 => ['deep' => NAN]], ['obj' => new Refuses()]] as $params) {
    try {
        $hook->call('server.time', $params);
    } catch (Exception | ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), $e->getPrevious() ? ' (with a previous)' : '', "\n";
    }
}
var_dump(json_last_error() === JSON_ERROR_SYNTAX);
?>
--EXPECTF--
webhook nested     same
oauth   nested     same
webhook numbers    same
oauth   numbers    same
webhook positional same
oauth   positional same
webhook objects    same
oauth   objects    same
webhook empty      same
oauth   empty      same
webhook controls   same
oauth   controls   same
application/json
ValueError: B24Client::call(): Argument #2 ($params) cannot be encoded as JSON (key "bad")
ValueError: B24Client::call(): Argument #2 ($params) cannot be encoded as JSON (key "inf")
ValueError: B24Client::call(): Argument #2 ($params) cannot be encoded as JSON (a key that is not UTF-8)
ValueError: B24Client::call(): Argument #2 ($params) cannot be encoded as JSON (key 3)
DomainException: not today
bool(true)
