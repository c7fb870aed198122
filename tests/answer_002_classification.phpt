--TEST--
b24: one classification rule for every path: an error member wins whatever the key order, the status decides without one, odd codes are escaped and long ones capped, and b24_call()/CRest return a bare 2xx object as it came
--EXTENSIONS--
b24
--INI--
b24.crest_compat=1
b24.retries=0
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
ini_set('b24.ca_file', $env['B24_EMU_CA']);
define('C_REST_WEB_HOOK_URL', $env['B24_EMU_WEBHOOK']);
$hook = b24_emu_webhook_client();
$long = str_repeat('L', 300);
$cases = [
    'result, error' => [200, '{"result":1,"error":"X","error_description":"d"}'],
    'error, result' => [200, '{"error":"X","error_description":"d","result":1}'],
    'escaped key' => [200, '{"result":1,"\u0065rror":"X","error_description":"d"}'],
    'error in result' => [200, '{"result":{"error":"X"}}'],
    'error null' => [200, '{"result":1,"error":null}'],
    'error number' => [200, '{"result":1,"error":5}'],
    'result at 400' => [400, '{"result":1}'],
    'error at 200' => [200, '{"error":"QUERY_LIMIT_EXCEEDED"}'],
    'neither at 200' => [200, '{"foo":1,"bar":[2]}'],
    'neither at 500' => [500, '{"foo":1}'],
    'trailing comma' => [200, '{"error":"X",}'],
    'comma at 400' => [400, '{"error":"X",}'],
    'invalid utf-8' => [400, "{\"error\":\"AB\xff\xfeCD\",\"error_description\":\"d\xc3\"}"],
    'long code' => [400, '{"error":"' . $long . '","error_description":"long"}'],
];

function shown($v): string
{
    if (is_array($v)) {
        /* batch(): a failed command's exception in its place */
        array_walk_recursive($v, function (&$x) { $x = $x instanceof Throwable ? thrown($x) : $x; });
    }
    $text = json_encode($v, JSON_UNESCAPED_SLASHES);
    return strlen($text) > 90 ? substr($text, 0, 40) . '...' . substr($text, -40) . ' (' . strlen($text) . ')' : $text;
}

function thrown(Throwable $e): string
{
    $code = $e instanceof B24Exception ? $e->getErrorCode() : '';
    $valid = preg_match('//u', $e->getMessage()) ? '' : ' INVALID UTF-8';
    return get_class($e) . ' ' . (strlen($code) > 40 ? substr($code, 0, 10) . '...' . substr($code, -20) : $code) . $valid;
}

$paths = [
    'call' => fn () => $hook->call('profile'),
    'b24_call' => fn () => b24_call('profile', [], $hook),
    'CRest::call' => fn () => CRest::call('profile'),
    'batch' => fn () => $hook->batch(['a' => ['method' => 'profile']]),
    'b24_call_batch' => fn () => b24_call_batch(['a' => ['method' => 'profile']], false, $hook),
];
foreach ($cases as $name => [$status, $body]) {
    echo "== $name ($status)\n";
    foreach ($paths as $path => $run) {
        b24_emu_fault('invalid_json', ['status' => $status, 'body_base64' => base64_encode($body)]);
        try {
            $out = shown($run());
        } catch (Throwable $e) {
            $out = thrown($e);
        }
        echo str_pad($path, 15), $out, "\n";
    }
}

/* the exception's code of a long one: the cap and its marker, the portal's whole code in b24_call() */
b24_emu_fault('invalid_json', ['status' => 400, 'body_base64' => base64_encode($cases['long code'][1])]);
try {
    $hook->call('profile');
} catch (B24Exception $e) {
    echo 'capped: ', json_encode($e->getErrorCode() === str_repeat('L', 200) . '...[300 bytes]'), "\n";
}
b24_emu_fault('invalid_json', ['status' => 400, 'body_base64' => base64_encode($cases['long code'][1])]);
echo 'whole: ', json_encode(b24_call('profile', [], $hook)['error'] === $long), "\n";
/* invalid UTF-8 is not JSON: an HTTP error, the body escaped, the same in the exception and in b24_call()'s array */
b24_emu_fault('invalid_json', ['status' => 400, 'body_base64' => base64_encode($cases['invalid utf-8'][1])]);
try {
    $hook->call('profile');
} catch (B24Exception $e) {
    echo 'escaped: ', $e->getErrorCode(), ' / ', $e->getDescription(), "\n";
}
b24_emu_fault('invalid_json', ['status' => 400, 'body_base64' => base64_encode($cases['invalid utf-8'][1])]);
echo 'array: ', implode(' / ', b24_call('profile', [], $hook)), "\n";
/* a batch command's error reads as a call's: the catalog's text when the portal gives none */
$batch = '{"result":{"result":[],"result_error":{"a":{"error":"QUERY_LIMIT_EXCEEDED","error_description":""},'
    . '"b":"ERROR_METHOD_NOT_FOUND"},"result_total":[],"result_next":[],"result_time":[]},"time":{}}';
