<?php
/*
 * The app's settings, read from the environment (or write them here): the app's
 * client_id and client_secret from the portal's "Developer resources → Other →
 * Local application" form, the public URL of this folder, and a folder OUTSIDE
 * the web root where the tokens of every portal that installs the app are kept.
 *
 *   B24_APP_CLIENT_ID, B24_APP_CLIENT_SECRET   the app's credentials
 *   B24_APP_URL                                https://app.example.com/crest-app/ (default:
 *                                              this folder, as the request names it)
 *   B24_APP_DATA                               /var/lib/crest-app (tokens/ and deals/ inside)
 *   B24_APP_OAUTH_SERVER, B24_APP_CA_FILE      only for a test portal (the emulator)
 */

declare(strict_types=1);

function app_setting(string $name, ?string $default = null): ?string
{
    $value = getenv($name);
    return $value === false || $value === '' ? $default : $value;
}

/** The folder of the app's data, made on first use (mode 0700: tokens are inside). */
function app_data(string $sub): string
{
    $dir = app_setting('B24_APP_DATA', dirname(__DIR__) . '/crest-app-data') . '/' . $sub;
    if (!is_dir($dir) && !mkdir($dir, 0700, true) && !is_dir($dir)) {
        throw new RuntimeException("cannot make $dir");
    }
    return $dir;
}

/** Client settings shared by the app and the clients it makes. @return array<string, string> */
function app_config(): array
{
    $config = [
        'client_id' => (string)app_setting('B24_APP_CLIENT_ID'),
        'client_secret' => (string)app_setting('B24_APP_CLIENT_SECRET'),
    ];
    foreach (['oauth_server' => 'B24_APP_OAUTH_SERVER', 'ca_file' => 'B24_APP_CA_FILE'] as $key => $name) {
        if (app_setting($name) !== null) {
            $config[$key] = app_setting($name);
        }
    }
    return $config;
}

function app_store(): B24FileTokenStore
{
    return new B24FileTokenStore(app_data('tokens'));
}

function app(): B24App
{
    return new B24App(app_config() + ['store' => app_store()]);
}

/** The installer's client for one portal: its tokens, refreshed and written back in the store. */
function app_client(string $memberId): B24Client
{
    return new B24Client(app_config() + ['store' => app_store(), 'member_id' => $memberId]);
}

/**
 * The public URL of a page of this app: B24_APP_URL, or else the folder of the
 * page being served, as the portal asked for it (behind a proxy, set B24_APP_URL).
 */
function app_url(string $page): string
{
    $base = app_setting('B24_APP_URL');
    if ($base === null) {
        $scheme = ($_SERVER['HTTPS'] ?? '') !== '' && $_SERVER['HTTPS'] !== 'off' ? 'https' : 'http';
        $base = $scheme . '://' . $_SERVER['HTTP_HOST'] . dirname($_SERVER['SCRIPT_NAME']);
    }
    return rtrim($base, '/') . '/' . $page;
}

function html(string $text): string
{
    return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}
