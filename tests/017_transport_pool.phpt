--TEST--
b24: clients to one portal origin share one kept-alive connection for the whole request
--EXTENSIONS--
b24
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
/* other transport options make another transport */
b24_emu_webhook_client(['timeout' => 30])->call('profile');
$connections = array_column(b24_emu_log_since($mark), 'connection');
echo count($connections), ' requests on ', count(array_unique(array_slice($connections, 0, 5))), ' connection, then ',
    $connections[5] !== $connections[0] ? 'another' : 'THE SAME', "\n";

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
6 requests on 1 connection, then another
2 requests on 1 connection, new
