--TEST--
B24App logs an info line for every install it keeps (both forms) and every verified ONAPPUNINSTALL, to the logger of its config key "logger" or else the default of b24_set_logger(); a refused install logs nothing; no token, secret or code in any line
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
final class Collect
{
	public array $lines = [];
	public function __construct(private string $name) {}
	public function log($level, $message, array $context = []): void
	{
		$this->lines[] = [$this->name, $level, $message, $context];
	}
}
b24_emu_reset();
$env = b24_emu();
$member = $env['B24_EMU_MEMBER_ID'];
$host = $env['B24_EMU_DOMAIN'];
$dir = sys_get_temp_dir() . '/b24-app-log-' . getmypid();
@mkdir($dir, 0700);
register_shutdown_function(fn () => exec('rm -rf ' . escapeshellarg($dir)));
$sent = [];
/* what the emulator sends as a portal does, taken as the handler's $_REQUEST */
$deliver = function (string $route, array $params) use ($env, &$sent): array {
	$d = b24_emu_control('POST', $route, $params + ['handler' => $env['B24_EMU_PORTAL'] . 'no-handler.php'])['deliveries'][0];
	$sent[] = $d['request_body'];
	parse_str($d['request_body'], $body);
	return (is_array($d['query'] ?? null) ? $d['query'] : []) + $body;
};
$show = function (array $lines) use ($member, $host): void {
	foreach ($lines as [$name, $level, $message, $context]) {
		echo "$name $level $message ", json_encode(['host' => $context['host'] === $host ? 'the portal' : $context['host'],
			'member_id' => $context['member_id'] === $member ? 'the member_id' : $context['member_id'], 'event' => $context['event']]), "\n";
	}
};
$default = new Collect('default');
b24_set_logger($default);
$own = new Collect('own');
$config = ['client_id' => $env['B24_EMU_CLIENT_ID'], 'client_secret' => $env['B24_EMU_CLIENT_SECRET'],
	'oauth_server' => $env['B24_EMU_OAUTH'], 'ca_file' => $env['B24_EMU_CA'], 'store' => new B24FileTokenStore($dir)];
$app = new B24App($config + ['logger' => $own]);

echo "-- installs: the event form, the placement form, a forged one\n";
echo json_encode($app->install($deliver('deliver/install', ['form' => 'event']))), "\n";
echo json_encode($app->install($deliver('deliver/install', ['form' => 'placement']))), "\n";
echo json_encode($app->install($deliver('deliver/install', ['form' => 'event', 'forge' => 'fake_token']))), "\n";
$show($own->lines);

echo "-- uninstall: a forged one is refused and not logged, the portal's own is\n";
$own->lines = [];
try {
	$app->event($deliver('deliver/event', ['event' => 'ONAPPUNINSTALL', 'application_token' => bin2hex(random_bytes(16))]));
} catch (B24AuthException $e) {
	echo get_class($e), ' ', $e->getErrorCode(), "\n";
}
echo $app->event($deliver('deliver/event', ['event' => 'ONAPPUNINSTALL']))->name(), "\n";
$show($own->lines);

echo "-- without 'logger': the default\n";
$plain = new B24App($config);
echo json_encode($plain->install($deliver('deliver/install', ['form' => 'event']))), "\n";
$show($default->lines);
echo 'own logger untouched: ', json_encode(count($own->lines) === 1), "\n";

echo "-- a logger that is not one\n";
try {
	new B24App($config + ['logger' => new stdClass()]);
} catch (TypeError $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}

$secrets = b24_emu_secrets();
foreach ($sent as $body) {
	parse_str($body, $p);
	foreach (array_merge($p, $p['auth'] ?? []) as $k => $v) {
		if (is_string($v) && preg_match('/token|_ID$/i', $k) && $k !== 'member_id' && strlen($v) >= 8) {
			$secrets[] = $v;
		}
	}
}
b24_assert_no_secret('a log line', json_encode([$own->lines, $default->lines]), $secrets);
echo count($secrets) > 5 ? "secrets checked\n" : "too few secrets to check\n";
?>
--EXPECT--
-- installs: the event form, the placement form, a forged one
{"rest_only":true,"install":true}
{"rest_only":false,"install":true}
{"rest_only":true,"install":false,"error":"token_refused"}
own info b24: app installed on {host} {"host":"the portal","member_id":"the member_id","event":"installed"}
own info b24: app installed on {host} {"host":"the portal","member_id":"the member_id","event":"installed"}
-- uninstall: a forged one is refused and not logged, the portal's own is
B24AuthException B24_APP_TOKEN_INVALID
ONAPPUNINSTALL
own info b24: app uninstalled from {host} {"host":"the portal","member_id":"the member_id","event":"uninstalled"}
-- without 'logger': the default
{"rest_only":true,"install":true}
default info b24: app installed on {host} {"host":"the portal","member_id":"the member_id","event":"installed"}
own logger untouched: true
-- a logger that is not one
TypeError: B24App::__construct(): Argument #1 ($config) key "logger" must be an object with a callable log() method, stdClass given
secrets checked
