--TEST--
b24: CRest::installApp() under nginx + php-fpm, sent by the emulator as a portal does: both forms stored in settings.json in CRest's keys after app.info confirmed them (APPLICATION_TOKEN, never APP_SID); forged installs store nothing and answer install => false
--EXTENSIONS--
b24
--INI--
b24.crest_compat=1
b24.retries=0
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/crest.inc';
require __DIR__ . '/inc/app.inc';
b24_emu_reset();
$env = b24_emu();
$dir = b24_crest_dir('install');
$file = "$dir/settings.json";
$host = b24_apphost_start(__DIR__ . '/apphost/crest', ['b24.crest_compat' => '1', 'b24.ca_file' => $env['B24_EMU_CA'],
	'b24.oauth_server' => $env['B24_EMU_OAUTH'], 'b24.crest_settings' => $file],
	['B24_EMU_CLIENT_ID' => $env['B24_EMU_CLIENT_ID'], 'B24_EMU_CLIENT_SECRET' => $env['B24_EMU_CLIENT_SECRET']]);

/** One install of the emulator to install.php: [what installApp() returned, the body sent]. */
function crest_install(array $host, string $form, array $extra = []): array
{
	$d = b24_emu_control('POST', 'deliver/install',
		['form' => $form, 'handler' => $host['APPHOST_URL'] . 'install.php'] + $extra)['deliveries'][0];
	return [app_answer($d)['result'], $d['request_body'], (array)($d['query'] ?? [])];
}

function stored(string $file): ?array
{
	return is_file($file) ? json_decode((string)file_get_contents($file), true) : null;
}

try {
	echo "-- the ONAPPINSTALL event\n";
	$mark = b24_emu_log_mark();
	[$r, $body] = crest_install($host, 'event');
	echo json_encode($r), "\n";
	foreach (b24_emu_log_since($mark) as $e) {
		echo "asked: {$e['origin']} {$e['rest_method']} {$e['status']}\n";
	}
	$s = stored($file);
	ksort($s);
	echo implode(',', array_keys($s)), "\n";
	parse_str($body, $sent);
	echo 'tokens as sent: ', var_export($s['access_token'] === $sent['auth']['access_token']
		&& $s['refresh_token'] === $sent['auth']['refresh_token'], true),
		', application_token: ', var_export($s['application_token'] === $env['B24_EMU_APPLICATION_TOKEN'], true),
		', endpoints: ', $s['client_endpoint'] === $env['B24_EMU_CLIENT_ENDPOINT'] && $s['server_endpoint'] === $env['B24_EMU_SERVER_ENDPOINT'] ? 'the portal and its server' : 'WRONG',
		', file mode ', decoct(fileperms($file) & 0777), "\n";

	/* the stored settings work for CRest::call() in this process */
	ini_set('b24.ca_file', $env['B24_EMU_CA']);
	ini_set('b24.oauth_server', $env['B24_EMU_OAUTH']);
	ini_set('b24.crest_settings', $file);
	define('C_REST_CLIENT_ID', $env['B24_EMU_CLIENT_ID']);
	define('C_REST_CLIENT_SECRET', $env['B24_EMU_CLIENT_SECRET']);
	echo 'profile with the stored token: ', CRest::call('profile')['result']['ID'], "\n";

	echo "-- the app opened with PLACEMENT=DEFAULT\n";
	unlink($file);
	[$r, $body, $query] = crest_install($host, 'placement');
	echo json_encode($r), "\n";
	$s = stored($file);
	parse_str($body, $sent);
	$q = $query;
	echo 'AUTH_ID/REFRESH_ID kept: ', var_export($s['access_token'] === $sent['AUTH_ID'] && $s['refresh_token'] === $sent['REFRESH_ID'], true),
		', application_token is APPLICATION_TOKEN: ', var_export($s['application_token'] === $sent['APPLICATION_TOKEN'], true),
		', APP_SID ', isset($q['APP_SID']) ? 'sent' : 'NOT SENT', ', stored: ', var_export(isset($q['APP_SID']) && in_array($q['APP_SID'], $s, true), true),
		', client_endpoint of DOMAIN: ', $s['client_endpoint'] === $env['B24_EMU_CLIENT_ENDPOINT'] ? 'yes' : 'NO', "\n";

	echo "-- an older portal sends no APPLICATION_TOKEN: the one kept for the portal stays\n";
	$before = $s['application_token'];
	[$r, $body] = crest_install($host, 'placement', ['application_token' => false]);
	parse_str($body, $sent);
	$s = stored($file);
	echo json_encode($r), ' new tokens: ', var_export($s['access_token'] === $sent['AUTH_ID'], true),
		', application_token still: ', var_export($s['application_token'] === $before, true), "\n";

	echo "-- forgeries store nothing\n";
	foreach (['other_app', 'http_endpoint', 'untrusted_server', 'fake_token', 'wrong_portal'] as $forge) {
		foreach (['event', 'placement'] as $form) {
			$before = file_get_contents($file);
			[$r] = crest_install($host, $form, ['forge' => $forge]);
			echo "$forge ($form): ", json_encode($r), ', settings ',
				file_get_contents($file) === $before ? 'unchanged' : 'CHANGED', "\n";
		}
	}
	unlink($file);
	[$r] = crest_install($host, 'event', ['forge' => 'other_app']);
	echo 'other_app with nothing installed: ', json_encode($r), ', ', is_file($file) ? 'A FILE WRITTEN' : 'no file', "\n";
	$log = $host['APPHOST_PHP_ERRORS'];
	echo is_file($log) && filesize($log) ? "PHP errors:\n" . file_get_contents($log) : "no PHP error\n";
} finally {
	b24_apphost_stop($host);
}
?>
--EXPECT--
-- the ONAPPINSTALL event
{"rest_only":true,"install":true}
asked: oauth app.info 200
access_token,application_token,client_endpoint,domain,expires,expires_in,member_id,refresh_token,scope,server_endpoint,status,user_id
tokens as sent: true, application_token: true, endpoints: the portal and its server, file mode 600
profile with the stored token: 1
-- the app opened with PLACEMENT=DEFAULT
{"rest_only":false,"install":true}
AUTH_ID/REFRESH_ID kept: true, application_token is APPLICATION_TOKEN: true, APP_SID sent, stored: false, client_endpoint of DOMAIN: yes
-- an older portal sends no APPLICATION_TOKEN: the one kept for the portal stays
{"rest_only":false,"install":true} new tokens: true, application_token still: true
-- forgeries store nothing
other_app (event): {"rest_only":true,"install":false}, settings unchanged
other_app (placement): {"rest_only":false,"install":false}, settings unchanged
http_endpoint (event): {"rest_only":true,"install":false}, settings unchanged
http_endpoint (placement): {"rest_only":false,"install":false}, settings unchanged
untrusted_server (event): {"rest_only":true,"install":false}, settings unchanged
untrusted_server (placement): {"rest_only":false,"install":false}, settings unchanged
fake_token (event): {"rest_only":true,"install":false}, settings unchanged
fake_token (placement): {"rest_only":false,"install":false}, settings unchanged
wrong_portal (event): {"rest_only":true,"install":false}, settings unchanged
wrong_portal (placement): {"rest_only":false,"install":false}, settings unchanged
other_app with nothing installed: {"rest_only":true,"install":false}, no file
no PHP error
