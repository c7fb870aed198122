--TEST--
b24: form parameters nested deeper than 512 levels are a ValueError naming the argument on every path, nothing is sent; 512 levels go out as http_build_query() writes them
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
function nest(int $levels): array
{
    $a = ['x' => '1'];
    for ($i = 1; $i < $levels; $i++) {
        $a = ['a' => $a];
    }
    return $a;
}
$c = b24_emu_webhook_client(['retries' => 0]);
$mark = b24_emu_log_mark();
/*
 * 100,000 levels overflowed the encoder's stack before the limit. A debug
 * build of PHP cannot free so deep an array itself (its frames are larger:
 * PHP 8.4 debug crashes in unset() without b24 loaded), so there 10,000.
 */
foreach ([513, PHP_DEBUG ? 10000 : 100000] as $levels) {
    $deep = nest($levels);
    $paths = [
        'call' => fn () => $c->call('profile', $deep),
        'b24_call' => fn () => b24_call('profile', $deep, $c),
        'batch' => fn () => $c->batch(['a' => ['method' => 'profile', 'params' => $deep]]),
        'fetchAll' => fn () => $c->fetchAll('crm.deal.list', ['filter' => $deep]),
        'bind' => fn () => (new B24Placement('CRM_DEAL_DETAIL_TAB', $c))->bind('https://app.example/h', ['options' => $deep]),
    ];
    foreach ($paths as $name => $fn) {
        try {
            $fn();
            echo "$name ", $levels > 513 ? 'very deep' : $levels, ": sent\n";
        } catch (ValueError $e) {
            echo "$name ", $levels > 513 ? 'very deep' : $levels, ": ", $e->getMessage(), "\n";
        }
    }
}
echo count(b24_emu_log_since($mark)), " requests sent\n";
$ok = nest(512);
$c->call('profile', $ok);
$log = b24_emu_log_since($mark);
echo count($log), " request sent, ", b24_emu_raw((int)$log[0]['id']) === http_build_query($ok) ? 'body as http_build_query()' : 'body differs', "\n";
?>
--EXPECT--
call 513: B24Client::call(): Argument #2 ($params) is nested deeper than 512 levels
b24_call 513: b24_call(): Argument #2 ($params) is nested deeper than 512 levels
batch 513: B24Client::batch(): Argument #1 ($commands) is nested deeper than 512 levels
fetchAll 513: B24Client::fetchAll(): Argument #2 ($params) is nested deeper than 512 levels
bind 513: B24Placement::bind(): Argument #2 ($options) is nested deeper than 512 levels
call very deep: B24Client::call(): Argument #2 ($params) is nested deeper than 512 levels
b24_call very deep: b24_call(): Argument #2 ($params) is nested deeper than 512 levels
batch very deep: B24Client::batch(): Argument #1 ($commands) is nested deeper than 512 levels
fetchAll very deep: B24Client::fetchAll(): Argument #2 ($params) is nested deeper than 512 levels
bind very deep: B24Placement::bind(): Argument #2 ($options) is nested deeper than 512 levels
0 requests sent
1 request sent, body as http_build_query()