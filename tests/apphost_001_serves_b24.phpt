--TEST--
tests/apphost: an nginx + php-fpm host of the test's own serves pages that call the portal through b24, with the INI and environment given; it stops without a trace, and cannot start without nginx
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/apphost.inc';
b24_emu_reset();
$env = b24_emu();
$host = b24_apphost_start(__DIR__ . '/apphost/www',
	['b24.webhook_url' => $env['B24_EMU_WEBHOOK'], 'b24.ca_file' => $env['B24_EMU_CA']],
	['APPHOST_MARKER' => 'marker-7'], 2);
try {
	$workers = b24_apphost_workers($host);
	echo count($workers), ' workers (asked for ', $host['APPHOST_WORKERS'], ")\n";
	$mark = b24_emu_log_mark();
	for ($i = 0; $i < 4; $i++) {
		[$status, $body] = b24_apphost_get($host, 'call.php');
		$page = json_decode($body, true) ?: ['body' => $body];
		echo $status, ' ', $page['sapi'] ?? '-', ' marker=', $page['marker'] ?? '-',
			' admin=', var_export($page['admin'] ?? null, true), ' id=', $page['profile_id'] ?? '-', ', ',
			in_array($page['pid'] ?? 0, $workers, true) ? 'served by a worker' : "NOT A WORKER: $body", "\n";
	}
	$log = b24_emu_log_since($mark, 'profile');
	echo count($log), ' profile calls logged, from ', strtok($log[0]['headers']['user-agent'] ?? '', '/'), "\n";
	[$status] = b24_apphost_get($host, 'missing.php');
	echo "a missing page: $status\n";
	$errors = $host['APPHOST_PHP_ERRORS'];
	echo is_file($errors) && filesize($errors) > 0 ? "PHP errors:\n" . file_get_contents($errors) : "no PHP error\n";
} finally {
	b24_apphost_stop($host);
}
$left = array_filter(array_merge([(int)$host['APPHOST_FPM_PID']], $workers), static fn ($pid) => file_exists("/proc/$pid"));
echo count($left), ' processes left; the port ',
	@file_get_contents($host['APPHOST_URL'] . '_apphost/ping') === false ? 'is closed' : 'STILL ANSWERS', "\n";

/* no nginx: the start fails (a test built on the host then fails, it does not skip) */
putenv('B24_EMU_NGINX=/nonexistent/nginx');
try {
	b24_apphost_start(__DIR__ . '/apphost/www');
	echo "started without nginx\n";
} catch (RuntimeException $e) {
	echo 'without nginx: ', strtok($e->getMessage(), "\n"), "\n";
} finally {
	putenv('B24_EMU_NGINX');
}
?>
--EXPECT--
2 workers (asked for 2)
200 fpm-fcgi marker=marker-7 admin=true id=1, served by a worker
200 fpm-fcgi marker=marker-7 admin=true id=1, served by a worker
200 fpm-fcgi marker=marker-7 admin=true id=1, served by a worker
200 fpm-fcgi marker=marker-7 admin=true id=1, served by a worker
4 profile calls logged, from b24-php
a missing page: 404
no PHP error
0 processes left; the port is closed
without nginx: tests/apphost/start failed:
