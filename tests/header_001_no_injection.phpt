--TEST--
b24: CR, LF and NUL in a value that reaches a request header (user_agent) are a ValueError naming the key, and nothing is sent
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$mark = b24_emu_log_mark();
foreach (["ua\r\nX-Injected: yes", "ua\nX-Injected: yes", "ua\rX-Injected: yes", "ua\0X-Injected: yes"] as $ua) {
    try {
        b24_emu_webhook_client(['user_agent' => $ua])->call('profile');
        echo "accepted ", json_encode($ua), "\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$log = b24_emu_log_since($mark);
echo count($log), " requests sent\n";
foreach ($log as $e) {
    echo json_encode($e['headers']['user-agent'] ?? null), isset($e['headers']['x-injected']) ? ' INJECTED' : '', "\n";
}
/* the same value without the line break goes out as it is */
b24_emu_webhook_client(['user_agent' => 'ua X-Injected: yes'])->call('profile');
echo json_encode(b24_emu_log_since($mark)[0]['headers']['user-agent']), "\n";
?>
--EXPECT--
ValueError: B24Client::__construct(): Argument #1 ($config) key "user_agent" must not contain CR, LF or NUL bytes
ValueError: B24Client::__construct(): Argument #1 ($config) key "user_agent" must not contain CR, LF or NUL bytes
ValueError: B24Client::__construct(): Argument #1 ($config) key "user_agent" must not contain CR, LF or NUL bytes
ValueError: B24Client::__construct(): Argument #1 ($config) key "user_agent" must not contain CR, LF or NUL bytes
0 requests sent
"ua X-Injected: yes"
