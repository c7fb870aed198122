--TEST--
B24Client::each(): 10,000 deals once each, in ID order, 2,500 a request (start=-1 pages chained by $result), with filters, select, the caller's own >ID bound, page_size and progress, under the portal's rate limit
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/each.inc';
b24_emu_reset();
$c = each_client_limited();

/* every deal, keys are positions, the count is the generator's return value */
$mark = b24_emu_log_mark();
$gen = $c->each('crm.deal.list', ['select' => ['ID', 'TITLE']]);
echo get_class($gen), "\n";
$ids = [];
$keysOk = true;
foreach ($gen as $key => $deal) {
    $keysOk = $keysOk && $key === count($ids);
    $ids[] = (int)$deal['ID'];
}
echo each_ids_summary($ids), ', keys are positions: ', var_export($keysOk, true), ', returned ', $gen->getReturn(), "\n";
[$commands, $refused] = each_requests($mark);
echo 'batch requests: ', implode(',', $commands), '; refused: ', $refused, "\n";
/* the body: start=-1, order by ID, the first bound a number, the next ones references */
$entry = b24_emu_log_since($mark, 'batch')[0];
echo $entry['params']['cmd']['p0'], "\n", $entry['params']['cmd']['p1'], "\n";

/* a filter and a select without ID: ID is asked for and taken out again */
$mark = b24_emu_log_mark();
$won = $c->fetchAll('crm.deal.list', ['filter' => ['STAGE_ID' => 'WON', '<ID' => 5000], 'select' => ['TITLE', 'STAGE_ID']]);
$expected = count(array_filter(range(1, 4999), fn ($i) => $i % 7 === 5));
echo count($won), ' won (expected ', $expected, '), keys ', implode(',', array_keys($won[0])), ', first ', $won[0]['TITLE'],
    ', last ', end($won)['TITLE'], "\n";
[$commands, $refused] = each_requests($mark);
echo 'batch requests: ', implode(',', $commands), '; refused: ', $refused, "\n";
echo 'select sent: ', json_encode(b24_emu_log_since($mark, 'batch')[0]['params']['cmd']['p0']), "\n";

/* select with "*" or the ID: kept; the caller's >= bound is where the cursor starts */
$tail = $c->fetchAll('crm.deal.list', ['filter' => ['>=ID' => '9990'], 'select' => ['*']]);
echo count($tail), ' from ', $tail[0]['ID'], ' to ', end($tail)['ID'], ', ', count($tail[0]), " fields\n";
$tail = iterator_to_array($c->each('crm.deal.list', ['filter' => ['>ID' => 9995, '<ID' => 9999], 'order' => ['id' => 'asc'], 'select' => ['id']]));
echo 'between: ', implode(',', array_column($tail, 'ID')), "\n";

/* page_size 7: 350 items a request, still each once */
$mark = b24_emu_log_mark();
$done = [];
$ids = [];
foreach ($c->each('crm.deal.list', ['select' => ['ID'], 'filter' => ['<=ID' => 2000]], ['page_size' => 7, 'progress' => function (int $n, ?int $total) use (&$done) {
    $done[] = $n . '/' . var_export($total, true);
}]) as $deal) {
    $ids[] = (int)$deal['ID'];
}
[$commands, $refused] = each_requests($mark);
echo 'page_size 7: ', each_ids_summary($ids), '; requests ', count($commands), '; refused ', $refused, "\n";
echo 'progress: ', implode(' ', $done), "\n";

/* nothing to export */
$gen = $c->each('crm.deal.list', ['filter' => ['>ID' => 10000]]);
echo 'empty: ', count(iterator_to_array($gen)), ' returned ', $gen->getReturn(), "\n";
b24_emu_settings(['bucket_enabled' => false]);
?>
--EXPECT--
Generator
10000 items, IDs 1..10000, ascending, each once, keys are positions: true, returned 10000
batch requests: 50,50,50,50,50; refused: 0
crm.deal.list?select%5B0%5D=ID&select%5B1%5D=TITLE&order%5BID%5D=ASC&filter%5B%3EID%5D=0&start=-1
crm.deal.list?select%5B0%5D=ID&select%5B1%5D=TITLE&order%5BID%5D=ASC&filter%5B%3EID%5D=%24result%5Bp0%5D%5B49%5D%5BID%5D&start=-1
714 won (expected 714), keys TITLE,STAGE_ID, first Deal #5, last Deal #4996
batch requests: 50; refused: 0
select sent: "crm.deal.list?filter%5BSTAGE_ID%5D=WON&filter%5B%3CID%5D=5000&select%5B0%5D=TITLE&select%5B1%5D=STAGE_ID&select%5B2%5D=ID&order%5BID%5D=ASC&filter%5B%3EID%5D=0&start=-1"
11 from 9990 to 10000, 24 fields
between: 9996,9997,9998
page_size 7: 2000 items, IDs 1..2000, ascending, each once; requests 6; refused 0
progress: 350/NULL 700/NULL 1050/NULL 1400/NULL 1750/NULL 2000/NULL
empty: 0 returned 0
