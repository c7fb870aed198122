--TEST--
b24: no token, secret or webhook code in the arguments of an exception's trace (zend.exception_ignore_args=0)
--EXTENSIONS--
b24
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
$secrets = ['WEBHOOKCODE42', 'AUTHID42', 'REFRESHID42', 'APPTOKEN42', 'CLIENTSECRET42', 'FRAMESECRET42', 'ACCESS42'];
$query = ['DOMAIN' => 'portal.example', 'PROTOCOL' => '1', 'LANG' => 'en', 'APP_SID' => 'sid'];
$body = ['AUTH_ID' => 'AUTHID42', 'REFRESH_ID' => 'REFRESHID42', 'APPLICATION_TOKEN' => 'APPTOKEN42',
    'member_id' => 'm1', 'PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'AUTH_EXPIRES' => '3600'];
$p = B24Placement::fromRequest($query, $body);
$webhook = new B24Client('https://portal.example/rest/7/WEBHOOKCODE42/');
$paths = [
    'fromRequest(query)' => fn () => B24Placement::fromRequest(['AUTH_ID' => 'AUTHID42'], []),
    'fromRequest(body)' => fn () => B24Placement::fromRequest([], array_diff_key($body, ['member_id' => 1])),
    'client(config)' => fn () => $p->client(['client_secret' => 'CLIENTSECRET42', 'timeout' => -1]),
    'renderFrame(options)' => fn () => B24Placement::renderFrame($webhook, ['secret' => 'FRAMESECRET42', 'ttl' => -1]),
    'frame(options)' => fn () => $p->frame('APPTOKEN42', ['secret' => 'FRAMESECRET42', 'ttl' => -1]),
    'verifyEvent(secret)' => fn () => B24Placement::verifyEvent('x=1', 'FRAMESECRET42', 'https://app.example/h'),
    'B24Client(config)' => fn () => new B24Client(['webhook' => 'https://portal.example/rest/7/WEBHOOKCODE42/', 'timeout' => -1]),
    'B24Client(string)' => fn () => new B24Client('http://portal.example/rest/7/WEBHOOKCODE42/'),
    'b24_call(client)' => fn () => b24_call('', [], $webhook),
    'b24_call_batch(client)' => fn () => b24_call_batch([1], false, $webhook),
    'b24_bind_event(client)' => fn () => b24_bind_event('', 'https://app.example/h', [], $webhook),
    'B24Placement(client)' => fn () => new B24Placement('', $webhook),
    'unbindEvent(client)' => fn () => B24Placement::unbindEvent('', null, $webhook),
    'bindings(client)' => fn () => B24Placement::bindings($webhook, ['bindings_file' => 1.5]),
    'B24App(config)' => fn () => new B24App(['client_id' => 'app.1', 'client_secret' => 'CLIENTSECRET42', 'store' => '']),
    'B24App::install(request)' => fn () => (new B24App(['client_id' => 'a', 'client_secret' => 'CLIENTSECRET42', 'store' => sys_get_temp_dir() . '/b24-sens-' . getmypid() . '.json']))->install(['AUTH_ID' => 'AUTHID42']),
];
foreach ($paths as $name => $fn) {
    try {
        $fn();
        echo "$name: no exception\n";
        continue;
    } catch (Throwable $e) {
    }
    $dump = print_r($e, true) . var_export($e->getTrace(), true) . $e->getTraceAsString() . $e;
    $leaks = array_filter($secrets, fn ($s) => strpos($dump, $s) !== false);
    $sensitive = strpos($dump, 'SensitiveParameterValue') !== false;
    echo "$name: ", get_class($e), $leaks ? ' LEAKS ' . implode(',', $leaks) : ' clean',
        $sensitive ? ', SensitiveParameterValue' : '', "\n";
}
@unlink(sys_get_temp_dir() . '/b24-sens-' . getmypid() . '.json');
?>
--EXPECT--
fromRequest(query): B24Exception clean, SensitiveParameterValue
fromRequest(body): B24Exception clean, SensitiveParameterValue
client(config): ValueError clean, SensitiveParameterValue
renderFrame(options): ValueError clean, SensitiveParameterValue
frame(options): ValueError clean, SensitiveParameterValue
verifyEvent(secret): B24AuthException clean, SensitiveParameterValue
B24Client(config): ValueError clean, SensitiveParameterValue
B24Client(string): ValueError clean, SensitiveParameterValue
b24_call(client): ValueError clean, SensitiveParameterValue
b24_call_batch(client): TypeError clean, SensitiveParameterValue
b24_bind_event(client): ValueError clean, SensitiveParameterValue
B24Placement(client): ValueError clean, SensitiveParameterValue
unbindEvent(client): ValueError clean, SensitiveParameterValue
bindings(client): TypeError clean, SensitiveParameterValue
B24App(config): TypeError clean, SensitiveParameterValue
B24App::install(request): TypeError clean, SensitiveParameterValue
