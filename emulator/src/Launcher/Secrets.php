<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/** Random credentials for one run, shaped like the portal's. */
final class Secrets
{
    public static function hex(int $bytes): string
    {
        return bin2hex(random_bytes($bytes));
    }

    public static function alnum(int $length): string
    {
        $alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
        $out = '';
        for ($i = 0; $i < $length; $i++) {
            $out .= $alphabet[random_int(0, strlen($alphabet) - 1)];
        }
        return $out;
    }

    public static function clientId(): string
    {
        return 'local.' . self::hex(7) . '.' . random_int(10000000, 99999999);
    }

    public static function clientSecret(): string
    {
        return self::alnum(50);
    }
}
