<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/** The fixed envelope that nginx answers by itself under /fast/ (no PHP involved). */
final class FastPath
{
    public static function body(): string
    {
        $start = 1767225600.123456;
        return (string)json_encode([
            'result' => ['ID' => '1', 'ADMIN' => true, 'NAME' => 'Admin', 'LAST_NAME' => 'Portal'],
            'time' => [
                'start' => $start,
                'finish' => $start + 0.000321,
                'duration' => 0.000321,
                'processing' => 0.000101,
                'date_start' => '2026-01-01T00:00:00+00:00',
                'date_finish' => '2026-01-01T00:00:00+00:00',
                'operating' => 0,
                'operating_reset_at' => 1767226200,
            ],
        ], JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION);
    }
}
