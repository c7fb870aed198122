--TEST--
examples/export.php: a whole list to CSV with a progress line, against the emulator
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$csv = tempnam(sys_get_temp_dir(), 'b24-export-');
foreach ([['crm.deal.list', 'ID,TITLE,STAGE_ID'], ['tasks.task.list', '']] as [$method, $fields]) {
    $cmd = 'B24_CA_FILE=' . escapeshellarg($env['B24_EMU_CA']) . ' ' . b24_test_php() . ' '
        . escapeshellarg(__DIR__ . '/../examples/export.php') . ' ' . escapeshellarg($env['B24_EMU_WEBHOOK'])
        . ' ' . $method . ' ' . escapeshellarg($csv) . ($fields === '' ? '' : ' ' . $fields) . ' 2>&1';
    exec($cmd, $out, $rc);
    $lines = file($csv, FILE_IGNORE_NEW_LINES);
    /* the terminal's lines: progress redrawn after each request, then the summary */
    $updates = array_map(fn ($u) => trim(preg_replace('/  [\d.]+ items\/s/', '', $u)), explode("\r", implode("\n", $out)));
    [$last, $summary] = explode("\n", array_pop($updates));
    echo "$method: exit $rc, ", count($lines), ' lines: ', $lines[0], ' | ', $lines[1], ' | ', end($lines), "\n";
    echo '  progress: ', implode(' / ', array_filter(array_merge($updates, [trim(preg_replace('/  [\d.]+ items\/s/', '', $last))]))),
        "\n  ", preg_replace('/[\d.]+ s$/', 'S s', $summary), "\n";
    $out = [];
}
unlink($csv);
?>
--EXPECT--
crm.deal.list: exit 0, 10001 lines: ID,TITLE,STAGE_ID | 1,"Deal #1",PREPARATION | 10000,"Deal #10000",FINAL_INVOICE
  progress: 2500 items / 5000 items / 7500 items / 10000 items
  10000 items in S s
tasks.task.list: exit 0, 501 lines: id,title,description,status,priority,responsibleId,createdBy,createdDate,deadline,groupId | 1,"Task #1","Seeded task 1",3,1,2,1,2026-01-01T01:00:00+00:00,2026-01-08T01:00:00+00:00,1 | 500,"Task #500","Seeded task 500",2,2,3,1,2026-01-21T20:00:00+00:00,2026-01-28T20:00:00+00:00,0
  progress: 500 items
  500 items in S s
