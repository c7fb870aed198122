<?php
/*
 * An app host for tests and benchmarks: an nginx + php-fpm pair of its own
 * serving a given docroot over plain http on a free loopback port, php-fpm
 * with pm = static and N workers, the b24 extension loaded from
 * modules/b24.so, INI overrides and environment variables passed in. What it
 * prints (and writes to <run>/env) follows emulator/start's form. Reuses the
 * emulator's launcher classes (ports, binaries, pid files, start lock).
 *
 *   php tests/apphost/apphost.php start --docroot=DIR [--dir=RUN] [--workers=N]
 *       [--ini=NAME=VALUE ...] [--env=NAME=VALUE ...] [--extension=PATH|none]
 *   php tests/apphost/apphost.php stop [--dir=RUN]
 */
declare(strict_types=1);

require dirname(__DIR__, 2) . '/emulator/src/bootstrap.php';

use B24Emu\Launcher\Binaries;
use B24Emu\Launcher\EnvFile;
use B24Emu\Launcher\Ports;
use B24Emu\Launcher\Processes;
use B24Emu\Launcher\StartLock;
use B24Emu\Launcher\Templates;

const APPHOST_USAGE = "usage: tests/apphost/start --docroot=DIR [--dir=RUN] [--workers=N] [--ini=NAME=VALUE ...]\n"
	. "                          [--env=NAME=VALUE ...] [--extension=PATH|none]\n"
	. "       tests/apphost/stop [--dir=RUN]\n";

function apphost_root(): string
{
	return dirname(__DIR__, 2);
}

/** --dir, else APPHOST_RUN_DIR, else tests/apphost/run. */
function apphost_default_run(): string
{
	$dir = getenv('APPHOST_RUN_DIR');
	return is_string($dir) && $dir !== '' ? $dir : __DIR__ . '/run';
}

/** @return array{dir: string, docroot: string, workers: int, ini: array<string, string>, env: array<string, string>, extension: string} */
function apphost_options(array $args): array
{
	$o = ['dir' => apphost_default_run(), 'docroot' => '', 'workers' => 4, 'ini' => [], 'env' => [],
		'extension' => apphost_root() . '/modules/b24.so'];
	foreach ($args as $arg) {
		if (!preg_match('/^--(dir|docroot|workers|ini|env|extension)=(.*)$/s', $arg, $m)) {
			throw new InvalidArgumentException("unknown argument $arg\n" . APPHOST_USAGE);
		}
		if ($m[1] === 'ini' || $m[1] === 'env') {
			[$name, $value] = apphost_pair($m[1], $m[2]);
			$o[$m[1]][$name] = $value;
		} else {
			$o[$m[1]] = $m[2];
		}
	}
	return apphost_checked($o);
}

/** NAME=VALUE; the value goes into a double-quoted INI string, so it must not end or expand one. */
function apphost_pair(string $what, string $text): array
{
	if (!preg_match('/^([A-Za-z_][A-Za-z0-9_.]*)=(.*)$/s', $text, $m)) {
		throw new InvalidArgumentException("--$what wants NAME=VALUE, got $text");
	}
	if (preg_match('/["\r\n\0]|\$\{/', $m[2])) {
		throw new InvalidArgumentException("--$what $m[1]: the value may not hold a quote, a line break or \${");
	}
	return [$m[1], $m[2]];
}

function apphost_checked(array $o): array
{
	$docroot = realpath($o['docroot']);
	if ($o['docroot'] === '' || $docroot === false || !is_dir($docroot)) {
		throw new InvalidArgumentException("--docroot must name a directory\n" . APPHOST_USAGE);
	}
	$o['docroot'] = $docroot;
	if (!ctype_digit((string)$o['workers']) || (int)$o['workers'] < 1 || (int)$o['workers'] > 256) {
		throw new InvalidArgumentException('--workers must be 1 to 256');
	}
	$o['workers'] = (int)$o['workers'];
	if ($o['extension'] !== 'none' && !is_file($o['extension'])) {
		throw new InvalidArgumentException("no extension at {$o['extension']} (run scripts/build)");
	}
	if (!is_dir($o['dir']) && !mkdir($o['dir'], 0700, true)) {
		throw new RuntimeException("cannot create {$o['dir']}");
	}
	$o['dir'] = (string)realpath($o['dir']);
	return $o;
}

function apphost_start(array $o): int
{
	$run = $o['dir'];
	foreach (["$run/nginx-tmp", "$run/conf.d"] as $dir) {
		is_dir($dir) || mkdir($dir, 0700, true);
	}
	apphost_binaries();
	StartLock::acquire($run);
	Processes::stopAll($run);
	/* a new start, new logs: a test may require the PHP error log to stay empty */
	foreach (['env', 'php-error.log', 'php-fpm.log', 'nginx-error.log'] as $file) {
		@unlink("$run/$file");
	}
	for ($attempt = 1; ($port = apphost_launch($o)) === 0; $attempt++) {
		Processes::stopAll($run);
		if ($attempt === 3) {
			fwrite(STDERR, "app host did not become ready; see $run/*.log\n");
			return 1;
		}
	}
	$text = EnvFile::format(apphost_env($o, $port));
	file_put_contents("$run/env.tmp", $text);
	rename("$run/env.tmp", "$run/env");
	echo $text;
	return 0;
}

