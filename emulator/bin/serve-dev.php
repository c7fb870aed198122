<?php

declare(strict_types=1);

// Prepares a plain-http development run for `php -S` (see emulator/serve-dev): one origin serves
// the REST API, /oauth/token/ and /_emu/; https is not required there.

require __DIR__ . '/../src/bootstrap.php';

use B24Emu\Launcher\EnvFile;
use B24Emu\Launcher\RunSetup;
use B24Emu\Runtime\Paths;
use B24Emu\Runtime\RunConfig;
use B24Emu\Storage\State;

$port = (int)($argv[1] ?? 8024);
$base = "http://127.0.0.1:$port/";
$run = Paths::run();
if (!is_dir($run)) {
    mkdir($run, 0700, true);
}
RunSetup::write(
    ['portal' => $base, 'oauth' => $base, 'renamed' => $base, 'plain' => $base],
    ['portal' => $port],
    ['require_https' => false],
    true,
);
@unlink(Paths::database());
State::reset(true);
$env = EnvFile::values(RunConfig::get(), $run);
unset($env['B24_EMU_CA'], $env['B24_EMU_FAST'], $env['B24_EMU_PORTAL_PAGE']);
file_put_contents("$run/env", EnvFile::format($env));
fwrite(STDERR, EnvFile::format($env));
