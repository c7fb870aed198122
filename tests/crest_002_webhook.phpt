--TEST--
b24: CRest::call()/callBatch() in webhook mode return CRest 1.36's arrays (fixtures), errors included, and send CRest's bodies
--EXTENSIONS--
b24
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
define('C_REST_WEB_HOOK_URL', $env['B24_EMU_WEBHOOK']);

b24_crest_check('profile', 'call', 'item', CRest::call('profile'));
b24_crest_check('list', 'call', 'list', CRest::call('crm.deal.list', ['select' => ['ID'], 'order' => ['ID' => 'ASC']]));

/* the body is http_build_query($params), as CRest posts it */
$params = ['fields' => ['TITLE' => 'A&B', 'OPENED' => true, 'COMMENTS' => null, 'LIST' => [3, 1]]];
$mark = b24_emu_log_mark();
$r = CRest::call('crm.deal.add', $params);
echo 'add: ', is_int($r['result']) ? 'id' : var_export($r, true), ', body as CRest: ',
    var_export(b24_emu_last_body($mark) === http_build_query($params), true), "\n";

$faults = [
    'expired_token' => ['expired_token', []],
    'invalid_token' => ['error', ['code' => 'invalid_token']],
    'QUERY_LIMIT_EXCEEDED' => ['query_limit', []],
    'ERROR_METHOD_NOT_FOUND' => ['error', ['code' => 'ERROR_METHOD_NOT_FOUND']],
    'NO_AUTH_FOUND' => ['error', ['code' => 'NO_AUTH_FOUND']],
    'INTERNAL_SERVER_ERROR' => ['internal_error', []],
    'ACCESS_DENIED' => ['error', ['code' => 'ACCESS_DENIED']],
    'html_502' => ['html_502', []],
    /* last: b24 then keeps profile blocked until the portal's reset */
    'OPERATION_TIME_LIMIT' => ['error', ['code' => 'OPERATION_TIME_LIMIT']],
];
foreach ($faults as $case => [$kind, $p]) {
    b24_emu_fault($kind, $p);
    b24_crest_check($case, 'call_errors', $case, CRest::call('profile'));
    b24_emu_control('DELETE', 'faults');
}
ini_set('b24.timeout', '1');
b24_emu_fault('slow', ['delay_ms' => 2500]);
b24_crest_check('timeout', 'call_errors', 'curl_error', CRest::call('user.current'));
b24_emu_control('DELETE', 'faults');
/* the portal logs the abandoned call when it ends: before the batch's request is looked for */
b24_emu_settle();
ini_set('b24.timeout', '75');

/* batch */
$calls = [
    'user' => ['method' => 'user.current'],
    'deal' => ['method' => 'crm.deal.get', 'params' => ['id' => 1]],
    'bad' => ['method' => 'crm.deal.get', 'params' => ['id' => 0]],
    'none' => ['params' => ['x' => 1]],
];
$mark = b24_emu_log_mark();
$r = CRest::callBatch($calls, 0);
b24_crest_check('batch', 'batch', 'answer', $r);
$cmd = ['user' => 'user.current', 'deal' => 'crm.deal.get?id=1', 'bad' => 'crm.deal.get?id=0'];
echo 'batch body as CRest: ', var_export(b24_emu_last_body($mark) === http_build_query(['cmd' => $cmd, 'halt' => 0]), true),
    ', errors: ', implode(',', array_keys($r['result']['result_error'])), "\n";
b24_crest_check('no method', 'batch', 'no_method', CRest::callBatch(['a' => ['params' => []]]));
b24_crest_check('not an array', 'batch', 'not_an_array', CRest::callBatch('user.current'));
$many = [];
for ($i = 0; $i < 120; $i++) {
    $many["c$i"] = ['method' => 'server.time'];
}
$mark = b24_emu_log_mark();
$r = CRest::callBatch($many);
b24_crest_check('120 commands', 'batch', '120_commands',
    ['requests' => count(b24_emu_log_since($mark, 'batch')), 'results' => count($r['result']['result'])]);
var_dump(error_get_last());
?>
--EXPECT--
profile: as CRest
list: as CRest
add: id, body as CRest: true
expired_token: as CRest
invalid_token: as CRest
QUERY_LIMIT_EXCEEDED: as CRest
ERROR_METHOD_NOT_FOUND: as CRest
NO_AUTH_FOUND: as CRest
INTERNAL_SERVER_ERROR: as CRest
ACCESS_DENIED: as CRest
html_502: differs from CRest as documented
OPERATION_TIME_LIMIT: as CRest
timeout: as CRest
batch: as CRest
batch body as CRest: true, errors: bad
no method: as CRest
not an array: as CRest
120 commands: differs from CRest as documented
NULL
