<?php

declare(strict_types=1);

namespace B24Emu\Control;

use B24Emu\Auth\TokenStore;
use B24Emu\Auth\Users;
use B24Emu\Runtime\RunConfig;

/** Issues a token pair for the seeded installation, as an administrator or a regular user. */
final class Installs
{
    /** @param array<mixed> $input @return array<string, mixed> */
    public static function install(array $input): array
    {
        $config = RunConfig::get();
        $userId = isset($input['user_id'])
            ? (int)$input['user_id']
            : Users::firstWithAdmin(filter_var($input['admin'] ?? true, FILTER_VALIDATE_BOOLEAN));
        if (Users::find($userId) === null) {
            throw new \InvalidArgumentException("no such user: $userId");
        }
        $scope = (string)($input['scope'] ?? $config->string('app_scope'));
        $lifetime = isset($input['access_lifetime']) ? max(0, (int)$input['access_lifetime']) : null;
        $pair = TokenStore::issue($userId, $scope, $lifetime);
        return $pair + [
            'application_token' => $config->string('application_token'),
            'client_id' => $config->string('client_id'),
            'portal_domain' => $config->domain('portal'),
            'admin' => Users::isAdmin($userId),
        ];
    }
}
