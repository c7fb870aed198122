--TEST--
each() with concurrency 4: every deal exactly once in ID order with the portal's limits on and no QUERY_LIMIT_EXCEEDED; slices in flight together; the caller's bounds, page_size, a selective filter and a row added during the export; the caller's own upper bound and counted paging go one request at a time
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/each.inc';
b24_emu_reset();
ini_set('b24.runtime_dir', b24_test_runtime_dir());
$c = each_client_limited();
$ids = fn (iterable $items) => array_map(fn ($d) => (int)$d['ID'], is_array($items) ? $items : iterator_to_array($items, false));

echo "-- 10,000 deals, limits on\n";
$mark = b24_emu_log_mark();
$gen = $c->each('crm.deal.list', ['select' => ['ID', 'TITLE']], ['concurrency' => 4]);
$seen = [];
$titles = true;
foreach ($gen as $i => $deal) {
    $titles = $titles && $deal['TITLE'] === "Deal #{$deal['ID']}" && $i === count($seen);
    $seen[] = (int)$deal['ID'];
}
echo each_ids_summary($seen), ", titles and positions ", $titles ? 'right' : 'WRONG', ", returned ", $gen->getReturn(), "\n";
[$commands, $refused] = each_requests($mark);
echo count($commands), " batch requests (the range, then slices), QUERY_LIMIT_EXCEEDED: $refused\n";
$bounded = 0;
foreach (b24_emu_log_since($mark) as $e) {
    foreach ($e['params']['cmd'] ?? [] as $cmd) {
        if (str_contains(urldecode($cmd), 'filter[<=ID]=')) {
            $bounded++;
            break;
        }
    }
}
echo "requests of slices with an upper bound: ", $bounded >= 3 ? 'at least 3' : $bounded, "\n";

echo "-- slices in flight together\n";
b24_emu_reset();
b24_emu_settings(['method_timing' => ['batch' => ['delay_ms' => 300]]]);
$fast = b24_emu_webhook_client(['rate_limit' => '0']);
$started = microtime(true);
$n = count($fast->fetchAll('crm.deal.list', ['select' => ['ID']], ['concurrency' => 4]));
$took = microtime(true) - $started;
/* one after another: the range and five slices at 300 ms each */
echo "$n items, ", $took < 6 * 0.3 || rate_under_valgrind() ? 'faster than one request after another' : "TOOK $took s", "\n";
b24_emu_reset();

echo "-- the caller's >ID, a selective filter, page_size\n";
echo each_ids_summary($ids($fast->each('crm.deal.list', ['filter' => ['>ID' => 7777], 'select' => ['ID']], ['concurrency' => 3]))), "\n";
$odd = $ids($fast->fetchAll('crm.deal.list', ['filter' => ['>=ID' => 9001, '<ID' => 0 + 9500]], ['concurrency' => 2]));
echo "with the caller's <ID (one at a time): ", each_ids_summary($odd), "\n";
echo each_ids_summary($ids($fast->each('crm.deal.list', ['select' => ['ID']], ['concurrency' => 5, 'page_size' => 7]))), "\n";
echo "nothing after the cursor: ", each_ids_summary($ids($fast->each('crm.deal.list', ['filter' => ['>ID' => 10000]], ['concurrency' => 4]))), "\n";

echo "-- a selective filter: every seventh deal\n";
$won = $ids($fast->each('crm.deal.list', ['filter' => ['STAGE_ID' => 'WON'], 'select' => ['ID']], ['concurrency' => 4, 'page_size' => 10]));
$expected = $ids($fast->each('crm.deal.list', ['filter' => ['STAGE_ID' => 'WON'], 'select' => ['ID']]));
echo each_ids_summary($won), ', the same as one at a time: ', $won === $expected ? 'yes' : 'NO', "\n";

echo "-- a row added during the export is found by the last slice, which has no upper bound\n";
$added = false;
$seen = $ids($fast->each('crm.deal.list', ['filter' => ['>ID' => 9000], 'select' => ['ID']], ['concurrency' => 2, 'page_size' => 5,
    'progress' => function () use ($fast, &$added) {
        if (!$added) {
            $added = true;
            $fast->call('crm.deal.add', ['fields' => ['TITLE' => 'late']]);
        }
    }]));
echo each_ids_summary($seen), "\n";
b24_emu_reset();

echo "-- counted paging ignores concurrency\n";
echo each_ids_summary($ids($fast->each('crm.deal.list', ['order' => ['TITLE' => 'ASC'], 'filter' => ['>ID' => 9900]], ['concurrency' => 4])) ), " (by title)\n";

echo "-- options\n";
foreach ([0, 17, '4'] as $bad) {
    try {
        $fast->each('crm.deal.list', [], ['concurrency' => $bad]);
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
b24_emu_reset();
?>
--EXPECT--
-- 10,000 deals, limits on
10000 items, IDs 1..10000, ascending, each once, titles and positions right, returned 10000
6 batch requests (the range, then slices), QUERY_LIMIT_EXCEEDED: 0
requests of slices with an upper bound: at least 3
-- slices in flight together
10000 items, faster than one request after another
-- the caller's >ID, a selective filter, page_size
2223 items, IDs 7778..10000, ascending, each once
with the caller's <ID (one at a time): 499 items, IDs 9001..9499, ascending, each once
10000 items, IDs 1..10000, ascending, each once
nothing after the cursor: 0 items, ascending, each once
-- a selective filter: every seventh deal
1428 items, IDs 5..9994, ascending, each once, the same as one at a time: yes
-- a row added during the export is found by the last slice, which has no upper bound
1001 items, IDs 9001..10001, ascending, each once
-- counted paging ignores concurrency
100 items, IDs 9901..10000, NOT IN ORDER, each once (by title)
-- options
ValueError: B24Client::each(): Argument #3 ($options) option "concurrency" must be between 1 and 16
ValueError: B24Client::each(): Argument #3 ($options) option "concurrency" must be between 1 and 16
TypeError: B24Client::each(): Argument #3 ($options) option "concurrency" must be of type int, string given
