--TEST--
B24App: config errors name the key (B24Client's reader: case-insensitive keys, a portal's keys refused, the store a B24TokenStore); var_dump() and exceptions show no secret; objects are not serializable; installFinishPage() escapes the SDK URL; the default request is $_REQUEST
--EXTENSIONS--
b24
--FILE--
<?php
final class MemoryStore implements B24TokenStore
{
	public array $sets = [];
	public function load(string $m): ?array { return $this->sets[$m] ?? null; }
	public function save(string $m, array $t): void { $this->sets[$m] = $t; }
	public function delete(string $m): void { unset($this->sets[$m]); }
	public function lock(string $m, float $t): bool { return true; }
	public function unlock(string $m): void {}
}
$store = new MemoryStore();
$secret = 'app-secret-' . bin2hex(random_bytes(8));
$base = ['client_id' => 'local.1', 'client_secret' => $secret, 'store' => $store];
$try = function (callable $f): void {
	try {
		$f();
		echo "accepted\n";
	} catch (Throwable $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
};
$try(fn () => new B24App(['CLIENT_ID' => 'local.1', 'Client_Secret' => 'x', 'STORE' => $store, 'TIMEOUT' => 5]));
$try(fn () => new B24App(['client_secret' => 'x', 'store' => $store]));
$try(fn () => new B24App(['client_id' => 'local.1', 'client_secret' => 'x']));
$try(fn () => new B24App(['client_id' => 'local.1', 'client_secret' => 'x', 'store' => '/tmp/tokens.json']));
$try(fn () => new B24App(['client_id' => 'local.1', 'client_secret' => 'x', 'store' => new stdClass()]));
$try(fn () => new B24App($base + ['member_id' => 'm']));
$try(fn () => new B24App($base + ['webhook' => 'https://a.example/rest/1/abc/']));
$try(fn () => new B24App($base + ['client_endpoint' => 'https://a.example/rest/']));
$try(fn () => new B24App($base + ['timeout' => 0]));
$try(fn () => new B24App($base + ['oauth_server' => 'http://oauth.example/']));
$try(fn () => new B24App($base + ['unknown' => 1]));
$try(fn () => new B24App($base + ['client_id' => 'local.1', 'CLIENT_ID' => 'local.2']));
$try(fn () => new B24App($base + [7 => 'x']));

$app = new B24App($base + ['oauth_server' => 'https://oauth.example.test/']);
ob_start();
var_dump($app);
print_r($app);
var_export($app);
$dump = ob_get_clean();
echo $dump, "\n";
echo str_contains($dump, $secret) ? "the dump shows the secret\n" : "no secret in the dumps\n";
$try(fn () => serialize($app));
$try(fn () => clone $app);
$try(function () use ($secret) {
	(new B24App(['client_id' => 'local.1', 'client_secret' => $secret, 'store' => 5]));
});
$e = null;
try {
	new B24App(['client_id' => 'local.1', 'client_secret' => $secret, 'store' => 5]);
} catch (TypeError $e) {
}
echo str_contains($e->getTraceAsString(), $secret) ? "the trace shows the secret\n" : "no secret in the trace\n";

echo "-- the default request is \$_REQUEST\n";
$_REQUEST = ['event' => 'ONAPPINSTALL', 'auth' => ['access_token' => 'abc']];
echo json_encode($app->install()), "\n";
$_REQUEST = [];
echo json_encode($app->install()), "\n";
$try(fn () => $app->event());
$try(fn () => $app->install('x'));
echo json_encode($app->install(['PLACEMENT' => 'DEFAULT', 'AUTH_ID' => ['x']])), "\n";
$try(fn () => new B24Event());

echo "-- a store whose code replaces \$_REQUEST while the request is read\n";
final class MeddlingStore implements B24TokenStore
{
	public function load(string $m): ?array
	{
		$_REQUEST = ['event' => str_repeat('X', 64)];
		return ['application_token' => 'tok-' . $m, 'access_token' => 'a', 'refresh_token' => 'r',
			'client_endpoint' => 'https://p.example/rest/', 'member_id' => $m];
	}
	public function save(string $m, array $t): void {}
	public function delete(string $m): void {}
	public function lock(string $m, float $t): bool { $_REQUEST = []; return true; }
	public function unlock(string $m): void {}
}
$meddled = new B24App(['client_id' => 'local.1', 'client_secret' => 's', 'store' => new MeddlingStore()]);
$_REQUEST = ['event' => 'ONAPPUNINSTALL', 'ts' => '17', 'auth' => ['member_id' => 'm' . str_repeat('1', 20), 'application_token' => 'tok-m' . str_repeat('1', 20)]];
$e = $meddled->event();
echo $e->name(), ' ', $e->memberId(), ' ', $e->timestamp(), "\n";

echo "-- the install page\n";
echo B24App::installFinishPage(), "\n";
echo B24App::installFinishPage('https://cdn.example/"><script>alert(1)</script>', false), "\n";
$try(fn () => B24App::installFinishPage(''));
echo count($store->sets), " token sets written\n";
?>
--EXPECTF--
accepted
ValueError: B24App::__construct(): Argument #1 ($config) must contain "client_id" and "client_secret"
ValueError: B24App::__construct(): Argument #1 ($config) must contain "store" (a B24TokenStore)
TypeError: B24App::__construct(): Argument #1 ($config) key "store" must be of type B24TokenStore, string given
TypeError: B24App::__construct(): Argument #1 ($config) key "store" must be of type B24TokenStore, stdClass given
ValueError: B24App::__construct(): Argument #1 ($config) must not contain "member_id": the tokens of each portal come from the store
ValueError: B24App::__construct(): Argument #1 ($config) must not contain "webhook": the tokens of each portal come from the store
ValueError: B24App::__construct(): Argument #1 ($config) must not contain "client_endpoint": the tokens of each portal come from the store
ValueError: B24App::__construct(): Argument #1 ($config) key "timeout" must be a number of seconds above 0 and at most 86400
ValueError: B24App::__construct(): Argument #1 ($config) key "oauth_server" is not valid: OAuth server URL must be an https URL (http://oauth.example)
ValueError: B24App::__construct(): Argument #1 ($config) contains the unknown key "unknown"
ValueError: B24App::__construct(): Argument #1 ($config) contains the key "client_id" twice (keys are case-insensitive)
ValueError: B24App::__construct(): Argument #1 ($config) must have string keys
object(B24App)#%d (2) {
  ["client_id"]=>
  string(7) "local.1"
  ["store"]=>
  string(11) "MemoryStore"
}
B24App Object
(
    [client_id] => local.1
    [store] => MemoryStore
)
\B24App::__set_state(array(
))
no secret in the dumps
Exception: Serialization of 'B24App' is not allowed
Error: Trying to clone an uncloneable object of class B24App
TypeError: B24App::__construct(): Argument #1 ($config) key "store" must be of type B24TokenStore, int given
no secret in the trace
-- the default request is $_REQUEST
{"rest_only":true,"install":false,"error":"missing_field","field":"auth[refresh_token]"}
{"rest_only":true,"install":false,"error":"not_an_install"}
B24AuthException: B24_EVENT_MALFORMED: the request is not a REST event (no event name or no auth)
TypeError: B24App::install(): Argument #1 ($request) must be of type ?array, string given
{"rest_only":false,"install":false,"error":"bad_field","field":"AUTH_ID"}
Error: Call to private B24Event::__construct() from global scope
-- a store whose code replaces $_REQUEST while the request is read
ONAPPUNINSTALL m11111111111111111111 17
-- the install page
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<script src="//api.bitrix24.com/api/v1/"></script>
</head>
<body>
<script>BX24.init(function () { BX24.installFinish(); });</script>
installation has been finished
</body>
</html>

<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<script src="https://cdn.example/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></script>
</head>
<body>
installation error
</body>
</html>

ValueError: B24App::installFinishPage(): Argument #1 ($sdkUrl) must not be empty
0 token sets written
