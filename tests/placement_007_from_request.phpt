--TEST--
B24Placement::fromRequest(): what portals send to placement handlers, every malformed variant, the user's client, APPLICATION_TOKEN and no token in dumps
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/placement.inc';
$env = pl_emu('current');
$pair = b24_emu_install();

/* Shaped as in the docs' PAGE_BACKGROUND_WORKER example, with this emulator's values. */
$query = ['DOMAIN' => $env['B24_EMU_DOMAIN'], 'PROTOCOL' => '1', 'LANG' => 'en', 'APP_SID' => '588b8a98fa4bd4bc2bc3e1a5b6f0a1f3'];
$body = [
    'AUTH_ID' => $pair['access_token'], 'AUTH_EXPIRES' => '3600', 'REFRESH_ID' => $pair['refresh_token'],
    'SERVER_ENDPOINT' => $env['B24_EMU_SERVER_ENDPOINT'], 'APPLICATION_TOKEN' => $env['B24_EMU_APPLICATION_TOKEN'],
    'APPLICATION_SCOPE' => 'placement,telephony', 'member_id' => $env['B24_EMU_MEMBER_ID'], 'status' => 'L',
    'PLACEMENT' => 'PAGE_BACKGROUND_WORKER',
    'PLACEMENT_OPTIONS' => '{"ID":"PAGE_BACKGROUND_WORKER","URI":"\/company\/personal\/user\/1\/blog\/"}',
];
$secrets = [$pair['access_token'], $pair['refresh_token'], $env['B24_EMU_APPLICATION_TOKEN']];

/* The defaults are $_GET and $_POST. */
$_GET = $query;
$_POST = $body;
$p = B24Placement::fromRequest();
echo $p->code(), "\n";
var_dump($p->options());
$r = $p->request();
ksort($r);
echo implode(',', array_keys($r)), "\n";
var_dump($r['options_valid'], $r['APP_SID'] === $query['APP_SID']);

echo "-- the user's client\n";
$client = $p->client(['ca_file' => $env['B24_EMU_CA'], 'client_id' => $env['B24_EMU_CLIENT_ID'],
    'client_secret' => $env['B24_EMU_CLIENT_SECRET']]);
echo get_class($client), ' ', $client->call('profile')['ID'], "\n";
pl_try(fn () => $p->client(['store' => '/tmp/settings.json']));
pl_try(fn () => $p->client(['access_token' => 'x']));
pl_try(fn () => B24Placement::fromRequest($query, ['AUTH_ID' => ''] + $body)->client());

echo "-- APPLICATION_TOKEN, in constant time; never APP_SID\n";
var_dump($p->verifyApplicationToken($env['B24_EMU_APPLICATION_TOKEN']));
var_dump($p->verifyApplicationToken($env['B24_EMU_APPLICATION_TOKEN'] . 'x'));
var_dump($p->verifyApplicationToken(''));
var_dump($p->verifyApplicationToken($query['APP_SID']));
var_dump(B24Placement::fromRequest($query, array_diff_key($body, ['APPLICATION_TOKEN' => 1]))->verifyApplicationToken(''));

echo "-- no token in dumps, no serialization, no clone\n";
ob_start();
var_dump($p);
print_r($p);
echo "\n";
var_export($p);
debug_zval_dump($p);
$dump = ob_get_clean();
b24_assert_no_secret('a dump', $dump, $secrets);
echo substr($dump, 0, strpos($dump, '["request"]')), "...\n";
pl_try(fn () => serialize($p));
pl_try(fn () => clone $p);
pl_try(fn () => unserialize('O:12:"B24Placement":0:{}'));

echo "-- PLACEMENT_OPTIONS as portals send it, and broken\n";
foreach ([
    'CALL_CARD' => '{"CALL_ID":"externalCall.1","PHONE_NUMBER":"+4930","CRM_ACTIVITY_ID":"undefined","CALL_LIST_MODE":"false"}',
    'DEFAULT' => '',
    'CRM_DEAL_DETAIL_TAB' => '{"ID":"8061","URI":"\/crm\/deal\/details\/8061\/?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER"}',
    'USERFIELD_TYPE' => 'undefined',
    'TASK_VIEW_TAB' => '{"taskId":',
    'IM_SIDEBAR' => '[1,2]',
    'LEFT_MENU' => '"text"',
    'REST_APP_URI' => ['k' => 'v'],
    'BI_ANALYTICS_MENU' => null,
] as $code => $options) {
    $b = ['PLACEMENT' => $code] + $body;
    unset($b['PLACEMENT_OPTIONS']);
    if ($options !== null) {
        $b['PLACEMENT_OPTIONS'] = $options;
    }
    $x = B24Placement::fromRequest($query, $b);
    echo $x->code(), ' ', json_encode($x->options(), JSON_UNESCAPED_SLASHES), ' valid=',
        var_export($x->request()['options_valid'], true), "\n";
}

