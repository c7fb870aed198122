--TEST--
b24: with the b24.* INI settings empty, CRest's C_REST_* constants configure the default client
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$dir = sys_get_temp_dir() . '/b24-crest-' . getmypid();
@mkdir($dir, 0700);
$pair = b24_emu_install();
file_put_contents("$dir/settings.json", json_encode([
    'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'application_token' => $pair['application_token'],
    'C_REST_CLIENT_ID' => $env['B24_EMU_CLIENT_ID'], 'C_REST_CLIENT_SECRET' => $env['B24_EMU_CLIENT_SECRET'],
]));
$hook = var_export($env['B24_EMU_WEBHOOK'], true);
$user = var_export($env['B24_EMU_WEBHOOK_USER'], true);
$ca = ['b24.ca_file' => $env['B24_EMU_CA']];
$cases = [
    'webhook constant' => ["define('C_REST_WEB_HOOK_URL', $hook);", $ca],
    'C_REST_IGNORE_SSL' => ["define('C_REST_WEB_HOOK_URL', $hook); define('C_REST_IGNORE_SSL', true);", []],
    'verified, no CA' => ["define('C_REST_WEB_HOOK_URL', $hook); define('C_REST_IGNORE_SSL', false);", []],
    'INI wins' => ["define('C_REST_WEB_HOOK_URL', $user);", $ca + ['b24.webhook_url' => $env['B24_EMU_WEBHOOK']]],
    'OAuth constants + store' => [
        "define('C_REST_CLIENT_ID', " . var_export($env['B24_EMU_CLIENT_ID'], true) . "); define('C_REST_CLIENT_SECRET', "
            . var_export($env['B24_EMU_CLIENT_SECRET'], true) . ');',
        $ca + ['b24.store' => "$dir/settings.json", 'b24.oauth_server' => $env['B24_EMU_OAUTH']],
    ],
    'bad webhook constant' => ["define('C_REST_WEB_HOOK_URL', 'https://portal.example/rest/SECRETCODE/');", $ca],
    'no constants' => ['', $ca],
];
$script = "$dir/child.php";
foreach ($cases as $name => [$defines, $ini]) {
    file_put_contents($script, "<?php $defines
try {
    \$r = b24_call('profile');
    echo \$r['result']['ID'] ?? \$r['error'];
    \$b = b24_call_batch(['a' => ['method' => 'profile']]);
    echo ' ', \$b['result']['result']['a']['ID'] ?? \$b['error'];
} catch (Throwable \$e) {
    echo get_class(\$e), ': ', \$e->getMessage();
}
");
    $out = shell_exec(b24_test_php($ini) . ' ' . escapeshellarg($script) . ' 2>&1');
    echo "$name: $out\n";
    b24_assert_no_secret($name, (string)$out, b24_emu_secrets(['SECRETCODE']));
}
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
webhook constant: 1 1
C_REST_IGNORE_SSL: 1 1
verified, no CA: curl_error curl_error
INI wins: 1 1
OAuth constants + store: 1 1
bad webhook constant: ValueError: b24_call(): C_REST_WEB_HOOK_URL is not a valid webhook URL: %s
no constants: Error: b24_call(): no B24Client given and no default client configured: set b24.webhook_url, or b24.client_id, b24.client_secret and b24.store
