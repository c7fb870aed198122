<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/** Locates nginx and php-fpm, also for a user whose PATH lacks /usr/sbin. */
final class Binaries
{
    public static function nginx(): string
    {
        return self::find(['nginx'], 'NGINX');
    }

    public static function phpFpm(): string
    {
        $version = PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION;
        return self::find(['php-fpm' . $version, 'php-fpm'], 'PHP_FPM');
    }

    /** @param list<string> $names */
    private static function find(array $names, string $envName): string
    {
        $override = getenv('B24_EMU_' . $envName);
        if (is_string($override) && $override !== '') {
            return $override;
        }
        $dirs = array_merge(explode(':', (string)getenv('PATH')), ['/usr/sbin', '/usr/local/sbin', '/sbin', '/usr/bin']);
        foreach ($names as $name) {
            foreach ($dirs as $dir) {
                if ($dir !== '' && is_executable("$dir/$name")) {
                    return "$dir/$name";
                }
            }
        }
        throw new \RuntimeException('not found: ' . implode(' or ', $names));
    }
}
