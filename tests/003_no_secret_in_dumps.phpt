--TEST--
b24: var_dump, print_r, var_export, debug_zval_dump, casts and json_encode show no secret
--EXTENSIONS--
b24
--FILE--
<?php
$secrets = ['WEBHOOKCODE42', 'ACCESSTOKEN42', 'REFRESHTOKEN42', 'CLIENTSECRET42'];
$clients = [
    new B24Client('https://portal.example/rest/7/WEBHOOKCODE42/'),
    new B24Client(['webhook' => 'https://portal.example/rest/7/WEBHOOKCODE42/', 'json' => true]),
    new B24Client([
        'client_endpoint' => 'https://portal.example/rest/',
        'access_token' => 'ACCESSTOKEN42',
        'refresh_token' => 'REFRESHTOKEN42',
        'client_id' => 'app.1',
        'client_secret' => 'CLIENTSECRET42',
        'member_id' => 'm1',
    ]),
];
foreach ($clients as $c) {
    ob_start();
    var_dump($c);
    print_r($c);
    echo "\n";
    var_export($c);
    echo "\n";
    debug_zval_dump($c);
    var_dump((array)$c, get_object_vars($c), json_encode($c));
    print_r([$c]);
    $out = ob_get_clean();
    foreach ($secrets as $s) {
        if (strpos($out, $s) !== false) {
            echo "LEAK $s\n";
        }
    }
    echo $out, "----\n";
}
?>
--EXPECTF--
object(B24Client)#1 (4) {
  ["mode"]=>
  string(7) "webhook"
  ["portal"]=>
  string(14) "portal.example"
  ["endpoint"]=>
  string(%d) "https://portal.example/rest/7/***/"
  ["json"]=>
  bool(false)
}
B24Client Object
(
    [mode] => webhook
    [portal] => portal.example
    [endpoint] => https://portal.example/rest/7/***/
    [json] => 
)

\B24Client::__set_state(array(
))
object(B24Client)#1 (4) refcount(%d){
  ["mode"]=>
  string(7) "webhook" %s
  ["portal"]=>
  string(14) "portal.example" %s
  ["endpoint"]=>
  string(%d) "https://portal.example/rest/7/***/" %s
  ["json"]=>
  bool(false)
}
array(0) {
}
array(0) {
}
string(2) "{}"
Array
(
    [0] => B24Client Object
        (
            [mode] => webhook
            [portal] => portal.example
            [endpoint] => https://portal.example/rest/7/***/
            [json] => 
        )

)
----
object(B24Client)#2 (4) {
  ["mode"]=>
  string(7) "webhook"
  ["portal"]=>
  string(14) "portal.example"
  ["endpoint"]=>
  string(%d) "https://portal.example/rest/7/***/"
  ["json"]=>
  bool(true)
}
%A----
object(B24Client)#3 (4) {
  ["mode"]=>
  string(5) "oauth"
  ["portal"]=>
  string(14) "portal.example"
  ["endpoint"]=>
  string(28) "https://portal.example/rest/"
  ["json"]=>
  bool(false)
}
%A----
