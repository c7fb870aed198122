<?php
/*
 * Writes the seed corpus of the fuzz targets (fuzz/corpus/<target>/): answers
 * captured from a running portal emulator (real shapes: lists with total and
 * next, time blocks, batch answers, OAuth token answers), each error body of
 * catalog/errors.tsv as a portal sends it, and truncated and deeply nested
 * variants. Run it after `emulator/start` and commit what changes:
 *
 *     emulator/start >/dev/null && php scripts/fuzz-corpus.php
 *
 * Targets with a prefix in front of the body (see each fuzz_*.c) get it here.
 */
$root = dirname(__DIR__);
$env = [];
foreach (file("$root/emulator/run/env", FILE_IGNORE_NEW_LINES) ?: [] as $line) {
	if (preg_match('/^(B24_EMU_\w+)=(.*)$/', $line, $m)) {
		$env[$m[1]] = trim($m[2], "'\"");
	}
}
if (!isset($env['B24_EMU_WEBHOOK'])) {
	fwrite(STDERR, "no emulator: run emulator/start first\n");
	exit(1);
}
$ca = $env['B24_EMU_CA'];

function post(string $url, string $body, string $ca): array
{
	$ch = curl_init($url);
	curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => $body, CURLOPT_RETURNTRANSFER => true,
		CURLOPT_CAINFO => $ca, CURLOPT_TIMEOUT => 10]);
	$out = curl_exec($ch);
	$status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
	if (!is_string($out)) {
		throw new RuntimeException("$url: " . curl_error($ch));
	}
	return [$status, $out];
}

/** @var array<string, list<array{int, string}>> answers by kind */
$rest = [];
$calls = [
	'profile' => '', 'server.time' => '', 'scope' => '', 'methods' => '',
	'crm.lead.add' => 'fields[TITLE]=Seed&fields[OPPORTUNITY]=10.5',
	'crm.lead.list' => 'select[]=ID&select[]=TITLE&order[ID]=ASC',
	'crm.lead.get' => 'id=1', 'crm.lead.get?bad' => 'id=0', 'no.such.method' => '',
	'user.current' => '', 'event.get' => '', 'placement.list' => '',
	'batch' => 'halt=0&cmd[a]=crm.lead.list%3Fselect%5B%5D%3DID&cmd[b]=crm.lead.get%3Fid%3D%24result%5Ba%5D%5B0%5D%5BID%5D&cmd[c]=no.such',
];
foreach ($calls as $method => $body) {
	$rest[] = post($env['B24_EMU_WEBHOOK'] . explode('?', $method)[0] . '.json', $body, $ca);
}
$rest[] = post($env['B24_EMU_CLIENT_ENDPOINT'] . 'profile.json', 'auth=expired-or-wrong', $ca);
$oauth = [post($env['B24_EMU_OAUTH'] . 'oauth/token/', http_build_query([
	'client_id' => $env['B24_EMU_CLIENT_ID'], 'grant_type' => 'refresh_token',
	'client_secret' => $env['B24_EMU_CLIENT_SECRET'], 'refresh_token' => 'not-a-token']), $ca)];
foreach (file("$root/catalog/errors.tsv", FILE_IGNORE_NEW_LINES) as $line) {
	if ($line === '' || $line[0] === '#' || str_starts_with($line, "code\t")) {
		continue;
	}
	[$code, $status, , $description] = explode("\t", $line);
	$code = $code === '-' ? '' : $code;
	$rest[] = [(int)$status, json_encode(['error' => $code, 'error_description' => $description === '-' ? '' : $description])];
}
$oauth[] = [200, json_encode(['access_token' => 'a1b2', 'expires' => 1764003600, 'expires_in' => 3600,
	'scope' => 'app', 'domain' => 'oauth.bitrix.info', 'server_endpoint' => 'https://oauth.bitrix.info/rest/',
	'status' => 'L', 'client_endpoint' => 'https://portal.example/rest/', 'member_id' => 'm1',
	'user_id' => 1, 'refresh_token' => 'r1']) ?: ''];
$oauth[] = [401, '{"error":"invalid_grant","error_description":"Refresh token is expired"}'];

