--TEST--
b24: the shipped one-line crest.php: a clear failure without the extension or with b24.crest_compat off; otherwise an app keeps its settings.json next to it and works without reinstalling
--EXTENSIONS--
b24
tokenizer
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/crest.inc';
b24_emu_reset();
$env = b24_emu();
$app = b24_crest_dir('app');
copy(b24_test_root() . '/crest/crest.php', "$app/crest.php");
/* one line of code: the tokens that are neither the open tag, comments nor blanks sit on one line */
$code = array_filter(token_get_all(file_get_contents("$app/crest.php")), fn($t) => !is_array($t)
    || !in_array($t[0], [T_OPEN_TAG, T_COMMENT, T_DOC_COMMENT, T_WHITESPACE], true));
echo 'lines of code: ', count(array_unique(array_map(fn($t) => $t[2], array_filter($code, 'is_array')))), "\n";

/* CRest's own files as an installed app has them: settings.php with the constants, settings.json written by CRest */
file_put_contents("$app/settings.php", "<?php\ndefine('C_REST_CLIENT_ID', " . var_export($env['B24_EMU_CLIENT_ID'], true)
    . ");\ndefine('C_REST_CLIENT_SECRET', " . var_export($env['B24_EMU_CLIENT_SECRET'], true) . ");\n");
$pair = b24_emu_install();
file_put_contents("$app/settings.json", b24_crest_settings_json($pair));
file_put_contents("$app/index.php", '<?php
require_once __DIR__ . "/crest.php";
$r = CRest::call("profile");
echo ini_get("b24.crest_settings") === __DIR__ . "/settings.json" ? "next to crest.php" : ini_get("b24.crest_settings"),
    ", ", isset($r["result"]["ID"]) ? "profile " . $r["result"]["ID"] : json_encode($r), "\n";
');
$php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
$run = fn(string $cmd) => trim(preg_replace('/\s+/', ' ', (string)shell_exec("$cmd " . escapeshellarg("$app/index.php") . ' 2>&1')));

echo 'no extension: ', $run(escapeshellarg($php) . ' -n'), "\n";
echo 'compat off: ', $run(b24_test_php()), "\n";
echo 'compat on: ', $run(b24_crest_php()), "\n";

/* a refresh is written to the same file, in place */
b24_emu_fault('expired_token', [], 1, 'profile');
echo 'expired: ', $run(b24_crest_php()), "\n";
$s = json_decode(file_get_contents("$app/settings.json"), true);
echo 'settings.json: ', $s['access_token'] !== $pair['access_token'] ? 'refreshed' : 'NOT REFRESHED', ', mode ',
    decoct(fileperms("$app/settings.json") & 0777), "\n";

/* b24.crest_settings in php.ini wins: the file moved out of the web root */
$outside = b24_crest_dir('private');
rename("$app/settings.json", "$outside/settings.json");
echo 'moved: ', $run(b24_crest_php(['b24.crest_settings' => "$outside/settings.json"])), "\n";
echo 'moved, not told: ', $run(b24_crest_php()), "\n";
/* without settings.php (constants elsewhere, e.g. an auto_prepend_file) */
unlink("$app/settings.php");
echo 'no settings.php: ', $run(b24_crest_php(['b24.crest_settings' => "$outside/settings.json", 'b24.client_id' => $env['B24_EMU_CLIENT_ID'],
    'b24.client_secret' => $env['B24_EMU_CLIENT_SECRET']])), "\n";
?>
--EXPECTF--
lines of code: 1
no extension: %AUncaught Error: crest.php: the b24 extension is not loaded: add extension=b24 to php.ini in %s
compat off: %AUncaught Error: crest.php: b24.crest_compat is off: set b24.crest_compat=1 in php.ini (CRest is registered at startup only) in %s
compat on: next to crest.php, profile 1
expired: next to crest.php, profile 1
settings.json: refreshed, mode 600
moved: %s/settings.json, profile 1
moved, not told: next to crest.php, {"error":"no_install_app","error_information":"error install app, pls install local application "}
no settings.php: %s/settings.json, profile 1
