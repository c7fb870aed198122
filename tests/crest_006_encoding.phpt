--TEST--
b24: C_REST_CURRENT_ENCODING=windows-1251: parameters (keys too) sent as UTF-8, answers back in windows-1251, ints/floats/bools/null kept; with mbstring, with iconv alone, and with neither
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/crest.inc';
b24_emu_reset();
$env = b24_emu();
$dir = b24_crest_dir('charset');
copy(b24_test_root() . '/crest/crest.php', "$dir/crest.php");
file_put_contents("$dir/settings.php", "<?php define('C_REST_WEB_HOOK_URL', " . var_export($env['B24_EMU_WEBHOOK'], true)
    . "); define('C_REST_CURRENT_ENCODING', 'windows-1251');\n");
/* a deal whose title windows-1251 cannot hold whole (an emoji), made in UTF-8 */
$emoji = b24_emu_webhook_client()->call('crm.deal.add', ['fields' => ['TITLE' => "A\u{1F600}\u{0411}"]]);
file_put_contents("$dir/run.php", '<?php
require_once __DIR__ . "/crest.php";
set_error_handler(function ($no, $text) { echo "error handler: $text\n"; return true; });
$title = "\xD1\xE4\xE5\xEB\xEA\xE0";           /* "Сделка" in windows-1251 */
$key = "\xCA\xEB\xFE\xF7";                      /* "Ключ" */
try {
    $add = CRest::call("crm.deal.add", ["fields" => ["TITLE" => $title, "OPENED" => true, "OPPORTUNITY" => 12.5, "COMMENTS" => null]]);
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    exit;
}
$get = CRest::call("crm.deal.get", ["id" => $add["result"]]);
$profile = CRest::call("profile");
$batch = CRest::callBatch([$key => ["method" => "crm.deal.get", "params" => ["id" => ' . (int)$emoji . ']]]);
echo json_encode([
    "add result" => get_debug_type($add["result"]),
    "time.duration" => get_debug_type($add["time"]["duration"]),
    "title back" => $get["result"]["TITLE"] === $title,
    "ADMIN" => get_debug_type($profile["result"]["ADMIN"]),
    "TIME_ZONE_OFFSET" => get_debug_type($profile["result"]["TIME_ZONE_OFFSET"]),
    "batch key" => bin2hex((string)array_key_first($batch["result"]["result"])),
    /* iconv //TRANSLIT stands in for the emoji as its libc decides ("?" in glibc 2.36, ":-D" in 2.41) */
    "emoji title" => preg_match("/^A[\x20-\x7e]{1,8}\xC1\z/", $t = $batch["result"]["result"][$key]["TITLE"])
        ? "A, an ASCII stand-in, then the cp1251 letter" : bin2hex($t),
]), "\n";
/* 0x98 is no character of windows-1251: converted or kept, never a notice */
$odd = CRest::call("server.time", ["x" => "a\x98b"]);
var_dump(isset($odd["result"]), error_get_last());
');
foreach (['mbstring' => ['mbstring'], 'iconv' => ['iconv'], 'neither' => []] as $name => $ext) {
    $mark = b24_emu_log_mark();
    echo "$name: ", shell_exec(b24_crest_php([], $ext) . ' ' . escapeshellarg("$dir/run.php") . ' 2>&1');
    $adds = b24_emu_log_since($mark, 'crm.deal.add');
    if ($adds) {
        parse_str(b24_emu_raw($adds[0]['id']), $sent);
        echo '  sent: ', json_encode($sent, JSON_UNESCAPED_UNICODE), "\n";
    }
}
?>
--EXPECT--
mbstring: {"add result":"int","time.duration":"float","title back":true,"ADMIN":"bool","TIME_ZONE_OFFSET":"int","batch key":"caebfef7","emoji title":"A, an ASCII stand-in, then the cp1251 letter"}
bool(true)
NULL
  sent: {"fields":{"TITLE":"Сделка","OPENED":"1","OPPORTUNITY":"12.5"}}
iconv: {"add result":"int","time.duration":"float","title back":true,"ADMIN":"bool","TIME_ZONE_OFFSET":"int","batch key":"caebfef7","emoji title":"A, an ASCII stand-in, then the cp1251 letter"}
bool(true)
NULL
  sent: {"fields":{"TITLE":"Сделка","OPENED":"1","OPPORTUNITY":"12.5"}}
neither: Error: CRest: C_REST_CURRENT_ENCODING needs ext/mbstring or ext/iconv, and neither is loaded
