<?php

declare(strict_types=1);

namespace B24Emu\Control;

use B24Emu\Storage\Database;

/** Everything the application has bound: placements, REST event handlers, interface-event bindings. */
final class Bindings
{
    /** @return array<string, mixed> */
    public static function all(): array
    {
        return [
            'placements' => Database::rows('SELECT id, placement, handler, user_id, title, description, options FROM placements ORDER BY id'),
            'events' => Database::rows('SELECT id, event, handler, auth_type, offline, owner_id FROM event_handlers ORDER BY id'),
            'interface_events' => Database::rows('SELECT id, event, handler, user_id FROM interface_bindings ORDER BY id'),
        ];
    }
}
