--TEST--
B24App::install(): the ONAPPINSTALL event and the app opened with PLACEMENT=DEFAULT, sent by the emulator to a handler under nginx + php-fpm, store the portal's tokens after app.info confirmed them; APPLICATION_TOKEN is kept, never APP_SID
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/app.inc';
$env = b24_emu();
$app = app_start();
try {
	echo "-- the ONAPPINSTALL event\n";
	$mark = b24_emu_log_mark();
	$r = app_install($app, 'event');
	echo json_encode($r['result']), ' page=', var_export($r['page'], true), "\n";
	foreach (b24_emu_log_since($mark) as $e) {
		echo "asked: {$e['origin']} {$e['rest_method']} {$e['status']}\n";
	}
	$sets = app_store($app);
	echo count($sets), ' portal kept: ', array_key_first($sets) === $env['B24_EMU_MEMBER_ID'] ? 'the member_id' : 'ANOTHER', "\n";
	$set = $sets[$env['B24_EMU_MEMBER_ID']];
	ksort($set);
	echo implode(',', array_keys($set)), "\n";
	parse_str($app['sent'][0], $sent);
	echo 'tokens as sent: ', var_export($set['access_token'] === $sent['auth']['access_token']
		&& $set['refresh_token'] === $sent['auth']['refresh_token'], true),
		', application_token: ', var_export($set['application_token'] === $env['B24_EMU_APPLICATION_TOKEN'], true),
		', endpoints: ', $set['client_endpoint'] === $env['B24_EMU_CLIENT_ENDPOINT'] && $set['server_endpoint'] === $env['B24_EMU_SERVER_ENDPOINT'] ? 'the portal and its server' : 'WRONG',
		', user ', $set['user_id'], ', expires in ', $set['expires'] - time() > 3590 ? 'an hour' : 'WRONG', "\n";
	/* the kept tokens work */
	$client = new B24Client(['client_id' => $env['B24_EMU_CLIENT_ID'], 'client_secret' => $env['B24_EMU_CLIENT_SECRET'],
		'access_token' => $set['access_token'], 'refresh_token' => $set['refresh_token'],
		'client_endpoint' => $set['client_endpoint'], 'oauth_server' => $set['server_endpoint'], 'ca_file' => $env['B24_EMU_CA']]);
	echo 'profile with the kept token: ', $client->call('profile')['ID'], "\n";

	echo "-- the app opened with PLACEMENT=DEFAULT (a newer portal: APPLICATION_TOKEN sent)\n";
	array_map('unlink', glob($app['store'] . '/*'));
	$r = app_install($app, 'placement', ['user_id' => 1]);
	echo json_encode($r['result']), "\n";
	echo 'page: ', preg_match('#<script src="//api\.bitrix24\.com/api/v1/"></script>#', $r['page']) ? 'loads the SDK' : 'NO SDK',
		', ', str_contains($r['page'], 'BX24.installFinish()') ? 'calls installFinish' : 'NO installFinish', "\n";
	$set = app_store($app)[$env['B24_EMU_MEMBER_ID']];
	parse_str($app['sent'][1], $body);
	echo 'AUTH_ID/REFRESH_ID kept: ', var_export($set['access_token'] === $body['AUTH_ID'] && $set['refresh_token'] === $body['REFRESH_ID'], true),
		', application_token is APPLICATION_TOKEN: ', var_export($set['application_token'] === $body['APPLICATION_TOKEN'], true),
		', client_endpoint of DOMAIN: ', $set['client_endpoint'] === $env['B24_EMU_CLIENT_ENDPOINT'] ? 'yes' : 'NO', "\n";

	echo "-- an older portal sends no APPLICATION_TOKEN: the one of the event is kept, APP_SID never\n";
	$r = app_install($app, 'placement', ['application_token' => false]);
	echo json_encode($r['result']), "\n";
	$set = app_store($app)[$env['B24_EMU_MEMBER_ID']];
	parse_str($app['sent'][2], $body);
	echo 'new tokens: ', var_export($set['access_token'] === $body['AUTH_ID'], true),
		', application_token still: ', var_export($set['application_token'] === $env['B24_EMU_APPLICATION_TOKEN'], true), "\n";
	array_map('unlink', glob($app['store'] . '/*'));
	$r = app_install($app, 'placement', ['application_token' => false]);
	echo json_encode($r['result']), ' ', array_key_exists('application_token', app_store($app)[$env['B24_EMU_MEMBER_ID']])
		? 'HAS AN application_token' : 'no application_token (events cannot be verified until ONAPPINSTALL)', "\n";

	echo app_php_errors($app);
} finally {
	app_stop($app);
}
?>
--EXPECT--
-- the ONAPPINSTALL event
{"rest_only":true,"install":true} page=NULL
asked: oauth app.info 200
1 portal kept: the member_id
access_token,application_token,client_endpoint,domain,expires,expires_in,member_id,refresh_token,scope,server_endpoint,status,user_id
tokens as sent: true, application_token: true, endpoints: the portal and its server, user 1, expires in an hour
profile with the kept token: 1
-- the app opened with PLACEMENT=DEFAULT (a newer portal: APPLICATION_TOKEN sent)
{"rest_only":false,"install":true}
page: loads the SDK, calls installFinish
AUTH_ID/REFRESH_ID kept: true, application_token is APPLICATION_TOKEN: true, client_endpoint of DOMAIN: yes
-- an older portal sends no APPLICATION_TOKEN: the one of the event is kept, APP_SID never
{"rest_only":false,"install":true}
new tokens: true, application_token still: true
{"rest_only":false,"install":true} no application_token (events cannot be verified until ONAPPINSTALL)
no PHP error
