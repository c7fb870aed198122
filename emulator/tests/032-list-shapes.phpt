--TEST--
List answers shaped by catalog/lists.tsv (result, result.items, result.tasks), the repeat_page fault, growing the deals
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();

/* every row of lists.tsv that the emulator serves answers where the table says */
$lists = [];
foreach (file(dirname(__DIR__, 2) . '/catalog/lists.tsv', FILE_IGNORE_NEW_LINES) as $line) {
    if ($line !== '' && $line[0] !== '#' && !str_starts_with($line, "method\t")) {
        $cells = explode("\t", $line);
        $lists[$cells[0]] = ['items' => $cells[1] === '-' ? '' : $cells[1], 'filter' => $cells[2], 'row' => $cells[3]];
    }
}
$served = ['crm.deal.list' => [], 'crm.contact.list' => [], 'crm.item.list' => ['entityTypeId' => 2], 'tasks.task.list' => []];
foreach ($served as $method => $extra) {
    $l = $lists[$method];
    $j = emu_hook($method, $extra + ['filter' => ['>' . $l['filter'] => 40], 'order' => [$l['filter'] => 'ASC'],
        'select' => [$l['filter']], 'start' => -1])['json'];
    $rows = $l['items'] === '' ? $j['result'] : $j['result'][$l['items']];
    echo "$method: ", count($rows), ' rows, first ', $l['row'], '=', $rows[0][$l['row']], ', keys ', implode(',', array_keys($rows[0])),
        ', total ', $j['total'], isset($j['next']) ? ' next' : '', "\n";
}

/* camelCase filters and select of crm.item.list, counted paging of tasks */
$j = emu_hook('crm.item.list', ['entityTypeId' => 2, 'filter' => ['stageId' => 'WON', '<id' => 30], 'select' => ['id', 'stageId', 'title']])['json'];
echo 'won items below 30: ', implode(',', array_column($j['result']['items'], 'id')), ' ', $j['result']['items'][0]['title'], "\n";
$j = emu_hook('tasks.task.list', ['start' => 450, 'select' => ['ID']])['json'];
echo 'tasks page 450: ', count($j['result']['tasks']), ' total ', $j['total'], isset($j['next']) ? ' next' : ' last', "\n";
echo 'item type 7: ', emu_brief(emu_hook('crm.item.list', ['entityTypeId' => 7])), "\n";

/* repeat_page: one list call (inside a batch too) answers the first page again */
emu_control('POST', 'faults', ['kind' => 'repeat_page', 'method' => 'crm.deal.list', 'count' => 1]);
$cmd = 'crm.deal.list?' . http_build_query(['filter' => ['>ID' => 100], 'select' => ['ID'], 'start' => -1]);
$j = emu_hook('batch', ['cmd' => ['a' => $cmd, 'b' => $cmd]])['json']['result']['result'];
echo 'batch with repeat_page: a from ', $j['a'][0]['ID'], ', b from ', $j['b'][0]['ID'], "\n";
emu_control('POST', 'faults', ['kind' => 'repeat_page', 'method' => 'crm.deal.list', 'count' => 1]);
$j = emu_hook('crm.deal.list', ['select' => ['ID'], 'start' => 100])['json'];
echo 'counted with repeat_page: from ', $j['result'][0]['ID'], ' next ', $j['next'], "\n";
echo 'profile is not taken by it: ', emu_brief(emu_hook('profile')), ', left ', count(emu_control('GET', 'faults')['faults']), "\n";

/* growing the deals; a reset goes back to the seed */
echo 'seed: ', json_encode(emu_control('POST', 'seed', ['deals' => 12000])), "\n";
$j = emu_hook('crm.deal.list', ['filter' => ['>ID' => 11990], 'select' => ['ID', 'TITLE'], 'start' => 0])['json'];
echo 'after seeding: total ', $j['total'], ' last ', end($j['result'])['TITLE'], "\n";
emu_reset();
echo 'after reset: ', emu_hook('crm.deal.list', ['select' => ['ID']])['json']['total'], "\n";
echo 'bad seed: ', emu_http('POST', emu_env()['B24_EMU_CONTROL'] . 'seed', ['body' => '{"deals":0}'])['status'], "\n";
?>
--EXPECT--
crm.deal.list: 50 rows, first ID=41, keys ID, total 0
crm.contact.list: 50 rows, first ID=41, keys ID, total 0
crm.item.list: 50 rows, first id=41, keys id, total 0
tasks.task.list: 50 rows, first id=41, keys id, total 0
won items below 30: 5,12,19,26 Deal #5
tasks page 450: 50 total 500 last
item type 7: 400 ERROR_ARGUMENT
batch with repeat_page: a from 1, b from 101
counted with repeat_page: from 1 next 50
profile is not taken by it: 200 ok, left 0
seed: {"deals":12000}
after seeding: total 10 last Deal #12000
after reset: 10000
bad seed: 400
