--TEST--
b24: INI settings are checked when set; a refused value leaves the setting as it was
--EXTENSIONS--
b24
--INI--
b24.timeout=abc
b24.oauth_server=http://oauth.example/
--FILE--
<?php
/* php.ini values that a handler refuses leave the defaults */
var_dump(ini_get('b24.timeout'), ini_get('b24.oauth_server'));

$cases = [
    ['b24.timeout', '2.5'], ['b24.timeout', '0'], ['b24.timeout', '-1'], ['b24.timeout', '86401'], ['b24.timeout', '5s'],
    ['b24.connect_timeout', '3'], ['b24.connect_timeout', 'NAN'],
    ['b24.oauth_server', 'https://oauth.example/'], ['b24.oauth_server', 'ftp://oauth.example/'],
    ['b24.oauth_server', 'https://user:pw@oauth.example/'], ['b24.oauth_server', ''],
    ['b24.verify_tls', '0'], ['b24.allow_local', 'yes'],
];
foreach ($cases as [$name, $value]) {
    $old = ini_get($name);
    $r = ini_set($name, $value);
    printf("%s=%s: %s, now %s\n", $name, var_export($value, true), $r === false ? 'refused' : 'set', var_export(ini_get($name), true));
    ini_set($name, $old);
}
?>
--EXPECT--
string(2) "75"
string(26) "https://oauth.bitrix.info/"
b24.timeout='2.5': set, now '2.5'
b24.timeout='0': set, now '0'
b24.timeout='-1': refused, now '75'
b24.timeout='86401': refused, now '75'
b24.timeout='5s': refused, now '75'
b24.connect_timeout='3': set, now '3'
b24.connect_timeout='NAN': refused, now '10'
b24.oauth_server='https://oauth.example/': set, now 'https://oauth.example/'
b24.oauth_server='ftp://oauth.example/': refused, now 'https://oauth.bitrix.info/'
b24.oauth_server='https://user:pw@oauth.example/': refused, now 'https://oauth.bitrix.info/'
b24.oauth_server='': set, now ''
b24.verify_tls='0': set, now '0'
b24.allow_local='yes': set, now 'yes'
