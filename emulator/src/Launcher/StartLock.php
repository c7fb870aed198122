<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/**
 * An exclusive flock on run/start.lock while `start` works, so that concurrent starts make one
 * instance. Daemons started meanwhile must not inherit the locked descriptor (they would hold the
 * lock for their whole life), so commands get a shell redirection that closes it.
 */
final class StartLock
{
    /** @var resource|null */
    private static $handle = null;
    private static string $path = '';

    public static function acquire(string $runDir): void
    {
        self::$path = "$runDir/start.lock";
        $handle = fopen(self::$path, 'c');
        if ($handle === false || !flock($handle, LOCK_EX)) {
            throw new \RuntimeException('cannot lock ' . self::$path);
        }
        self::$handle = $handle;
    }

    /** " N>&-" for the descriptor that holds the lock (Linux /proc), or "" when not held. */
    public static function closeInChild(): string
    {
        if (self::$handle === null) {
            return '';
        }
        foreach (glob('/proc/self/fd/*') ?: [] as $link) {
            if (@readlink($link) === self::$path) {
                return ' ' . basename($link) . '>&-';
            }
        }
        return '';
    }
}
