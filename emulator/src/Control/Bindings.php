<?php

declare(strict_types=1);

namespace B24Emu\Control;

use B24Emu\Methods\EventStore;
use B24Emu\Methods\PlacementStore;
use B24Emu\Storage\Database;

/** Everything the application has bound: placements, REST event handlers, interface-event bindings. */
final class Bindings
{
    /** @return array<string, mixed> */
    public static function all(): array
    {
        return [
            'placements' => PlacementStore::all(),
            'events' => EventStore::list(null),
            'interface_events' => Database::rows('SELECT id, event, handler, user_id FROM interface_bindings ORDER BY id'),
        ];
    }
}
