<?php

declare(strict_types=1);

namespace B24Emu\Catalog;

use B24Emu\Runtime\Paths;

/**
 * How list methods answer, from catalog/lists.tsv: where the rows sit inside `result` and how
 * their keys are spelt. A method the table does not list answers its rows as `result` itself,
 * with upper-case keys.
 */
final class ListCatalog
{
    /** @var array<string, array{items: string, filter_id: string, row_id: string, paging: string, keys: string}>|null */
    private static ?array $methods = null;

    /** @return array{items: string, filter_id: string, row_id: string, paging: string, keys: string} */
    public static function method(string $method): array
    {
        if (self::$methods === null) {
            self::$methods = [];
            foreach (Tsv::read(Paths::catalog('lists.tsv')) as $row) {
                self::$methods[strtolower($row['method'])] = $row;
            }
        }
        return self::$methods[strtolower($method)]
            ?? ['items' => '', 'filter_id' => 'ID', 'row_id' => 'ID', 'paging' => 'counted', 'keys' => 'upper'];
    }

    /** The page's rows placed where the method's answer carries them. @param list<array<string, mixed>> $rows */
    public static function wrap(string $method, array $rows): mixed
    {
        $items = self::method($method)['items'];
        return $items === '' ? $rows : [$items => $rows];
    }

    public static function camel(string $method): bool
    {
        return self::method($method)['keys'] === 'camel';
    }
}
