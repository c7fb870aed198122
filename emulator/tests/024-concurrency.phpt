--TEST--
Concurrent clients share the state safely: 12 parallel writers, 12 parallel slow answers served together, one refresh token spent by 8 clients at once succeeds exactly once
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
function parallel(array $requests): array
{
    $mh = curl_multi_init();
    $handles = [];
    foreach ($requests as $i => [$url, $body]) {
        $ch = curl_init($url);
        curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CAINFO => emu_env()['B24_EMU_CA'], CURLOPT_POSTFIELDS => $body, CURLOPT_TIMEOUT => 20]);
        curl_multi_add_handle($mh, $ch);
        $handles[$i] = $ch;
    }
    $deadline = microtime(true) + 30;
    do {
        curl_multi_exec($mh, $running);
        curl_multi_select($mh, 0.1);
    } while ($running > 0 && microtime(true) < $deadline);
    $out = [];
    foreach ($handles as $i => $ch) {
        $out[$i] = [curl_getinfo($ch, CURLINFO_RESPONSE_CODE), json_decode((string)curl_multi_getcontent($ch), true)];
        curl_multi_remove_handle($mh, $ch);
    }
    return $out;
}
$adds = [];
for ($i = 0; $i < 12; $i++) {
    $adds[] = [$env['B24_EMU_WEBHOOK'] . 'crm.deal.add.json', http_build_query(['fields' => ['TITLE' => "parallel $i"]])];
}
$res = parallel($adds);
$ids = array_map(fn ($r) => $r[1]['result'] ?? null, $res);
echo 'writers: ', implode(',', array_unique(array_column($res, 0))), ' distinct ids: ', count(array_unique(array_filter($ids))), "\n";
echo 'total after: ', emu_hook('crm.deal.list', ['select' => ['ID']])['json']['total'], "\n";

emu_control('POST', 'faults', ['kind' => 'slow', 'delay_ms' => 800, 'count' => 12]);
$slow = array_fill(0, 12, [$env['B24_EMU_WEBHOOK'] . 'profile.json', '']);
$t0 = microtime(true);
$res = parallel($slow);
$took = microtime(true) - $t0;
echo 'slow answers: ', implode(',', array_unique(array_column($res, 0))), ' served together: ', json_encode($took < 2.4), "\n";

$pair = emu_install();
$refresh = http_build_query(['client_id' => $env['B24_EMU_CLIENT_ID'], 'grant_type' => 'refresh_token',
    'client_secret' => $env['B24_EMU_CLIENT_SECRET'], 'refresh_token' => $pair['refresh_token']]);
$res = parallel(array_fill(0, 8, [$env['B24_EMU_OAUTH'] . 'oauth/token/', $refresh]));
$codes = array_count_values(array_map(fn ($r) => $r[0] . ' ' . ($r[1]['error'] ?? 'tokens'), $res));
ksort($codes);
echo 'concurrent refresh: ', json_encode($codes), "\n";

$admin = emu_install()['access_token'];
$bind = http_build_query(['PLACEMENT' => 'PAGE_BACKGROUND_WORKER', 'HANDLER' => 'https://app.example.com/w',
    'OPTIONS' => ['errorHandlerUrl' => 'https://app.example.com/e'], 'auth' => $admin]);
$res = parallel(array_fill(0, 8, [$env['B24_EMU_CLIENT_ENDPOINT'] . 'placement.bind', $bind]));
$codes = array_count_values(array_map(fn ($r) => $r[1]['error'] ?? json_encode($r[1]['result']), $res));
ksort($codes);
echo 'concurrent single-instance binds: ', json_encode($codes), ' stored: ', count(emu_app($admin, 'placement.get')['json']['result']), "\n";
?>
--EXPECT--
writers: 200 distinct ids: 12
total after: 10012
slow answers: 200 served together: true
concurrent refresh: {"200 tokens":1,"400 invalid_grant":7}
concurrent single-instance binds: {"ERROR_PLACEMENT_MAX_COUNT":7,"true":1} stored: 1
