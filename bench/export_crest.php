<?php
/*
 * One whole-list export the CRest way (crest.php 1.36 callCurl per page): a new
 * curl handle (a new TCP and TLS connection) per request, start=0, 50, 100 ...
 * (a COUNT on the portal for each page), http_build_query, json_decode. On
 * QUERY_LIMIT_EXCEEDED it waits half a second and asks again, which is what a
 * CRest user has to write around CRest to finish at all.
 *
 *   php export_crest.php <webhook> <ca-file>  prints "seconds items peak-bytes"
 */
declare(strict_types=1);

[, $hook, $ca] = $argv;

function crest_call(string $url, array $params, string $ca): array
{
	$h = curl_init();
	curl_setopt_array($h, [
		CURLOPT_URL => $url,
		CURLOPT_RETURNTRANSFER => true,
		CURLOPT_POSTREDIR => 10,
		CURLOPT_USERAGENT => 'Bitrix24 CRest PHP 1.36',
		CURLOPT_POST => true,
		CURLOPT_POSTFIELDS => http_build_query($params),
		CURLOPT_FOLLOWLOCATION => 1,
		CURLOPT_CAINFO => $ca,
	]);
	$out = curl_exec($h);
	curl_close($h);
	return json_decode((string)$out, true) ?: [];
}

$base = memory_get_usage();
$t0 = hrtime(true);
$n = 0;
$start = 0;
while ($start !== null) {
	$r = crest_call($hook . 'crm.deal.list.json', ['select' => ['ID', 'TITLE', 'STAGE_ID', 'OPPORTUNITY'], 'start' => $start], $ca);
	if (($r['error'] ?? '') === 'QUERY_LIMIT_EXCEEDED') {
		usleep(500000);
		continue;
	}
	if (!isset($r['result'])) {
		fwrite(STDERR, 'failed: ' . json_encode($r) . "\n");
		exit(1);
	}
	$n += count($r['result']);
	$start = $r['next'] ?? null;
}
printf("%.3f %d %d\n", (hrtime(true) - $t0) / 1e9, $n, memory_get_peak_usage() - $base);
