--TEST--
b24: b24_call() returns CRest::call()'s arrays: the envelope, API errors with error_information, curl_error
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
/* one attempt per call: reads after a 5xx or a timeout would be repeated */
$hook = b24_emu_webhook_client(['timeout' => 2, 'retries' => 0]);
$r = b24_call('crm.deal.list', ['select' => ['ID', 'TITLE'], 'order' => ['ID' => 'ASC']], $hook);
echo implode(',', array_keys($r)), ' ', count($r['result']), ' ', is_int($r['total']) && $r['total'] > 50 ? 'total' : 'NO TOTAL', ' ', $r['next'], "\n";
echo implode(',', array_keys($r['result'][0])), ' ', implode(',', array_keys($r['time'])), "\n";
$r = b24_call('profile', [], $hook);
echo implode(',', array_keys($r)), ' ', $r['result']['ID'], "\n";
/* the whole envelope is json_decode($body, true) of what the portal sent */
$mark = b24_emu_log_mark();
$r = b24_call('crm.deal.list', ['start' => 50], $hook);
var_dump($r === json_decode(b24_emu_raw(b24_emu_log_since($mark)[0]['id'], 'response'), true));

$faults = [
    ['expired_token', []],
    ['query_limit', []],
    ['internal_error', []],
    ['error', ['code' => 'ERROR_METHOD_NOT_FOUND']],
    ['error', ['code' => 'error_method_not_found']],
    ['error', ['code' => 'NO_AUTH_FOUND']],
    ['error', ['code' => 'invalid_token']],
    ['error', ['code' => 'ACCESS_DENIED']],
    ['html_502', []],
    ['invalid_json', []],
    ['slow', ['delay_ms' => 3000]],
    /* last: b24 then keeps profile blocked for this client until the portal's reset */
    ['error', ['code' => 'OPERATION_TIME_LIMIT']],
];
foreach ($faults as [$kind, $params]) {
    b24_emu_fault($kind, $params);
    $r = b24_call('profile', [], $hook);
    echo "$kind: ";
    foreach ($r as $k => $v) {
        echo "$k=", $k === 'error_information' && $r['error'] === 'curl_error' ? '(curl text)' : $v, '; ';
    }
    echo "\n";
    b24_emu_control('DELETE', 'faults');
}
$port = stream_socket_server('tcp://127.0.0.1:0');
$addr = stream_socket_get_name($port, false);
fclose($port);
$r = b24_call('profile', [], new B24Client("https://$addr/rest/1/abc/"));
echo implode(',', array_keys($r)), ' ', $r['error'], "\n";
var_dump(error_get_last());
?>
--EXPECT--
result,total,next,time 50 total 50
ID,TITLE start,finish,duration,processing,date_start,date_finish,operating,operating_reset_at
result,time 1
bool(true)
expired_token: error=expired_token; error_description=The access token provided has expired; error_information=expired token, cant get new auth? Check access oauth server.; 
query_limit: error=QUERY_LIMIT_EXCEEDED; error_description=Too many requests; error_information=Too many requests, maximum 2 query by second; 
internal_error: error=INTERNAL_SERVER_ERROR; error_description=Internal server error; error_information=Server down, try later; 
error: error=ERROR_METHOD_NOT_FOUND; error_description=Method not found!; error_information=Method not found! You can see the permissions of the application: CRest::call('scope'); 
error: error=error_method_not_found; error_description=Method not found!; 
error: error=NO_AUTH_FOUND; error_description=Wrong authorization data; error_information=Some setup error b24, check in table "b_module_to_module" event "OnRestCheckAuth"; 
error: error=invalid_token; error_description=The access token provided is invalid; error_information=invalid token, need reinstall application; 
error: error=ACCESS_DENIED; error_description=REST API is available only on commercial plans; 
html_502: error=B24_HTTP_ERROR; error_description=HTTP 502 answer that is not a REST result: <html>  <head><title>502 Bad Gateway</title></head>  <body>  <center><h1>502 Bad Gateway</h1></center>  <hr><center>nginx</center>  </body>  </html>  ; 
invalid_json: error=B24_INVALID_JSON; error_description=the answer is not a JSON object; 
slow: error=curl_error; error_information=(curl text); 
error: error=OPERATION_TIME_LIMIT; error_description=Method is blocked due to operation time limit; 
error,error_information curl_error
NULL
