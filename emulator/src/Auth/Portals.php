<?php

declare(strict_types=1);

namespace B24Emu\Auth;

use B24Emu\Runtime\RunConfig;

/**
 * The portals of one emulator run, each with the seeded application installed: `main` (the
 * portal of B24_EMU_PORTAL) and `second`, served by the same nginx under the name 127.0.0.1
 * (same port, its own domain, member_id and application_token), so that one application can be
 * tested on two portals. Tokens name their portal and their application: `otherClientId()` is a
 * second application whose tokens the portal also issues (to forge installs with).
 */
final class Portals
{
    public const MAIN = 'main';
    public const SECOND = 'second';

    /** @return list<string> */
    public static function names(): array
    {
        return [self::MAIN, self::SECOND];
    }

    /** @return array{member_id: string, domain: string, client_endpoint: string, application_token: string} */
    public static function get(string $name): array
    {
        $config = RunConfig::get();
        if ($name === self::MAIN) {
            return [
                'member_id' => $config->string('member_id'),
                'domain' => $config->domain('portal'),
                'client_endpoint' => $config->clientEndpoint(),
                'application_token' => $config->string('application_token'),
            ];
        }
        if ($name !== self::SECOND) {
            throw new \InvalidArgumentException("no such portal: '$name' (main or second)");
        }
        $domain = '127.0.0.1:' . (string)parse_url($config->origin('portal'), PHP_URL_PORT);
        return [
            'member_id' => self::derive('member_id', 32),
            'domain' => $domain,
            'client_endpoint' => "https://$domain/rest/",
            'application_token' => self::derive('application_token', 32),
        ];
    }

    /** The client_id of another application, installed on the same portals. */
    public static function otherClientId(): string
    {
        return 'local.' . substr(self::derive('client_id', 14), 0, 14) . '.10000001';
    }

    /** A value of the second portal, fixed for the run: derived from the main one's. */
    private static function derive(string $key, int $length): string
    {
        return substr(hash('sha256', RunConfig::get()->string($key) . '#second'), 0, $length);
    }
}
