<?php

declare(strict_types=1);

// Brings the emulator up (nginx + php-fpm + SQLite state) or, when it is already running,
// applies the given options and reprints its environment.

require __DIR__ . '/../src/bootstrap.php';

use B24Emu\Launcher\Binaries;
use B24Emu\Launcher\EnvFile;
use B24Emu\Launcher\FastPath;
use B24Emu\Launcher\Options;
use B24Emu\Launcher\Ports;
use B24Emu\Launcher\Processes;
use B24Emu\Launcher\RunSetup;
use B24Emu\Launcher\StartLock;
use B24Emu\Launcher\Templates;
use B24Emu\Launcher\Tls;
use B24Emu\Launcher\Health;
use B24Emu\Runtime\Paths;
use B24Emu\Runtime\RunConfig;
use B24Emu\Runtime\Settings;
use B24Emu\Storage\Database;
use B24Emu\Storage\State;

function main(array $argv): int
{
    $options = Options::parse(array_slice($argv, 1));
    $run = Paths::run();
    prepareRunDir($run);
    StartLock::acquire($run);
    return startLocked($run, $options);
}

/** Runs with run/start.lock held, so that test suites starting the emulator at once get one instance. */
function startLocked(string $run, array $options): int
{
    if (!$options['fresh'] && Processes::allAlive($run) && Health::ok()) {
        applySettings($options['settings']);
        return printEnv($run);
    }
    Processes::stopAll($run);
    for ($attempt = 1; !launch($run, $options['settings']); $attempt++) {
        Processes::stopAll($run);
        if ($attempt === 3) {
            fwrite(STDERR, "emulator did not become ready; see $run/*.log\n");
            return 1;
        }
    }
    return printEnv($run);
}

/**
 * One attempt with fresh ports: a port picked free may be taken before nginx binds it, so the
 * caller tries again. @param array<string, mixed> $settings
 */
function launch(string $run, array $settings): bool
{
    $ports = Ports::free(5);
    writeRunConfig($ports, $settings);
    Tls::create("$run/tls");
    renderConfigs($run, $ports);
    Database::close();
    foreach (['', '-wal', '-shm'] as $suffix) {
        @unlink(Paths::database() . $suffix);
    }
    State::reset(true);
    try {
        startDaemons($run);
    } catch (\RuntimeException $e) {
        fwrite(STDERR, $e->getMessage() . "\n");
        return false;
    }
    return Health::waitUntilOk(8.0);
}

function prepareRunDir(string $run): void
{
    foreach ([$run, "$run/nginx-tmp", "$run/pages"] as $dir) {
        if (!is_dir($dir)) {
            mkdir($dir, 0700, true);
        }
    }
}

/** @param list<int> $ports @param array<string, mixed> $settings */
function writeRunConfig(array $ports, array $settings): void
{
    [$portal, $oauth, $renamed, $plain, $fpm] = $ports;
    RunSetup::write([
        'portal' => "https://localhost:$portal/",
        'oauth' => "https://localhost:$oauth/",
        'renamed' => "https://127.0.0.1:$renamed/",
        'plain' => "http://localhost:$plain/",
    ], ['portal' => $portal, 'oauth' => $oauth, 'renamed' => $renamed, 'plain' => $plain, 'fpm' => $fpm], $settings, false);
}

/** nginx's keepalive_timeout in seconds: B24_EMU_KEEPALIVE_TIMEOUT (1-3600), else nginx's default 75. */
function keepaliveTimeout(): string
{
    $value = getenv('B24_EMU_KEEPALIVE_TIMEOUT');
    if ($value === false || $value === '') {
        return '75';
    }
    if (!ctype_digit($value) || (int)$value < 1 || (int)$value > 3600) {
        throw new \InvalidArgumentException("B24_EMU_KEEPALIVE_TIMEOUT must be 1-3600 seconds, not $value");
    }
    return (string)(int)$value;
}

/** @param list<int> $ports */
function renderConfigs(string $run, array $ports): void
{
    [$portal, $oauth, $renamed, $plain, $fpm] = $ports;
    $values = [
        'RUN' => $run,
        'EMU' => Paths::emulator(),
        'PORTAL_PORT' => (string)$portal,
        'OAUTH_PORT' => (string)$oauth,
        'RENAMED_PORT' => (string)$renamed,
        'HTTP_PORT' => (string)$plain,
        'FPM_PORT' => (string)$fpm,
        'FAST_BODY' => FastPath::body(),
        'USER_LINE' => posix_geteuid() === 0 ? 'user root root;' : '',
        'KEEPALIVE_TIMEOUT' => keepaliveTimeout(),
    ];
    $conf = Paths::emulator() . '/conf';
    Templates::render("$conf/nginx.conf.in", "$run/nginx.conf", $values);
    Templates::render("$conf/fastcgi.conf.in", "$run/fastcgi.conf", $values);
    Templates::render("$conf/php-fpm.conf.in", "$run/php-fpm.conf", $values);
}

function startDaemons(string $run): void
{
    $root = posix_geteuid() === 0 ? ' -R' : '';
    Processes::run(escapeshellarg(Binaries::phpFpm()) . $root . ' -y ' . escapeshellarg("$run/php-fpm.conf")
        . ' -c ' . escapeshellarg((string)(php_ini_loaded_file() ?: '/dev/null')));
    Processes::run(escapeshellarg(Binaries::nginx()) . ' -e ' . escapeshellarg("$run/nginx-error.log")
        . ' -p ' . escapeshellarg($run) . ' -c ' . escapeshellarg("$run/nginx.conf"));
}

/** @param array<string, mixed> $settings */
function applySettings(array $settings): void
{
    if ($settings === []) {
        return;
    }
    $errors = Settings::update($settings);
    if ($errors !== []) {
        throw new \InvalidArgumentException(implode("\n", $errors));
    }
}

function printEnv(string $run): int
{
    $text = EnvFile::format(EnvFile::values(RunConfig::get(), $run));
    file_put_contents("$run/env.tmp", $text);
    rename("$run/env.tmp", "$run/env");
    echo $text;
    return 0;
}

try {
    exit(main($argv));
} catch (\Throwable $e) {
    fwrite(STDERR, 'emulator/start: ' . $e->getMessage() . "\n");
    exit(1);
}
