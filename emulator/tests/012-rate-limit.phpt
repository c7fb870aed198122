--TEST--
Leaky bucket: a burst of 200 requests on one kept-alive connection gets 50 answers, then 503 QUERY_LIMIT_EXCEEDED; it recovers at the drain rate; a batch counts once
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset(['bucket_enabled' => true, 'bucket_rate' => 2, 'bucket_burst' => 50]);
$url = emu_env()['B24_EMU_WEBHOOK'] . 'profile.json';
$ch = curl_init();
$codes = [];
$connects = 0;
$t0 = microtime(true);
for ($i = 0; $i < 200; $i++) {
    $r = emu_http('GET', $url, ['handle' => $ch]);
    $connects += $r['connects'];
    $codes[] = $r['status'] === 200 ? 'ok' : $r['status'] . ' ' . $r['json']['error'];
}
$elapsed = microtime(true) - $t0;
echo 'connections opened: ', $connects, "\n";
echo 'first 50: ', implode(',', array_unique(array_slice($codes, 0, 50))), "\n";
$ok = count(array_keys($codes, 'ok'));
$drained = (int)ceil($elapsed * 2);
echo 'answered: ', $ok >= 50 && $ok <= 50 + $drained ? 'between 50 and 50 + drained' : "unexpected $ok (elapsed $elapsed)", "\n";
echo 'refusals: ', implode(',', array_unique(array_diff($codes, ['ok']))), "\n";
$firstRefusal = array_search('503 QUERY_LIMIT_EXCEEDED', $codes, true);
echo 'first refusal right after the burst: ', json_encode($firstRefusal !== false && $firstRefusal >= 50 && $firstRefusal <= 50 + $drained), "\n";
$r = emu_http('GET', $url, ['handle' => $ch]);
echo 'body: ', json_encode($r['json']), "\n";
$log = emu_control('GET', 'log?order=desc&limit=200')['entries'];
echo 'one connection in the log: ', count(array_unique(array_column($log, 'connection'))), "\n";

// Recovery: polling every 50 ms for 3 s gets about 2 answers per second (6, plus under 1 of slack).
$answered = 0;
$t0 = microtime(true);
for ($i = 0; $i < 200 && microtime(true) - $t0 < 3.0; $i++) {
    $answered += emu_http('GET', $url, ['handle' => $ch])['status'] === 200 ? 1 : 0;
    usleep(50000);
}
echo 'recovery over 3 s at 2/s: ', $answered >= 5 && $answered <= 8 ? 'about 6' : "unexpected $answered", "\n";

emu_reset(['bucket_enabled' => true, 'bucket_rate' => 5, 'bucket_burst' => 250]);
$codes = [];
$t0 = microtime(true);
for ($i = 0; $i < 300; $i++) {
    $codes[] = emu_http('GET', $url, ['handle' => $ch])['status'];
}
$ok = count(array_keys($codes, 200));
$drained = (int)ceil((microtime(true) - $t0) * 5);
echo '5/250: first 250 answered: ', json_encode(array_unique(array_slice($codes, 0, 250)) === [200]),
    ', answered in all: ', $ok <= 250 + $drained ? 'at most 250 + drained' : "unexpected $ok", "\n";

emu_reset(['bucket_enabled' => true, 'bucket_rate' => 0.5, 'bucket_burst' => 3]);
$cmd = ['cmd' => array_fill(0, 40, 'profile')];
$seq = [];
for ($i = 0; $i < 4; $i++) {
    $seq[] = emu_hook('batch', $cmd)['status'];
}
echo 'batches of 40 commands, burst 3: ', implode(',', $seq), "\n";
?>
--EXPECT--
connections opened: 1
first 50: ok
answered: between 50 and 50 + drained
refusals: 503 QUERY_LIMIT_EXCEEDED
first refusal right after the burst: true
body: {"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}
one connection in the log: 1
recovery over 3 s at 2/s: about 6
5/250: first 250 answered: true, answered in all: at most 250 + drained
batches of 40 commands, burst 3: 200,200,200,503
