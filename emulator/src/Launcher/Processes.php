<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/** Starting, probing and stopping the daemons of one run through their pid files. */
final class Processes
{
    public const PID_FILES = ['nginx.pid', 'php-fpm.pid'];

    public static function pid(string $runDir, string $file): int
    {
        $text = @file_get_contents("$runDir/$file");
        return is_string($text) ? (int)trim($text) : 0;
    }

    public static function alive(int $pid): bool
    {
        return $pid > 0 && posix_kill($pid, 0);
    }

    public static function allAlive(string $runDir): bool
    {
        foreach (self::PID_FILES as $file) {
            if (!self::alive(self::pid($runDir, $file))) {
                return false;
            }
        }
        return true;
    }

    public static function run(string $command): void
    {
        exec($command . StartLock::closeInChild() . ' 2>&1', $output, $code);
        if ($code !== 0) {
            throw new \RuntimeException("failed ($code): $command\n" . implode("\n", $output));
        }
    }

    /** Sends TERM to every daemon of the run and waits (bounded) until all are gone. */
    public static function stopAll(string $runDir): void
    {
        $pids = [];
        foreach (self::PID_FILES as $file) {
            $pid = self::pid($runDir, $file);
            if (self::alive($pid)) {
                posix_kill($pid, SIGTERM);
                $pids[] = $pid;
            }
        }
        for ($i = 0; $i < 100 && array_filter($pids, [self::class, 'alive']) !== []; $i++) {
            usleep(50000);
        }
        foreach (array_filter($pids, [self::class, 'alive']) as $pid) {
            posix_kill($pid, SIGKILL);
        }
        foreach (self::PID_FILES as $file) {
            @unlink("$runDir/$file");
        }
    }
}
