--TEST--
b24_call_many(): an expired token is refreshed once for all the calls in flight and each repeated; a write whose connection dropped is not sent again, a read is; QUERY_LIMIT_EXCEEDED is waited out; calls at once from a token store's method during a refresh are refused
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
$env = b24_emu();
b24_emu_reset();
ini_set('b24.runtime_dir', b24_test_runtime_dir());
$store = b24_test_runtime_dir() . '/settings.json';
$count = fn (array $log, string $what) => count(array_filter($log, fn ($e) => $e['origin'] === $what
    || $e['rest_method'] === $what));

echo "-- an expired token, 24 calls in flight 8 at a time\n";
$pair = b24_emu_install(['access_lifetime' => 1]);
$client = new B24Client(b24_emu_oauth_config($pair, ['store' => $store]));
sleep(2);
$calls = [];
for ($i = 1; $i <= 24; $i++) {
    $calls["d$i"] = [$client, 'crm.deal.get', ['id' => $i]];
}
$mark = b24_emu_log_mark();
$results = b24_call_many($calls, ['concurrency' => 8]);
$log = b24_emu_log_since($mark);
echo count(array_filter($results, fn ($r) => is_array($r))), " results\n";
echo "refreshes: ", $count($log, 'oauth'), "\n";
$expired = count(array_filter($log, fn ($e) => $e['status'] === 401));
echo "refused as expired: ", $expired >= 1 && $expired <= 8 ? '1 to 8' : $expired, "\n";
echo "stored token is the client's: ", json_decode(file_get_contents($store), true)['access_token'] !== $pair['access_token'] ? 'new' : 'OLD', "\n";

echo "-- a write whose answer never came is not sent again\n";
$hook = b24_emu_webhook_client(['retries' => 2]);
b24_emu_fault('reset_after_headers', [], 1, 'crm.deal.add');
$calls = [];
for ($i = 1; $i <= 5; $i++) {
    $calls["add$i"] = [$hook, 'crm.deal.add', ['fields' => ['TITLE' => "many $i"]]];
}
$mark = b24_emu_log_mark();
$results = b24_call_many($calls, ['concurrency' => 5]);
$failed = array_filter($results, fn ($r) => $r instanceof B24Exception);
echo count($results) - count($failed), " added, ", count($failed), " failed: ",
    implode(', ', array_map(fn ($e) => get_class($e) . ' ' . $e->getErrorCode()
        . (str_contains($e->getMessage(), 'a write is not sent twice') ? ' (not sent twice)' : ''), $failed)), "\n";
echo "crm.deal.add requests: ", $count(b24_emu_log_since($mark), 'crm.deal.add'), "\n";

echo "-- a read whose answer never came is sent again\n";
b24_emu_fault('reset_before_headers', [], 1, 'crm.deal.get');
$calls = [];
for ($i = 1; $i <= 5; $i++) {
    $calls[] = [$hook, 'crm.deal.get', ['id' => $i]];
}
$mark = b24_emu_log_mark();
$results = b24_call_many($calls, ['concurrency' => 5]);
echo count(array_filter($results, 'is_array')), " results, crm.deal.get requests: ", $count(b24_emu_log_since($mark), 'crm.deal.get'), "\n";

echo "-- QUERY_LIMIT_EXCEEDED from elsewhere\n";
b24_emu_fault('query_limit', [], 2, 'crm.deal.get');
$limited = b24_emu_webhook_client(['rate_limit' => '20/20']);
$calls = [];
for ($i = 1; $i <= 6; $i++) {
    $calls[] = [$limited, 'crm.deal.get', ['id' => $i]];
}
$mark = b24_emu_log_mark();
$results = b24_call_many($calls, ['concurrency' => 6]);
echo count(array_filter($results, 'is_array')), " results, refused by the portal: ",
    count(array_filter(b24_emu_log_since($mark), fn ($e) => $e['status'] === 503)), "\n";

echo "-- calls at once from a token store's method, during a refresh of calls at once\n";
final class NestingStore implements B24TokenStore
{
    public array $sets = [];
    public string $nested = '';
    public function __construct(private B24Client $other) {}
    public function load(string $memberId): ?array { return $this->sets[$memberId] ?? null; }
    public function save(string $memberId, array $tokens): void { $this->sets[$memberId] = $tokens; }
    public function delete(string $memberId): void { unset($this->sets[$memberId]); }
    public function lock(string $memberId, float $timeout): bool
    {
        $r = b24_call_many([[$this->other, 'profile']])[0];
        $this->nested = $r instanceof B24Exception ? get_class($r) . ' ' . $r->getErrorCode() : 'ran';
        return true;
    }
    public function unlock(string $memberId): void {}
}
$pair = b24_emu_install(['access_lifetime' => 1]);
$nesting = new NestingStore($hook);
$nesting->sets[$env['B24_EMU_MEMBER_ID']] = ['access_token' => $pair['access_token'], 'refresh_token' => $pair['refresh_token'],
    'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'], 'member_id' => $env['B24_EMU_MEMBER_ID']];
$client = new B24Client(b24_emu_oauth_config($pair, ['store' => $nesting]));
sleep(2);
$results = b24_call_many([[$client, 'crm.deal.get', ['id' => 1]], [$client, 'crm.deal.get', ['id' => 2]]]);
echo count(array_filter($results, 'is_array')), " results; the nested calls: {$nesting->nested}\n";
b24_emu_reset();
?>
--EXPECT--
-- an expired token, 24 calls in flight 8 at a time
24 results
refreshes: 1
refused as expired: 1 to 8
stored token is the client's: new
-- a write whose answer never came is not sent again
4 added, 1 failed: B24TransportException B24_TRANSPORT_FAILED (not sent twice)
crm.deal.add requests: 5
-- a read whose answer never came is sent again
5 results, crm.deal.get requests: 6
-- QUERY_LIMIT_EXCEEDED from elsewhere
6 results, refused by the portal: 2
-- calls at once from a token store's method, during a refresh of calls at once
2 results; the nested calls: B24ApiException B24_INVALID_ARGUMENT
