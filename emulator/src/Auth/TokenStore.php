<?php

declare(strict_types=1);

namespace B24Emu\Auth;

use B24Emu\Runtime\RunConfig;
use B24Emu\Runtime\Settings;
use B24Emu\Storage\Database;

/**
 * Access and refresh tokens of the seeded installations (Portals: which portal, which
 * application; '' is the seeded application). Refresh tokens are single-use.
 */
final class TokenStore
{
    public const SPENT = 'spent';
    public const UNKNOWN = 'unknown';
    public const EXPIRED = 'expired';

    /**
     * Issues a new pair and returns the OAuth server's answer for it.
     *
     * @return array<string, mixed>
     */
    public static function issue(int $userId, string $scope, ?int $accessLifetime = null,
        string $portal = Portals::MAIN, string $clientId = ''): array
    {
        $now = microtime(true);
        $lifetime = $accessLifetime ?? Settings::int('access_lifetime');
        $access = bin2hex(random_bytes(35));
        $refresh = bin2hex(random_bytes(35));
        Portals::get($portal);
        Database::run(
            'INSERT INTO access_tokens (token, user_id, scope, issued_at, expires_at, portal, client_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [$access, $userId, $scope, $now, $now + $lifetime, $portal, $clientId],
        );
        Database::run(
            'INSERT INTO refresh_tokens (token, user_id, scope, issued_at, expires_at, portal, client_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [$refresh, $userId, $scope, $now, $now + Settings::int('refresh_lifetime'), $portal, $clientId],
        );
        return self::answer($access, $refresh, $userId, $scope, (int)$now + $lifetime, $lifetime, $portal);
    }

    /** The client_id a token row was issued to. @param array<string, mixed> $row */
    public static function clientIdOf(array $row): string
    {
        return (string)($row['client_id'] ?? '') !== '' ? (string)$row['client_id'] : RunConfig::get()->string('client_id');
    }

    /** @return array<string, mixed> */
    private static function answer(string $access, string $refresh, int $userId, string $scope, int $expires, int $lifetime,
        string $portal): array
    {
        $config = RunConfig::get();
        $site = Portals::get($portal);
        return [
            'access_token' => $access,
            'expires' => $expires,
            'expires_in' => $lifetime,
            'scope' => $scope,
            'domain' => $config->domain('oauth'),
            'server_endpoint' => $config->serverEndpoint(),
            'status' => 'L',
            'client_endpoint' => $site['client_endpoint'],
            'member_id' => $site['member_id'],
            'user_id' => $userId,
            'refresh_token' => $refresh,
        ];
    }

    /** @return array<string, mixed>|null */
    public static function findAccess(string $token): ?array
    {
        return Database::row('SELECT * FROM access_tokens WHERE token = ?', [$token]);
    }

    /**
     * Spends a refresh token atomically.
     *
     * @return array<string, mixed>|string the token row, or SPENT / UNKNOWN / EXPIRED
     */
    public static function spendRefresh(string $token): array|string
    {
        return Database::transaction(static function () use ($token): array|string {
            $row = Database::row('SELECT * FROM refresh_tokens WHERE token = ?', [$token]);
            if ($row === null) {
                return self::UNKNOWN;
            }
            if ($row['spent_at'] !== null) {
                return self::SPENT;
            }
            if ((float)$row['expires_at'] < microtime(true)) {
                return self::EXPIRED;
            }
            Database::run('UPDATE refresh_tokens SET spent_at = ? WHERE token = ?', [microtime(true), $token]);
            return $row;
        });
    }
}
