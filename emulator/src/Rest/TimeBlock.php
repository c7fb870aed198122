<?php

declare(strict_types=1);

namespace B24Emu\Rest;

/** The `time` object of every answer. */
final class TimeBlock
{
    /** @return array<string, mixed> */
    public static function build(float $start, float $finish, float $processing, float $operating, int $resetAt): array
    {
        return [
            'start' => $start,
            'finish' => $finish,
            'duration' => $finish - $start,
            'processing' => $processing,
            'date_start' => date('Y-m-d\TH:i:sP', (int)$start),
            'date_finish' => date('Y-m-d\TH:i:sP', (int)$finish),
            'operating' => $operating,
            'operating_reset_at' => $resetAt,
        ];
    }
}
