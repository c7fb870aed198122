<?php

declare(strict_types=1);

namespace B24Emu\Control;

use B24Emu\Auth\Portals;
use B24Emu\Auth\TokenStore;
use B24Emu\Auth\Users;
use B24Emu\Runtime\RunConfig;

/**
 * The two requests with which a portal installs an application, sent to a loopback handler:
 * the ONAPPINSTALL event (form-encoded POST, auth[...] with both tokens) and the app opened with
 * PLACEMENT=DEFAULT (query DOMAIN/PROTOCOL/LANG/APP_SID, body AUTH_ID/REFRESH_ID/...). The tokens
 * are really issued, so app.info and later calls work with them. `forge` makes the request an
 * attacker could send instead; `set` / `unset` change any field (flat names: "auth[member_id]",
 * "AUTH_ID", "DOMAIN").
 */
final class InstallDeliveries
{
    private const TIMEOUT = 20.0;
    public const FORGERIES = ['other_app', 'fake_token', 'http_endpoint', 'foreign_endpoint', 'untrusted_server',
        'wrong_portal', 'missing_field'];

    /** @param array<mixed> $input @return array<string, mixed> */
    public static function deliver(array $input): array
    {
        $handler = (string)($input['handler'] ?? '');
        $form = (string)($input['form'] ?? 'event');
        if ($handler === '' || !in_array($form, ['event', 'placement'], true)) {
            throw new \InvalidArgumentException('handler is required; form is event or placement');
        }
        $forge = (string)($input['forge'] ?? '');
        if ($forge !== '' && !in_array($forge, self::FORGERIES, true)) {
            throw new \InvalidArgumentException("unknown forgery '$forge'; known: " . implode(', ', self::FORGERIES));
        }
        [$query, $body] = $form === 'event' ? [[], self::event($input, $forge)] : self::placement($input, $forge);
        [$query, $body] = self::edit($query, $body, $input, $forge);
        $url = $handler . ($query === [] ? '' : (str_contains($handler, '?') ? '&' : '?') . http_build_query($query));
        $encoded = http_build_query($body);
        return ['deliveries' => [LoopbackPost::send($url, $encoded, self::TIMEOUT) + ['request_body' => $encoded, 'query' => $query]]];
    }

    /** A really issued pair (of another application for other_app), or a token nobody issued. @return array<string, mixed> */
    private static function pair(array $input, string $forge, string $portal): array
    {
        $userId = (int)($input['user_id'] ?? 1);
        if (Users::find($userId) === null) {
            throw new \InvalidArgumentException("no such user: $userId");
        }
        $clientId = $forge === 'other_app' ? Portals::otherClientId() : '';
        $pair = TokenStore::issue($userId, RunConfig::get()->string('app_scope'), null, $portal, $clientId);
        if ($forge === 'fake_token') {
            $pair['access_token'] = bin2hex(random_bytes(35));
        }
        return $pair;
    }

    /** @param array<mixed> $input @return array<string, mixed> */
    private static function event(array $input, string $forge): array
    {
        $config = RunConfig::get();
        $portal = (string)($input['portal'] ?? Portals::MAIN);
        $site = Portals::get($portal);
        $pair = self::pair($input, $forge, $portal);
        return [
            'event' => 'ONAPPINSTALL',
            'data' => ['VERSION' => '1', 'ACTIVE' => 'Y', 'INSTALLED' => 'Y', 'LANGUAGE_ID' => 'en'],
            'ts' => (string)time(),
            'auth' => [
                'access_token' => $pair['access_token'],
                'expires' => (string)$pair['expires'],
                'expires_in' => (string)$pair['expires_in'],
                'scope' => $pair['scope'],
                'domain' => $site['domain'],
                'server_endpoint' => $config->serverEndpoint(),
                'status' => 'L',
                'client_endpoint' => $site['client_endpoint'],
                'member_id' => $site['member_id'],
                'user_id' => (string)$pair['user_id'],
                'refresh_token' => $pair['refresh_token'],
                'application_token' => $site['application_token'],
            ],
        ];
    }

