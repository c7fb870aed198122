<?php
/*
 * What crest.php does per call (CRest 1.36 callCurl): a new curl handle, so a
 * new TCP and TLS connection, http_build_query of the params, json_decode of
 * the answer. TLS is verified, as CRest does unless told otherwise.
 *
 *   php crest_loop.php <base-url> <ca-file> <calls>   prints µs per call
 */
declare(strict_types=1);

[, $base, $ca, $calls] = $argv;
$params = ['select' => ['ID'], 'start' => 0];
$t0 = hrtime(true);
for ($i = 0; $i < (int)$calls; $i++) {
	$h = curl_init();
	curl_setopt_array($h, [
		CURLOPT_URL => $base . 'profile.json',
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
	$result = json_decode((string)$out, true);
	if (!isset($result['result'])) {
		fwrite(STDERR, "call $i failed\n");
		exit(1);
	}
}
printf("%.1f\n", (hrtime(true) - $t0) / 1e3 / (int)$calls);
