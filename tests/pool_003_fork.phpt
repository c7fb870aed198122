--TEST--
b24 pool: a pcntl_fork() child never uses its parent's TLS connection: it opens its own, and neither its calls nor its exit disturb the parent's connection
--EXTENSIONS--
b24
pcntl
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$client = new B24Client(['webhook' => $env['B24_EMU_WEBHOOK'], 'ca_file' => $env['B24_EMU_CA']]);

function connection_of_last_call(int $mark): ?int
{
	$log = b24_emu_log_since($mark, 'profile');
	return $log ? (int)end($log)['connection'] : null;
}

$mark = b24_emu_log_mark();
$client->call('profile');
$parent = connection_of_last_call($mark);

/* a child that calls: its own connection; it exits through PHP's shutdown */
$pid = pcntl_fork();
if ($pid === 0) {
	$mark = b24_emu_log_mark();
	$client->call('profile');
	$stats = b24_pool_stats();
	$own = connection_of_last_call($mark);
	exit($own !== null && $own !== $parent && $stats['opened'] === 1 && $stats['reused'] === 0 ? 0 : 1);
}
pcntl_waitpid($pid, $status);
echo 'child that called: ', pcntl_wexitstatus($status) === 0 ? 'its own connection' : 'SHARED or failed', "\n";

/* a child that exits without calling: freeing its copy must not close the parent's TLS connection */
$pid = pcntl_fork();
if ($pid === 0) {
	exit(0);
}
pcntl_waitpid($pid, $status);

usleep(200000);
$mark = b24_emu_log_mark();
$client->call('profile');
$again = connection_of_last_call($mark);
$stats = b24_pool_stats();
echo 'parent afterwards: ', $again === $parent ? 'the same connection' : "ANOTHER connection ($parent -> $again)",
	', opened ', $stats['opened'], ', reused ', $stats['reused'], "\n";
?>
--EXPECT--
child that called: its own connection
parent afterwards: the same connection, opened 1, reused 1
