<?php

declare(strict_types=1);

namespace B24Emu\OAuth;

use B24Emu\Auth\Portals;
use B24Emu\Auth\TokenStore;
use B24Emu\Rest\TimeBlock;

/**
 * app.info on the authorization server (`<server_endpoint>app.info`): which application a token
 * was issued to, on which portal, for which user — the trusted answer an install is checked
 * against (rest-protocol.md 8.7). The portal's own app.info (ID, CODE, ...) is another method.
 * Shape: client_id, scope, expires, install {installed, version, status, scope, domain, uri,
 * client_endpoint, member_id, member_type}, user_id.
 */
final class AppInfo
{
    /** @param array<string, mixed> $token the access token's row @return array<string, mixed> */
    public static function answer(array $token): array
    {
        $site = Portals::get((string)$token['portal']);
        $now = microtime(true);
        return [
            'result' => [
                'client_id' => TokenStore::clientIdOf($token),
                'scope' => (string)$token['scope'],
                'expires' => date('Y-m-d\TH:i:sP', (int)$token['expires_at']),
                'install' => [
                    'installed' => true,
                    'version' => 1,
                    'status' => 'L',
                    'scope' => (string)$token['scope'],
                    'domain' => $site['domain'],
                    'uri' => 'https://' . $site['domain'],
                    'client_endpoint' => $site['client_endpoint'],
                    'member_id' => $site['member_id'],
                    'member_type' => 'PORTAL',
                ],
                'user_id' => (int)$token['user_id'],
            ],
            'time' => TimeBlock::build($now, microtime(true), 0.0, 0.0, 0),
        ];
    }
}
