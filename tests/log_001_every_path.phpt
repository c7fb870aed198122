--TEST--
b24 logging: every path (calls by webhook and OAuth, refresh, adoption, budget wait, retry of a read, failures of each class, batch, b24_call) logged with typed context and no secret in any message or context
--EXTENSIONS--
b24
--INI--
; PCRE's JIT code is opaque to valgrind (run-tests -m): it reports its reads as uninitialised
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();

/* collects everything, as a PSR-3 logger would receive it */
final class Collector
{
    public array $events = [];
    /* the store's lock file: free whenever the logger runs, a refresh included */
    public ?string $lock = null;
    public array $lockHeld = [];
    public function log($level, $message, array $context = []): void
    {
        $this->events[] = [$level, $message, $context];
        if ($this->lock !== null && is_file($this->lock)) {
            $fh = fopen($this->lock, 'r');
            if (!flock($fh, LOCK_EX | LOCK_NB)) {
                $this->lockHeld[] = $message;
            }
            fclose($fh);
        }
    }
}
/* one line per event: the message with its placeholders filled, variable figures as N */
function line(array $e): string
{
    [$level, $message, $context] = $e;
    return $level . ' ' . preg_replace_callback('/\{(\w+)\}/', function ($m) use ($context) {
        if (in_array($m[1], ['duration_ms', 'wait_ms', 'request_bytes', 'response_bytes', 'expires_in'], true)) {
            return 'N';
        }
        return (string)$context[$m[1]];
    }, $message);
}
function show(string $title, Collector $log): void
{
    echo "-- $title\n";
    foreach ($log->events as $e) {
        echo line($e), "\n";
    }
    $log->events = [];
}
$all = [];
function keep(Collector $log): void
{
    global $all;
    array_push($all, ...$log->events);
}

$pair = b24_emu_install();
$dir = sys_get_temp_dir() . '/b24-log-' . getmypid();
@mkdir($dir, 0700);
$store = "$dir/settings.json";
file_put_contents($store, json_encode([
    'access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID'],
    'application_token' => $env['B24_EMU_APPLICATION_TOKEN'], 'domain' => $env['B24_EMU_DOMAIN'],
]));
chmod($store, 0600);
$log = new Collector;
$log->lock = "$store.lock";
$hook = b24_emu_webhook_client(['logger' => $log, 'retries' => 0]);
$oauth = new B24Client(b24_emu_oauth_config($pair, ['logger' => $log, 'store' => $store, 'retries' => 0]));
$second = new B24Client(b24_emu_oauth_config($pair, ['logger' => $log, 'store' => $store, 'retries' => 0]));

$hook->call('profile');
$oauth->call('profile', ['secret_param' => $pair['access_token']]);
keep($log);
show('calls', $log);
foreach ($log->events ?: $all as $e) {
    [, , $c] = $e;
    var_dump(is_int($c['status']), is_float($c['duration_ms']), is_int($c['request_bytes']), is_int($c['response_bytes']));
    break;
}

/* the portal refuses the token: refreshed through the store, the lock released before the logger runs */
b24_emu_fault('expired_token');
$oauth->call('profile');
keep($log);
show('refresh', $log);
/* the second client holds the old token: the portal refuses it, the store has the new one */
b24_emu_fault('expired_token');
$second->call('profile');
keep($log);
show('adoption', $log);

/* a small budget: calls wait for their turn */
$paced = b24_emu_webhook_client(['logger' => $log, 'rate_limit' => '3/2']);
for ($i = 0; $i < 3; $i++) {
    $paced->call('profile');
}
keep($log);
$waits = array_filter($log->events, fn($e) => $e[0] === 'warning');
echo "-- budget\n", count($waits) > 0 ? 'waits logged' : 'NO WAIT LOGGED', "\n";
foreach ($waits as $e) {
    echo line($e), ' ', is_float($e[2]['wait_ms']) && $e[2]['wait_ms'] > 0 ? 'ok' : 'BAD', "\n";
    break;
}
$log->events = [];

/* a read whose connection drops after the headers: sent again */
$retrying = b24_emu_webhook_client(['logger' => $log, 'retries' => 2]);
b24_emu_fault('reset_after_headers', [], 1, 'crm.deal.get');
$retrying->call('crm.deal.get', ['id' => 1]);
keep($log);
show('retry', $log);

/* failures of each class; descriptions that echo secrets */
$echo = "see {$env['B24_EMU_WEBHOOK']}x.json?auth={$pair['access_token']} "
    . '{"refresh_token":"' . $pair['refresh_token'] . '","application_token":"' . $env['B24_EMU_APPLICATION_TOKEN'] . '"}'
    . " client_secret={$env['B24_EMU_CLIENT_SECRET']}";
$faults = [
    ['redirect', ['location' => "https://other.example/rest/1/x/?auth={$pair['access_token']}"]],
    ['error', ['code' => 'NO_AUTH_FOUND', 'description' => $echo]],
    ['error', ['code' => 'ACCESS_DENIED', 'description' => $echo]],
    ['error', ['code' => 'ERROR_METHOD_NOT_FOUND']],
    ['query_limit', []],
    ['internal_error', []],
    ['invalid_json', []],
    ['error', ['code' => 'ERROR_ARGUMENT', 'description' => $echo]],
];
foreach ([$hook, $oauth] as $client) {
    foreach ($faults as [$kind, $params]) {
        b24_emu_fault($kind, $params);
        try {
            $client->call('profile');
        } catch (B24Exception $e) {
        }
        b24_emu_control('DELETE', 'faults');
    }
}
keep($log);
echo "-- failures\n";
foreach ($log->events as $e) {
    if ($e[0] === 'error') {
        echo line($e), ' ', $e[2]['status'], "\n";
    }
}
$log->events = [];

