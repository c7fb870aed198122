<?php
/*
 * Exports a whole list to CSV with a progress bar on the terminal:
 *
 *   php examples/export.php <webhook-url> [method] [out.csv] [FIELD,FIELD,...]
 *   php examples/export.php https://example.bitrix24.com/rest/1/code/ crm.deal.list deals.csv ID,TITLE,STAGE_ID
 *
 * B24Client::each() reads the list 2,500 items a request (start=-1 pages with an ID cursor,
 * chained in one batch request) and in constant memory, so the list may be of any length. The
 * progress callback gets the items done and the total when the portal told it (counted paging
 * only: with a cursor nobody counts, which is what makes it fast), so the bar shows a count then.
 * The columns are the fields asked for, or those of the first item. B24_CA_FILE names a CA
 * file for a portal whose certificate a private CA signed (a local test portal).
 */

declare(strict_types=1);

if ($argc < 2) {
    fwrite(STDERR, "usage: php examples/export.php <webhook-url> [method] [out.csv] [FIELD,FIELD,...]\n");
    exit(2);
}
$webhook = $argv[1];
$method = $argv[2] ?? 'crm.deal.list';
$out = $argv[3] ?? 'php://stdout';
$fields = isset($argv[4]) ? explode(',', $argv[4]) : [];

/* one line, redrawn: a bar when the total is known, a count otherwise */
function progress_line(int $done, ?int $total, float $started): void
{
    $rate = $done / max(0.001, microtime(true) - $started);
    if ($total) {
        $width = 40;
        $full = (int)round($width * min(1, $done / $total));
        $line = sprintf('[%s%s] %d/%d', str_repeat('#', $full), str_repeat('.', $width - $full), $done, $total);
    } else {
        $line = sprintf('%d items', $done);
    }
    fprintf(STDERR, "\r%s  %.0f items/s ", $line, $rate);
}

$client = new B24Client(['webhook' => $webhook] + (getenv('B24_CA_FILE') ? ['ca_file' => getenv('B24_CA_FILE')] : []));
$csv = fopen($out, 'w');
if ($csv === false) {
    fwrite(STDERR, "cannot write $out\n");
    exit(1);
}
$params = $fields === [] ? [] : ['select' => $fields];
$started = microtime(true);
$columns = $fields;
$headed = false;
try {
    $items = $client->each($method, $params, [
        'progress' => fn (int $done, ?int $total) => progress_line($done, $total, $started),
    ]);
    foreach ($items as $item) {
        if (!$headed) {
            $columns = $columns ?: array_keys($item);
            fputcsv($csv, $columns, ',', '"', '');
            $headed = true;
        }
        fputcsv($csv, array_map(
            static fn (string $c) => is_array($item[$c] ?? null) ? json_encode($item[$c]) : ($item[$c] ?? ''),
            $columns
        ), ',', '"', '');   /* RFC 4180: quotes doubled, no backslash escape (PHP 8.4 wants it said) */
    }
} catch (B24Exception $e) {
    fwrite(STDERR, "\nexport failed: " . $e->getMessage() . "\n");
    exit(1);
}
fclose($csv);
fprintf(STDERR, "\n%d items in %.1f s\n", $items->getReturn(), microtime(true) - $started);
