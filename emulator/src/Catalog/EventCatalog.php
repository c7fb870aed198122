<?php

declare(strict_types=1);

namespace B24Emu\Catalog;

use B24Emu\Runtime\Paths;

/**
 * Event names: interface events from catalog/events.tsv (browser-side, never bindable over REST)
 * and REST events from data/rest-events.tsv.
 */
final class EventCatalog
{
    public static function isInterfaceEvent(string $name, bool $caseSensitive): bool
    {
        foreach (Tsv::read(Paths::catalog('events.tsv')) as $row) {
            $event = $row['event'] ?? '';
            if ($caseSensitive ? $event === $name : strcasecmp($event, $name) === 0) {
                return true;
            }
        }
        return false;
    }

    /** @return array<string, string> upper-case REST event name => scope */
    public static function restEvents(): array
    {
        $events = [];
        foreach (Tsv::read(Paths::data('rest-events.tsv')) as $row) {
            $events[strtoupper($row['event'])] = $row['scope'];
        }
        return $events;
    }
}
