--TEST--
b24: B24Client configuration errors name the key (ValueError / TypeError)
--EXTENSIONS--
b24
--FILE--
<?php
function attempt($config): void
{
    try {
        new B24Client($config);
        echo "accepted\n";
    } catch (Throwable $e) {
        /* "abcdef" is the webhook code of every URL here: it must never be echoed */
        echo get_class($e), ': ', $e->getMessage(), strpos($e->getMessage(), 'abcdef') !== false ? "\nLEAK" : '', "\n";
    }
}
$hook = 'https://portal.example/rest/1/abcdef/';
attempt($hook);
attempt(['webhook' => $hook]);
attempt(['webhook' => $hook, 'timeout' => 2, 'connect_timeout' => 0.5, 'verify_tls' => true, 'json' => true, 'user_agent' => 'x/1', 'allow_local' => false, 'ca_file' => null]);
attempt([]);
attempt(['webhok' => $hook]);
attempt([0 => $hook]);
/* one case rule for every option array: keys are case-insensitive, each given once */
attempt(['WEBHOOK' => $hook, 'Verify_TLS' => true]);
attempt(['webhook' => $hook, 'WEBHOOK' => $hook]);
attempt(['WEBHOOK' => 42]);
var_dump(new B24Client(['Webhook' => $hook, 'JSON' => true]));
attempt(['webhook' => 42]);
attempt(['webhook' => $hook, 'timeout' => '5']);
attempt(['webhook' => $hook, 'verify_tls' => 1]);
attempt(['webhook' => $hook, 'json' => 'yes']);
attempt(['webhook' => $hook, 'timeout' => 0]);
attempt(['webhook' => $hook, 'connect_timeout' => -1.5]);
attempt(['webhook' => $hook, 'timeout' => NAN]);
attempt('http://portal.example/rest/1/abcdef/');
attempt('https://portal.example/rest/abcdef/');
attempt('https://user:pw@portal.example/rest/1/abcdef/');
attempt('https:///rest/1/abcdef/');
attempt('not a url');
attempt(['webhook' => 'http://portal.example/rest/1/abcdef/']);
attempt(['client_endpoint' => 'ftp://portal.example/rest/', 'access_token' => 't']);
attempt(['client_endpoint' => 'https://portal.example/rest/', 'access_token' => 't', 'oauth_server' => 'http://oauth.example/']);
attempt(['client_endpoint' => 'https://portal.example/rest/', 'access_token' => 't', 'refresh_token' => 'r', 'client_id' => 'i', 'client_secret' => 's']);
attempt(new stdClass);

$c = new B24Client($hook);
try {
    $c->__construct($hook);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    clone $c;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $c->dynamic = 1;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new ReflectionClass('B24Client'))->newInstanceWithoutConstructor();
} catch (ReflectionException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
foreach (['', 'crm lead', str_repeat('a', 256), "crm.lead\0add", 'crm/lead'] as $bad) {
    try {
        $c->call($bad);
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    b24_call('crm.lead.list', [], new stdClass);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    b24_call('bad method', [], $c);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
accepted
accepted
accepted
ValueError: B24Client::__construct(): Argument #1 ($config) must contain "webhook", or "client_endpoint" or "store" for an OAuth application
ValueError: B24Client::__construct(): Argument #1 ($config) contains the unknown key "webhok"
ValueError: B24Client::__construct(): Argument #1 ($config) must have string keys
accepted
ValueError: B24Client::__construct(): Argument #1 ($config) contains the key "webhook" twice (keys are case-insensitive)
TypeError: B24Client::__construct(): Argument #1 ($config) key "WEBHOOK" must be of type string, int given
object(B24Client)#%d (4) {
  ["mode"]=>
  string(7) "webhook"
  ["portal"]=>
  string(14) "portal.example"
  ["endpoint"]=>
  string(34) "https://portal.example/rest/1/***/"
  ["json"]=>
  bool(true)
}
TypeError: B24Client::__construct(): Argument #1 ($config) key "webhook" must be of type string, int given
TypeError: B24Client::__construct(): Argument #1 ($config) key "timeout" must be of type int|float, string given
TypeError: B24Client::__construct(): Argument #1 ($config) key "verify_tls" must be of type bool, int given
TypeError: B24Client::__construct(): Argument #1 ($config) key "json" must be of type bool, string given
ValueError: B24Client::__construct(): Argument #1 ($config) key "timeout" must be a number of seconds above 0 and at most 86400
ValueError: B24Client::__construct(): Argument #1 ($config) key "connect_timeout" must be a number of seconds above 0 and at most 86400
ValueError: B24Client::__construct(): Argument #1 ($config) key "timeout" must be a number of seconds above 0 and at most 86400
ValueError: B24Client::__construct(): Argument #1 ($config) is not a valid webhook URL: %s
ValueError: B24Client::__construct(): Argument #1 ($config) is not a valid webhook URL: %s
ValueError: B24Client::__construct(): Argument #1 ($config) is not a valid webhook URL: %s
ValueError: B24Client::__construct(): Argument #1 ($config) is not a valid webhook URL: %s
ValueError: B24Client::__construct(): Argument #1 ($config) is not a valid webhook URL: %s
ValueError: B24Client::__construct(): Argument #1 ($config) key "webhook" is not valid: %s
ValueError: B24Client::__construct(): Argument #1 ($config) key "client_endpoint" is not valid: %s
ValueError: B24Client::__construct(): Argument #1 ($config) key "oauth_server" is not valid: %s
accepted
TypeError: B24Client::__construct(): Argument #1 ($config) must be of type array|string, stdClass given
Error: B24Client object is already constructed
Error: Trying to clone an uncloneable object of class B24Client
Error: Cannot create dynamic property B24Client::$dynamic
ReflectionException: Class B24Client is an internal class marked as final that cannot be instantiated without invoking its constructor
ValueError: B24Client::call(): Argument #1 ($method) must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)
ValueError: B24Client::call(): Argument #1 ($method) must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)
ValueError: B24Client::call(): Argument #1 ($method) must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)
ValueError: B24Client::call(): Argument #1 ($method) must not contain any null bytes
ValueError: B24Client::call(): Argument #1 ($method) must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)
TypeError: b24_call(): Argument #3 ($client) must be of type ?B24Client, stdClass given
ValueError: b24_call(): Argument #1 ($method) must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)
