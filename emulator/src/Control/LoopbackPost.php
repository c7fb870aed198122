<?php

declare(strict_types=1);

namespace B24Emu\Control;

/**
 * POSTs a form body to a handler under test. Only loopback hosts are contacted (the emulator
 * never sends traffic elsewhere); TLS is not verified there, as test handlers use their own certs.
 */
final class LoopbackPost
{
    public static function isLoopback(string $url): bool
    {
        $host = strtolower(trim((string)parse_url($url, PHP_URL_HOST), '[]'));
        $scheme = strtolower((string)parse_url($url, PHP_URL_SCHEME));
        $loopback = $host === 'localhost' || $host === '::1' || str_starts_with($host, '127.');
        return $loopback && in_array($scheme, ['http', 'https'], true);
    }

    /** @return array{handler: string, status: int, headers: array<string, string>, body: string, error: string} */
    public static function send(string $url, string $body, float $timeout): array
    {
        if (!self::isLoopback($url)) {
            return ['handler' => $url, 'status' => 0, 'headers' => [], 'body' => '', 'error' => 'not contacted: only loopback handlers are'];
        }
        $headers = [];
        $ch = curl_init($url);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => $body,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT_MS => (int)($timeout * 1000),
            CURLOPT_SSL_VERIFYPEER => false,
            CURLOPT_SSL_VERIFYHOST => 0,
            CURLOPT_USERAGENT => 'Bitrix24 Webhook Engine',
            CURLOPT_HEADERFUNCTION => static function ($ch, string $line) use (&$headers): int {
                $parts = explode(':', $line, 2);
                if (count($parts) === 2) {
                    $headers[strtolower(trim($parts[0]))] = trim($parts[1]);
                }
                return strlen($line);
            },
        ]);
        $answer = curl_exec($ch);
        return [
            'handler' => $url,
            'status' => (int)curl_getinfo($ch, CURLINFO_RESPONSE_CODE),
            'headers' => $headers,
            'body' => is_string($answer) ? $answer : '',
            'error' => curl_error($ch),
        ];
    }
}
