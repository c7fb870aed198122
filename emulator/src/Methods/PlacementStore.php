<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Storage\Database;

/** The application's placement handlers (table `placements`). */
final class PlacementStore
{
    /** Handlers that count against a single-instance placement's limit for $userId. */
    public static function countForLimit(string $placement, int $userId, string $rule): int
    {
        $sql = 'SELECT COUNT(*) AS n FROM placements WHERE placement = ? AND ';
        $sql .= $rule === 'core' && $userId > 0 ? 'user_id IN (0, ?)' : 'user_id = ?';
        return (int)(Database::row($sql, [$placement, $userId])['n'] ?? 0);
    }

    public static function exists(string $placement, string $handler): bool
    {
        return Database::row('SELECT id FROM placements WHERE placement = ? AND handler = ?', [$placement, $handler]) !== null;
    }

    /** @param array<string, mixed> $row */
    public static function add(array $row): void
    {
        Database::run(
            'INSERT INTO placements (placement, handler, user_id, title, description, group_name, lang_all, options)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            [$row['placement'], $row['handler'], $row['user_id'], $row['title'], $row['description'],
             $row['group_name'], json_encode($row['lang_all'], JSON_UNESCAPED_UNICODE), json_encode($row['options'], JSON_UNESCAPED_SLASHES)],
        );
    }

    /** Deletes matching handlers and returns how many were found. */
    public static function remove(string $placement, ?string $handler, ?int $userId): int
    {
        $where = 'placement = ?';
        $args = [$placement];
        if ($handler !== null && $handler !== '') {
            $where .= ' AND handler = ?';
            $args[] = $handler;
        }
        if ($userId !== null) {
            $where .= ' AND user_id = ?';
            $args[] = $userId;
        }
        return Database::run("DELETE FROM placements WHERE $where", $args);
    }

    /** @return list<array<string, mixed>> as placement.get answers them */
    public static function all(): array
    {
        return array_map(static fn (array $r): array => [
            'placement' => $r['placement'],
            'userId' => (int)$r['user_id'],
            'handler' => $r['handler'],
            'options' => json_decode((string)$r['options'], true) ?: [],
            'title' => $r['title'],
            'description' => $r['description'],
            'langAll' => json_decode((string)$r['lang_all'], true) ?: [],
        ], Database::rows('SELECT * FROM placements ORDER BY id'));
    }
}
