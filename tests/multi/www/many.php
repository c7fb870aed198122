<?php
/*
 * The multi tests' page: a web request of an app that makes ?n=N calls
 * (default 6) at once with b24_call_many() through a B24Client of its own
 * (webhook and CA from the host's environment, HOOK and CA). The answer is
 * JSON: the worker's pid, how many results are deals, the classes of the
 * failures, and the worker's b24_pool_stats() counts after the calls.
 */
header('Content-Type: application/json');
$client = new B24Client(['webhook' => (string)getenv('HOOK'), 'ca_file' => (string)getenv('CA')]);
$calls = [];
for ($i = 1, $n = max(1, (int)($_GET['n'] ?? 6)); $i <= $n; $i++) {
	$calls[] = [$client, 'crm.deal.get', ['id' => $i]];
}
$results = b24_call_many($calls, ['concurrency' => 6]);
echo json_encode([
	'pid' => getmypid(),
	'deals' => count(array_filter($results, fn ($r) => is_array($r) && isset($r['TITLE']))),
	'failures' => array_values(array_map(fn ($e) => get_class($e) . ' ' . $e->getErrorCode(),
		array_filter($results, fn ($r) => $r instanceof B24Exception))),
	'stats' => array_intersect_key(b24_pool_stats(), array_flip(['requests', 'opened', 'reused', 'connections'])),
]);
