--TEST--
b24: class MyRest extends CRest keeping its settings in SQLite: call(), callBatch() and installApp() read and write through the overrides, every refresh written back through setSettingData()
--EXTENSIONS--
b24
pdo_sqlite
--INI--
b24.crest_compat=1
b24.retries=0
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/crest.inc';
b24_emu_reset();
$env = b24_emu();
ini_set('b24.ca_file', $env['B24_EMU_CA']);
ini_set('b24.oauth_server', $env['B24_EMU_OAUTH']);
/* no b24.crest_settings: the subclass does not use a file */

class DbRest extends CRest
{
    public static PDO $db;
    public static array $writes = [];
    public static bool $refuse = false;

    protected static function getSettingData()
    {
        $json = self::$db->query('SELECT data FROM settings WHERE id = 1')->fetchColumn();
        $settings = $json ? json_decode($json, true) : [];
        /* as CRest's own does: the client keys added at read time */
        return $settings + ['C_REST_CLIENT_ID' => $GLOBALS['env']['B24_EMU_CLIENT_ID'],
            'C_REST_CLIENT_SECRET' => $GLOBALS['env']['B24_EMU_CLIENT_SECRET']];
    }

    protected static function setSettingData($arSettings)
    {
        self::$writes[] = $arSettings;
        if (self::$refuse) {
            return false;
        }
        return self::$db->prepare('REPLACE INTO settings (id, data) VALUES (1, ?)')->execute([json_encode($arSettings)]);
    }

    public static function stored(): array
    {
        return json_decode((string)self::$db->query('SELECT data FROM settings WHERE id = 1')->fetchColumn(), true) ?: [];
    }
}
DbRest::$db = new PDO('sqlite::memory:');
DbRest::$db->exec('CREATE TABLE settings (id INTEGER PRIMARY KEY, data TEXT)');

b24_crest_check('not installed', 'no_install_app', 'incomplete', DbRest::call('profile'));

/* install through the ONAPPINSTALL event */
$pair = b24_emu_install();
$_REQUEST = ['event' => 'ONAPPINSTALL', 'data' => ['VERSION' => '1'], 'ts' => (string)time(), 'auth' => [
    'access_token' => $pair['access_token'], 'expires' => (string)$pair['expires'], 'expires_in' => '3600',
    'scope' => $pair['scope'], 'domain' => $env['B24_EMU_DOMAIN'], 'server_endpoint' => $env['B24_EMU_SERVER_ENDPOINT'],
    'status' => 'L', 'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
    'user_id' => '1', 'refresh_token' => $pair['refresh_token'], 'application_token' => $pair['application_token'],
]];
b24_crest_check('install (event)', 'install', 'event', DbRest::installApp());
$s = DbRest::stored();
$sent = array_diff_key($_REQUEST['auth'], ['expires' => 1]); /* expires: counted from expires_in */
echo 'stored: ', var_export(array_intersect_key($s, $sent) == $sent && $s['expires'] >= time() + 3590, true), "\n";
b24_crest_check('call', 'call', 'item', DbRest::call('profile'));

/* a refresh: written back through the override, merged into the settings */
b24_emu_fault('expired_token', [], 1, 'profile');
DbRest::$writes = [];
b24_crest_check('call after a refresh', 'call', 'item', DbRest::call('profile'));
$s = DbRest::stored();
echo 'writes: ', count(DbRest::$writes), ', keys: ', implode(',', array_keys(DbRest::$writes[0])), "\n";
echo 'new pair stored: ', var_export($s['access_token'] !== $pair['access_token'] && $s['refresh_token'] !== $pair['refresh_token'], true),
    ', domain ', $s['domain'] === $env['B24_EMU_DOMAIN'] ? 'the portal' : $s['domain'],
    ', application_token kept: ', var_export($s['application_token'] === $pair['application_token'], true), "\n";

