<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Rest\ApiError;
use B24Emu\Runtime\Settings;

/**
 * The portal's handler URL check: http(s) only (ERROR_UNSUPPORTED_PROTOCOL), a host is needed
 * and must not be local (ERROR_WRONG_HANDLER_URL) unless the `handler_allow_local` setting is on.
 */
final class HandlerUrl
{
    public static function check(string $url): void
    {
        $parts = parse_url($url);
        if ($parts === false) {
            throw ApiError::of('ERROR_WRONG_HANDLER_URL');
        }
        $scheme = strtolower((string)($parts['scheme'] ?? ''));
        if ($scheme !== '' && $scheme !== 'http' && $scheme !== 'https') {
            throw ApiError::of('ERROR_UNSUPPORTED_PROTOCOL');
        }
        $host = strtolower(trim((string)($parts['host'] ?? ''), '[]'));
        if ($scheme === '' || $host === '') {
            throw ApiError::of('ERROR_WRONG_HANDLER_URL');
        }
        if (!Settings::bool('handler_allow_local') && self::isLocal($host)) {
            throw ApiError::of('ERROR_WRONG_HANDLER_URL');
        }
    }

    /** localhost, *.localhost, *.local, single-label names, and private, loopback or reserved addresses. */
    private static function isLocal(string $host): bool
    {
        if (filter_var($host, FILTER_VALIDATE_IP) !== false) {
            return filter_var($host, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE | FILTER_FLAG_NO_RES_RANGE) === false;
        }
        $singleLabel = !str_contains($host, '.');
        return $singleLabel || str_ends_with($host, '.localhost') || str_ends_with($host, '.local');
    }
}
