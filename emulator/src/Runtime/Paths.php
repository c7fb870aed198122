<?php

declare(strict_types=1);

namespace B24Emu\Runtime;

/** Where the emulator's files are: the source tree, the run directory, the shared catalog. */
final class Paths
{
    public static function emulator(): string
    {
        return dirname(__DIR__, 2);
    }

    public static function run(): string
    {
        $dir = getenv('EMU_RUN_DIR');
        return is_string($dir) && $dir !== '' ? $dir : self::emulator() . '/run';
    }

    public static function catalog(string $file): string
    {
        return dirname(self::emulator()) . '/catalog/' . $file;
    }

    public static function data(string $file): string
    {
        return self::emulator() . '/data/' . $file;
    }

    public static function database(): string
    {
        return self::run() . '/state.sqlite';
    }

    public static function config(): string
    {
        return self::run() . '/config.json';
    }
}
