<?php
/*
 * The test app of bench/wan: one web request makes `calls` REST calls (the
 * nginx-only `profile` answer of the emulator, behind the delay line) with
 * one of four clients, and answers "ok <client> <calls> <worker pid>".
 *
 *   call.php?client=b24|crest|curl|stream&calls=N
 *
 * WAN_BASE (the webhook URL through the delay line) and WAN_CA (the emulator's
 * CA, the only trust anchor: TLS is verified by every client) come from the
 * app host's environment.
 */
declare(strict_types=1);

require __DIR__ . '/clients.inc';

$client = (string)($_GET['client'] ?? '');
$calls = (int)($_GET['calls'] ?? 1);
$base = (string)getenv('WAN_BASE');
$ca = (string)getenv('WAN_CA');
$params = ['select' => ['ID'], 'start' => 0];
$run = [
	'b24' => 'wan_b24',
	'crest' => 'wan_crest',
	'curl' => 'wan_curl_kept',
	'stream' => 'wan_stream',
][$client] ?? null;
header('Content-Type: text/plain');
if ($run === null || $calls < 1 || $base === '' || $ca === '') {
	http_response_code(400);
	exit("bad request: client=$client calls=$calls, WAN_BASE and WAN_CA set\n");
}
try {
	foreach ($run($base, $ca, $params, $calls) as $i => $answer) {
		if (($answer['result']['ID'] ?? null) !== '1') {
			throw new RuntimeException("call $i: unexpected answer " . substr(json_encode($answer), 0, 200));
		}
	}
} catch (Throwable $e) {
	http_response_code(500);
	exit(get_class($e) . ': ' . $e->getMessage() . "\n");
}
echo "ok $client $calls ", getmypid(), "\n";
