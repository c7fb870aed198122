--TEST--
b24: messages repeat a caller's or the network's value of any size capped, after redaction, with the marker "...[<n> bytes]"; a secret across the cap never shows
--EXTENSIONS--
b24
--INI--
b24.retries=0
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$hook = b24_emu_webhook_client();
$big = str_repeat('k', 1000000);
/* a secret that starts just before the cap of 200 bytes and ends after it */
$secret = str_repeat('s', 190) . '&auth=S3CR3TS3CR3TS3CR3T&more';

function report(string $what, callable $run): void
{
    try {
        $run();
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        $m = $e->getMessage();
        preg_match('/\.\.\.\[(\d+) bytes\]/', $m, $marker);
        echo str_pad($what, 22), get_class($e), ', ', strlen($m) < 1100 ? 'bounded' : 'LONG ' . strlen($m),
            ', marker ', $marker[1] ?? 'none', str_contains($m, 'S3CR') || str_contains($m, 'CR3T') ? ', SECRET SHOWN' : '',
            "\n";
    }
}

report('config key', fn () => new B24Client([$big => 1]));
report('config key, secret', fn () => new B24Client([$secret => 1]));
report('option type', fn () => new B24Client(['WEBHOOK' . $big => 1]));
report('batch entry', fn () => $hook->batch([$big => 'x']));
report('batch entry, secret', fn () => $hook->batch([$secret => 'x']));
report('b24_call_batch entry', fn () => b24_call_batch([$big => ['method' => 5]], false, $hook));
report('event name', fn () => b24_bind_event('X' . $big, 'https://a.example/h', [], $hook));
report('event name, secret', fn () => b24_bind_event('On' . $secret, 'https://a.example/h', [], $hook));
report('JSON key', fn () => (new B24Client(['webhook' => $env['B24_EMU_WEBHOOK'], 'ca_file' => $env['B24_EMU_CA'],
    'json' => true]))->call('profile', [$big => NAN]));
report('store path', fn () => new B24Client(['store' => '/nonexistent-b24/' . str_repeat('p', 5000) . '/x.json']
    + b24_emu_oauth_config(b24_emu_install(), ['access_token' => null, 'refresh_token' => null])));

/* network texts: a long error code and description, a long Location */
b24_emu_fault('error', ['code' => 'ERROR_CORE', 'status' => 400, 'description' => str_repeat('d', 5000) . $secret]);
report('description', fn () => $hook->call('profile'));
b24_emu_fault('invalid_json', ['status' => 400, 'body' => json_encode(['error' => str_repeat('C', 190) . '/rest/1/W3BH00KS3CR3T/x', 'error_description' => 'x'])]);
report('code, webhook', fn () => $hook->call('profile'));
b24_emu_fault('redirect', ['location' => $env['B24_EMU_RENAMED'] . str_repeat('l', 3000) . '/']);
report('Location', fn () => $hook->call('profile'));
?>
--EXPECT--
config key            ValueError, bounded, marker 1000000
config key, secret    ValueError, bounded, marker 219
option type           ValueError, bounded, marker 1000007
batch entry           TypeError, bounded, marker 1000000
batch entry, secret   TypeError, bounded, marker 219
b24_call_batch entry  TypeError, bounded, marker 1000000
event name            ValueError, bounded, marker 1000001
event name, secret    ValueError, bounded, marker 221
JSON key              ValueError, bounded, marker 1000000
store path            B24AuthException, bounded, marker 5024
description           B24ApiException, bounded, marker 5219
code, webhook         B24ApiException, bounded, marker 213
Location              B24TransportException, bounded, marker 3061