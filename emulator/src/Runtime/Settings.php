<?php

declare(strict_types=1);

namespace B24Emu\Runtime;

use B24Emu\Storage\Database;

/**
 * Run-time settings that the control API can change: token lifetimes, limits, modes, timings.
 * Stored in the `settings` table so every worker sees the same values.
 */
final class Settings
{
    public const DEFAULTS = [
        'access_lifetime' => 3600,
        'refresh_lifetime' => 15552000,
        'bucket_enabled' => true,
        'bucket_rate' => 2.0,
        'bucket_burst' => 50,
        'operating_enabled' => true,
        'operating_limit' => 480.0,
        'operating_window' => 600,
        'method_timing' => [],
        'bindevent_mode' => 'current',
        'require_https' => true,
        'handler_allow_local' => false,
        'background_worker_rule' => 'docs',
        'log_enabled' => true,
        'log_keep' => 50000,
    ];

    /** @var array<string, mixed>|null */
    private static ?array $cache = null;

    /** @return array<string, mixed> */
    public static function all(): array
    {
        if (self::$cache === null) {
            $values = self::DEFAULTS;
            foreach (Database::rows('SELECT name, value FROM settings') as $row) {
                $values[$row['name']] = json_decode((string)$row['value'], true);
            }
            self::$cache = $values;
        }
        return self::$cache;
    }

    public static function get(string $name): mixed
    {
        return self::all()[$name] ?? null;
    }

    public static function int(string $name): int
    {
        return (int)self::get($name);
    }

    public static function float(string $name): float
    {
        return (float)self::get($name);
    }

    public static function bool(string $name): bool
    {
        return (bool)self::get($name);
    }

    /**
     * Validates and stores changes; unknown names are refused.
     *
     * @param array<string, mixed> $changes
     * @return list<string> errors (empty when everything was applied)
     */
    public static function update(array $changes): array
    {
        $errors = [];
        $clean = [];
        foreach ($changes as $name => $value) {
            $error = self::validate((string)$name, $value);
            if ($error !== null) {
                $errors[] = $error;
                continue;
            }
            $clean[$name] = self::coerce((string)$name, $value);
        }
        if ($errors !== []) {
            return $errors;
        }
        $stmt = Database::pdo()->prepare('INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)');
        foreach ($clean as $name => $value) {
            $stmt->execute([$name, json_encode($value)]);
        }
        self::$cache = null;
        return [];
    }

    private static function validate(string $name, mixed $value): ?string
    {
        if (!array_key_exists($name, self::DEFAULTS)) {
            return "unknown setting '$name'";
        }
        return match ($name) {
            'bindevent_mode' => in_array($value, ['current', 'documented'], true) ? null : 'bindevent_mode must be current or documented',
            'background_worker_rule' => in_array($value, ['docs', 'core'], true) ? null : 'background_worker_rule must be docs or core',
            'method_timing' => is_array($value) ? null : 'method_timing must be an object',
            'operating_window' => is_numeric($value) && (int)$value >= 10 && (int)$value == $value && (int)$value % 10 === 0
                ? null : 'operating_window must be a whole number of seconds, a multiple of 10, at least 10',
            default => self::validateScalar($name, $value),
        };
    }

    private static function validateScalar(string $name, mixed $value): ?string
    {
        $default = self::DEFAULTS[$name];
        if (is_bool($default)) {
            return self::toBool($value) === null ? "$name must be a boolean" : null;
        }
        if (!is_numeric($value) || (float)$value < 0) {
            return "$name must be a non-negative number";
        }
        return null;
    }

    private static function coerce(string $name, mixed $value): mixed
    {
        $default = self::DEFAULTS[$name];
        return match (true) {
            is_bool($default) => (bool)self::toBool($value),
            is_int($default) => (int)$value,
            is_float($default) => (float)$value,
            $name === 'method_timing' => self::timing((array)$value),
            default => $value,
        };
    }

    /** true/false, 1/0, "yes"/"no", "on"/"off" (form bodies carry strings); null for anything else. */
    private static function toBool(mixed $value): ?bool
    {
        return is_scalar($value) ? filter_var($value, FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE) : null;
    }

    /** @param array<mixed> $timing @return array<string, array{delay_ms: int, duration: float}> */
    private static function timing(array $timing): array
    {
        $out = [];
        foreach ($timing as $method => $spec) {
            $spec = is_array($spec) ? $spec : [];
            $out[strtolower((string)$method)] = [
                'delay_ms' => max(0, (int)($spec['delay_ms'] ?? 0)),
                'duration' => max(0.0, (float)($spec['duration'] ?? 0)),
            ];
        }
        return $out;
    }

    public static function forget(): void
    {
        self::$cache = null;
    }
}
