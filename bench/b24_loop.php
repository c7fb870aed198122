<?php
/*
 * b24's side of the transport benchmark: N sequential calls through one
 * B24Client, which keeps its connection to the portal alive between calls.
 *
 *   php -d extension=b24.so b24_loop.php <webhook-url> <ca-file> <calls>   prints µs per call
 */
declare(strict_types=1);

[, $base, $ca, $calls] = $argv;
$client = new B24Client(['webhook' => $base, 'ca_file' => $ca]);
$params = ['select' => ['ID'], 'start' => 0];
$t0 = hrtime(true);
for ($i = 0; $i < (int)$calls; $i++) {
	$client->call('profile', $params);
}
printf("%.1f\n", (hrtime(true) - $t0) / 1e3 / (int)$calls);
