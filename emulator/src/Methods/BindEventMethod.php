<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Catalog\EventCatalog;
use B24Emu\Rest\ApiError;
use B24Emu\Rest\CallContext;
use B24Emu\Rest\MethodSpec;
use B24Emu\Rest\Result;
use B24Emu\Runtime\Settings;
use B24Emu\Storage\Database;

/**
 * placement.bindEvent. In mode `current` (default) it does not exist, as on real portals today
 * (ERROR_METHOD_NOT_FOUND). In mode `documented` it behaves as the retracted documentation said:
 * PLACEMENT = an interface-event name, HANDLER = a URL, application context, answers true; the
 * binding is stored and can be read back with GET /_emu/bindings (`interface_events`).
 */
final class BindEventMethod
{
    public const METHOD = 'placement.bindevent';

    /** @return array<string, MethodSpec> */
    public static function methods(): array
    {
        return [self::METHOD => new MethodSpec('placement', self::bind(...))];
    }

    public static function visible(string $method): bool
    {
        return $method !== self::METHOD || Settings::get('bindevent_mode') === 'documented';
    }

    private static function bind(CallContext $call): Result
    {
        $call->requireApp();
        $p = $call->upperParams();
        $event = is_string($p['PLACEMENT'] ?? null) ? trim($p['PLACEMENT']) : '';
        $handler = is_string($p['HANDLER'] ?? null) ? trim($p['HANDLER']) : '';
        foreach (['PLACEMENT' => $event, 'HANDLER' => $handler] as $name => $value) {
            if ($value === '') {
                throw ApiError::of('ERROR_ARGUMENT', "Argument '$name' is null or empty", null, ['argument' => $name]);
            }
        }
        if (!EventCatalog::isInterfaceEvent($event, true)) {
            throw ApiError::of('ERROR_EVENT_NOT_FOUND');
        }
        HandlerUrl::check($handler);
        $exists = Database::row('SELECT id FROM interface_bindings WHERE event = ? AND handler = ?', [$event, $handler]);
        if ($exists === null) {
            Database::run(
                'INSERT INTO interface_bindings (event, handler, user_id, created_at) VALUES (?, ?, ?, ?)',
                [$event, $handler, $call->identity->userId, microtime(true)],
            );
        }
        return new Result(true);
    }
}
