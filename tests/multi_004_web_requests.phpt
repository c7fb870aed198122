--TEST--
b24_call_many() in php-fpm: the multi handle's connection is kept from one web request to the next of a worker (HTTP/2: the calls of a request multiplexed on it); with b24.persistent=0 each request opens its own and leaves none behind; b24_pool_stats() counts these requests and connections
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/apphost.inc';
b24_emu_reset();
$env = b24_emu();

foreach (['1', '0'] as $persistent) {
	$host = b24_apphost_start(__DIR__ . '/multi/www', ['b24.persistent' => $persistent],
		['HOOK' => $env['B24_EMU_WEBHOOK'], 'CA' => $env['B24_EMU_CA']], 1);
	try {
		$mark = b24_emu_log_mark();
		$pages = [];
		foreach (['many.php', 'many.php?n=12', 'many.php'] as $path) {
			[$status, $body] = b24_apphost_get($host, $path);
			$pages[] = json_decode($body, true) ?? ['status' => $status, 'body' => $body];
		}
		$log = b24_emu_log_since($mark);
		echo "b24.persistent=$persistent: ", array_sum(array_column($pages, 'deals')), ' deals in 3 web requests of ',
			count(array_unique(array_column($pages, 'pid'))), ' worker, ', count($log), ' calls on ',
			count(array_unique(array_column($log, 'connection'))), " connection(s), failures: ",
			json_encode(array_merge(...array_column($pages, 'failures'))), "\n";
		/* the worker's own counts, as b24_pool_stats() gives them after each page */
		foreach ($pages as $i => $page) {
			echo '  after page ', $i + 1, ': ', json_encode($page['stats'] ?? null), "\n";
		}
	} finally {
		b24_apphost_stop($host);
	}
}
?>
--EXPECT--
b24.persistent=1: 24 deals in 3 web requests of 1 worker, 24 calls on 1 connection(s), failures: []
  after page 1: {"connections":1,"opened":1,"reused":5,"requests":6}
  after page 2: {"connections":1,"opened":1,"reused":17,"requests":18}
  after page 3: {"connections":1,"opened":1,"reused":23,"requests":24}
b24.persistent=0: 24 deals in 3 web requests of 1 worker, 24 calls on 3 connection(s), failures: []
  after page 1: {"connections":1,"opened":1,"reused":5,"requests":6}
  after page 2: {"connections":1,"opened":2,"reused":16,"requests":18}
  after page 3: {"connections":1,"opened":3,"reused":21,"requests":24}
