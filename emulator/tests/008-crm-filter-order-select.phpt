--TEST--
crm.deal.list filter operators (> < >= <= = ! % @), order, select
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$ids = function (array $params): string {
    $j = emu_hook('crm.deal.list', $params + ['select' => ['ID']])['json'];
    return count($j['result']) . ' [' . implode(',', array_slice(array_column($j['result'], 'ID'), 0, 5)) . '] total=' . $j['total'];
};
echo '<ID: ', $ids(['filter' => ['<ID' => 4]]), "\n";
echo '>=ID <=ID: ', $ids(['filter' => ['>=ID' => 10, '<=ID' => 12]]), "\n";
echo '=ID: ', $ids(['filter' => ['=ID' => 77]]), "\n";
echo 'ID: ', $ids(['filter' => ['ID' => 78]]), "\n";
echo 'ID list: ', $ids(['filter' => ['ID' => [5, 6, 700]]]), "\n";
echo '@ID: ', $ids(['filter' => ['@ID' => [8, 9]]]), "\n";
echo '!STAGE_ID: ', $ids(['filter' => ['<=ID' => 8, '!STAGE_ID' => 'WON']]), "\n";
echo '%TITLE: ', $ids(['filter' => ['%TITLE' => '#999']]), "\n";
echo 'STAGE_ID + CURRENCY: ', $ids(['filter' => ['STAGE_ID' => 'WON', 'CURRENCY_ID' => 'EUR', '<ID' => 100]]), "\n";
echo 'unknown field ignored: ', $ids(['filter' => ['NO_SUCH_FIELD' => 1, '<ID' => 3]]), "\n";
echo 'order DESC: ', $ids(['order' => ['ID' => 'DESC']]), "\n";
echo 'order + filter: ', $ids(['order' => ['OPPORTUNITY' => 'DESC', 'ID' => 'ASC'], 'filter' => ['<ID' => 6]]), "\n";
$row = emu_hook('crm.deal.list', ['select' => ['TITLE', 'STAGE_ID'], 'filter' => ['ID' => 14]])['json']['result'][0];
echo 'select: ', json_encode($row), "\n";
$row = emu_hook('crm.deal.list', ['filter' => ['ID' => 14]])['json']['result'][0];
echo 'default select has: ', count($row), ' fields, OPPORTUNITY=', $row['OPPORTUNITY'], ' CONTACT_ID=', $row['CONTACT_ID'], "\n";
$r = emu_http('POST', emu_env()['B24_EMU_WEBHOOK'] . 'crm.deal.list', ['body' => json_encode(['filter' => ['>ID' => 9998], 'select' => ['ID']]), 'headers' => ['Content-Type: application/json']]);
echo 'JSON body: ', implode(',', array_column($r['json']['result'], 'ID')), "\n";
?>
--EXPECT--
<ID: 3 [1,2,3] total=3
>=ID <=ID: 3 [10,11,12] total=3
=ID: 1 [77] total=1
ID: 1 [78] total=1
ID list: 3 [5,6,700] total=3
@ID: 2 [8,9] total=2
!STAGE_ID: 7 [1,2,3,4,6] total=7
%TITLE: 11 [999,9990,9991,9992,9993] total=11
STAGE_ID + CURRENCY: 4 [19,40,61,82] total=4
unknown field ignored: 2 [1,2] total=2
order DESC: 50 [10000,9999,9998,9997,9996] total=10000
order + filter: 5 [5,4,3,2,1] total=5
select: {"ID":"14","TITLE":"Deal #14","STAGE_ID":"NEW"}
default select has: 24 fields, OPPORTUNITY=518.00 CONTACT_ID=15
JSON body: 9999,10000
