<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/**
 * An exclusive flock on run/start.lock while `start` works, so that concurrent starts make one
 * instance. Daemons started meanwhile must not inherit the locked descriptor (they would hold the
 * lock for their whole life), so the lock file is opened close-on-exec (fopen's "e" flag). A shell
 * redirection that closes it ("N>&-") was the earlier way; dash refuses it for descriptors above 9,
 * which a process with many open files (a test under valgrind) has.
 */
final class StartLock
{
    /** @var resource|null */
    private static $handle = null;
    private static string $path = '';

    public static function acquire(string $runDir): void
    {
        self::$path = "$runDir/start.lock";
        $handle = fopen(self::$path, 'ce');
        if ($handle === false || !flock($handle, LOCK_EX)) {
            throw new \RuntimeException('cannot lock ' . self::$path);
        }
        self::$handle = $handle;
    }
}