b24_emu_fault('invalid_json', ['status' => 200, 'body' => $batch]);
foreach ($hook->batch(['a' => ['method' => 'profile'], 'b' => ['method' => 'profile']]) as $id => $e) {
    echo "command $id: ", get_class($e), ' ', $e->getMessage(), "\n";
}
b24_emu_fault('invalid_json', ['status' => 200, 'body' => '{"error":"QUERY_LIMIT_EXCEEDED","error_description":""}']);
try {
    $hook->call('profile');
} catch (B24Exception $e) {
    echo 'call: ', get_class($e), ' ', $e->getMessage(), "\n";
}
/* the log says "failed" only where the call failed: a bare 2xx object is b24_call()'s and CRest's answer */
$levels = new class {
    public array $seen = [];
    public function log($level, $message, array $context = []): void
    {
        $this->seen[] = "$level {$context['method']}";
    }
};
b24_set_logger($levels);
foreach ($paths as $path => $run) {
    b24_emu_fault('invalid_json', ['status' => 200, 'body' => '{"foo":1}']);
    $levels->seen = [];
    try {
        $run();
    } catch (B24Exception $e) {
    }
    echo 'logged for ', str_pad($path, 15), implode(', ', $levels->seen), "\n";
}
b24_set_logger(null);
?>
--EXPECT--
== result, error (200)
call           B24ApiException X
b24_call       {"result":1,"error":"X","error_description":"d"}
CRest::call    {"result":1,"error":"X","error_description":"d"}
batch          B24ApiException X
b24_call_batch {"result":1,"error":"X","error_description":"d"}
== error, result (200)
call           B24ApiException X
b24_call       {"error":"X","error_description":"d","result":1}
CRest::call    {"error":"X","error_description":"d","result":1}
batch          B24ApiException X
b24_call_batch {"error":"X","error_description":"d","result":1}
== escaped key (200)
call           B24ApiException X
b24_call       {"result":1,"error":"X","error_description":"d"}
CRest::call    {"result":1,"error":"X","error_description":"d"}
batch          B24ApiException X
b24_call_batch {"result":1,"error":"X","error_description":"d"}
== error in result (200)
call           {"error":"X"}
b24_call       {"result":{"error":"X"}}
CRest::call    {"result":{"error":"X"}}
batch          {"a":"B24ResponseException B24_EMPTY_ANSWER"}
b24_call_batch {"result":{"error":"X"}}
== error null (200)
call           1
b24_call       {"result":1,"error":null}
CRest::call    {"result":1,"error":null}
batch          {"a":"B24ResponseException B24_EMPTY_ANSWER"}
b24_call_batch {"result":1,"error":null}
== error number (200)
call           B24ResponseException B24_INVALID_JSON
b24_call       {"error":"B24_INVALID_JSON","error_descr... is neither a code nor null (HTTP 200)"} (114)
CRest::call    {"error":"B24_INVALID_JSON","error_descr... is neither a code nor null (HTTP 200)"} (114)
batch          B24ResponseException B24_INVALID_JSON
b24_call_batch {"error":"B24_INVALID_JSON","error_descr... is neither a code nor null (HTTP 200)"} (114)
== result at 400 (400)
call           B24ServerException B24_HTTP_ERROR
b24_call       {"error":"B24_HTTP_ERROR","error_descrip...t is not a REST result: {\"result\":1}"} (106)
CRest::call    {"error":"B24_HTTP_ERROR","error_descrip...t is not a REST result: {\"result\":1}"} (106)
batch          B24ServerException B24_HTTP_ERROR
b24_call_batch {"error":"B24_HTTP_ERROR","error_descrip...t is not a REST result: {\"result\":1}"} (106)
== error at 200 (200)
call           B24LimitException QUERY_LIMIT_EXCEEDED
b24_call       {"error":"QUERY_LIMIT_EXCEEDED","error_i...ny requests, maximum 2 query by second"} (99)
CRest::call    {"error":"QUERY_LIMIT_EXCEEDED","error_i...ny requests, maximum 2 query by second"} (99)
batch          B24LimitException QUERY_LIMIT_EXCEEDED
b24_call_batch {"error":"QUERY_LIMIT_EXCEEDED","error_i...ny requests, maximum 2 query by second"} (99)
== neither at 200 (200)
call           B24ResponseException B24_INVALID_JSON
b24_call       {"foo":1,"bar":[2]}
CRest::call    {"foo":1,"bar":[2]}
batch          B24ResponseException B24_INVALID_JSON
b24_call_batch {"foo":1,"bar":[2]}
== neither at 500 (500)
call           B24ServerException B24_HTTP_ERROR
b24_call       {"error":"B24_HTTP_ERROR","error_descrip...that is not a REST result: {\"foo\":1}"} (103)
CRest::call    {"error":"B24_HTTP_ERROR","error_descrip...that is not a REST result: {\"foo\":1}"} (103)
batch          B24ServerException B24_HTTP_ERROR
b24_call_batch {"error":"B24_HTTP_ERROR","error_descrip...e run batch: a write is not sent twice"} (172)
== trailing comma (200)
call           B24ResponseException B24_INVALID_JSON
b24_call       {"error":"B24_INVALID_JSON","error_descr...answer is not a JSON object (HTTP 200)"} (93)
CRest::call    {"error":"B24_INVALID_JSON","error_descr...answer is not a JSON object (HTTP 200)"} (93)
batch          B24ResponseException B24_INVALID_JSON
b24_call_batch {"error":"B24_INVALID_JSON","error_descr...answer is not a JSON object (HTTP 200)"} (93)
== comma at 400 (400)
call           B24ServerException B24_HTTP_ERROR
b24_call       {"error":"B24_HTTP_ERROR","error_descrip... not a REST result: {\"error\":\"X\",}"} (110)
CRest::call    {"error":"B24_HTTP_ERROR","error_descrip... not a REST result: {\"error\":\"X\",}"} (110)
batch          B24ServerException B24_HTTP_ERROR
b24_call_batch {"error":"B24_HTTP_ERROR","error_descrip... not a REST result: {\"error\":\"X\",}"} (110)
== invalid utf-8 (400)
call           B24ServerException B24_HTTP_ERROR
b24_call       {"error":"B24_HTTP_ERROR","error_descrip...CD\",\"error_description\":\"d\\xc3\"}"} (155)
CRest::call    {"error":"B24_HTTP_ERROR","error_descrip...CD\",\"error_description\":\"d\\xc3\"}"} (155)
batch          B24ServerException B24_HTTP_ERROR
b24_call_batch {"error":"B24_HTTP_ERROR","error_descrip...CD\",\"error_description\":\"d\\xc3\"}"} (155)
== long code (400)
call           B24ApiException LLLLLLLLLL...LLLLLL...[300 bytes]
b24_call       {"error":"LLLLLLLLLLLLLLLLLLLLLLLLLLLLLL...LLLLLLLLLLL","error_description":"long"} (339)
CRest::call    {"error":"LLLLLLLLLLLLLLLLLLLLLLLLLLLLLL...LLLLLLLLLLL","error_description":"long"} (339)
batch          B24ApiException LLLLLLLLLL...LLLLLL...[300 bytes]
b24_call_batch {"error":"LLLLLLLLLLLLLLLLLLLLLLLLLLLLLL...LLLLLLLLLLL","error_description":"long"} (339)
capped: true
whole: true
escaped: B24_HTTP_ERROR / HTTP 400 answer that is not a REST result: {"error":"AB\xff\xfeCD","error_description":"d\xc3"}
array: B24_HTTP_ERROR / HTTP 400 answer that is not a REST result: {"error":"AB\xff\xfeCD","error_description":"d\xc3"}
command a: B24LimitException QUERY_LIMIT_EXCEEDED: Too many requests
command b: B24MethodNotFoundException ERROR_METHOD_NOT_FOUND: Method not found!
call: B24LimitException QUERY_LIMIT_EXCEEDED: Too many requests
logged for call           debug profile, error profile
logged for b24_call       debug profile
logged for CRest::call    debug profile
logged for batch          debug batch, error batch
logged for b24_call_batch debug batch
