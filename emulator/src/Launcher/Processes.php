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

    /**
     * A live process that is one of this run's daemons: its command line names the run directory
     * (a pid file may outlive its process, and the pid may since belong to someone else).
     */
    public static function ours(int $pid, string $runDir): bool
    {
        if (!self::alive($pid)) {
            return false;
        }
        $cmdline = @file_get_contents("/proc/$pid/cmdline");
        if (!is_string($cmdline)) {
            return true;
        }
        return str_contains($cmdline, "$runDir/nginx.conf") || str_contains($cmdline, "$runDir/php-fpm.conf");
    }

    public static function allAlive(string $runDir): bool
    {
        foreach (self::PID_FILES as $file) {
            if (!self::ours(self::pid($runDir, $file), $runDir)) {
                return false;
            }
        }
        return true;
    }

    public static function run(string $command): void
    {
        exec($command . ' 2>&1', $output, $code);
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
            if (self::ours($pid, $runDir)) {
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
