<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

use B24Emu\Runtime\Paths;
use B24Emu\Runtime\RunConfig;

/** Probes the running emulator's control endpoint over TLS with the run's CA. */
final class Health
{
    public static function ok(): bool
    {
        try {
            $url = RunConfig::get()->origin('portal') . '_emu/health';
        } catch (\RuntimeException) {
            return false;
        }
        $curl = curl_init($url);
        curl_setopt_array($curl, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_CAINFO => Paths::run() . '/tls/ca.pem',
            CURLOPT_TIMEOUT => 5,
            CURLOPT_CONNECTTIMEOUT => 1,
        ]);
        $body = curl_exec($curl);
        $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
        return $status === 200 && is_string($body) && str_contains($body, '"ok":true');
    }

    public static function waitUntilOk(float $seconds): bool
    {
        $deadline = microtime(true) + $seconds;
        while (microtime(true) < $deadline) {
            if (self::ok()) {
                return true;
            }
            usleep(50000);
        }
        return false;
    }
}
