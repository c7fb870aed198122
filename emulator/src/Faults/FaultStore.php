<?php

declare(strict_types=1);

namespace B24Emu\Faults;

use B24Emu\Storage\Database;

/** Armed faults: each answers the next `remaining` matching requests, oldest armed first. */
final class FaultStore
{
    /** @param array<string, mixed> $params @return array<string, mixed> */
    public static function arm(string $kind, int $count, string $method, array $params): array
    {
        Database::run(
            'INSERT INTO faults (kind, method, remaining, params, created_at) VALUES (?, ?, ?, ?, ?)',
            [$kind, strtolower($method), $count, json_encode($params, JSON_UNESCAPED_SLASHES), microtime(true)],
        );
        return self::present(Database::row('SELECT * FROM faults WHERE id = ?', [Database::lastId()]) ?? []);
    }

    /**
     * Takes one use of the first request fault matching $method (or armed for all methods); the
     * list faults (FaultKinds::LIST) are left to the list calls. @return array<string, mixed>|null
     */
    public static function take(string $method): ?array
    {
        $list = implode(', ', array_map(static fn (string $k): string => "'$k'", FaultKinds::LIST));
        return self::takeWhere("kind NOT IN ($list)", $method);
    }

    /**
     * Takes one use of the first list fault of $kind matching $method: a list call takes it, a
     * command inside a batch as well. A read first, so that list calls without one stay cheap.
     * @return array<string, mixed>|null
     */
    public static function takeListFault(string $kind, string $method): ?array
    {
        $armed = Database::row("SELECT 1 AS one FROM faults WHERE kind = ? AND remaining > 0 LIMIT 1", [$kind]);
        return $armed === null ? null : self::takeWhere('kind = ' . Database::pdo()->quote($kind), $method);
    }

    /** @return array<string, mixed>|null */
    private static function takeWhere(string $where, string $method): ?array
    {
        return Database::transaction(static function () use ($where, $method): ?array {
            $row = Database::row(
                "SELECT * FROM faults WHERE remaining > 0 AND $where AND (method = '' OR method = ?) ORDER BY id LIMIT 1",
                [$method],
            );
            if ($row === null) {
                return null;
            }
            Database::run('UPDATE faults SET remaining = remaining - 1 WHERE id = ?', [$row['id']]);
            Database::run('DELETE FROM faults WHERE remaining <= 0');
            return self::present($row);
        });
    }

    /** @return list<array<string, mixed>> */
    public static function list(): array
    {
        return array_map([self::class, 'present'], Database::rows('SELECT * FROM faults ORDER BY id'));
    }

    public static function clear(): int
    {
        return Database::run('DELETE FROM faults');
    }

    /** @param array<string, mixed> $row @return array<string, mixed> */
    private static function present(array $row): array
    {
        return [
            'id' => (int)$row['id'],
            'kind' => (string)$row['kind'],
            'method' => (string)$row['method'],
            'remaining' => (int)$row['remaining'],
            'params' => json_decode((string)$row['params'], true) ?: [],
        ];
    }
}
