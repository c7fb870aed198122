<?php

declare(strict_types=1);

namespace B24Emu\Catalog;

use B24Emu\Runtime\Paths;

/**
 * HTTP status and description per error code, from catalog/errors.tsv. The exact spelling wins
 * (INVALID_REQUEST and invalid_request are different errors), then a case-insensitive match. A code the table does not
 * list is answered with 400 and the code as its description.
 */
final class ErrorCatalog
{
    /** @var array<string, array{status: int, description: string}>|null */
    private static ?array $codes = null;

    /** @return array{status: int, description: string} */
    public static function lookup(string $code): array
    {
        if (self::$codes === null) {
            self::$codes = self::load(Paths::catalog('errors.tsv'));
        }
        return self::$codes[$code] ?? self::$codes[strtolower($code)] ?? ['status' => 400, 'description' => $code];
    }

    /** @return array<string, array{status: int, description: string}> */
    private static function load(string $path): array
    {
        $codes = [];
        foreach (Tsv::read($path) as $row) {
            $entry = ['status' => (int)$row['http_status'], 'description' => $row['description']];
            $codes[$row['code']] = $entry;
            $codes[strtolower($row['code'])] ??= $entry;
        }
        return $codes;
    }
}
