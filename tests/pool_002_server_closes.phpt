--TEST--
b24 pool: a kept connection the portal closed while idle never fails the next web request, and its write is applied once; a write whose connection died after the portal read it is not sent again; b24.persistent_idle closes a connection idle too long
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/apphost.inc';
/* an emulator of this test's own whose nginx closes connections idle for 1 s */
$run = sys_get_temp_dir() . '/b24-pool-emu-' . getmypid();
putenv("EMU_RUN_DIR=$run");
putenv('B24_EMU_KEEPALIVE_TIMEOUT=1');
$stop = static function () use ($run): void {
	exec('EMU_RUN_DIR=' . escapeshellarg($run) . ' ' . escapeshellarg(b24_test_root() . '/emulator/stop') . ' 2>&1');
	exec('rm -rf ' . escapeshellarg($run));
};
/* whatever fails below, this test's emulator does not outlive it */
register_shutdown_function($stop);
exec(b24_test_untraced() . escapeshellarg(b24_test_root() . '/emulator/start') . ' --fresh 2>&1', $out, $rc);
if ($rc !== 0) {
	throw new RuntimeException("emulator/start failed:\n" . implode("\n", $out));
}
b24_emu_reset();
$env = b24_emu();
$hook = new B24Client(['webhook' => $env['B24_EMU_WEBHOOK'], 'ca_file' => $env['B24_EMU_CA']]);

function page(array $host, string $path): array
{
	[$status, $body] = b24_apphost_get($host, $path);
	return json_decode($body, true) ?? ['status' => $status, 'body' => $body];
}

function deals(B24Client $hook, string $title): int
{
	return count($hook->call('crm.deal.list', ['filter' => ['=TITLE' => $title], 'select' => ['ID']]));
}

$host = b24_apphost_start(__DIR__ . '/pool/www', [],
	['HOOK' => $env['B24_EMU_WEBHOOK'], 'CA' => $env['B24_EMU_CA']], 1);
try {
	/* 1. the portal closes the idle connection between two web requests */
	$mark = b24_emu_log_mark();
	$first = page($host, 'call.php?title=pool-first');
	usleep(2500000);
	$second = page($host, 'call.php?title=pool-second');
	$log = b24_emu_log_since($mark, 'crm.deal.add');
	echo 'after the portal closed the idle connection: ', isset($second['error']) ? 'FAILED ' . json_encode($second['error']) : 'the write succeeded',
		', ', count($log), ' crm.deal.add requests on ', count(array_unique(array_column($log, 'connection'))), ' connections, ',
		deals($hook, 'pool-second'), " deal created\n";
	echo '  worker: ', $first['pid'] === $second['pid'] ? 'same' : 'OTHER', ', opened ', $second['stats']['opened'],
		', reused ', $second['stats']['reused'], ', repeats refused ', $second['stats']['refused_repeats'], "\n";

	/* 2. the portal reads the write on the kept connection, then drops it unanswered: not sent again */
	b24_emu_fault('reset_before_headers', [], 1, 'crm.deal.add');
	$mark = b24_emu_log_mark();
	page($host, 'call.php');
	$lost = page($host, 'call.php?title=pool-lost');
	echo 'a write the portal read, connection dropped: ', json_encode(array_slice($lost['error'] ?? ['NO ERROR'], 0, 2)),
		', ', count(b24_emu_log_since($mark, 'crm.deal.add')), ' request sent, repeats refused ', $lost['stats']['refused_repeats'], "\n";
	echo '  ', str_contains($lost['error'][2] ?? '', 'may have been carried out') ? 'the message says it may have been applied' : 'MESSAGE: ' . ($lost['error'][2] ?? ''), "\n";
	$after = page($host, 'call.php');
	echo '  the next request: ', isset($after['error']) ? 'FAILED' : 'ok', "\n";
} finally {
	b24_apphost_stop($host);
}

/* 3. b24.persistent_idle=1: a connection idle for longer is closed by b24, before the portal does */
$host = b24_apphost_start(__DIR__ . '/pool/www', ['b24.persistent_idle' => '1'],
	['HOOK' => $env['B24_EMU_WEBHOOK'], 'CA' => $env['B24_EMU_CA']], 1);
try {
	page($host, 'call.php');
	usleep(1200000);
	$p = page($host, 'call.php');
	echo 'b24.persistent_idle=1: idle 1.2 s, dropped idle ', $p['stats']['dropped_idle'], ', opened ', $p['stats']['opened'], ', idle setting ', $p['stats']['idle'], "\n";
} finally {
	b24_apphost_stop($host);
}
?>
--EXPECT--
after the portal closed the idle connection: the write succeeded, 2 crm.deal.add requests on 2 connections, 1 deal created
  worker: same, opened 2, reused 0, repeats refused 0
a write the portal read, connection dropped: ["B24TransportException","B24_TRANSPORT_FAILED"], 1 request sent, repeats refused 1
  the message says it may have been applied
  the next request: ok
b24.persistent_idle=1: idle 1.2 s, dropped idle 1, opened 2, idle setting 1
