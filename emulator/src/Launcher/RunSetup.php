<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

use B24Emu\Runtime\RunConfig;

/** Writes run/config.json for a new run: origins, fresh credentials, the start-time settings. */
final class RunSetup
{
    private const SCOPES = 'crm,placement,user,telephony,task,calendar,im,basic';

    /**
     * @param array<string, string> $origins portal, oauth, renamed, plain => base URL ending in '/'
     * @param array<string, int> $ports
     * @param array<string, mixed> $settings
     */
    public static function write(array $origins, array $ports, array $settings, bool $dev): void
    {
        RunConfig::write([
            'origins' => $origins,
            'ports' => $ports,
            'client_id' => Secrets::clientId(),
            'client_secret' => Secrets::clientSecret(),
            'member_id' => Secrets::hex(16),
            'application_token' => Secrets::hex(16),
            'app_scope' => self::SCOPES,
            'webhooks' => [
                ['user_id' => 1, 'code' => Secrets::alnum(16), 'scope' => self::SCOPES],
                ['user_id' => 2, 'code' => Secrets::alnum(16), 'scope' => 'crm,user,basic'],
            ],
            'settings' => $settings,
            'dev' => $dev,
        ]);
    }
}
