<?php

declare(strict_types=1);

namespace B24Emu\Runtime;

/**
 * Requests to the portal and OAuth endpoints hold a shared flock on run/inflight.lock while they
 * run; a reset takes it exclusively first. A request its client has given up on (a slow fault
 * that outlasts the client's timeout) is still running, and it writes its log entry when it ends:
 * without the wait, that entry lands in the log of whichever test resets next, as a request that
 * test never made. The kernel drops the lock with the process, so a worker that is killed (the
 * connection faults end theirs with SIGKILL) never holds it.
 */
final class InFlight
{
    /** Longer than any delay the tests arm, shorter than their 20 s control timeout. */
    public const DRAIN_SECONDS = 10.0;

    /** @var resource|null */
    private static $handle = null;

    /** Marks this request as running until release() or the end of the process's request. */
    public static function enter(): void
    {
        $handle = self::open();
        if ($handle !== null && flock($handle, LOCK_SH)) {
            self::$handle = $handle;
        }
    }

    /**
     * Waits until no request is running (at most $seconds) and keeps new ones out until
     * release(). False when the wait ran out: the caller goes on anyway, as before.
     */
    public static function drain(float $seconds = self::DRAIN_SECONDS): bool
    {
        $handle = self::open();
        if ($handle === null) {
            return false;
        }
        $until = microtime(true) + $seconds;
        while (!flock($handle, LOCK_EX | LOCK_NB)) {
            if (microtime(true) >= $until) {
                fclose($handle);
                return false;
            }
            usleep(20000);
        }
        self::$handle = $handle;
        return true;
    }

    public static function release(): void
    {
        if (self::$handle !== null) {
            flock(self::$handle, LOCK_UN);
            fclose(self::$handle);
            self::$handle = null;
        }
    }

    /** @return resource|null */
    private static function open()
    {
        $handle = @fopen(Paths::run() . '/inflight.lock', 'ce');
        return $handle === false ? null : $handle;
    }
}