    /** @param array<mixed> $input @return array{0: array<string, string>, 1: array<string, string>} */
    private static function placement(array $input, string $forge): array
    {
        $config = RunConfig::get();
        $portal = (string)($input['portal'] ?? Portals::MAIN);
        $site = Portals::get($portal);
        $pair = self::pair($input, $forge, $portal);
        $query = ['DOMAIN' => $site['domain'], 'PROTOCOL' => '1', 'LANG' => 'en', 'APP_SID' => bin2hex(random_bytes(16))];
        $body = [
            'AUTH_ID' => $pair['access_token'],
            'AUTH_EXPIRES' => (string)$pair['expires_in'],
            'REFRESH_ID' => $pair['refresh_token'],
            'SERVER_ENDPOINT' => $config->serverEndpoint(),
            'member_id' => $site['member_id'],
            'status' => 'L',
            'PLACEMENT' => 'DEFAULT',
            'PLACEMENT_OPTIONS' => '{}',
        ];
        /* newer portals send APPLICATION_TOKEN (placements-and-events.md); older ones do not */
        if (filter_var($input['application_token'] ?? true, FILTER_VALIDATE_BOOLEAN)) {
            $body['APPLICATION_TOKEN'] = $site['application_token'];
            $body['APPLICATION_SCOPE'] = $pair['scope'];
        }
        return [$query, $body];
    }

    /** The forgery's changes, then `set` and `unset`. @return array{0: array<mixed>, 1: array<mixed>} */
    private static function edit(array $query, array $body, array $input, string $forge): array
    {
        $event = $query === [];
        $other = Portals::get(Portals::SECOND);
        $changes = match ($forge) {
            'http_endpoint' => $event ? ['auth[client_endpoint]' => 'http://' . $body['auth']['domain'] . '/rest/'] : ['PROTOCOL' => '0'],
            'foreign_endpoint' => $event ? ['auth[client_endpoint]' => 'https://portal.attacker.example/rest/'] : ['DOMAIN' => 'portal.attacker.example'],
            'untrusted_server' => [($event ? 'auth[server_endpoint]' : 'SERVER_ENDPOINT') => 'https://oauth.attacker.example/rest/'],
            'wrong_portal' => $event
                ? ['auth[member_id]' => $other['member_id'], 'auth[domain]' => $other['domain'], 'auth[client_endpoint]' => $other['client_endpoint']]
                : ['member_id' => $other['member_id'], 'DOMAIN' => $other['domain']],
            default => [],
        };
        $changes = array_replace($changes, is_array($input['set'] ?? null) ? $input['set'] : []);
        $unset = is_array($input['unset'] ?? null) ? $input['unset'] : [];
        if ($forge === 'missing_field') {
            $unset[] = (string)($input['field'] ?? ($event ? 'auth[access_token]' : 'AUTH_ID'));
        }
        foreach ($changes as $name => $value) {
            self::apply($query, $body, (string)$name, (string)$value);
        }
        foreach ($unset as $name) {
            self::apply($query, $body, (string)$name, null);
        }
        return [$query, $body];
    }

    /** Sets (or removes, for null) a flat-named field where it lives: the query or the body. */
    private static function apply(array &$query, array &$body, string $name, ?string $value): void
    {
        if (array_key_exists($name, $query)) {
            if ($value === null) {
                unset($query[$name]);
            } else {
                $query[$name] = $value;
            }
            return;
        }
        $path = preg_split('/[\[\]]+/', $name, -1, PREG_SPLIT_NO_EMPTY) ?: [$name];
        $node = &$body;
        $last = array_pop($path);
        foreach ($path as $part) {
            if (!isset($node[$part]) || !is_array($node[$part])) {
                $node[$part] = [];
            }
            $node = &$node[$part];
        }
        if ($value === null) {
            unset($node[$last]);
        } else {
            $node[$last] = $value;
        }
    }
}
