<?php

declare(strict_types=1);

namespace B24Emu\Auth;

use B24Emu\Rest\ApiError;
use B24Emu\Rest\RestPath;
use B24Emu\Storage\Database;

/** Turns a webhook path or an `auth` access token into an Identity, or the portal's 401 answer. */
final class Authenticator
{
    /** @param array<mixed> $params */
    public static function authenticate(RestPath $path, array $params): Identity
    {
        return $path->isWebhook()
            ? self::webhook((int)$path->webhookUser, (string)$path->webhookCode)
            : self::token($params['auth'] ?? null);
    }

    private static function webhook(int $userId, string $code): Identity
    {
        $hook = Database::row('SELECT * FROM webhooks WHERE code = ? AND user_id = ?', [$code, $userId]);
        $user = $hook === null ? null : Users::find($userId);
        if ($hook === null || $user === null) {
            throw ApiError::of('NO_AUTH_FOUND');
        }
        return new Identity(Identity::WEBHOOK, $userId, (bool)$user['admin'], self::scopes((string)$hook['scope']), 'webhook:' . $code);
    }

    private static function token(mixed $token): Identity
    {
        if (!is_string($token) || $token === '') {
            throw ApiError::of('NO_AUTH_FOUND');
        }
        $row = TokenStore::findAccess($token) ?? throw ApiError::of('invalid_token');
        if ((float)$row['expires_at'] <= microtime(true)) {
            throw ApiError::of('expired_token');
        }
        $user = Users::find((int)$row['user_id']) ?? throw ApiError::of('invalid_token');
        return new Identity(
            Identity::APP,
            (int)$row['user_id'],
            (bool)$user['admin'],
            self::scopes((string)$row['scope']),
            'app:' . TokenStore::clientIdOf($row),
            $row,
        );
    }

    /** @return list<string> */
    private static function scopes(string $scope): array
    {
        return array_values(array_filter(array_map('trim', explode(',', $scope)), 'strlen'));
    }
}
