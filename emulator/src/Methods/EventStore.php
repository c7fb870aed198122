<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Storage\Database;

/** REST event handlers bound by the application (table `event_handlers`). */
final class EventStore
{
    public static function exists(string $event, string $handler, int $authType, int $offline): bool
    {
        return Database::row(
            'SELECT id FROM event_handlers WHERE event = ? AND handler = ? AND auth_type = ? AND offline = ?',
            [$event, $handler, $authType, $offline],
        ) !== null;
    }

    public static function add(string $event, string $handler, int $authType, int $offline, int $owner, string $connector, string $options): void
    {
        Database::run(
            'INSERT INTO event_handlers (event, handler, auth_type, offline, owner_id, connector, options) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [$event, $handler, $authType, $offline, $owner, $connector, $options],
        );
    }

    /** @param array<string, mixed> $match column => value */
    public static function remove(array $match): int
    {
        $where = implode(' AND ', array_map(static fn (string $c): string => "$c = ?", array_keys($match)));
        return Database::run("DELETE FROM event_handlers WHERE $where", array_values($match));
    }

    /** @return list<array<string, mixed>> as event.get answers them */
    public static function list(?int $owner): array
    {
        $rows = $owner === null
            ? Database::rows('SELECT * FROM event_handlers ORDER BY id')
            : Database::rows('SELECT * FROM event_handlers WHERE owner_id = ? ORDER BY id', [$owner]);
        return array_map(static fn (array $r): array => [
            'event' => $r['event'],
            'handler' => $r['handler'],
            'auth_type' => (string)$r['auth_type'],
            'offline' => (int)$r['offline'],
        ], $rows);
    }
}
