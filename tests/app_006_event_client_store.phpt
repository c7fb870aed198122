--TEST--
B24Event::client() is a client of the app's store keyed by the portal's member_id: a refresh it makes after the access token expired is written back to the store (B24FileTokenStore, B24PdoTokenStore, a user store), and the next event's client uses the new pair without refreshing again
--EXTENSIONS--
b24
pdo_sqlite
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
require __DIR__ . '/inc/stores.inc';
b24_emu_reset();
$env = b24_emu();
$member = $env['B24_EMU_MEMBER_ID'];
$dir = sys_get_temp_dir() . '/b24-event-client-' . getmypid();
@mkdir($dir, 0700);
register_shutdown_function(fn () => exec('rm -rf ' . escapeshellarg($dir)));
/* token requests at the OAuth server since $mark */
$refreshes = fn (int $mark): int => count(array_filter(b24_emu_log_since($mark), fn (array $e): bool => $e['origin'] === 'oauth'));
$pdoSpec = ['kind' => 'pdo', 'dsn' => "sqlite:$dir/tokens.db"];
b24_store_make($pdoSpec)->createTable();
@mkdir("$dir/user", 0700);
foreach (['file' => ['kind' => 'file', 'dir' => $dir], 'pdo' => $pdoSpec, 'user' => ['kind' => 'user', 'dir' => "$dir/user"]] as $kind => $spec) {
	$store = b24_store_make($spec);
	$pair = b24_emu_install(['access_lifetime' => 1]);
	$store->save($member, b24_store_installed_set($env, $pair));
	$app = new B24App(['client_id' => $env['B24_EMU_CLIENT_ID'], 'client_secret' => $env['B24_EMU_CLIENT_SECRET'],
		'oauth_server' => $env['B24_EMU_OAUTH'], 'ca_file' => $env['B24_EMU_CA'], 'store' => $store]);
	$event = fn () => $app->event(['event' => 'ONCRMDEALADD', 'data' => ['FIELDS' => ['ID' => '7']], 'ts' => (string)time(),
		'auth' => ['member_id' => $member, 'application_token' => $pair['application_token'], 'domain' => $env['B24_EMU_DOMAIN']]]);
	sleep(2); /* the 1 s access token has expired */
	$mark = b24_emu_log_mark();
	$profile = $event()->client()->call('profile');
	$set = $store->load($member);
	echo "$kind: profile ", $profile['ID'], ', refreshes: ', $refreshes($mark),
		', stored pair is new: ', json_encode($set['access_token'] !== $pair['access_token'] && $set['refresh_token'] !== $pair['refresh_token']),
		', installation kept: ', json_encode($set['application_token'] === $pair['application_token']
			&& $set['client_endpoint'] === $env['B24_EMU_CLIENT_ENDPOINT'] && $set['member_id'] === $member), "\n";
	/* the next event's client reads that pair: no second refresh, the refresh token not spent again */
	$mark = b24_emu_log_mark();
	$event()->client()->call('profile');
	echo "$kind: next client, refreshes: ", $refreshes($mark),
		', store unchanged: ', json_encode($store->load($member)['refresh_token'] === $set['refresh_token']), "\n";
}
?>
--EXPECT--
file: profile 1, refreshes: 1, stored pair is new: true, installation kept: true
file: next client, refreshes: 0, store unchanged: true
pdo: profile 1, refreshes: 1, stored pair is new: true, installation kept: true
pdo: next client, refreshes: 0, store unchanged: true
user: profile 1, refreshes: 1, stored pair is new: true, installation kept: true
user: next client, refreshes: 0, store unchanged: true
