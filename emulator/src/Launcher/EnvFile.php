<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

use B24Emu\Runtime\RunConfig;

/** The B24_EMU_* shell assignments that `start` prints and writes to run/env. */
final class EnvFile
{
    /** @return array<string, string> */
    public static function values(RunConfig $config, string $runDir): array
    {
        $portal = $config->origin('portal');
        $hooks = $config->array('webhooks');
        $admin = $hooks[0];
        $user = $hooks[1];
        return [
            'B24_EMU_PORTAL' => $portal,
            'B24_EMU_DOMAIN' => $config->domain('portal'),
            'B24_EMU_WEBHOOK' => $portal . 'rest/' . $admin['user_id'] . '/' . $admin['code'] . '/',
            'B24_EMU_WEBHOOK_USER' => $portal . 'rest/' . $user['user_id'] . '/' . $user['code'] . '/',
            'B24_EMU_OAUTH' => $config->origin('oauth'),
            'B24_EMU_OAUTH_DOMAIN' => $config->domain('oauth'),
            'B24_EMU_CLIENT_ENDPOINT' => $config->clientEndpoint(),
            'B24_EMU_SERVER_ENDPOINT' => $config->serverEndpoint(),
            'B24_EMU_CLIENT_ID' => $config->string('client_id'),
            'B24_EMU_CLIENT_SECRET' => $config->string('client_secret'),
            'B24_EMU_MEMBER_ID' => $config->string('member_id'),
            'B24_EMU_APPLICATION_TOKEN' => $config->string('application_token'),
            'B24_EMU_CA' => $runDir . '/tls/ca.pem',
            'B24_EMU_CONTROL' => $portal . '_emu/',
            'B24_EMU_FAST' => $portal . 'fast/rest/' . $admin['user_id'] . '/' . $admin['code'] . '/',
            'B24_EMU_RENAMED' => $config->origin('renamed'),
            'B24_EMU_HTTP' => $config->origin('plain'),
            'B24_EMU_PORTAL_PAGE' => $portal . 'portal/',
            'B24_EMU_RUN' => $runDir,
        ];
    }

    /** @param array<string, string> $values */
    public static function format(array $values): string
    {
        $lines = '';
        foreach ($values as $name => $value) {
            $lines .= $name . '=' . self::quote($value) . "\n";
        }
        return $lines;
    }

    private static function quote(string $value): string
    {
        if (preg_match('#^[A-Za-z0-9_./:@%+,=-]*$#', $value)) {
            return $value;
        }
        return "'" . str_replace("'", "'\\''", $value) . "'";
    }

    /** Reads a file written by format(). @return array<string, string> */
    public static function parse(string $text): array
    {
        $values = [];
        foreach (explode("\n", $text) as $line) {
            if (preg_match("/^([A-Z0-9_]+)=(.*)$/", trim($line), $m)) {
                $value = $m[2];
                if (strlen($value) >= 2 && $value[0] === "'" && str_ends_with($value, "'")) {
                    $value = str_replace("'\\''", "'", substr($value, 1, -1));
                }
                $values[$m[1]] = $value;
            }
        }
        return $values;
    }
}
