--TEST--
b24: OAuth form bodies are http_build_query() with auth appended last, as CRest sends them
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
require __DIR__ . '/inc/params.inc';
b24_emu_reset();
$pair = b24_emu_install();
$c = new B24Client(b24_emu_oauth_config($pair));
$auth = 'auth=' . urlencode($pair['access_token']);
foreach (b24_tricky_params() as $name => $params) {
    $mark = b24_emu_log_mark();
    $c->call('server.time', $params);
    $sent = b24_emu_last_body($mark);
    $query = b24_reference_query($params);
    $want = $query === '' ? $auth : "$query&$auth";
    printf("%-12s %s\n", $name, $sent === $want ? 'same' : "DIFFERENT\n  sent: $sent\n  want: $want");
}
/* a caller's own auth comes first and loses: PHP keeps the last value of a key */
$mark = b24_emu_log_mark();
var_dump($c->call('profile', ['auth' => 'forged'])['ID']);
var_dump(b24_emu_last_body($mark) === "auth=forged&$auth");
$entry = b24_emu_log_since($mark)[0];
echo $entry['http_method'], ' ', $entry['path'], ' ', $entry['query'] === '' ? 'no query' : 'QUERY', "\n";
?>
--EXPECT--
escaping     same
types        same
nesting      same
positional   same
objects      same
references   same
batchlike    same
empty        same
all-omitted  same
string(1) "1"
bool(true)
POST /rest/profile.json no query
