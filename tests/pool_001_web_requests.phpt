--TEST--
b24 pool: two web requests on the same php-fpm worker share one connection (the second opens none); with b24.persistent=0 each opens its own; the stats count per process and name origins only
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/apphost.inc';
b24_emu_reset();
$env = b24_emu();
$code = basename($env['B24_EMU_WEBHOOK']);

/* @return array{0: list<int>, 1: list<array>} nginx connection numbers of the requests' calls, and the pages */
function run_requests(array $host, array $paths): array
{
	$mark = b24_emu_log_mark();
	$pages = [];
	foreach ($paths as $path) {
		[$status, $body] = b24_apphost_get($host, $path);
		$pages[] = json_decode($body, true) ?? ['status' => $status, 'body' => $body];
	}
	return [array_column(b24_emu_log_since($mark), 'connection'), $pages];
}

foreach (['1', '0'] as $persistent) {
	$host = b24_apphost_start(__DIR__ . '/pool/www', ['b24.persistent' => $persistent],
		['HOOK' => $env['B24_EMU_WEBHOOK'], 'CA' => $env['B24_EMU_CA']], 1);
	try {
		[$conns, $pages] = run_requests($host, ['call.php', 'call.php?n=3', 'call.php']);
		echo "b24.persistent=$persistent: ", count($conns), ' calls in 3 web requests of ',
			count(array_unique(array_column($pages, 'pid'))), ' worker on ', count(array_unique($conns)), " connection(s)\n";
		$last = end($pages)['stats'];
		echo '  last request: opened ', $last['opened'], ', reused ', $last['reused'], ', requests ', $last['requests'],
			', connections open ', $last['connections'], ', origins ', json_encode($last['origins']),
			str_contains(json_encode($pages), $code) ? ' WEBHOOK CODE SHOWN' : '', "\n";
	} finally {
		b24_apphost_stop($host);
	}
}
?>
--EXPECTF--
b24.persistent=1: 5 calls in 3 web requests of 1 worker on 1 connection(s)
  last request: opened 1, reused 4, requests 5, connections open 1, origins ["https:\/\/localhost:%d"]
b24.persistent=0: 5 calls in 3 web requests of 1 worker on 3 connection(s)
  last request: opened 3, reused 2, requests 5, connections open 1, origins ["https:\/\/localhost:%d"]
