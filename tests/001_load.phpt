--TEST--
b24: module, functions, classes and the exception hierarchy
--EXTENSIONS--
b24
--FILE--
<?php
var_dump(extension_loaded('b24'), phpversion('b24') === (new ReflectionExtension('b24'))->getVersion());
foreach (['b24_call', 'b24_call_batch'] as $f) {
    $r = new ReflectionFunction($f);
    echo $f, '(', implode(', ', array_map(fn ($p) => $p->getType() . ' $' . $p->getName(), $r->getParameters())), '): ', $r->getReturnType(), "\n";
}
$c = new ReflectionClass('B24Client');
var_dump($c->isFinal(), $c->isCloneable(), $c->getProperties());
foreach (['Transport', 'Auth', 'Access', 'MethodNotFound', 'Limit', 'Server', 'Response', 'Api'] as $kind) {
    $e = new ReflectionClass("B24{$kind}Exception");
    echo $e->getName(), ' < ', $e->getParentClass()->getName(), ' < ', $e->getParentClass()->getParentClass()->getName(), "\n";
}
$e = new B24Exception('plain');
var_dump($e->getErrorCode(), $e->getDescription(), $e->getHttpStatus());
try {
    serialize(new B24Client('https://portal.example/rest/1/abc/'));
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
b24_call(string $method, array $params, ?B24Client $client): array
b24_call_batch(array $calls, bool $halt, ?B24Client $client): array
bool(true)
bool(false)
array(0) {
}
B24TransportException < B24Exception < RuntimeException
B24AuthException < B24Exception < RuntimeException
B24AccessException < B24Exception < RuntimeException
B24MethodNotFoundException < B24Exception < RuntimeException
B24LimitException < B24Exception < RuntimeException
B24ServerException < B24Exception < RuntimeException
B24ResponseException < B24Exception < RuntimeException
B24ApiException < B24Exception < RuntimeException
string(0) ""
string(0) ""
int(0)
Exception: Serialization of 'B24Client' is not allowed
