--TEST--
Exporting all 10,000 deals with the start=-1 technique (>ID cursor, no counting) and with next
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$ch = curl_init();
$lastId = 0;
$rows = 0;
$pages = 0;
$totals = [];
for ($guard = 0; $guard < 300; $guard++) {
    $j = emu_http('POST', emu_env()['B24_EMU_WEBHOOK'] . 'crm.deal.list.json', ['handle' => $ch, 'body' => http_build_query([
        'order' => ['ID' => 'ASC'], 'filter' => ['>ID' => $lastId], 'select' => ['ID'], 'start' => -1,
    ])])['json'];
    $pages++;
    $rows += count($j['result']);
    $totals[$j['total']] = true;
    if (isset($j['next'])) {
        echo "unexpected next\n";
    }
    if (count($j['result']) < 50) {
        break;
    }
    $lastId = (int)end($j['result'])['ID'];
}
echo "start=-1: rows=$rows pages=$pages totals=", implode(',', array_keys($totals)), "\n";
$start = 0;
$seen = 0;
for ($guard = 0; $guard < 300 && $start !== null; $guard++) {
    $j = emu_http('GET', emu_env()['B24_EMU_WEBHOOK'] . 'crm.deal.list?select[]=ID&start=' . $start, ['handle' => $ch])['json'];
    $seen += count($j['result']);
    $start = $j['next'] ?? null;
}
echo "next: rows=$seen requests=$guard\n";
?>
--EXPECT--
start=-1: rows=10000 pages=201 totals=0
next: rows=10000 requests=200
