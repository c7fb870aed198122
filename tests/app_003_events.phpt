--TEST--
B24App::event(): REST events from the emulator are believed only with the application_token kept at install (constant-time compare); an unknown portal, a missing or wrong token, a malformed request are B24AuthException; ONAPPUNINSTALL, checked the same way, deletes the portal's tokens
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/app.inc';
$env = b24_emu();
$app = app_start();
$show = function (array $e): void {
	[$status, $a] = $e;
	if (isset($a['refused'])) {
		echo "$status {$a['refused']} {$a['code']}\n";
		return;
	}
	echo "$status {$a['name']} ", $a['member_id'] === b24_emu()['B24_EMU_MEMBER_ID'] ? 'main portal' : $a['member_id'],
		' ts=', is_int($a['ts']) && abs($a['ts'] - time()) < 60 ? 'now' : var_export($a['ts'], true),
		' data=', json_encode($a['data']), isset($a['profile']) ? " client's profile: {$a['profile']}" : '', "\n";
};
$out = '';
try {
	echo "-- before any install: the portal is unknown\n";
	$show($e = app_event($app, 'ONCRMDEALADD', ['data' => ['FIELDS' => ['ID' => '7']]]));
	echo json_encode(app_install($app, 'event')['result']), "\n";

	echo "-- verified events, with and without a user's tokens\n";
	$show($e = app_event($app, 'ONCRMDEALADD', ['data' => ['FIELDS' => ['ID' => '7']]]));
	$out .= json_encode($e);
	echo str_contains($e[1]['portal'], parse_url($env['B24_EMU_PORTAL'], PHP_URL_HOST)) ? "the client is the portal's\n" : "WRONG CLIENT\n";
	$show($e = app_event($app, 'OnCrmDealUpdate', ['with_tokens' => false, 'data' => ['FIELDS' => ['ID' => '8']]]));
	$out .= json_encode($e);

	echo "-- forged\n";
	$show($e = app_event($app, 'ONCRMDEALADD', ['application_token' => bin2hex(random_bytes(16))]));
	$out .= json_encode($e);
	$show($e = app_event($app, 'ONCRMDEALADD', ['application_token' => substr($env['B24_EMU_APPLICATION_TOKEN'], 0, -1)]));
	$show($e = app_event($app, 'ONCRMDEALADD', ['application_token' => '']));
	$show($e = app_event($app, 'ONCRMDEALADD', ['portal' => 'second', 'application_token' => $env['B24_EMU_APPLICATION_TOKEN']]));
	$show($e = app_event($app, 'ONCRMDEALADD x'));

	echo "-- ONAPPUNINSTALL: a forged one deletes nothing, the portal's own deletes the tokens\n";
	$show($e = app_event($app, 'ONAPPUNINSTALL', ['application_token' => bin2hex(random_bytes(16))]));
	echo count(app_store($app)), " portal kept\n";
	$show($e = app_event($app, 'ONAPPUNINSTALL', ['data' => ['LANGUAGE_ID' => 'en', 'CLEAN' => '0']]));
	$out .= json_encode($e);
	echo count(app_store($app)), " portal kept\n";
	$show($e = app_event($app, 'ONCRMDEALADD'));

	echo app_php_errors($app);
	b24_assert_no_secret('an answer', $out, app_secrets($app));
} finally {
	app_stop($app);
}

echo "-- in-process: malformed requests, a store that fails\n";
final class BrokenStore implements B24TokenStore
{
	public function load(string $m): ?array { throw new RuntimeException('disk gone'); }
	public function save(string $m, array $t): void {}
	public function delete(string $m): void {}
	public function lock(string $m, float $t): bool { return true; }
	public function unlock(string $m): void {}
}
$broken = new B24App(['client_id' => 'local.1', 'client_secret' => 's', 'store' => new BrokenStore()]);
foreach ([[], ['event' => 'ONCRMDEALADD'], ['event' => 'ONCRMDEALADD', 'auth' => 'x'],
		['event' => 'ONCRMDEALADD', 'auth' => ['member_id' => 'a/b', 'application_token' => 't']],
		['event' => ['x'], 'auth' => []],
		['event' => 'ONCRMDEALADD', 'auth' => ['member_id' => 'm1', 'application_token' => 't']]] as $request) {
	try {
		$broken->event($request);
		echo "accepted\n";
	} catch (B24AuthException $x) {
		echo get_class($x), ' ', $x->getErrorCode(), $x->getPrevious() ? ' (previous: ' . $x->getPrevious()->getMessage() . ')' : '', "\n";
	}
}
?>
--EXPECT--
-- before any install: the portal is unknown
401 B24AuthException B24_UNKNOWN_PORTAL
{"rest_only":true,"install":true}
-- verified events, with and without a user's tokens
200 ONCRMDEALADD main portal ts=now data={"FIELDS":{"ID":"7"}} client's profile: 1
the client is the portal's
200 ONCRMDEALUPDATE main portal ts=now data={"FIELDS":{"ID":"8"}} client's profile: 1
-- forged
401 B24AuthException B24_APP_TOKEN_INVALID
401 B24AuthException B24_APP_TOKEN_INVALID
401 B24AuthException B24_APP_TOKEN_MISSING
401 B24AuthException B24_UNKNOWN_PORTAL
401 B24AuthException B24_EVENT_MALFORMED
-- ONAPPUNINSTALL: a forged one deletes nothing, the portal's own deletes the tokens
401 B24AuthException B24_APP_TOKEN_INVALID
1 portal kept
200 ONAPPUNINSTALL main portal ts=now data={"LANGUAGE_ID":"en","CLEAN":"0"}
0 portal kept
401 B24AuthException B24_UNKNOWN_PORTAL
no PHP error
-- in-process: malformed requests, a store that fails
B24AuthException B24_EVENT_MALFORMED
B24AuthException B24_EVENT_MALFORMED
B24AuthException B24_EVENT_MALFORMED
B24AuthException B24_EVENT_MALFORMED
B24AuthException B24_EVENT_MALFORMED
B24AuthException B24_STORE_FAILED (previous: disk gone)