/* the default logger: b24_call() and b24_call_batch() */
$default = new Collector;
b24_set_logger($default);
b24_call('profile', [], $hook);
$calls = [];
for ($i = 0; $i < 3; $i++) {
    $calls["d$i"] = ['method' => 'crm.deal.get', 'params' => ['id' => $i + 1]];
}
b24_call_batch($calls, false, b24_emu_webhook_client(['retries' => 0]));
b24_call('profile', [], b24_emu_webhook_client());
keep($default);
show('b24_call with its own client logger, then default clients', $default);
echo count($log->events), " events to the client's own logger\n";
b24_set_logger(null);
b24_call('profile', [], b24_emu_webhook_client());
echo count($default->events), " events after b24_set_logger(null)\n";

/* nothing secret anywhere: messages, contexts, print_r of all */
$secrets = b24_emu_secrets([$pair['access_token'], $pair['refresh_token'], $env['B24_EMU_APPLICATION_TOKEN']]);
$tokens = json_decode((string)file_get_contents($store), true);
$secrets[] = $tokens['access_token'];
$secrets[] = $tokens['refresh_token'];
$text = '';
foreach ($all as [$level, $message, $context]) {
    $text .= "$level $message\n" . print_r($context, true) . var_export($context, true);
}
echo "-- ", count($all), " events collected\n";
b24_assert_no_secret('log', $text, $secrets);
echo preg_match('/[\x00-\x08\x0a-\x1f]/', str_replace("\n", '', implode('', array_column($all, 1)))) ? "control bytes\n" : "no control bytes in messages\n";
echo $log->lockHeld ? 'the logger ran under the store lock: ' . implode(', ', $log->lockHeld) : 'the logger never ran under the store lock', "\n";
echo strpos($text, '***') !== false ? "redacted values shown as ***\n" : "NOTHING REDACTED\n";
unlink($store);
@unlink("$store.lock");
@rmdir($dir);
?>
--EXPECTF--
-- calls
debug b24: profile on localhost: HTTP 200 in N ms, N bytes sent, N received
debug b24: profile on localhost: HTTP 200 in N ms, N bytes sent, N received
bool(true)
bool(true)
bool(true)
bool(true)
-- refresh
info b24: access token for localhost refreshed at the OAuth server
debug b24: profile on localhost: HTTP 200 in N ms, N bytes sent, N received
-- adoption
info b24: access token for localhost adopted from the store (refreshed by another process)
debug b24: profile on localhost: HTTP 200 in N ms, N bytes sent, N received
-- budget
waits logged
warning b24: profile on localhost waits N ms for the portal's request budget ok
-- retry
warning b24: crm.deal.get on localhost is sent again (attempt 2) after B24_TRUNCATED
debug b24: crm.deal.get on localhost: HTTP 200 in N ms, N bytes sent, N received
-- failures
error b24: profile on localhost failed: B24_REDIRECT_REFUSED (B24TransportException) 302
error b24: profile on localhost failed: NO_AUTH_FOUND (B24AuthException) 401
error b24: profile on localhost failed: ACCESS_DENIED (B24AccessException) 403
error b24: profile on localhost failed: ERROR_METHOD_NOT_FOUND (B24MethodNotFoundException) 404
error b24: profile on localhost failed: QUERY_LIMIT_EXCEEDED (B24LimitException) 503
error b24: profile on localhost failed: INTERNAL_SERVER_ERROR (B24ServerException) 500
error b24: profile on localhost failed: B24_INVALID_JSON (B24ResponseException) 200
error b24: profile on localhost failed: ERROR_ARGUMENT (B24ApiException) 400
error b24: profile on localhost failed: B24_REDIRECT_REFUSED (B24TransportException) 302
error b24: profile on localhost failed: NO_AUTH_FOUND (B24AuthException) 401
error b24: profile on localhost failed: ACCESS_DENIED (B24AccessException) 403
error b24: profile on localhost failed: ERROR_METHOD_NOT_FOUND (B24MethodNotFoundException) 404
error b24: profile on localhost failed: QUERY_LIMIT_EXCEEDED (B24LimitException) 503
error b24: profile on localhost failed: INTERNAL_SERVER_ERROR (B24ServerException) 500
error b24: profile on localhost failed: B24_INVALID_JSON (B24ResponseException) 200
error b24: profile on localhost failed: ERROR_ARGUMENT (B24ApiException) 400
-- b24_call with its own client logger, then default clients
debug b24: batch on localhost: HTTP 200 in N ms, N bytes sent, N received
debug b24: profile on localhost: HTTP 200 in N ms, N bytes sent, N received
1 events to the client's own logger
0 events after b24_set_logger(null)
-- %d events collected
no control bytes in messages
the logger never ran under the store lock
redacted values shown as ***