echo "-- a missing or malformed field\n";
$without = fn (array $a, string $k) => array_diff_key($a, [$k => 1]);
pl_try(fn () => B24Placement::fromRequest($without($query, 'DOMAIN'), $body));
pl_try(fn () => B24Placement::fromRequest($query, $without($body, 'member_id')));
pl_try(fn () => B24Placement::fromRequest($query, $without($body, 'PLACEMENT')));
pl_try(fn () => B24Placement::fromRequest(['DOMAIN' => ''] + $query, $body));
pl_try(fn () => B24Placement::fromRequest(['DOMAIN' => ['x']] + $query, $body));
pl_try(fn () => B24Placement::fromRequest(['DOMAIN' => 'evil.example/x?'] + $query, $body));
pl_try(fn () => B24Placement::fromRequest(['DOMAIN' => 'portal.example:'] + $query, $body));
pl_try(fn () => B24Placement::fromRequest($query, ['PLACEMENT' => 'CRM DEAL'] + $body));
pl_try(fn () => B24Placement::fromRequest([], []));
/* DOMAIN in the body only does not count: it belongs to the query. */
pl_try(fn () => B24Placement::fromRequest([], $body + $query));
$e = null;
try {
    B24Placement::fromRequest($query, $without($body, 'member_id'));
} catch (B24Exception $e) {
}
echo get_class($e), ' ', $e->getErrorCode(), ' ', $e->getHttpStatus(), "\n";
echo "done\n";
?>
--EXPECT--
PAGE_BACKGROUND_WORKER
array(2) {
  ["ID"]=>
  string(22) "PAGE_BACKGROUND_WORKER"
  ["URI"]=>
  string(30) "/company/personal/user/1/blog/"
}
APPLICATION_SCOPE,APP_SID,AUTH_EXPIRES,DOMAIN,LANG,PLACEMENT,PROTOCOL,SERVER_ENDPOINT,member_id,options_valid,status
bool(true)
bool(true)
-- the user's client
B24Client 1
ValueError: B24Placement::client(): Argument #1 ($config) must not contain "store": the client acts with the request's user tokens and never writes a store
ValueError: B24Placement::client(): Argument #1 ($config) must not contain "access_token": the client acts with the request's user tokens and never writes a store
B24Exception: B24_BAD_REQUEST: the placement request has no AUTH_ID (body: the user's token)
-- APPLICATION_TOKEN, in constant time; never APP_SID
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
-- no token in dumps, no serialization, no clone
object(B24Placement)#1 (4) {
  ["code"]=>
  string(22) "PAGE_BACKGROUND_WORKER"
  ["client"]=>
  bool(false)
  ...
Exception: Serialization of 'B24Placement' is not allowed
Error: Trying to clone an uncloneable object of class B24Placement
Exception: Unserialization of 'B24Placement' is not allowed
-- PLACEMENT_OPTIONS as portals send it, and broken
CALL_CARD {"CALL_ID":"externalCall.1","PHONE_NUMBER":"+4930","CRM_ACTIVITY_ID":"undefined","CALL_LIST_MODE":"false"} valid=true
DEFAULT [] valid=true
CRM_DEAL_DETAIL_TAB {"ID":"8061","URI":"/crm/deal/details/8061/?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER"} valid=true
USERFIELD_TYPE [] valid=false
TASK_VIEW_TAB [] valid=false
IM_SIDEBAR [] valid=false
LEFT_MENU [] valid=false
REST_APP_URI {"k":"v"} valid=true
BI_ANALYTICS_MENU [] valid=true
-- a missing or malformed field
B24Exception: B24_BAD_REQUEST: the placement request has no DOMAIN (query string)
B24Exception: B24_BAD_REQUEST: the placement request has no member_id (body)
B24Exception: B24_BAD_REQUEST: the placement request has no PLACEMENT (body)
B24Exception: B24_BAD_REQUEST: the placement request has no DOMAIN (query string)
B24Exception: B24_BAD_REQUEST: the placement request has no DOMAIN (query string)
B24Exception: B24_BAD_REQUEST: the placement request's DOMAIN is not a host name
B24Exception: B24_BAD_REQUEST: the placement request's DOMAIN is not a host name
B24Exception: B24_BAD_REQUEST: the placement request's PLACEMENT is not a placement code
B24Exception: B24_BAD_REQUEST: the placement request has no DOMAIN (query string)
B24Exception: B24_BAD_REQUEST: the placement request has no DOMAIN (query string)
B24Exception B24_BAD_REQUEST 0
done