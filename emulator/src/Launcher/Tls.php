<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/** A throw-away CA and a server certificate for localhost and 127.0.0.1, made with the openssl CLI. */
final class Tls
{
    public static function create(string $dir): void
    {
        if (!is_dir($dir)) {
            mkdir($dir, 0700, true);
        }
        $ext = $dir . '/server.ext';
        file_put_contents($ext, implode("\n", [
            'basicConstraints=CA:FALSE',
            'keyUsage=digitalSignature,keyEncipherment',
            'extendedKeyUsage=serverAuth',
            'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
            '',
        ]));
        $q = static fn (string $name): string => escapeshellarg($dir . '/' . $name);
        self::run('openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30'
            . ' -subj "/CN=b24 emulator test CA" -keyout ' . $q('ca.key') . ' -out ' . $q('ca.pem')
            . ' -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign');
        self::run('openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes'
            . ' -subj "/CN=localhost" -keyout ' . $q('server.key') . ' -out ' . $q('server.csr'));
        self::run('openssl x509 -req -in ' . $q('server.csr') . ' -CA ' . $q('ca.pem') . ' -CAkey ' . $q('ca.key')
            . ' -CAcreateserial -days 30 -extfile ' . $q('server.ext') . ' -out ' . $q('server.pem'));
        chmod($dir . '/server.key', 0600);
        chmod($dir . '/ca.key', 0600);
    }

    private static function run(string $command): void
    {
        exec($command . ' 2>&1', $output, $code);
        if ($code !== 0) {
            throw new \RuntimeException("openssl failed ($code): " . implode("\n", $output));
        }
    }
}
