--TEST--
b24: php --ri b24 and phpinfo() show versions and settings, never a secret
--EXTENSIONS--
b24
--INI--
b24.webhook_url=https://portal.example/rest/3/SECRETCODE42/
b24.client_secret=SECRETSECRET42
b24.client_id=app.42
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
$ri = shell_exec(b24_test_php([
    'b24.webhook_url' => 'https://portal.example/rest/3/SECRETCODE42/',
    'b24.client_secret' => 'SECRETSECRET42',
]) . ' --ri b24 2>&1');
foreach (['b24 support => enabled', 'Version => ' . phpversion('b24'), 'libcurl => ', 'TLS backend => ', 'HTTP/2 => ', 'json-c => ',
    'b24.webhook_url => https://portal.example/rest/3/***/ => https://portal.example/rest/3/***/',
    'b24.client_secret => (set) => (set)', 'b24.store => no value', 'b24.verify_tls => On', 'b24.timeout => 75'] as $want) {
    echo str_replace(phpversion('b24'), '<version>', $want), ': ', strpos($ri, $want) !== false ? 'yes' : "NO\n$ri", "\n";
}
b24_assert_no_secret('php --ri', $ri, ['SECRETCODE42', 'SECRETSECRET42']);

ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
b24_assert_no_secret('phpinfo()', $info, ['SECRETCODE42', 'SECRETSECRET42']);
echo strpos($info, 'b24.client_secret => (set) => (set)') !== false ? "secret shown as (set)\n" : "NO\n";
ini_set('b24.client_secret', '');
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
echo strpos($info, 'b24.client_secret => (not set) => (set)') !== false ? "local (not set), master (set)\n" : "NO\n";
/* the raw value stays readable to the code that set it */
var_dump(ini_get('b24.webhook_url'));
?>
--EXPECT--
b24 support => enabled: yes
Version => <version>: yes
libcurl => : yes
TLS backend => : yes
HTTP/2 => : yes
json-c => : yes
b24.webhook_url => https://portal.example/rest/3/***/ => https://portal.example/rest/3/***/: yes
b24.client_secret => (set) => (set): yes
b24.store => no value: yes
b24.verify_tls => On: yes
b24.timeout => 75: yes
secret shown as (set)
local (not set), master (set)
string(43) "https://portal.example/rest/3/SECRETCODE42/"
