<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Catalog\EventCatalog;
use B24Emu\Rest\ApiError;
use B24Emu\Rest\CallContext;
use B24Emu\Rest\MethodSpec;
use B24Emu\Rest\Result;
use B24Emu\Storage\Database;

/**
 * event.bind / event.unbind / event.get / events (placements-and-events.md §8): application
 * context only; a regular user manages only their own online handlers; offline handlers and
 * auth_type of another user need an administrator; interface events are not REST events.
 */
final class EventMethods
{
    /** @return array<string, MethodSpec> */
    public static function methods(): array
    {
        return [
            'event.bind' => new MethodSpec('', self::bind(...)),
            'event.unbind' => new MethodSpec('', self::unbind(...)),
            'event.get' => new MethodSpec('', self::get(...)),
            'events' => new MethodSpec('', self::events(...)),
        ];
    }

    private static function bind(CallContext $call): Result
    {
        $call->requireApp();
        $event = self::restEvent($call);
        $handler = self::handler($call);
        HandlerUrl::check($handler);
        $offline = self::offline($call);
        $authType = (int)$call->param('auth_type', 0);
        if ($offline && !$call->identity->admin) {
            throw ApiError::of('ACCESS_DENIED', 'Access denied! Offline events binding requires administrator access rights');
        }
        if ($authType !== 0 && $authType !== $call->identity->userId && !$call->identity->admin) {
            throw ApiError::of('ACCESS_DENIED', 'Access denied! Event binding with AUTH_TYPE requires administrator access rights');
        }
        $options = json_encode($call->arrayParam('options'), JSON_UNESCAPED_SLASHES) ?: '[]';
        $connector = (string)$call->param('auth_connector', '');
        $owner = $call->identity->userId;
        Database::transaction(static function () use ($event, $handler, $authType, $offline, $owner, $connector, $options): void {
            if (EventStore::exists($event, $handler, $authType, (int)$offline)) {
                throw ApiError::of('ERROR_CORE', 'Unable to set event handler: Handler already binded');
            }
            EventStore::add($event, $handler, $authType, (int)$offline, $owner, $connector, $options);
        });
        return new Result(true);
    }

    private static function unbind(CallContext $call): Result
    {
        $call->requireApp();
        $match = ['event' => strtoupper(self::stringParam($call, 'event')), 'handler' => self::handler($call)];
        if ($call->param('auth_type') !== null) {
            $match['auth_type'] = (int)$call->param('auth_type');
        }
        if ($call->param('event_type') !== null) {
            $match['offline'] = (int)self::offline($call);
        }
        if (!$call->identity->admin) {
            $match['owner_id'] = $call->identity->userId;
        }
        return new Result(['count' => EventStore::remove($match)]);
    }

    private static function get(CallContext $call): Result
    {
        $call->requireApp();
        return new Result(EventStore::list($call->identity->admin ? null : $call->identity->userId));
    }

    private static function events(CallContext $call): Result
    {
        $scope = strtolower((string)$call->param('scope', ''));
        $full = filter_var($call->param('full', false), FILTER_VALIDATE_BOOLEAN);
        $names = [];
        foreach (EventCatalog::restEvents() as $name => $eventScope) {
            $fits = $scope !== '' ? $eventScope === $scope : ($full || $eventScope === '' || $call->identity->hasScope($eventScope));
            if ($fits) {
                $names[] = $name;
            }
        }
        return new Result($names);
    }

    private static function restEvent(CallContext $call): string
    {
        $name = self::stringParam($call, 'event');
        $events = EventCatalog::restEvents();
        $upper = strtoupper($name);
        if ($name === '' || EventCatalog::isInterfaceEvent($name, false) || !isset($events[$upper])
            || ($events[$upper] !== '' && !$call->identity->hasScope($events[$upper]))) {
            throw ApiError::of('ERROR_EVENT_NOT_FOUND');
        }
        return $upper;
    }

    private static function handler(CallContext $call): string
    {
        $handler = self::stringParam($call, 'handler');
        if ($handler === '') {
            throw ApiError::of('ERROR_ARGUMENT', "Argument 'handler' is null or empty", null, ['argument' => 'handler']);
        }
        return $handler;
    }

    private static function offline(CallContext $call): bool
    {
        return strtolower((string)$call->param('event_type', 'online')) === 'offline';
    }

    private static function stringParam(CallContext $call, string $name): string
    {
        $value = $call->param($name, '');
        return is_string($value) ? trim($value) : '';
    }
}
