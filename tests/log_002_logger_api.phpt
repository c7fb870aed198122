--TEST--
b24 logging: what a logger is (TypeError naming logger otherwise), a logger that throws loses no result and sends nothing twice, var_dump and php --ri never show a logger's state, a client and its logger are collected as a cycle
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();

class Quiet { public $client; public function log($level, $message, array $context = []): void {} }
class Hidden { private function log($level, $message, array $context = []): void {} }
class Magic { public array $seen = []; public function __call($name, $args) { $this->seen[] = $name; } }
class Throwing
{
    public int $calls = 0;
    public string $internal = 'LOGGER-INTERNAL-STATE';
    public function log($level, $message, array $context = []): void
    {
        $this->calls++;
        throw new RuntimeException('the log server is down');
    }
}

foreach ([new stdClass, new Hidden, 'a string', 42] as $bad) {
    try {
        b24_emu_webhook_client(['logger' => $bad]);
        echo "accepted\n";
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach ([new stdClass, new Hidden] as $bad) {
    try {
        b24_set_logger($bad);
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    b24_set_logger('x');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}

/* __call counts as a callable log() */
$magic = new Magic;
b24_emu_webhook_client(['logger' => $magic])->call('profile');
echo 'magic: ', implode(',', $magic->seen), "\n";

/* a logger that throws: the result stands, the write went once, the call's own exception is the one thrown */
$throwing = new Throwing;
$client = b24_emu_webhook_client(['logger' => $throwing, 'retries' => 0]);
$mark = b24_emu_log_mark();
$id = $client->call('crm.deal.add', ['fields' => ['TITLE' => 'logged once']]);
echo 'deal id is an int: ', var_export(is_int($id), true), ', sent ', count(b24_emu_log_since($mark, 'crm.deal.add')), " time(s)\n";
b24_emu_fault('error', ['code' => 'ACCESS_DENIED']);
try {
    $client->call('profile');
} catch (B24Exception $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ' previous: ', var_export($e->getPrevious(), true), "\n";
}
var_dump(b24_call('profile', [], $client)['result']['ID'] ?? null);
echo 'logger called ', $throwing->calls, " times\n";
b24_set_logger($throwing);
var_dump(count(b24_call_batch(['a' => ['method' => 'profile']], false, b24_emu_webhook_client())['result']['result']));

/* the client shows the logger's class, never its state */
ob_start();
var_dump($client);
print_r($client);
debug_zval_dump($client);
echo var_export($client, true), json_encode($client);
$dump = ob_get_clean();
echo strpos($dump, 'LOGGER-INTERNAL-STATE') === false ? "no logger state in dumps\n" : "LOGGER STATE SHOWN\n";
echo strpos($dump, '"Throwing"') !== false ? "the logger's class is shown\n" : "no class\n";
exec(b24_test_php() . ' --ri b24', $ri);
echo stripos(implode("\n", $ri), 'logger') === false ? "php --ri says nothing of loggers\n" : "php --ri shows a logger\n";
b24_set_logger(null);

/* placement calls log like any call, delivered when the method returns */
class Rec { public array $events = []; public function log($level, $message, array $context = []): void { $this->events[] = "$level {$context['method']}" . (isset($context['code']) ? " {$context['code']}" : ''); } }
$rec = new Rec;
try {
    (new B24Placement(B24Placement::CRM_DEAL_DETAIL_TAB, b24_emu_webhook_client(['logger' => $rec])))->list();
} catch (B24Exception $e) {
    echo 'placement: ', implode(', ', $rec->events), ' before ', $e->getErrorCode(), "\n";
}

/* a logger holding its client: one cycle, collected */
$cycle = new Quiet;
$cycle->client = b24_emu_webhook_client(['logger' => $cycle]);
unset($cycle);
echo gc_collect_cycles() >= 2 ? "cycle collected\n" : "cycle leaked\n";
?>
--EXPECTF--
TypeError: B24Client::__construct(): Argument #1 ($config) key "logger" must be an object with a callable log() method, stdClass given
TypeError: B24Client::__construct(): Argument #1 ($config) key "logger" must be an object with a callable log() method, Hidden given
TypeError: B24Client::__construct(): Argument #1 ($config) key "logger" must be of type object, string given
TypeError: B24Client::__construct(): Argument #1 ($config) key "logger" must be of type object, int given
TypeError: b24_set_logger(): Argument #1 ($logger) must be an object with a callable log() method, stdClass given
TypeError: b24_set_logger(): Argument #1 ($logger) must be an object with a callable log() method, Hidden given
b24_set_logger(): Argument #1 ($logger) must be of type ?object, string given
magic: log
deal id is an int: true, sent 1 time(s)
B24AccessException ACCESS_DENIED previous: NULL
string(1) "1"
logger called 4 times
int(1)
no logger state in dumps
the logger's class is shown
php --ri says nothing of loggers
placement: debug placement.list, error placement.list WRONG_AUTH_TYPE before WRONG_AUTH_TYPE
cycle collected
