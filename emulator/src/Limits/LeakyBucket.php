<?php

declare(strict_types=1);

namespace B24Emu\Limits;

use B24Emu\Runtime\Settings;
use B24Emu\Storage\Database;

/**
 * The portal's request-rate limit: a counter per portal and source address that drains at
 * `bucket_rate` per second; a request that would lift it above `bucket_burst` is refused
 * (and does not count).
 */
final class LeakyBucket
{
    public static function admit(string $name): bool
    {
        if (!Settings::bool('bucket_enabled')) {
            return true;
        }
        $rate = Settings::float('bucket_rate');
        $burst = (float)Settings::int('bucket_burst');
        return Database::transaction(static function () use ($name, $rate, $burst): bool {
            $now = microtime(true);
            $row = Database::row('SELECT level, updated_at FROM bucket WHERE name = ?', [$name]);
            $level = $row === null ? 0.0 : max(0.0, (float)$row['level'] - ($now - (float)$row['updated_at']) * $rate);
            $admitted = $level + 1 <= $burst;
            if ($admitted) {
                $level += 1;
            }
            Database::run('INSERT OR REPLACE INTO bucket (name, level, updated_at) VALUES (?, ?, ?)', [$name, $level, $now]);
            return $admitted;
        });
    }
}
