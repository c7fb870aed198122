--TEST--
b24 rate budget and retries: INI defaults and validation, B24Client keys (ValueError/TypeError naming the key), per-client values over the INI ones, the local store when the runtime directory is not private
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/rate.inc';
ini_restore('b24.rate_limit');
var_dump(ini_get('b24.rate_limit'), ini_get('b24.rate_wait_max'), ini_get('b24.retries'));
foreach (['50', '50/', '/2', '50/0', '-1/2', '50/2x', 'abc'] as $bad) {
    echo "rate_limit $bad: ", var_export(ini_set('b24.rate_limit', $bad), true), "\n";
}
foreach (['250/5', '0', '10/0.5'] as $good) {
    echo "rate_limit $good: ", ini_set('b24.rate_limit', $good) !== false ? 'taken' : 'REFUSED', "\n";
}
foreach (['-1', '11', 'x', ''] as $bad) {
    echo "retries '$bad': ", var_export(ini_set('b24.retries', $bad), true), "\n";
}
echo 'retries 0: ', ini_set('b24.retries', '0') !== false ? 'taken' : 'REFUSED', "\n";
echo 'rate_wait_max -1: ', var_export(ini_set('b24.rate_wait_max', '-1'), true), "\n";
echo 'rate_wait_max 0: ', ini_set('b24.rate_wait_max', '0') !== false ? 'taken' : 'REFUSED', "\n";

$env = b24_emu();
$base = ['webhook' => $env['B24_EMU_WEBHOOK'], 'ca_file' => $env['B24_EMU_CA']];
$cases = [
    ['rate_limit' => '50'],
    ['rate_limit' => 50],
    ['rate_wait_max' => -1],
    ['rate_wait_max' => '10'],
    ['retries' => 11],
    ['retries' => -1],
    ['retries' => 2.0],
];
foreach ($cases as $extra) {
    try {
        new B24Client($base + $extra);
        echo "accepted\n";
    } catch (ValueError|TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

/* the client's values win over the INI ones: INI says "wait 0 s, 1 request a second" */
b24_emu_reset();
ini_set('b24.rate_limit', '1/1');
ini_set('b24.rate_wait_max', '0');
$strict = new B24Client($base);
$own = new B24Client($base + ['rate_limit' => '0']);
$own->call('profile');
$own->call('profile');
echo "own rate_limit 0: two calls\n";
$strict->call('profile');
try {
    $strict->call('profile');
} catch (B24LimitException $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ' retry after ', $e->getRetryAfter(), ' s: ',
        str_contains($e->getMessage(), 'rate_wait_max') ? 'names rate_wait_max' : $e->getMessage(), "\n";
}
$patient = new B24Client($base + ['rate_limit' => '1/5', 'rate_wait_max' => 2]);
$t = microtime(true);
$patient->call('profile');
printf("rate_wait_max 2: waited for its turn (%s)\n", microtime(true) - $t >= 0.15 ? 'yes' : 'NO');

/* a batch is one request: with room for two (4/1 less b24's reserve), a batch of three and a call go */
$runtime = ini_get('b24.runtime_dir');
ini_set('b24.runtime_dir', "$runtime-batch");
$two = new B24Client($base + ['rate_limit' => '4/1', 'rate_wait_max' => 0]);
$r = b24_call_batch(['a' => ['method' => 'profile'], 'b' => ['method' => 'scope'], 'c' => ['method' => 'server.time']], false, $two);
echo 'batch of three: ', count($r['result']['result']), ' results; ';
$two->call('profile');
try {
    $two->call('profile');
} catch (B24LimitException $e) {
    echo 'the third request waits: ', $e->getErrorCode(), "\n";
}
ini_set('b24.runtime_dir', $runtime);
unlink("$runtime-batch/rate.v2");
rmdir("$runtime-batch");

/* the default client of b24_call() follows the INI values too */
ini_set('b24.webhook_url', $env['B24_EMU_WEBHOOK']);
ini_set('b24.ca_file', $env['B24_EMU_CA']);
$r = b24_call('profile');
echo 'b24_call under a spent budget: ', $r['error'] ?? 'no error', "\n";
ini_set('b24.rate_limit', '0');
echo 'b24_call with rate_limit 0: ', isset(b24_call('profile')['result']) ? 'result' : 'NO RESULT', "\n";

/* a runtime directory that others may write: not used; the process paces itself alone */
$open = sys_get_temp_dir() . '/b24-open-' . getmypid();
@mkdir($open, 0777);
chmod($open, 0777);
ini_set('b24.runtime_dir', $open);
ini_set('b24.rate_limit', '1/1');
$alone = new B24Client($base);
$alone->call('profile');
try {
    $alone->call('profile');
} catch (B24LimitException $e) {
    echo 'open directory: still paced (', $e->getErrorCode(), '), nothing written there: ', glob("$open/*") ? 'NO' : 'yes', "\n";
}
rmdir($open);
?>
--EXPECT--
string(4) "50/2"
string(2) "10"
string(1) "2"
rate_limit 50: false
rate_limit 50/: false
rate_limit /2: false
rate_limit 50/0: false
rate_limit -1/2: false
rate_limit 50/2x: false
rate_limit abc: false
rate_limit 250/5: taken
rate_limit 0: taken
rate_limit 10/0.5: taken
retries '-1': false
retries '11': false
retries 'x': false
retries '': false
retries 0: taken
rate_wait_max -1: false
rate_wait_max 0: taken
ValueError: B24Client::__construct(): Argument #1 ($config) key "rate_limit" must be "burst/drain" (e.g. "50/2") or "0"
TypeError: B24Client::__construct(): Argument #1 ($config) key "rate_limit" must be of type string, int given
ValueError: B24Client::__construct(): Argument #1 ($config) key "rate_wait_max" must be a number of seconds from 0 to 86400
TypeError: B24Client::__construct(): Argument #1 ($config) key "rate_wait_max" must be of type int|float, string given
ValueError: B24Client::__construct(): Argument #1 ($config) key "retries" must be between 0 and 10
ValueError: B24Client::__construct(): Argument #1 ($config) key "retries" must be between 0 and 10
TypeError: B24Client::__construct(): Argument #1 ($config) key "retries" must be of type int, float given
own rate_limit 0: two calls
B24LimitException B24_RATE_LIMITED retry after 1 s: names rate_wait_max
rate_wait_max 2: waited for its turn (yes)
batch of three: 3 results; the third request waits: B24_RATE_LIMITED
b24_call under a spent budget: B24_RATE_LIMITED
b24_call with rate_limit 0: result
open directory: still paced (B24_RATE_LIMITED), nothing written there: yes
