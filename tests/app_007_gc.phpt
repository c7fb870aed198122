--TEST--
B24App and B24Event report the store, config and app they hold to the cycle collector: a store that refers back to its app or to an event is collected by gc_collect_cycles(), its destructor run then
--EXTENSIONS--
b24
--FILE--
<?php
final class CyclicStore implements B24TokenStore
{
	public mixed $back = null;
	public function __construct(private string $name) {}
	public function load(string $m): ?array
	{
		return ['access_token' => 'a1', 'refresh_token' => 'r1', 'member_id' => $m,
			'client_endpoint' => 'https://p.bitrix24.com/rest/', 'application_token' => str_repeat('c', 32)];
	}
	public function save(string $m, array $t): void {}
	public function delete(string $m): void {}
	public function lock(string $m, float $t): bool { return true; }
	public function unlock(string $m): void {}
	public function __destruct() { echo "{$this->name} destroyed\n"; }
}
final class CyclicLogger
{
	public mixed $back = null;
	public function log($level, $message, array $context = []): void {}
	public function __destruct() { echo "logger destroyed\n"; }
}
gc_collect_cycles();

echo "-- app <-> store\n";
$store = new CyclicStore('store of the app');
$app = new B24App(['client_id' => 'local.1', 'client_secret' => 's', 'store' => $store]);
$store->back = $app;
unset($app, $store);
echo "before gc\n";
$n = gc_collect_cycles();
echo 'collected: ', $n > 0 ? 'yes' : 'no', "\n";

echo "-- event -> app -> store -> event\n";
$store = new CyclicStore('store of the event');
$app = new B24App(['client_id' => 'local.1', 'client_secret' => 's', 'store' => $store]);
$event = $app->event(['event' => 'ONCRMDEALADD', 'data' => ['FIELDS' => ['ID' => '1']],
	'auth' => ['member_id' => 'm1', 'application_token' => str_repeat('c', 32)]]);
echo get_class($event), ' ', $event->name(), "\n";
$store->back = $event;
unset($app, $store, $event);
echo "before gc\n";
$n = gc_collect_cycles();
echo 'collected: ', $n > 0 ? 'yes' : 'no', "\n";

echo "-- app's config: a logger referring back to the app\n";
$logger = new CyclicLogger();
try {
	$app = new B24App(['client_id' => 'local.1', 'client_secret' => 's', 'store' => new CyclicStore('store with a logger'), 'logger' => $logger]);
	$logger->back = $app;
	unset($app, $logger);
	echo "before gc\n";
	$n = gc_collect_cycles();
echo 'collected: ', $n > 0 ? 'yes' : 'no', "\n";
} catch (ValueError | TypeError $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "done\n";
?>
--EXPECT--
-- app <-> store
before gc
store of the app destroyed
collected: yes
-- event -> app -> store -> event
B24Event ONCRMDEALADD
before gc
store of the event destroyed
collected: yes
-- app's config: a logger referring back to the app
before gc
store with a logger destroyed
logger destroyed
collected: yes
done
