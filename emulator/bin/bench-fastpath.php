<?php

declare(strict_types=1);

// Measures the nginx fast path with one kept-alive connection: wrk -c1 -t1 when it is installed
// (apt-get install wrk), otherwise (or with B24_EMU_BENCH=curl) a PHP curl loop on one handle, which
// measures PHP and ext/curl too.

require __DIR__ . '/../src/bootstrap.php';

use B24Emu\Launcher\EnvFile;
use B24Emu\Runtime\Paths;

$seconds = max(1, (int)($argv[1] ?? 5));
$env = EnvFile::parse((string)@file_get_contents(Paths::run() . '/env'));
if (!isset($env['B24_EMU_FAST'])) {
    fwrite(STDERR, "emulator not running: run emulator/start first\n");
    exit(1);
}
$url = $env['B24_EMU_FAST'] . 'profile.json';
$wrk = getenv('B24_EMU_BENCH') === 'curl' ? '' : trim((string)shell_exec('command -v wrk'));
if ($wrk !== '') {
    $command = sprintf('%s -c1 -t1 -d%ds %s', escapeshellarg($wrk), $seconds, escapeshellarg($url));
    echo "$ $command\n";
    passthru($command, $code);
    exit($code);
}
$ch = curl_init($url);
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CAINFO => $env['B24_EMU_CA'], CURLOPT_TIMEOUT => 5]);
$count = 0;
$failed = 0;
$t0 = microtime(true);
while (microtime(true) - $t0 < $seconds && $count < 10000000) {
    $failed += curl_exec($ch) === false ? 1 : 0;
    $count++;
}
$elapsed = microtime(true) - $t0;
printf("PHP curl loop, one connection (%d connect): %d requests in %.2f s, %d failed\nRequests/sec: %.0f\n",
    curl_getinfo($ch, CURLINFO_NUM_CONNECTS), $count, $elapsed, $failed, $count / $elapsed);
