--TEST--
B24Client reports the B24TokenStore object it holds to the cycle collector: a store that keeps its client (a cache of clients per portal) is collected by gc_collect_cycles(), its destructor run then; with a logger as well, both are collected
--EXTENSIONS--
b24
--FILE--
<?php
final class KeepingStore implements B24TokenStore
{
	public array $clients = [];
	public function __construct(private string $name) {}
	public function load(string $m): ?array
	{
		return ['access_token' => 'a1', 'refresh_token' => 'r1', 'member_id' => $m,
			'client_endpoint' => 'https://p.bitrix24.com/rest/', 'domain' => 'p.bitrix24.com'];
	}
	public function save(string $m, array $t): void {}
	public function delete(string $m): void {}
	public function lock(string $m, float $t): bool { return true; }
	public function unlock(string $m): void {}
	public function __destruct() { echo "{$this->name} destroyed\n"; }
}
final class KeepingLogger
{
	public mixed $back = null;
	public function log($level, $message, array $context = []): void {}
	public function __destruct() { echo "logger destroyed\n"; }
}
$config = ['client_id' => 'local.1', 'client_secret' => 's', 'member_id' => 'm1'];
gc_collect_cycles();

echo "-- client <-> store\n";
$store = new KeepingStore('store');
$store->clients['m1'] = new B24Client($config + ['store' => $store]);
unset($store);
echo "before gc\n";
$n = gc_collect_cycles();
echo 'collected: ', $n > 0 ? 'yes' : 'no', "\n";

echo "-- client -> store -> client, client -> logger -> client\n";
$store = new KeepingStore('store with a logger');
$logger = new KeepingLogger();
$client = new B24Client($config + ['store' => $store, 'logger' => $logger]);
$store->clients['m1'] = $client;
$logger->back = $client;
unset($store, $logger, $client);
echo "before gc\n";
$n = gc_collect_cycles();
echo 'collected: ', $n > 0 ? 'yes' : 'no', "\n";

echo "-- a client whose store is a file is not affected\n";
$dir = sys_get_temp_dir() . '/b24-gc-' . getmypid();
@mkdir($dir, 0700);
$file = new B24FileTokenStore($dir);
$file->save('m1', (new KeepingStore('a template'))->load('m1'));
$client = new B24Client($config + ['store' => $file]);
echo 'gc: ', gc_collect_cycles(), "\n";
unset($client, $file);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
echo "done\n";
?>
--EXPECT--
-- client <-> store
before gc
store destroyed
collected: yes
-- client -> store -> client, client -> logger -> client
before gc
store with a logger destroyed
logger destroyed
collected: yes
-- a client whose store is a file is not affected
a template destroyed
gc: 0
done
