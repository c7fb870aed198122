--TEST--
b24_call_many(): 200 calls across two portals with the portal's limits on: every result in its key's place, each portal within its own budget, no QUERY_LIMIT_EXCEEDED; errors per key; calls really in flight together; each call logged
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/rate.inc';
$env = b24_emu();
b24_emu_reset();
ini_set('b24.runtime_dir', b24_test_runtime_dir());
/* the portal's bucket: 20 at once, 20 a second; b24's budget of the same figures for each portal */
rate_emu_bucket(20, 20.0);
$second = str_replace('://localhost:', '://127.0.0.1:', $env['B24_EMU_WEBHOOK']);
$config = ['ca_file' => $env['B24_EMU_CA'], 'rate_limit' => '20/20'];
$main = new B24Client(['webhook' => $env['B24_EMU_WEBHOOK']] + $config);
$other = new B24Client(['webhook' => $second] + $config);

$calls = [];
for ($i = 1; $i <= 100; $i++) {
    $calls["main-$i"] = [$main, 'crm.deal.get', ['id' => $i]];
    $calls[$i + 1000] = [$other, 'crm.deal.get', ['id' => $i + 5000]];
}
$mark = b24_emu_log_mark();
$results = b24_call_many($calls, ['concurrency' => 16]);
$log = b24_emu_log_since($mark);

echo "keys in order: ", array_keys($results) === array_keys($calls) ? 'yes' : 'NO', "\n";
$right = 0;
foreach ($calls as $key => [$client, $method, $params]) {
    $right += is_array($results[$key]) && $results[$key]['ID'] === (string)$params['id']
        && $results[$key]['TITLE'] === "Deal #{$params['id']}";
}
echo "right results: $right\n";
$hosts = [];
foreach ($log as $e) {
    $hosts[$e['headers']['host']][] = (float)$e['at'];
}
ksort($hosts);
echo "requests: ", count($log), ", QUERY_LIMIT_EXCEEDED: ", count(array_filter($log, fn ($e) => (int)$e['status'] === 503)), "\n";
foreach ($hosts as $host => $times) {
    /* the requests of a portal replayed through a bucket of its budget: never above the burst */
    sort($times);
    $level = 0.0;
    $peak = 0.0;
    $last = $times[0];
    foreach ($times as $t) {
        $level = max(0.0, $level - ($t - $last) * 20.0) + 1.0;
        $last = $t;
        $peak = max($peak, $level);
    }
    echo parse_url("https://$host", PHP_URL_HOST), ': ', count($times), ' requests, within its budget: ', $peak <= 20.0 ? 'yes' : "NO (peak $peak)", "\n";
}

echo "-- errors per key\n";
$results = b24_call_many([
    'found' => [$main, 'crm.deal.get', ['id' => 7]],
    'missing' => [$main, 'crm.deal.get', ['id' => 99999999]],
    'no-method' => [$other, 'no.such.method'],
    'second' => [$other, 'crm.deal.get', ['id' => 8]],
]);
foreach ($results as $key => $value) {
    echo "$key: ", $value instanceof B24Exception ? get_class($value) . ' ' . $value->getErrorCode() : $value['TITLE'], "\n";
}

echo "-- in flight together\n";
b24_emu_reset();
b24_emu_settings(['method_timing' => ['crm.deal.get' => ['delay_ms' => 400]]]);
$calls = [];
for ($i = 1; $i <= 8; $i++) {
    $calls[] = [$i % 2 ? $main : $other, 'crm.deal.get', ['id' => $i]];
}
$started = microtime(true);
$results = b24_call_many($calls, ['concurrency' => 8]);
$took = microtime(true) - $started;
echo count(array_filter($results, 'is_array')), " results; ",
    $took < 8 * 0.4 || rate_under_valgrind() ? 'faster than one after another' : "TOOK $took s", "\n";

echo "-- each call's log lines, after the run\n";
final class Lines
{
    public array $lines = [];
    public function log($level, $message, array $context = []): void
    {
        $this->lines[] = "$level {$context['method']} " . ($context['status'] ?? '') . ($level === 'error' ? " {$context['code']}" : '');
    }
}
$log = new Lines;
$logged = b24_emu_webhook_client(['logger' => $log]);
b24_call_many(['ok' => [$logged, 'profile'], 'bad' => [$logged, 'crm.deal.get', ['id' => -5]]]);
sort($log->lines);
echo implode("\n", $log->lines), "\n";
b24_emu_reset();
?>
--EXPECT--
keys in order: yes
right results: 200
requests: 200, QUERY_LIMIT_EXCEEDED: 0
127.0.0.1: 100 requests, within its budget: yes
localhost: 100 requests, within its budget: yes
-- errors per key
found: Deal #7
missing: B24ApiException ERROR_NOT_FOUND
no-method: B24MethodNotFoundException ERROR_METHOD_NOT_FOUND
second: Deal #8
-- in flight together
8 results; faster than one after another
-- each call's log lines, after the run
debug crm.deal.get 400
debug profile 200
error crm.deal.get 400 ERROR_ARGUMENT
