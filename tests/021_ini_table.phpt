--TEST--
b24: INI settings are checked when set; a refused value leaves the setting as it was
--EXTENSIONS--
b24
--INI--
b24.timeout=abc
b24.oauth_server=http://oauth.example/
b24.frame_url=https://app.example.com/f#x
--FILE--
<?php
/* php.ini values that a handler refuses leave the defaults */
var_dump(ini_get('b24.timeout'), ini_get('b24.oauth_server'), ini_get('b24.frame_url'));

$cases = [
    ['b24.timeout', '2.5'], ['b24.timeout', '0'], ['b24.timeout', '-1'], ['b24.timeout', '86401'], ['b24.timeout', '5s'],
    ['b24.connect_timeout', '3'], ['b24.connect_timeout', 'NAN'],
    ['b24.oauth_server', 'https://oauth.example/'], ['b24.oauth_server', 'ftp://oauth.example/'],
    ['b24.oauth_server', 'https://user:pw@oauth.example/'], ['b24.oauth_server', ''],
    ['b24.verify_tls', '0'], ['b24.allow_local', 'yes'],
    ['b24.frame_url', 'https://app.example.com/b24/frame.php'], ['b24.frame_url', 'http://127.0.0.1:8080/f'],
    ['b24.frame_url', 'https://app.example.com/f#x'], ['b24.frame_url', 'ftp://app.example.com/f'],
    ['b24.frame_url', 'frame.php'], ['b24.error_handler_url', 'https://user:pw@app.example.com/e'],
    ['b24.error_handler_url', 'https://app.example.com/e'],
    ['b24.sdk_url', '/js/b24.js'], ['b24.bindings_file', '/var/lib/app/b24-bindings.json'],
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
string(0) ""
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
b24.frame_url='https://app.example.com/b24/frame.php': set, now 'https://app.example.com/b24/frame.php'
b24.frame_url='http://127.0.0.1:8080/f': set, now 'http://127.0.0.1:8080/f'
b24.frame_url='https://app.example.com/f#x': refused, now ''
b24.frame_url='ftp://app.example.com/f': refused, now ''
b24.frame_url='frame.php': refused, now ''
b24.error_handler_url='https://user:pw@app.example.com/e': refused, now ''
b24.error_handler_url='https://app.example.com/e': set, now 'https://app.example.com/e'
b24.sdk_url='/js/b24.js': set, now '/js/b24.js'
b24.bindings_file='/var/lib/app/b24-bindings.json': set, now '/var/lib/app/b24-bindings.json'
