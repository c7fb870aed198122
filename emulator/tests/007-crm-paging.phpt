--TEST--
crm.deal.list paging: 50 per page, total, next, start rounding, last page, start=-1 without counting
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$show = function (array $params): void {
    $j = emu_hook('crm.deal.list', $params + ['select' => ['ID']])['json'];
    $ids = array_column($j['result'], 'ID');
    printf("%s: rows=%d first=%s last=%s total=%s next=%s\n", json_encode($params), count($ids), $ids[0] ?? '-', end($ids) ?: '-',
        json_encode($j['total'] ?? null), array_key_exists('next', $j) ? $j['next'] : 'absent');
};
$show([]);
$show(['start' => 50]);
$show(['start' => 75]);
$show(['start' => 9950]);
$show(['start' => 10000]);
$show(['start' => -1]);
$show(['start' => -1, 'filter' => ['>ID' => 9980], 'order' => ['ID' => 'ASC']]);
$show(['filter' => ['>ID' => 9980]]);
$show(['filter' => ['>ID' => 9900], 'start' => 50]);
$j = emu_hook('crm.contact.list')['json'];
echo 'contacts: ', $j['total'], ' ', $j['next'], ' ', count($j['result']), "\n";
$j = emu_http('GET', emu_env()['B24_EMU_WEBHOOK'] . 'crm.deal.list?start=100&select[]=ID')['json'];
echo 'query string: ', $j['result'][0]['ID'], ' ', $j['next'], "\n";
?>
--EXPECT--
[]: rows=50 first=1 last=50 total=10000 next=50
{"start":50}: rows=50 first=51 last=100 total=10000 next=100
{"start":75}: rows=50 first=51 last=100 total=10000 next=100
{"start":9950}: rows=50 first=9951 last=10000 total=10000 next=absent
{"start":10000}: rows=0 first=- last=- total=10000 next=absent
{"start":-1}: rows=50 first=1 last=50 total=0 next=absent
{"start":-1,"filter":{">ID":9980},"order":{"ID":"ASC"}}: rows=20 first=9981 last=10000 total=0 next=absent
{"filter":{">ID":9980}}: rows=20 first=9981 last=10000 total=20 next=absent
{"filter":{">ID":9900},"start":50}: rows=50 first=9951 last=10000 total=100 next=absent
contacts: 2000 50 50
query string: 101 150
