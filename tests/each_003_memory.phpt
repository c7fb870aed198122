--TEST--
B24Client::each(): exporting 100,000 deals takes no more memory than exporting 10,000 (less than 1 MB apart): nothing is kept (under valgrind, which is too slow for 100,000, 30,000)
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/each.inc';
b24_emu_reset();
echo json_encode(b24_emu_control('POST', 'seed', ['deals' => 100000])), "\n";
$c = each_client_limited();

/* the peak above what was in use before, of one export; every item is looked at and dropped */
function export_peak(B24Client $c, int $upTo): array
{
    gc_collect_cycles();
    $base = memory_get_usage();
    memory_reset_peak_usage();
    $gen = $c->each('crm.deal.list', ['filter' => ['<=ID' => $upTo], 'select' => ['ID', 'TITLE', 'STAGE_ID', 'OPPORTUNITY']]);
    $n = 0;
    $last = 0;
    foreach ($gen as $deal) {
        $ok = (int)$deal['ID'] === $last + 1;
        $last = (int)$deal['ID'];
        $n += $ok ? 1 : 1000000;
    }
    return [$n, $gen->getReturn(), memory_get_peak_usage() - $base];
}

$big = rate_under_valgrind() ? 30000 : 100000;
$mark = b24_emu_log_mark();
[$n10, $r10, $peak10] = export_peak($c, 10000);
[$n100, $r100, $peak100] = export_peak($c, $big);
[$commands, $refused] = each_requests($mark);
echo "10,000: $n10 in order, returned $r10\n";
echo 'the big one: ', $n100 === $big && $r100 === $big ? 'all' : "$n100 of $big", " in order\n";
echo 'requests: ', count($commands) === 5 + intdiv($big, 2500) + 1 ? 'one per 2,500 items' : count($commands), ', refused: ', $refused, "\n";
$diff = abs($peak100 - $peak10);
echo 'peaks less than 1 MB apart: ', var_export($diff < 1024 * 1024, true), "\n";
if ($diff >= 1024 * 1024) {
    echo "peak of 10,000: $peak10, of $big: $peak100\n";
}
b24_emu_reset();
?>
--EXPECT--
{"deals":100000}
10,000: 10000 in order, returned 10000
the big one: all in order
requests: one per 2,500 items, refused: 0
peaks less than 1 MB apart: true
