--TEST--
B24App: one application serves two portals: each install keeps its own token set by member_id, each portal's events reach a client of that portal, and one portal's uninstall leaves the other installed
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/app.inc';
$env = b24_emu();
$app = app_start();
$host = fn (string $url) => parse_url($url, PHP_URL_HOST);
try {
	echo json_encode(app_install($app, 'event')['result']), "\n";
	echo json_encode(app_install($app, 'placement', ['portal' => 'second'])['result']), "\n";
	$sets = app_store($app);
	echo count($sets), " portals kept\n";
	$second = array_values(array_diff(array_keys($sets), [$env['B24_EMU_MEMBER_ID']]))[0];
	foreach ([$env['B24_EMU_MEMBER_ID'] => $sets[$env['B24_EMU_MEMBER_ID']], $second => $sets[$second]] as $member => $set) {
		echo $member === $env['B24_EMU_MEMBER_ID'] ? 'main' : 'second', ': ', $host($set['client_endpoint']),
			', application_token ', $member === $env['B24_EMU_MEMBER_ID']
				? ($set['application_token'] === $env['B24_EMU_APPLICATION_TOKEN'] ? 'the main one' : 'WRONG')
				: ($set['application_token'] !== $env['B24_EMU_APPLICATION_TOKEN'] ? 'its own' : 'THE MAIN ONE'), "\n";
	}
	echo "-- events of each portal reach a client of that portal\n";
	foreach (['main', 'second'] as $portal) {
		[$status, $a] = app_event($app, 'ONCRMDEALADD', ['portal' => $portal, 'data' => ['FIELDS' => ['ID' => '1']]]);
		preg_match('/\[portal\] => (\S+)/', $a['portal'] ?? '', $m);
		echo "$portal: $status ", $a['member_id'] === ($portal === 'main' ? $env['B24_EMU_MEMBER_ID'] : $second) ? 'its member_id' : 'WRONG',
			", client of ", $m[1] ?? '-', ", profile {$a['profile']}\n";
	}
	echo "-- one portal's token does not pass for the other\n";
	[$status, $a] = app_event($app, 'ONCRMDEALADD', ['portal' => 'second', 'application_token' => $env['B24_EMU_APPLICATION_TOKEN']]);
	echo "$status {$a['code']}\n";
	echo "-- the second portal uninstalls\n";
	[$status, $a] = app_event($app, 'ONAPPUNINSTALL', ['portal' => 'second']);
	echo "$status {$a['name']}; kept: ", implode(', ', array_map(fn ($m) => $m === $env['B24_EMU_MEMBER_ID'] ? 'main' : 'second',
		array_keys(app_store($app)))), "\n";
	[$status, $a] = app_event($app, 'ONCRMDEALADD', ['portal' => 'second']);
	echo "second: $status {$a['code']}\n";
	[$status, $a] = app_event($app, 'ONCRMDEALADD');
	echo "main: $status {$a['name']}\n";
	echo app_php_errors($app);
} finally {
	app_stop($app);
}
?>
--EXPECT--
{"rest_only":true,"install":true}
{"rest_only":false,"install":true}
2 portals kept
main: localhost, application_token the main one
second: 127.0.0.1, application_token its own
-- events of each portal reach a client of that portal
main: 200 its member_id, client of localhost, profile 1
second: 200 its member_id, client of 127.0.0.1, profile 1
-- one portal's token does not pass for the other
401 B24_APP_TOKEN_INVALID
-- the second portal uninstalls
200 ONAPPUNINSTALL; kept: main
second: 401 B24_UNKNOWN_PORTAL
main: 200 ONCRMDEALADD
no PHP error