/* callBatch() of the subclass goes the same way */
b24_emu_fault('expired_token', [], 1, 'batch');
DbRest::$writes = [];
$r = DbRest::callBatch(['me' => ['method' => 'user.current'], 'deal' => ['method' => 'crm.deal.get', 'params' => ['id' => 2]]], 1);
b24_crest_check('batch after a refresh', 'batch', 'answer', $r);
echo 'writes: ', count(DbRest::$writes), ', ', $r['result']['result']['deal']['ID'], "\n";

/* setSettingData() refuses the renewed tokens: the call is not repeated with tokens nobody kept */
b24_emu_fault('expired_token', [], 1, 'profile');
DbRest::$refuse = true;
$before = DbRest::stored();
$r = DbRest::call('profile');
DbRest::$refuse = false;
echo 'refused: ', $r['error'], ' (', $r['error_description'], '), store unchanged: ', var_export(DbRest::stored() === $before, true), "\n";

/* an exception of the override reaches the caller */
class ThrowingRest extends DbRest
{
    protected static function setSettingData($arSettings) { throw new RuntimeException('database down'); }
}
/* (the refusal above spent the stored refresh token: a new installation first) */
$pair = b24_emu_install();
$_REQUEST['auth']['access_token'] = $pair['access_token'];
$_REQUEST['auth']['refresh_token'] = $pair['refresh_token'];
DbRest::installApp();
b24_emu_fault('expired_token', [], 1, 'profile');
try {
    var_dump(ThrowingRest::call('profile'));
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

/* install by opening the app (PLACEMENT=DEFAULT): APPLICATION_TOKEN stored, never APP_SID */
$pair = b24_emu_install();
$_REQUEST = ['DOMAIN' => $env['B24_EMU_DOMAIN'], 'PROTOCOL' => '1', 'LANG' => 'en', 'APP_SID' => 'sid-of-this-render',
    'AUTH_ID' => $pair['access_token'], 'AUTH_EXPIRES' => '3600', 'REFRESH_ID' => $pair['refresh_token'],
    'SERVER_ENDPOINT' => $env['B24_EMU_SERVER_ENDPOINT'], 'APPLICATION_TOKEN' => $pair['application_token'],
    'member_id' => $env['B24_EMU_MEMBER_ID'], 'status' => 'L', 'PLACEMENT' => 'DEFAULT', 'PLACEMENT_OPTIONS' => '{}'];
b24_crest_check('install (placement)', 'install', 'placement', DbRest::installApp());
$s = DbRest::stored();
echo 'stored: ', implode(',', array_keys($s)), ' ', $s['client_endpoint'] === $env['B24_EMU_CLIENT_ENDPOINT'] ? 'endpoint' : 'OTHER',
    ' ', $s['application_token'] === $pair['application_token'] ? 'APPLICATION_TOKEN' : 'OTHER', "\n";
b24_crest_check('call', 'call', 'item', DbRest::call('profile'));

/* neither form; a forged endpoint stores nothing */
$_REQUEST = ['event' => 'ONAPPINSTALL'];
b24_crest_check('neither', 'install', 'neither', DbRest::installApp());
$_REQUEST = ['event' => 'ONAPPINSTALL', 'auth' => ['client_endpoint' => 'http://attacker.example/rest/', 'access_token' => 'x']];
DbRest::$writes = [];
echo 'forged: ', json_encode(DbRest::installApp()), ', writes: ', count(DbRest::$writes), "\n";
var_dump(error_get_last());
?>
--EXPECT--
not installed: as CRest
install (event): as CRest
stored: true
call: as CRest
call after a refresh: as CRest
writes: 1, keys: access_token,refresh_token,expires,expires_in,domain,member_id,client_endpoint,server_endpoint,application_token,scope,status,user_id
new pair stored: true, domain the portal, application_token kept: true
batch after a refresh: as CRest
writes: 1, 2
refused: B24_STORE_FAILED (DbRest::setSettingData() did not keep the renewed tokens), store unchanged: true
RuntimeException: database down
install (placement): as CRest
stored: access_token,refresh_token,expires,expires_in,domain,member_id,client_endpoint,server_endpoint,application_token,status,user_id endpoint APPLICATION_TOKEN
call: as CRest
neither: as CRest
forged: {"rest_only":true,"install":false}, writes: 0
NULL
