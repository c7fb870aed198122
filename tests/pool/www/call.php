<?php
/*
 * The pool tests' page: a web request of an app that makes its calls with a
 * B24Client of its own (webhook and CA from the host's environment, HOOK and
 * CA). ?n=N makes N `profile` calls (default 1); ?title=T creates one deal
 * titled T instead, a write. The answer is JSON: the worker's pid, what
 * b24_pool_stats() says after the calls, and the error of a call that threw
 * as [class, code, message].
 */
header('Content-Type: application/json');
$page = ['pid' => getmypid()];
try {
	$client = new B24Client(['webhook' => (string)getenv('HOOK'), 'ca_file' => (string)getenv('CA')]);
	if (isset($_GET['title'])) {
		$page['id'] = $client->call('crm.deal.add', ['fields' => ['TITLE' => (string)$_GET['title']]]);
	} else {
		for ($i = 0, $n = max(1, (int)($_GET['n'] ?? 1)); $i < $n; $i++) {
			$client->call('profile');
		}
	}
} catch (B24Exception $e) {
	$page['error'] = [get_class($e), $e->getErrorCode(), $e->getMessage()];
}
$page['stats'] = b24_pool_stats();
echo json_encode($page);
