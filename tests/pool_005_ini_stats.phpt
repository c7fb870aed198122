--TEST--
b24 pool: b24.persistent_max drops the least recently used origin; the settings refuse values out of range; b24_pool_stats() and php --ri b24 show counts and origins, never a path or secret
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$code = basename($env['B24_EMU_WEBHOOK']);

foreach ([['b24.persistent_max', ['0', '1025', 'abc', '', '3']], ['b24.persistent_idle', ['0', '119', '1.5', '-1', '30']]] as [$name, $values]) {
	$seen = [];
	foreach ($values as $v) {
		$seen[] = var_export($v, true) . (ini_set($name, $v) === false ? ' refused' : ' taken');
	}
	echo "$name: ", implode(', ', $seen), ' -> ', ini_get($name), "\n";
}

/* one origin kept at most: the portal, then the renamed portal (another origin), then the portal again */
ini_set('b24.persistent_max', '1');
$portal = new B24Client(['webhook' => $env['B24_EMU_WEBHOOK'], 'ca_file' => $env['B24_EMU_CA']]);
$renamed = new B24Client(['webhook' => str_replace(rtrim($env['B24_EMU_PORTAL'], '/'), rtrim($env['B24_EMU_RENAMED'], '/'), $env['B24_EMU_WEBHOOK']),
	'ca_file' => $env['B24_EMU_CA'], 'verify_tls' => false]);
$portal->call('profile');
$renamed->call('profile');
$portal->call('profile');
$s = b24_pool_stats();
echo 'b24.persistent_max=1: origins ', json_encode($s['origins']), ' (the portal), evicted ', $s['evicted'], ', opened ', $s['opened'],
	', connections ', $s['connections'], ', max ', $s['max'], "\n";
echo 'keys: ', implode(' ', array_keys($s)), "\n";
echo 'same origin: ', $s['origins'][0] === 'https://' . $env['B24_EMU_DOMAIN'] ? 'scheme://host:port' : 'OTHER ' . $s['origins'][0], "\n";

try {
	b24_pool_stats(1);
} catch (ArgumentCountError $e) {
	echo get_class($e), "\n";
}

/* php --ri b24 of a process that made calls through the INI default client */
$script = tempnam(sys_get_temp_dir(), 'b24ri');
file_put_contents($script, '<?php b24_call("profile"); b24_call("profile"); $e = new ReflectionExtension("b24"); $e->info();');
$info = shell_exec(b24_test_php(['b24.webhook_url' => $env['B24_EMU_WEBHOOK'], 'b24.ca_file' => $env['B24_EMU_CA']]) . ' ' . escapeshellarg($script));
unlink($script);
preg_match('/^Kept connections.*?\n\n/ms', (string)$info, $m);
echo $m[0] ?? "NO SECTION\n$info";
echo str_contains((string)$info, $code) ? 'WEBHOOK CODE SHOWN' : 'no webhook code', "\n";
?>
--EXPECTF--
b24.persistent_max: '0' refused, '1025' refused, 'abc' refused, '' refused, '3' taken -> 3
b24.persistent_idle: '0' refused, '119' refused, '1.5' refused, '-1' refused, '30' taken -> 30
b24.persistent_max=1: origins ["https:\/\/localhost:%d"] (the portal), evicted 2, opened 3, connections 1, max 1
keys: persistent max idle origins connections opened reused dropped_idle evicted refused_repeats retries requests
same origin: scheme://host:port
ArgumentCountError
Kept connections (this process) => persistent
origins kept => 1
connections open => 1
connections opened => 1
requests reused a connection => 1
dropped idle => 0
evicted => 0
repeats refused => 0
retries => 0

no webhook code
