<?php

declare(strict_types=1);

namespace B24Emu\Auth;

use B24Emu\Storage\Database;

/** The portal's seeded users. */
final class Users
{
    /** @return array<string, mixed>|null */
    public static function find(int $id): ?array
    {
        return Database::row('SELECT * FROM users WHERE id = ? AND active = 1', [$id]);
    }

    public static function isAdmin(int $id): bool
    {
        return (bool)(self::find($id)['admin'] ?? false);
    }

    public static function firstWithAdmin(bool $admin): int
    {
        return (int)(Database::row('SELECT id FROM users WHERE admin = ? ORDER BY id LIMIT 1', [$admin ? 1 : 0])['id'] ?? 0);
    }
}
