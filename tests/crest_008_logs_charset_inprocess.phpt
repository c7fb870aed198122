--TEST--
b24: CRest's logs and charset conversion in the test process (so that run-tests -m checks their memory): a windows-1251 site with logs, checkServer() twice without a warning
--EXTENSIONS--
b24
mbstring
--INI--
b24.crest_compat=1
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/crest.inc';
b24_emu_reset();
$env = b24_emu();
ini_set('b24.ca_file', $env['B24_EMU_CA']);
$dir = b24_crest_dir('inproc');
ini_set('b24.crest_settings', "$dir/settings.json");
define('C_REST_WEB_HOOK_URL', $env['B24_EMU_WEBHOOK']);
define('C_REST_LOGS_DIR', "$dir/logs");
define('C_REST_CURRENT_ENCODING', 'windows-1251');

$title = "\xD1\xE4\xE5\xEB\xEA\xE0";
$add = CRest::call('crm.deal.add', ['fields' => ['TITLE' => $title, 'OPENED' => true]]);
$get = CRest::call('crm.deal.get', ['id' => $add['result']]);
echo 'round trip: ', var_export($get['result']['TITLE'] === $title, true), ', id ', get_debug_type($add['result']), "\n";
$b = CRest::callBatch(["\xCA" => ['method' => 'crm.deal.get', 'params' => ['id' => $add['result']]], 'x' => ['method' => 'profile']]);
echo 'batch: ', bin2hex((string)array_key_first($b['result']['result'])), ' ', var_export($b['result']['result']["\xCA"]['TITLE'] === $title, true), "\n";
var_dump(CRest::setLog(['auth' => ['refresh_token' => 'rt-secret', 'member_id' => 'm1'], 'obj' => new ArrayObject(['access_token' => 'at-secret']),
    'text' => "cmd%5Ba%5D=x%3Fauth%3Dat-secret2", 1 => 2.5, 'bin' => "\xCA"], 'mine'));
echo json_encode(CRest::checkServer(false)), json_encode(CRest::checkServer(false)), "\n";

$files = glob("$dir/logs/*/*/*");
sort($files);
$all = '';
foreach ($files as $f) {
    $all .= file_get_contents($f);
    echo preg_replace('#^.*/(\d+)_([a-zA-Z]+)_(\d+)log(\.json|_backup\.txt)$#', '$2$4', $f), ' ', decoct(fileperms($f) & 0777), "\n";
}
b24_assert_no_secret('logs', $all, array_merge(b24_emu_secrets(), ['rt-secret', 'at-secret']));
var_dump(error_get_last());
?>
--EXPECTF--
round trip: true, id int
batch: ca true
bool(true)
{"success":"Success!"}{"success":"Success!"}
%s 600
%s 600
%s 600
%s 600
NULL
