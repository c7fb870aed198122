<?php

declare(strict_types=1);

namespace B24Emu\Catalog;

/**
 * Reads the shared tab-separated tables: leading `#` comments, a header row, `-` for empty.
 * A missing file reads as no rows, so a table that appears later is picked up on the next request.
 */
final class Tsv
{
    /** @return list<array<string, string>> */
    public static function read(string $path): array
    {
        $text = @file_get_contents($path);
        if (!is_string($text)) {
            return [];
        }
        $header = null;
        $rows = [];
        foreach (preg_split('/\r?\n/', $text) ?: [] as $line) {
            if ($line === '' || ($line[0] === '#' && $header === null)) {
                continue;
            }
            $cells = array_map(static fn (string $c): string => $c === '-' ? '' : $c, explode("\t", $line));
            if ($header === null) {
                $header = $cells;
                continue;
            }
            $rows[] = array_combine($header, array_pad(array_slice($cells, 0, count($header)), count($header), ''));
        }
        return $rows;
    }
}
