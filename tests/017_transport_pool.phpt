--TEST--
b24: clients to one portal origin and trust settings share one kept-alive connection, whatever their timeouts
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$pair = b24_emu_install();
$mark = b24_emu_log_mark();
$webhook = b24_emu_webhook_client();
$oauth = new B24Client(b24_emu_oauth_config($pair));
$webhook->call('profile');
$oauth->call('profile');
b24_call('profile', [], $webhook);
b24_call_batch(['a' => ['method' => 'profile']], false, $oauth);
/* a client gone and a new one made: still the same connection */
unset($webhook);
b24_emu_webhook_client()->call('profile');
/* other timeouts or user agent: the same transport, the same connection, the client's own options */
b24_emu_webhook_client(['timeout' => 30, 'connect_timeout' => 5, 'user_agent' => 'other-app/1.0'])->call('profile');
/* other trust settings: a connection of their own; changed back, the first connection serves again */
b24_emu_webhook_client(['verify_tls' => false])->call('profile');
b24_emu_webhook_client()->call('profile');
$log = b24_emu_log_since($mark);
$connections = array_column($log, 'connection');
$first = array_unique(array_slice($connections, 0, 6));
echo count($connections), ' requests: 6 on ', count($first), ' connection, then ',
    count(array_unique($connections)) - count($first), " new\n";
echo $connections[7] === $connections[0] ? 'first connection again' : 'ANOTHER connection', "\n";
echo $log[4]['headers']['user-agent'] === $log[5]['headers']['user-agent'] ? 'SAME' : 'own', ' user agent: ',
    $log[5]['headers']['user-agent'], "\n";

/* a new PHP request (here: a process) opens its own */
$script = tempnam(sys_get_temp_dir(), 'b24pool');
file_put_contents($script, '<?php $c = new B24Client(["webhook" => getenv("HOOK"), "ca_file" => getenv("CA")]); $c->call("profile"); $c->call("profile");');
$mark = b24_emu_log_mark();
shell_exec('HOOK=' . escapeshellarg($env['B24_EMU_WEBHOOK']) . ' CA=' . escapeshellarg($env['B24_EMU_CA']) . ' ' . b24_test_php() . ' ' . escapeshellarg($script));
$child = array_column(b24_emu_log_since($mark), 'connection');
echo count($child), ' requests on ', count(array_unique($child)), ' connection, ', in_array($child[0], $connections) ? 'REUSED' : 'new', "\n";
unlink($script);
?>
--EXPECT--
8 requests: 6 on 1 connection, then 1 new
first connection again
own user agent: other-app/1.0
2 requests on 1 connection, new
