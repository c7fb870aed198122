<?php
/*
 * The load side of bench/wan: sends web requests to the test app
 * (bench/wan_app) on two app hosts — one with b24.persistent=1, one with
 * b24.persistent=0 — and prints the median and p90 time of a web request per
 * client and scenario, and the ratios issue 7's goals are stated in.
 *
 *   php bench/wan_drive.php <host env, persistent=1> <host env, persistent=0> [REQUESTS] [CONCURRENCY]
 *
 * Scenarios: REQUESTS sequential web requests with 1 call each, with 5 calls
 * each, and REQUESTS with 1 call each, CONCURRENCY at a time. The clients run
 * in interleaved blocks (the order rotating), so that a noisy moment of the
 * machine falls on all of them. Before measuring, every client is warmed up
 * with 4 requests per worker, so that what a worker keeps (the persistent
 * stream, b24's pool when it has one) is measured in its steady state.
 */
declare(strict_types=1);

require dirname(__DIR__) . '/emulator/src/bootstrap.php';

use B24Emu\Launcher\EnvFile;

const BLOCK = 25;

function parse_env(string $file): array
{
	return EnvFile::parse((string)file_get_contents($file));
}

function handle(string $url)
{
	$h = curl_init($url);
	curl_setopt_array($h, [CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 120]);
	return $h;
}

function check($h, $body, string $url): void
{
	$status = curl_getinfo($h, CURLINFO_RESPONSE_CODE);
	if ($status !== 200 || !is_string($body) || strncmp($body, 'ok ', 3) !== 0) {
		fwrite(STDERR, "$url: $status " . var_export($body, true) . ' ' . curl_error($h) . "\n");
		exit(1);
	}
}

/** $n web requests one after the other on one kept connection to the app host; ms each. */
function sequential(string $url, int $n): array
{
	static $handles = [];
	$h = $handles[$url] ??= handle($url);
	$times = [];
	for ($i = 0; $i < $n; $i++) {
		$t = hrtime(true);
		$body = curl_exec($h);
		$times[] = (hrtime(true) - $t) / 1e6;
		check($h, $body, $url);
	}
	return $times;
}

/** $n web requests, $c in flight at any time; ms each, from sending to the last byte. */
function concurrent(string $url, int $n, int $c): array
{
	$multi = curl_multi_init();
	$started = 0;
	$times = [];
	for (; $started < min($c, $n); $started++) {
		curl_multi_add_handle($multi, handle($url));
	}
	do {
		curl_multi_exec($multi, $running);
		while (($done = curl_multi_info_read($multi)) !== false) {
			$h = $done['handle'];
			check($h, curl_multi_getcontent($h), $url);
			$times[] = curl_getinfo($h, CURLINFO_TOTAL_TIME_T) / 1e3;
			curl_multi_remove_handle($multi, $h);
			if ($started++ < $n) {
				curl_multi_add_handle($multi, $h);
			}
		}
		if ($running) {
			curl_multi_select($multi, 1.0);
		}
	} while ($running || count($times) < $n);
	curl_multi_close($multi);
	return $times;
}

function quantile(array $values, float $q): float
{
	sort($values);
	$n = count($values);
	if ($q === 0.5) {
		return $n % 2 ? $values[intdiv($n, 2)] : ($values[$n / 2 - 1] + $values[$n / 2]) / 2;
	}
	return $values[max(0, (int)ceil($q * $n) - 1)];
}

/** @return array<string, array{float, float, float}> client => [median, p90, web requests/s] */
function scenario(array $clients, int $calls, int $requests, int $concurrency): array
{
	$samples = $elapsed = [];
	$block = $concurrency > 1 ? max(BLOCK, intdiv($requests, 2)) : BLOCK;
	$names = array_keys($clients);
	for ($b = 0, $done = 0; $done < $requests; $b++, $done += $block) {
		$n = min($block, $requests - $done);
		$order = array_merge(array_slice($names, $b % count($names)), array_slice($names, 0, $b % count($names)));
		foreach ($order as $name) {
			$url = $clients[$name] . "&calls=$calls";
			$t = hrtime(true);
			$times = $concurrency > 1 ? concurrent($url, $n, $concurrency) : sequential($url, $n);
			$elapsed[$name] = ($elapsed[$name] ?? 0) + (hrtime(true) - $t) / 1e9;
			$samples[$name] = array_merge($samples[$name] ?? [], $times);
		}
	}
	$out = [];
	foreach ($names as $name) {
		$out[$name] = [quantile($samples[$name], 0.5), quantile($samples[$name], 0.9), count($samples[$name]) / $elapsed[$name]];
	}
	return $out;
}

function report(string $title, array $rows): void
{
	printf("\n%s\n  %-26s %10s %10s %12s\n", $title, 'client', 'median ms', 'p90 ms', 'requests/s');
	foreach ($rows as $name => [$median, $p90, $rate]) {
		printf("  %-26s %10.1f %10.1f %12.1f\n", $name, $median, $p90, $rate);
	}
}

function ratio(string $what, float $ratio, string $goal, bool $met): void
{
	printf("  %-58s %6.2fx   goal %s: %s\n", $what, $ratio, $goal, $met ? 'met' : 'NOT met');
}

function goals(array $one, array $five): void
{
	echo "\nGoals of issue 7 (medians per web request):\n";
	foreach (['b24' => 'b24.persistent=1', 'b24 persistent=0' => 'b24.persistent=0'] as $b => $label) {
		$r1 = $one['CRest-style'][0] / $one[$b][0];
		$r5 = $five['CRest-style'][0] / $five[$b][0];
		ratio("$label: CRest-style / b24, 1 call", $r1, '>= 2.5x', $r1 >= 2.5);
		ratio("$label: CRest-style / b24, 5 calls", $r5, '>= 2x', $r5 >= 2.0);
		$s1 = $one[$b][0] / $one['persistent stream'][0];
		$s5 = $five[$b][0] / $five['persistent stream'][0];
		ratio("$label: b24 / persistent stream, 1 call", $s1, '<= 1.05x', $s1 <= 1.05);
		ratio("$label: b24 / persistent stream, 5 calls", $s5, '<= 1.05x', $s5 <= 1.05);
	}
}

function main(array $argv): void
{
	[, $persistentEnv, $plainEnv] = $argv;
	$requests = (int)($argv[3] ?? 200);
	$concurrency = (int)($argv[4] ?? 16);
	$on = parse_env($persistentEnv);
	$off = parse_env($plainEnv);
	$clients = [
		'b24' => $on['APPHOST_URL'] . 'call.php?client=b24',
		'b24 persistent=0' => $off['APPHOST_URL'] . 'call.php?client=b24',
		'CRest-style' => $on['APPHOST_URL'] . 'call.php?client=crest',
		'ext/curl, handle kept' => $on['APPHOST_URL'] . 'call.php?client=curl',
		'persistent stream' => $on['APPHOST_URL'] . 'call.php?client=stream',
	];
	foreach ($clients as $url) {
		sequential("$url&calls=1", 4 * (int)$on['APPHOST_WORKERS']);
	}
	printf("%d web requests per client and scenario, %d php-fpm workers per host\n", $requests, (int)$on['APPHOST_WORKERS']);
	$one = scenario($clients, 1, $requests, 1);
	report('Sequential web requests, 1 call each', $one);
	$five = scenario($clients, 5, $requests, 1);
	report('Sequential web requests, 5 calls each', $five);
	$many = scenario($clients, 1, $requests, $concurrency);
	report("$concurrency concurrent web requests, 1 call each", $many);
	goals($one, $five);
}

main($argv);
