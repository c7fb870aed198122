<?php

declare(strict_types=1);

namespace B24Emu\Faults;

/** The fault kinds the control API can arm, and the error codes behind the shorthand kinds. */
final class FaultKinds
{
    public const ERROR_ALIASES = [
        'query_limit' => 'QUERY_LIMIT_EXCEEDED',
        'expired_token' => 'expired_token',
        'internal_error' => 'INTERNAL_SERVER_ERROR',
        'operation_time_limit' => 'OPERATION_TIME_LIMIT',
    ];

    public const OTHER = [
        'error', 'html_502', 'reset_before_headers', 'reset_after_headers', 'truncated', 'slow',
        'invalid_json', 'big_body', 'many_values', 'empty_body', 'redirect',
    ];

    /** Kinds that a list call takes (also inside a batch) instead of the request. */
    public const LIST = ['repeat_page'];

    public static function known(string $kind): bool
    {
        return isset(self::ERROR_ALIASES[$kind]) || in_array($kind, self::OTHER, true) || in_array($kind, self::LIST, true);
    }

    /** @return list<string> */
    public static function all(): array
    {
        return array_merge(array_keys(self::ERROR_ALIASES), self::OTHER, self::LIST);
    }
}
