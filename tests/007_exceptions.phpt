--TEST--
b24: each injected fault raises its exception class, code and status; messages hold no secret
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$pair = b24_emu_install();
$secrets = b24_emu_secrets([$pair['access_token'], $pair['refresh_token']]);
/* one attempt per call: reads after a reset or a 5xx would be repeated (see 021) */
$hook = b24_emu_webhook_client(['timeout' => 2, 'retries' => 0]);
$oauth = new B24Client(b24_emu_oauth_config($pair, ['timeout' => 2, 'retries' => 0]));
$faults = [
    ['query_limit', []],
    ['internal_error', []],
    ['expired_token', []],
    ['error', ['code' => 'ACCESS_DENIED']],
    ['error', ['code' => 'insufficient_scope']],
    ['error', ['code' => 'NO_AUTH_FOUND']],
    ['error', ['code' => 'invalid_token']],
    ['error', ['code' => 'ERROR_METHOD_NOT_FOUND']],
    ['error', ['code' => 'OVERLOAD_LIMIT']],
    ['error', ['code' => 'PORTAL_DELETED']],
    ['error', ['code' => 'ERROR_ARGUMENT', 'description' => 'Argument is null or empty']],
    ['error', ['code' => 'ERROR_PLACEMENT_MAX_COUNT', 'status' => 200]],
    ['error', ['code' => 'SOME_NEW_CODE', 'status' => 400, 'description' => 'Something new']],
    ['html_502', []],
    ['invalid_json', []],
    ['invalid_json', ['status' => 500, 'body' => 'Fatal error']],
    ['empty_body', []],
    ['empty_body', ['status' => 503]],
    ['truncated', []],
    ['reset_before_headers', []],
    ['reset_after_headers', []],
    ['slow', ['delay_ms' => 3500]],
    ['redirect', []],
    /* last: b24 then keeps profile blocked for this client until the portal's reset */
    ['operation_time_limit', []],
];
foreach ([$hook, $oauth] as $i => $client) {
    echo $i ? "-- oauth\n" : "-- webhook\n";
    foreach ($faults as [$kind, $params]) {
        b24_emu_fault($kind, $params);
        try {
            $client->call('profile');
            echo "$kind: no exception (refreshed and repeated)\n";
        } catch (B24Exception $e) {
            printf("%-21s %-27s %-26s %3d %s\n", $kind, get_class($e), $e->getErrorCode(), $e->getHttpStatus(),
                $e->getMessage() === $e->getErrorCode() . ': ' . $e->getDescription() ? 'ok' : 'MESSAGE ' . $e->getMessage());
            b24_assert_no_secret("$kind message", $e->getMessage() . $e->getDescription() . $e->getTraceAsString(), $secrets);
        }
        b24_emu_control('DELETE', 'faults');
    }
}
/* nothing listens here */
$port = stream_socket_server('tcp://127.0.0.1:0');
$addr = stream_socket_get_name($port, false);
fclose($port);
try {
    (new B24Client("https://$addr/rest/1/SECRETCODE/"))->call('profile');
} catch (B24TransportException $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ' ', $e->getHttpStatus(), "\n";
    b24_assert_no_secret('refused message', $e->getMessage(), ['SECRETCODE']);
}
var_dump(error_get_last());
?>
--EXPECT--
-- webhook
query_limit           B24LimitException           QUERY_LIMIT_EXCEEDED       503 ok
internal_error        B24ServerException          INTERNAL_SERVER_ERROR      500 ok
expired_token         B24AuthException            expired_token              401 ok
error                 B24AccessException          ACCESS_DENIED              403 ok
error                 B24AccessException          insufficient_scope         403 ok
error                 B24AuthException            NO_AUTH_FOUND              401 ok
error                 B24AuthException            invalid_token              401 ok
error                 B24MethodNotFoundException  ERROR_METHOD_NOT_FOUND     404 ok
error                 B24LimitException           OVERLOAD_LIMIT             503 ok
error                 B24ServerException          PORTAL_DELETED             500 ok
error                 B24ApiException             ERROR_ARGUMENT             400 ok
error                 B24ApiException             ERROR_PLACEMENT_MAX_COUNT  200 ok
error                 B24ApiException             SOME_NEW_CODE              400 ok
html_502              B24ServerException          B24_HTTP_ERROR             502 ok
invalid_json          B24ResponseException        B24_INVALID_JSON           200 ok
invalid_json          B24ServerException          B24_HTTP_ERROR             500 ok
empty_body            B24ResponseException        B24_EMPTY_ANSWER           200 ok
empty_body            B24ServerException          B24_HTTP_ERROR             503 ok
truncated             B24ResponseException        B24_TRUNCATED              200 ok
reset_before_headers  B24TransportException       B24_TRANSPORT_FAILED         0 ok
reset_after_headers   B24ResponseException        B24_TRUNCATED              200 ok
slow                  B24TransportException       B24_TIMEOUT                  0 ok
redirect              B24TransportException       B24_REDIRECT_REFUSED       302 ok
operation_time_limit  B24LimitException           OPERATION_TIME_LIMIT       429 ok
-- oauth
query_limit           B24LimitException           QUERY_LIMIT_EXCEEDED       503 ok
internal_error        B24ServerException          INTERNAL_SERVER_ERROR      500 ok
expired_token: no exception (refreshed and repeated)
error                 B24AccessException          ACCESS_DENIED              403 ok
error                 B24AccessException          insufficient_scope         403 ok
error                 B24AuthException            NO_AUTH_FOUND              401 ok
error                 B24AuthException            invalid_token              401 ok
error                 B24MethodNotFoundException  ERROR_METHOD_NOT_FOUND     404 ok
error                 B24LimitException           OVERLOAD_LIMIT             503 ok
error                 B24ServerException          PORTAL_DELETED             500 ok
error                 B24ApiException             ERROR_ARGUMENT             400 ok
error                 B24ApiException             ERROR_PLACEMENT_MAX_COUNT  200 ok
error                 B24ApiException             SOME_NEW_CODE              400 ok
html_502              B24ServerException          B24_HTTP_ERROR             502 ok
invalid_json          B24ResponseException        B24_INVALID_JSON           200 ok
invalid_json          B24ServerException          B24_HTTP_ERROR             500 ok
empty_body            B24ResponseException        B24_EMPTY_ANSWER           200 ok
empty_body            B24ServerException          B24_HTTP_ERROR             503 ok
truncated             B24ResponseException        B24_TRUNCATED              200 ok
reset_before_headers  B24TransportException       B24_TRANSPORT_FAILED         0 ok
reset_after_headers   B24ResponseException        B24_TRUNCATED              200 ok
slow                  B24TransportException       B24_TIMEOUT                  0 ok
redirect              B24TransportException       B24_REDIRECT_REFUSED       302 ok
operation_time_limit  B24LimitException           OPERATION_TIME_LIMIT       429 ok
B24TransportException B24_CONNECT_FAILED 0
NULL
