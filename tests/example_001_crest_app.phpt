--TEST--
examples/crest-app under nginx + php-fpm, on b24 alone: the emulator installs it (the event and the opened app), it binds ONCRMDEALADD once, a new deal reaches its handler and its page, a forged event is refused, uninstall forgets the portal
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/app.inc';
b24_emu_reset();
$env = b24_emu();
b24_emu_settings(['handler_allow_local' => true]);
$data = sys_get_temp_dir() . '/b24-example-' . getmypid() . '-' . bin2hex(random_bytes(4));
mkdir($data, 0700);
$host = b24_apphost_start(b24_test_root() . '/examples/crest-app', [], [
	'B24_APP_CLIENT_ID' => $env['B24_EMU_CLIENT_ID'], 'B24_APP_CLIENT_SECRET' => $env['B24_EMU_CLIENT_SECRET'],
	'B24_APP_DATA' => $data, 'B24_APP_OAUTH_SERVER' => $env['B24_EMU_OAUTH'], 'B24_APP_CA_FILE' => $env['B24_EMU_CA'],
], 2);
$url = $host['APPHOST_URL'];
$sent = [];
$deliver = function (string $route, array $params) use (&$sent): array {
	$d = b24_emu_control('POST', $route, $params)['deliveries'];
	foreach ($d as $one) {
		$sent[] = $one['request_body'];
	}
	return $d;
};
$page = fn(): array => $deliver('deliver/placement', ['placement' => 'DEFAULT', 'handler' => $url . 'index.php'])[0];
$bound = fn(): array => array_values(array_filter(b24_emu_control('GET', 'bindings')['events'],
	fn($b) => $b['handler'] === $url . 'handler.php'));
