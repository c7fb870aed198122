<?php
/*
 * One whole-list export with b24: every deal through B24Client::each(),
 * each item looked at and dropped.
 *
 *   php export_b24.php <webhook> <ca-file> [concurrency]    prints "seconds items peak-bytes"
 */
declare(strict_types=1);

[, $hook, $ca] = $argv;
$concurrency = (int)($argv[3] ?? 1);
$c = new B24Client(['webhook' => $hook, 'ca_file' => $ca]);
$base = memory_get_usage();
$t0 = hrtime(true);
$n = 0;
foreach ($c->each('crm.deal.list', ['select' => ['ID', 'TITLE', 'STAGE_ID', 'OPPORTUNITY']], ['concurrency' => $concurrency]) as $deal) {
	$n += isset($deal['ID']) ? 1 : 0;
}
printf("%.3f %d %d\n", (hrtime(true) - $t0) / 1e9, $n, memory_get_peak_usage() - $base);