/** One attempt on fresh ports (one may be taken before nginx binds it); the app's port, or 0. */
function apphost_launch(array $o): int
{
	[$port, $fpmPort] = Ports::free(2);
	$run = $o['dir'];
	$values = [
		'RUN' => $run,
		'DOCROOT' => $o['docroot'],
		'PORT' => (string)$port,
		'FPM_PORT' => (string)$fpmPort,
		'WORKERS' => (string)$o['workers'],
		'ENV_LINES' => apphost_env_lines($o['env']),
		'USER_LINE' => posix_geteuid() === 0 ? 'user root root;' : '',
	];
	foreach (['nginx.conf', 'fastcgi.conf', 'php-fpm.conf'] as $file) {
		Templates::render(__DIR__ . "/conf/$file.in", "$run/$file", $values);
	}
	file_put_contents("$run/conf.d/99-apphost.ini", apphost_ini($o, $run));
	try {
		apphost_daemons($run);
	} catch (RuntimeException $e) {
		fwrite(STDERR, $e->getMessage() . "\n");
		return 0;
	}
	return apphost_wait("http://127.0.0.1:$port/_apphost/ping", 8.0) ? $port : 0;
}

/** @param array<string, string> $env */
function apphost_env_lines(array $env): string
{
	$lines = '';
	foreach ($env as $name => $value) {
		$lines .= "env[$name] = \"$value\"\n";
	}
	return $lines;
}

/** The workers' INI, read after the system's: the extension, errors to the run dir, the overrides last. */
function apphost_ini(array $o, string $run): string
{
	$ini = "; written by tests/apphost/apphost.php\n";
	if ($o['extension'] !== 'none') {
		$ini .= "extension = \"{$o['extension']}\"\n";
	}
	$ini .= "display_errors = \"0\"\nlog_errors = \"1\"\nerror_log = \"$run/php-error.log\"\n";
	foreach ($o['ini'] as $name => $value) {
		$ini .= "$name = \"$value\"\n";
	}
	return $ini;
}

/** A missing daemon is reported at once: only a port taken meanwhile is worth another attempt. */
function apphost_binaries(): void
{
	foreach (['nginx' => Binaries::nginx(), 'php-fpm' => Binaries::phpFpm()] as $name => $path) {
		if (!is_executable($path)) {
			throw new RuntimeException("$name not found at $path");
		}
	}
}

/**
 * php-fpm reads the run's conf.d after its own scan directory (a leading ":" in
 * PHP_INI_SCAN_DIR appends), so the extension is loaded at master start-up as
 * in a real installation, and the overrides are plain php.ini values.
 */
function apphost_daemons(string $run): void
{
	$root = posix_geteuid() === 0 ? ' -R' : '';
	Processes::run('PHP_INI_SCAN_DIR=' . escapeshellarg(":$run/conf.d") . ' '
		. escapeshellarg(Binaries::phpFpm()) . $root . ' -y ' . escapeshellarg("$run/php-fpm.conf"));
	Processes::run(escapeshellarg(Binaries::nginx()) . ' -e ' . escapeshellarg("$run/nginx-error.log")
		. ' -p ' . escapeshellarg($run) . ' -c ' . escapeshellarg("$run/nginx.conf"));
}

/** Polls php-fpm's ping page through nginx: both daemons answer. */
function apphost_wait(string $url, float $seconds): bool
{
	$deadline = microtime(true) + $seconds;
	$context = stream_context_create(['http' => ['timeout' => 1.0, 'ignore_errors' => true]]);
	do {
		if (@file_get_contents($url, false, $context) === 'pong') {
			return true;
		}
		usleep(30000);
	} while (microtime(true) < $deadline);
	return false;
}

/** @return array<string, string> */
function apphost_env(array $o, int $port): array
{
	$url = "http://127.0.0.1:$port/";
	return [
		'APPHOST_URL' => $url,
		'APPHOST_PORT' => (string)$port,
		'APPHOST_RUN' => $o['dir'],
		'APPHOST_DOCROOT' => $o['docroot'],
		'APPHOST_WORKERS' => (string)$o['workers'],
		'APPHOST_STATUS' => $url . '_apphost/status',
		'APPHOST_FPM_PID' => (string)Processes::pid($o['dir'], 'php-fpm.pid'),
		'APPHOST_PHP_ERRORS' => $o['dir'] . '/php-error.log',
	];
}

function apphost_stop(array $args): int
{
	$run = apphost_default_run();
	foreach ($args as $arg) {
		if (!preg_match('/^--dir=(.+)$/s', $arg, $m)) {
			throw new InvalidArgumentException("unknown argument $arg\n" . APPHOST_USAGE);
		}
		$run = $m[1];
	}
	if (is_dir($run)) {
		$run = (string)realpath($run);
		StartLock::acquire($run);
		Processes::stopAll($run);
		@unlink("$run/env");
	}
	echo "app host stopped\n";
	return 0;
}

function apphost_main(array $argv): int
{
	$verb = $argv[1] ?? '';
	$args = array_slice($argv, 2);
	if ($verb === 'start') {
		return apphost_start(apphost_options($args));
	}
	if ($verb === 'stop') {
		return apphost_stop($args);
	}
	fwrite(STDERR, APPHOST_USAGE);
	return 2;
}

try {
	exit(apphost_main($argv));
} catch (Throwable $e) {
	fwrite(STDERR, 'apphost: ' . $e->getMessage() . "\n");
	exit(1);
}
