<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/** Command-line options of `start`, mapped to settings names. */
final class Options
{
    private const SETTINGS = [
        'bindevent-mode' => 'bindevent_mode',
        'access-lifetime' => 'access_lifetime',
        'refresh-lifetime' => 'refresh_lifetime',
        'bucket-rate' => 'bucket_rate',
        'bucket-burst' => 'bucket_burst',
        'bucket-enabled' => 'bucket_enabled',
        'operating-limit' => 'operating_limit',
        'operating-window' => 'operating_window',
        'handler-allow-local' => 'handler_allow_local',
    ];

    /**
     * @param list<string> $argv
     * @return array{settings: array<string, mixed>, fresh: bool}
     */
    public static function parse(array $argv): array
    {
        $settings = [];
        $fresh = false;
        foreach ($argv as $arg) {
            if ($arg === '--fresh') {
                $fresh = true;
                continue;
            }
            if (!preg_match('/^--([a-z-]+)=(.*)$/', $arg, $m) || !isset(self::SETTINGS[$m[1]])) {
                throw new \InvalidArgumentException("unknown option: $arg\n" . self::usage());
            }
            $settings[self::SETTINGS[$m[1]]] = self::value($m[2]);
        }
        return ['settings' => $settings, 'fresh' => $fresh];
    }

    private static function value(string $text): mixed
    {
        return match (true) {
            $text === 'true' || $text === 'yes' => true,
            $text === 'false' || $text === 'no' => false,
            is_numeric($text) => $text + 0,
            default => $text,
        };
    }

    public static function usage(): string
    {
        return 'usage: emulator/start [--fresh] ' . implode(' ', array_map(
            static fn (string $o): string => "[--$o=VALUE]",
            array_keys(self::SETTINGS),
        ));
    }
}
