<?php

declare(strict_types=1);

namespace B24Emu\Control;

use B24Emu\Auth\Portals;
use B24Emu\Auth\TokenStore;
use B24Emu\Auth\Users;
use B24Emu\Runtime\RunConfig;
use B24Emu\Storage\Database;

/**
 * What the portal sends to an application's handlers: REST events (form-encoded, with the `auth`
 * block and application_token) and placement (widget) requests (query DOMAIN/PROTOCOL/LANG/APP_SID,
 * body AUTH_ID/REFRESH_ID/.../PLACEMENT_OPTIONS as a JSON string). Sent on demand through the
 * control API, to loopback handlers only.
 */
final class Deliveries
{
    private const TIMEOUT = 10.0;
    private const TOKEN_EVENTS = ['ONAPPINSTALL', 'ONOFFLINEEVENT'];
    /** Events that never carry OAuth tokens (rest-protocol.md 8.6 c). */
    private const TOKENLESS_EVENTS = ['ONAPPUNINSTALL'];

    /** @param array<mixed> $input @return array<string, mixed> */
    public static function event(array $input): array
    {
        $event = strtoupper((string)($input['event'] ?? ''));
        if ($event === '') {
            throw new \InvalidArgumentException('event is required');
        }
        $targets = isset($input['handler'])
            ? [['id' => 0, 'handler' => (string)$input['handler']]]
            : Database::rows('SELECT id, handler FROM event_handlers WHERE event = ? AND offline = 0 ORDER BY id', [$event]);
        $deliveries = [];
        foreach ($targets as $target) {
            $body = http_build_query(self::eventPayload($event, (int)$target['id'], $input));
            $deliveries[] = LoopbackPost::send((string)$target['handler'], $body, self::TIMEOUT) + ['request_body' => $body];
        }
        return ['deliveries' => $deliveries];
    }

    /** @param array<mixed> $input @return array<string, mixed> */
    private static function eventPayload(string $event, int $handlerId, array $input): array
    {
        $config = RunConfig::get();
        $portal = (string)($input['portal'] ?? Portals::MAIN);
        $site = Portals::get($portal);
        $auth = [
            'domain' => $site['domain'],
            'client_endpoint' => $site['client_endpoint'],
            'server_endpoint' => $config->serverEndpoint(),
            'member_id' => $site['member_id'],
            'application_token' => (string)($input['application_token'] ?? $site['application_token']),
            'status' => 'L',
            'scope' => $config->string('app_scope'),
        ];
        if ($event === 'ONAPPUNINSTALL') {
            unset($auth['status'], $auth['scope']);
        }
        if (!in_array($event, self::TOKENLESS_EVENTS, true) && filter_var($input['with_tokens'] ?? true, FILTER_VALIDATE_BOOLEAN)) {
            $pair = TokenStore::issue(self::userId($input), $config->string('app_scope'), null, $portal);
            $auth = ['access_token' => $pair['access_token'], 'expires_in' => (string)$pair['expires_in']] + $auth;
            if (in_array($event, self::TOKEN_EVENTS, true)) {
                $auth['refresh_token'] = $pair['refresh_token'];
            }
        }
        return [
            'event' => $event,
            'event_handler_id' => (string)$handlerId,
            'data' => is_array($input['data'] ?? null) ? $input['data'] : [],
            'ts' => (string)time(),
            'auth' => $auth,
        ];
    }

    /** @param array<mixed> $input @return array<string, mixed> */
    public static function placement(array $input): array
    {
        $placement = strtoupper((string)($input['placement'] ?? ''));
        if ($placement === '') {
            throw new \InvalidArgumentException('placement is required');
        }
        $targets = isset($input['handler'])
            ? [(string)$input['handler']]
            : array_column(Database::rows('SELECT handler FROM placements WHERE placement = ? ORDER BY id', [$placement]), 'handler');
        $deliveries = [];
        foreach ($targets as $handler) {
            [$query, $body] = self::widgetRequest($placement, $input);
            $url = $handler . (str_contains($handler, '?') ? '&' : '?') . http_build_query($query);
            $deliveries[] = LoopbackPost::send($url, http_build_query($body), self::TIMEOUT) + ['request_body' => http_build_query($body)];
        }
        return ['deliveries' => $deliveries];
    }

    /** @param array<mixed> $input @return array{0: array<string, string>, 1: array<string, string>} */
    private static function widgetRequest(string $placement, array $input): array
    {
        $config = RunConfig::get();
        $pair = TokenStore::issue(self::userId($input), $config->string('app_scope'));
        $options = is_array($input['options'] ?? null) ? $input['options'] : [];
        $query = [
            'DOMAIN' => $config->domain('portal'),
            'PROTOCOL' => '1',
            'LANG' => (string)($input['lang'] ?? 'en'),
            'APP_SID' => bin2hex(random_bytes(16)),
        ];
        $body = [
            'AUTH_ID' => $pair['access_token'],
            'AUTH_EXPIRES' => (string)$pair['expires_in'],
            'REFRESH_ID' => $pair['refresh_token'],
            'SERVER_ENDPOINT' => $config->serverEndpoint(),
            'APPLICATION_TOKEN' => (string)($input['application_token'] ?? $config->string('application_token')),
            'APPLICATION_SCOPE' => $config->string('app_scope'),
            'member_id' => $config->string('member_id'),
            'status' => 'L',
            'PLACEMENT' => $placement,
            'PLACEMENT_OPTIONS' => (string)json_encode($options === [] ? new \stdClass() : $options, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE),
        ];
        return [$query, $body];
    }

    /** @param array<mixed> $input */
    private static function userId(array $input): int
    {
        $userId = (int)($input['user_id'] ?? 1);
        if (Users::find($userId) === null) {
            throw new \InvalidArgumentException("no such user: $userId");
        }
        return $userId;
    }
}