$answers = '';
try {
	echo "-- before the install, the page is closed\n";
	echo $page()['status'], "\n";

	echo "-- installed by the ONAPPINSTALL event\n";
	$d = $deliver('deliver/install', ['form' => 'event', 'handler' => $url . 'install.php'])[0];
	echo $d['status'], ' ', $d['body'], "\n";
	$tokens = glob("$data/tokens/*.json");
	echo count($tokens), ' portal kept: ', basename($tokens[0] ?? '', '.json') === $env['B24_EMU_MEMBER_ID'] ? 'the member_id' : 'WRONG',
		', mode ', decoct(fileperms($tokens[0]) & 0777), "\n";
	foreach ($bound() as $b) {
		echo "bound: {$b['event']} -> handler.php\n";
	}

	echo "-- a new deal: the portal's event reaches handler.php\n";
	$portal = new B24Client(['webhook' => $env['B24_EMU_WEBHOOK'], 'ca_file' => $env['B24_EMU_CA']]);
	$id = $portal->call('crm.deal.add', ['fields' => ['TITLE' => 'Example <deal> & co']]);
	foreach ($deliver('deliver/event', ['event' => 'ONCRMDEALADD', 'data' => ['FIELDS' => ['ID' => (string)$id]]]) as $d) {
		echo $d['status'], ' from ', basename($d['handler']), "\n";
	}
	echo "-- forged events are refused\n";
	foreach ([['application_token' => bin2hex(random_bytes(16))], ['portal' => 'second']] as $forged) {
		$d = $deliver('deliver/event', ['event' => 'ONCRMDEALADD', 'handler' => $url . 'handler.php',
			'data' => ['FIELDS' => ['ID' => (string)$id]]] + $forged)[0];
		echo $d['status'], "\n";
	}

	echo "-- the page, opened in the portal\n";
	$d = $page();
	$answers .= $d['body'];
	echo $d['status'], "\n";
	$profile = $portal->call('profile');
	echo str_contains($d['body'], 'Hello, ' . htmlspecialchars(trim("{$profile['NAME']} {$profile['LAST_NAME']}"))) ? 'greets the user' : 'NO GREETING', "\n";
	$deal = '#' . $id . ' Example &lt;deal&gt; &amp; co';
	echo substr_count($d['body'], $deal), " times the new deal (latest, and seen by the handler), escaped\n";
	echo "-- made-up page requests: another host for the portal, a portal that did not install the app\n";
	parse_str(end($sent), $real);
	foreach ([['DOMAIN' => 'evil.example'], ['member_id' => str_repeat('a', 32)], ['member_id' => '../tokens/x']] as $change) {
		$body = http_build_query(array_merge($real, $change));
		$ctx = stream_context_create(['http' => ['method' => 'POST', 'ignore_errors' => true, 'content' => $body,
			'header' => 'Content-Type: application/x-www-form-urlencoded']]);
		[$status, $answer] = b24_test_http($url . 'index.php?' . http_build_query(['DOMAIN' => $change['DOMAIN'] ?? parse_url($env['B24_EMU_PORTAL'], PHP_URL_HOST)]), $ctx);
		$answers .= $answer;
		echo $status, "\n";
	}

	echo "-- reinstalled by opening the app: finish page, still one binding\n";
	$d = $deliver('deliver/install', ['form' => 'placement', 'handler' => $url . 'install.php'])[0];
	echo $d['status'], ' ', str_contains($d['body'], 'BX24.installFinish()') ? 'installFinish page' : 'NO PAGE', ', ', count($bound()), " binding\n";

	echo "-- a forged install keeps nothing\n";
	array_map('unlink', glob("$data/tokens/*"));
	$d = $deliver('deliver/install', ['form' => 'event', 'handler' => $url . 'install.php', 'forge' => 'other_app'])[0];
	echo $d['status'], ' ', $d['body'], ', ', count(glob("$data/tokens/*.json")), " portal kept\n";
	$deliver('deliver/install', ['form' => 'event', 'handler' => $url . 'install.php']);

	echo "-- uninstalled\n";
	$d = $deliver('deliver/event', ['event' => 'ONAPPUNINSTALL', 'handler' => $url . 'handler.php'])[0];
	echo $d['status'], ', ', count(glob("$data/tokens/*.json")), ' portal kept, ', count(glob("$data/deals/*")), " deal files\n";
	echo $page()['status'], "\n";

	$log = $host['APPHOST_PHP_ERRORS'];
	$errors = is_file($log) ? (string)file_get_contents($log) : '';
	echo "-- the app's error log: the refused install, nothing else\n", preg_replace('/^\[[^]]*\] /m', '', $errors);
	$secrets = b24_emu_secrets();
	foreach ($sent as $body) {
		parse_str($body, $p);
		foreach (['access_token', 'refresh_token', 'application_token'] as $k) {
			if (isset($p['auth'][$k])) {
				$secrets[] = $p['auth'][$k];
			}
		}
		foreach (['AUTH_ID', 'REFRESH_ID', 'APPLICATION_TOKEN'] as $k) {
			if (isset($p[$k])) {
				$secrets[] = $p[$k];
			}
		}
	}
	b24_assert_no_secret('the pages and the error log', $answers . $errors, $secrets);
} finally {
	b24_apphost_stop($host);
	exec('rm -rf ' . escapeshellarg($data));
}
?>
--EXPECT--
-- before the install, the page is closed
403
-- installed by the ONAPPINSTALL event
200 {"install":true}
1 portal kept: the member_id, mode 600
bound: ONCRMDEALADD -> handler.php
-- a new deal: the portal's event reaches handler.php
204 from handler.php
-- forged events are refused
401
401
-- the page, opened in the portal
200
greets the user
2 times the new deal (latest, and seen by the handler), escaped
-- made-up page requests: another host for the portal, a portal that did not install the app
403
403
403
-- reinstalled by opening the app: finish page, still one binding
200 installFinish page, 1 binding
-- a forged install keeps nothing
200 {"install":false}, 0 portal kept
-- uninstalled
204, 0 portal kept, 0 deal files
403
-- the app's error log: the refused install, nothing else
install refused: wrong_app
