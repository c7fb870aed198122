<?php

declare(strict_types=1);

namespace B24Emu\Limits;

use B24Emu\Rest\ApiError;
use B24Emu\Runtime\Settings;
use B24Emu\Storage\Database;

/**
 * Per method and per application/webhook execution time, summed over ten one-minute buckets.
 * Checked before each call: the call that crosses the limit completes, the next one gets 429.
 * The setting `operating_window` (default 600 s) shortens the window for tests: its ten buckets
 * last a tenth of it each (the `minute` column then counts those buckets).
 */
final class OperatingTime
{
    private const WINDOW_BUCKETS = 10;

    public static function check(string $method, string $identity): void
    {
        if (!Settings::bool('operating_enabled')) {
            return;
        }
        [$operating] = self::current($method, $identity);
        if ($operating > Settings::float('operating_limit')) {
            throw ApiError::of('OPERATION_TIME_LIMIT');
        }
    }

    /** @return array{0: float, 1: int} the new sum and operating_reset_at */
    public static function add(string $method, string $identity, float $seconds): array
    {
        if ($seconds > 0) {
            Database::run(
                'INSERT INTO operating (method, identity, minute, seconds) VALUES (?, ?, ?, ?)
                 ON CONFLICT (method, identity, minute) DO UPDATE SET seconds = seconds + excluded.seconds',
                [$method, $identity, self::minute(), $seconds],
            );
        }
        return self::current($method, $identity);
    }

    /** @return array{0: float, 1: int} the sum over the window and when its oldest bucket drops out */
    public static function current(string $method, string $identity): array
    {
        $now = self::minute();
        $row = Database::row(
            'SELECT COALESCE(SUM(seconds), 0) AS total, MIN(minute) AS oldest FROM operating
             WHERE method = ? AND identity = ? AND minute > ?',
            [$method, $identity, $now - self::WINDOW_BUCKETS],
        );
        $oldest = $row['oldest'] === null ? $now : (int)$row['oldest'];
        return [(float)$row['total'], ($oldest + self::WINDOW_BUCKETS) * self::bucketSeconds()];
    }

    /** The current bucket: a minute by default. */
    private static function minute(): int
    {
        return intdiv(time(), self::bucketSeconds());
    }

    private static function bucketSeconds(): int
    {
        return max(1, intdiv(Settings::int('operating_window'), self::WINDOW_BUCKETS));
    }
}
