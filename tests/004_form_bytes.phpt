--TEST--
b24: form bodies are byte-identical to http_build_query() (webhook)
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
require __DIR__ . '/inc/params.inc';
b24_emu_reset();
$c = b24_emu_webhook_client();
foreach ([14, 17, -1, 5] as $precision) {
    ini_set('precision', (string)$precision);
    foreach (b24_tricky_params() as $name => $params) {
        $mark = b24_emu_log_mark();
        $c->call('server.time', $params);
        $sent = b24_emu_last_body($mark);
        $want = b24_reference_query($params);
        printf("%-12s %2d %s\n", $name, $precision, $sent === $want ? 'same' : "DIFFERENT\n  sent: $sent\n  want: $want");
    }
}
ini_restore('precision');
/* enums: objects before PHP 8.4, their value (or a ValueError) since; whatever PHP does, b24 does */
enum B24TestUnit
{
    case A;
}
foreach (['unit enum' => ['u' => B24TestUnit::A], 'backed enum' => ['b' => [B24TestSuit::Hearts]]] as $name => $params) {
    try {
        $want = http_build_query($params);
    } catch (ValueError $e) {
        $want = 'ValueError';
    }
    $mark = b24_emu_log_mark();
    try {
        $c->call('server.time', $params);
        $sent = b24_emu_last_body($mark);
    } catch (ValueError $e) {
        $sent = 'ValueError';
    }
    echo $name, ': ', $sent === $want ? 'same' : "DIFFERENT\n  sent: $sent\n  want: $want", "\n";
}
$mark = b24_emu_log_mark();
$c->call('server.time');
$entry = b24_emu_log_since($mark)[0];
echo $entry['http_method'], ' ', $entry['path'], ' ', $entry['body_length'], "\n";
echo $entry['headers']['content-type'] ?? $entry['headers']['Content-Type'] ?? '-', "\n";
?>
--EXPECTF--
escaping     14 same
types        14 same
nesting      14 same
positional   14 same
objects      14 same
references   14 same
batchlike    14 same
empty        14 same
all-omitted  14 same
escaping     17 same
types        17 same
nesting      17 same
positional   17 same
objects      17 same
references   17 same
batchlike    17 same
empty        17 same
all-omitted  17 same
escaping     -1 same
types        -1 same
nesting      -1 same
positional   -1 same
objects      -1 same
references   -1 same
batchlike    -1 same
empty        -1 same
all-omitted  -1 same
escaping      5 same
types         5 same
nesting       5 same
positional    5 same
objects       5 same
references    5 same
batchlike     5 same
empty         5 same
all-omitted   5 same
unit enum: same
backed enum: same
POST /rest/1/%s/server.time.json 0
application/x-www-form-urlencoded
