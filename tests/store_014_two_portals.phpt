--TEST--
b24: two portals in one store (B24FileTokenStore, B24PdoTokenStore) served by two clients picked by member_id; each refresh stays with its portal
--EXTENSIONS--
b24
pdo_sqlite
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
require __DIR__ . '/inc/stores.inc';
/* portal A: the shared emulator; portal B: an emulator of this test's own */
b24_emu_reset();
$envA = b24_emu();
$run = sys_get_temp_dir() . '/b24-second-portal-' . getmypid();
register_shutdown_function(static function () use ($run): void {
    exec('EMU_RUN_DIR=' . escapeshellarg($run) . ' ' . escapeshellarg(b24_test_root() . '/emulator/stop') . ' 2>&1');
    exec('rm -rf ' . escapeshellarg($run));
});
exec('EMU_RUN_DIR=' . escapeshellarg($run) . ' ' . b24_test_untraced() . escapeshellarg(b24_test_root() . '/emulator/start') . ' --fresh 2>&1', $out, $rc);
if ($rc !== 0) {
    throw new RuntimeException("emulator/start failed:\n" . implode("\n", $out));
}
$envB = b24_emu_parse_env((string)file_get_contents("$run/env"));
/** A control request to portal B. */
function control_b(array $env, string $verb, string $route, array $params = []): array
{
    $body = $verb === 'POST' ? json_encode((object)$params) : null;
    return json_decode((string)file_get_contents($env['B24_EMU_CONTROL'] . $route, false,
        b24_emu_context($env['B24_EMU_CA'], $verb, $body, 20.0, 'application/json')), true);
}
echo 'two portals: ', json_encode($envA['B24_EMU_MEMBER_ID'] !== $envB['B24_EMU_MEMBER_ID'] && $envA['B24_EMU_DOMAIN'] !== $envB['B24_EMU_DOMAIN']), "\n";

$dir = sys_get_temp_dir() . '/b24-two-portals-' . getmypid();
@mkdir($dir, 0700);
register_shutdown_function(fn () => exec('rm -rf ' . escapeshellarg($dir)));
$pdoSpec = ['kind' => 'pdo', 'dsn' => "sqlite:$dir/tokens.db"];
b24_store_make($pdoSpec)->createTable();
foreach (['file' => ['kind' => 'file', 'dir' => $dir], 'pdo' => $pdoSpec] as $kind => $spec) {
    $store = b24_store_make($spec);
    $pairs = ['A' => b24_emu_install(), 'B' => control_b($envB, 'POST', 'install')];
    $envs = ['A' => $envA, 'B' => $envB];
    $clients = [];
    foreach ($envs as $p => $env) {
        $store->save($env['B24_EMU_MEMBER_ID'], b24_store_installed_set($env, $pairs[$p]));
        $clients[$p] = new B24Client(['store' => $store, 'member_id' => $env['B24_EMU_MEMBER_ID'],
            'client_id' => $env['B24_EMU_CLIENT_ID'], 'client_secret' => $env['B24_EMU_CLIENT_SECRET'],
            'oauth_server' => $env['B24_EMU_OAUTH'], 'ca_file' => $env['B24_EMU_CA']]);
    }
    /* both tokens expire: each client refreshes at its own portal's OAuth server */
    b24_emu_fault('expired_token', [], 1, 'profile');
    control_b($envB, 'POST', 'faults', ['kind' => 'expired_token', 'count' => 1, 'method' => 'profile']);
    foreach ($clients as $p => $client) {
        $id = $client->call('profile')['ID'];
        $set = $store->load($envs[$p]['B24_EMU_MEMBER_ID']);
        echo "$kind, portal $p: profile ", $id, ', refreshed: ', json_encode($set['refresh_token'] !== $pairs[$p]['refresh_token']),
            ', its own set: ', json_encode($set['member_id'] === $envs[$p]['B24_EMU_MEMBER_ID']
                && $set['client_endpoint'] === $envs[$p]['B24_EMU_CLIENT_ENDPOINT']
                && $set['application_token'] === $pairs[$p]['application_token']), "\n";
    }
    /* a portal forgotten (uninstalled) leaves the other one */
    $store->delete($envB['B24_EMU_MEMBER_ID']);
    echo "$kind: after delete: B ", json_encode($store->load($envB['B24_EMU_MEMBER_ID'])), ', A kept: ',
        json_encode(is_array($store->load($envA['B24_EMU_MEMBER_ID']))), "\n";
    $store->delete($envB['B24_EMU_MEMBER_ID']); /* twice: not an error */
}
?>
--EXPECT--
two portals: true
file, portal A: profile 1, refreshed: true, its own set: true
file, portal B: profile 1, refreshed: true, its own set: true
file: after delete: B null, A kept: true
pdo, portal A: profile 1, refreshed: true, its own set: true
pdo, portal B: profile 1, refreshed: true, its own set: true
pdo: after delete: B null, A kept: true
