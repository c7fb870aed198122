--TEST--
b24: the token store's reader takes strict JSON only (as json_decode() does): single quotes, comments, trailing commas and trailing text make a damaged store on every path
--EXTENSIONS--
b24
--INI--
b24.crest_compat=1
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$dir = sys_get_temp_dir() . '/b24-strict-' . getmypid();
@mkdir($dir, 0700);
$pair = b24_emu_install();
$config = b24_emu_oauth_config($pair, ['access_token' => null, 'refresh_token' => null]);
$member = $env['B24_EMU_MEMBER_ID'];
$good = json_encode([
    'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $member,
]);
$texts = [
    'strict' => $good,
    'single quotes' => str_replace('"', "'", $good),
    'comment' => '/* kept */' . $good,
    'trailing comma' => substr($good, 0, -1) . ',}',
    'trailing text' => $good . ' x',
];
ini_set('b24.crest_settings', "$dir/crest.json");
/* CRest's own reader of its settings file, which is the core's store */
class Settings extends CRest
{
    public static function read()
    {
        return static::getSettingData();
    }
}
foreach ($texts as $name => $text) {
    echo "== $name: ", json_encode(json_decode($text) !== null), "\n";
    file_put_contents("$dir/settings.json", $text);
    try {
        $client = new B24Client(['store' => "$dir/settings.json"] + $config);
        echo 'B24Client: ', isset($client->call('profile')['ID']) ? 'called' : 'no ID', "\n";
    } catch (B24Exception $e) {
        echo 'B24Client: ', get_class($e), ' ', $e->getErrorCode(), "\n";
    }
    file_put_contents("$dir/$member.json", $text);
    try {
        $set = (new B24FileTokenStore($dir))->load($member);
        echo 'B24FileTokenStore: ', $set === null ? 'null' : 'loaded', "\n";
    } catch (B24Exception $e) {
        echo 'B24FileTokenStore: ', get_class($e), ' ', $e->getErrorCode(), "\n";
    }
    file_put_contents("$dir/crest.json", $text);
    $data = Settings::read();
    echo 'CRest: ', is_array($data) && isset($data['access_token']) ? 'read' : json_encode($data), "\n";
}
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
== strict: true
B24Client: called
B24FileTokenStore: loaded
CRest: read
== single quotes: false
B24Client: B24AuthException B24_STORE_FAILED
B24FileTokenStore: B24AuthException B24_STORE_FAILED
CRest: []
== comment: false
B24Client: B24AuthException B24_STORE_FAILED
B24FileTokenStore: B24AuthException B24_STORE_FAILED
CRest: []
== trailing comma: false
B24Client: B24AuthException B24_STORE_FAILED
B24FileTokenStore: B24AuthException B24_STORE_FAILED
CRest: []
== trailing text: false
B24Client: B24AuthException B24_STORE_FAILED
B24FileTokenStore: B24AuthException B24_STORE_FAILED
CRest: []