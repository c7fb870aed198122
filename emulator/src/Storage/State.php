<?php

declare(strict_types=1);

namespace B24Emu\Storage;

use B24Emu\Runtime\RunConfig;
use B24Emu\Runtime\Settings;

/** Creating and resetting the whole emulator state: schema, seed data, the start-time settings. */
final class State
{
    public static function reset(bool $clearLog): void
    {
        $pdo = Database::pdo();
        Schema::create($pdo, $clearLog);
        $config = RunConfig::get();
        Seeder::seed($pdo, $config);
        Settings::forget();
        $errors = Settings::update($config->array('settings'));
        if ($errors !== []) {
            throw new \RuntimeException('bad start settings: ' . implode('; ', $errors));
        }
    }
}
