--TEST--
b24 pool: one PHP process serving several requests (php -S) under valgrind keeps and reuses its connection across them, and ends with no error and no leak
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$port = b24t_port();
$log = tempnam(sys_get_temp_dir(), 'b24vg');

/* A free loopback port. */
function b24t_port(): int
{
	$s = stream_socket_server('tcp://127.0.0.1:0');
	$port = (int)substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
	fclose($s);
	return $port;
}

$cmd = b24_test_untraced() . 'exec env USE_ZEND_ALLOC=0 HOOK=' . escapeshellarg($env['B24_EMU_WEBHOOK']) . ' CA=' . escapeshellarg($env['B24_EMU_CA'])
	. ' valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --log-file=' . escapeshellarg($log)
	. ' ' . b24_test_php() . " -S 127.0.0.1:$port -t " . escapeshellarg(__DIR__ . '/pool/www');
$server = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
$pages = [];
try {
	for ($i = 0; $i < 300 && !@fsockopen('127.0.0.1', $port); $i++) {
		usleep(100000);
	}
	foreach (['call.php', 'call.php?n=2', 'call.php?title=valgrind-deal', 'call.php'] as $path) {
		$body = @file_get_contents("http://127.0.0.1:$port/$path", false, stream_context_create(['http' => ['timeout' => 120]]));
		$pages[] = json_decode((string)$body, true) ?? ['body' => $body];
	}
} finally {
	proc_terminate($server, SIGINT);
	for ($i = 0; $i < 600 && proc_get_status($server)['running']; $i++) {
		usleep(100000);
	}
	$status = proc_get_status($server);
	proc_close($server);
}
$last = end($pages)['stats'] ?? [];
echo count($pages), ' requests, ', count(array_unique(array_column($pages, 'pid'))), ' process: opened ', $last['opened'] ?? '?',
	', reused ', $last['reused'] ?? '?', ', requests ', $last['requests'] ?? '?', ', errors ', count(array_filter(array_column($pages, 'error'))), "\n";
$report = (string)file_get_contents($log);
unlink($log);
echo 'valgrind: ', trim($report) === '' ? 'clean' : "\n$report", "\n";
?>
--EXPECT--
4 requests, 1 process: opened 1, reused 4, requests 5, errors 0
valgrind: clean
