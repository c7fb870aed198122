<?php

declare(strict_types=1);

// Class loader for the emulator: B24Emu\Foo\Bar lives in src/Foo/Bar.php.
spl_autoload_register(static function (string $class): void {
    $prefix = 'B24Emu\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

date_default_timezone_set('UTC');