$variants = function (string $body): array {
	$out = [$body, substr($body, 0, intdiv(strlen($body), 2)), substr($body, 0, -1)];
	return array_values(array_unique($out));
};
$nested = [str_repeat('[', 600) . str_repeat(']', 600), '{"result":' . str_repeat('{"a":', 300) . '1' . str_repeat('}', 300) . '}',
	'{"result":' . str_repeat('[', 511) . str_repeat(']', 511) . '}', '{"result":"\u00e9\ud83d\ude00\u0000"}',
	"{\"result\":\"\xff\xfe\"}", '{"result":1,"error":"X"}', '{"error":"X","result":1}', '{"result":1e999,"total":-0}',
	'{"result":1,"\u0065rror":"X"}', '{"result":1,"error":null}', '{"result":1,"error":5}', '{"error":"X",}'];

$write = function (string $target, string $name, string $bytes) use ($root): void {
	$dir = "$root/fuzz/corpus/$target";
	is_dir($dir) || mkdir($dir, 0777, true);
	file_put_contents("$dir/$name", $bytes);
};
$status = fn (int $s): string => pack('n', $s);
$i = 0;
foreach (array_merge($rest, array_map(fn ($b) => [200, $b], $nested)) as [$s, $body]) {
	foreach ($variants($body) as $j => $v) {
		$n = sprintf('%03d-%d', $i, $j);
		$write('envelope', $n, $status($s) . ($v === $body ? "\0" : "\1") . $v);
		$write('decode', $n, $v);
	}
	$i++;
}
foreach ($oauth as $k => [$s, $body]) {
	foreach ($variants($body) as $j => $v) {
		$write('oauth', "$k-$j", $status($s) . $v);
		$write('store', "$k-$j", $v);
	}
}
$write('store', 'crest-settings', json_encode(['access_token' => 'a', 'refresh_token' => 'r',
	'C_REST_CLIENT_ID' => 'local.1', 'C_REST_CLIENT_SECRET' => 's', 'expires' => '1764003600',
	'client_endpoint' => 'https://portal.example/rest/', 'application_token' => 't'], JSON_PRETTY_PRINT) ?: '');
$urls = [$env['B24_EMU_WEBHOOK'], $env['B24_EMU_CLIENT_ENDPOINT'], $env['B24_EMU_OAUTH'],
	'https://portal.example/sub/dir/rest/12/abc_DEF123/', 'https://user:pw@portal.example:8443/rest/?a=1#f',
	'https://[::ffff:127.0.0.1]/h', 'https://[fe80::1%25eth0]/h', 'https://0x7f.1/h', 'https://2130706433/h',
	'https://0177.0.0.01/h', 'https://127.1/', 'https://[2001:db8::1]:443/h?auth=SECRET&x=1',
	'https://app.example/handler?access_token=abc', '::', '1.2.3.4', '[::1]', 'https://a.localhost./'];
foreach ($urls as $k => $u) {
	$write('url', "u$k", $u);
}
$write('form', 'keys', "\0fields\xff\x02TITLE\xff\x04A&B \xc3\xa9~\xff\x03\x05\0\0\0\xff\x05\x07\xff\x06x y");
$write('batch', 'refs', "\x02crm.lead.add?fields%5BTITLE%5D=x\ncrm.lead.get?id=%24result%5B0%5D\n"
	. "a?b=%24result%5B1%5D%5BID%5D&c=%24result%5B99\nd?%24result%5B%5D");
$write('batch', 'far', "\x27a\nb?x=%24result%5B0%5D\nc?x=%24result%5B39%5D%24result%5B78%5D");
$binding = ['event' => 'BackgroundCallCard::answerButtonClick', 'handler' => 'https://app.example/h', 'via' => 'frame',
	'placement' => 'PAGE_BACKGROUND_WORKER', 'bound_at' => 1764000000];
$write('bindings', 'one', "m1\n" . json_encode(['portals' => ['m1' => ['rest_bind_event' => 'missing',
	'rest_bind_event_checked' => 1764000000, 'bindings' => [$binding, ['event' => 1] + $binding]]]]));
$write('bindings', 'empty', "portal.example\n{}");
$expiry = 1764003600;
$sig = hash_hmac('sha256', "m1|BackgroundCallCard::answerButtonClick|https://app.example/handler|$expiry", 'fuzz-client-secret');
$write('frame_event', 'signed', json_encode(['event' => 'BackgroundCallCard::answerButtonClick', 'member_id' => 'm1',
	'data' => ['CALL_ID' => 'x', 'n' => [1, 2.5, null]], 'ts' => 1764000001, 'expiry' => $expiry, 'sig' => $sig]));
$write('frame_event', 'unsigned', '{"event":"x","member_id":"","expiry":"1","sig":null,"data":[]}');
echo "corpus written\n";
