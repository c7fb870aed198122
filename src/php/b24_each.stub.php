<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * The state of one B24Client::each() export: made by each() alone (it cannot be constructed,
 * cloned or serialized) and read by the generator each() returns.
 *
 * @internal
 * @strict-properties
 * @not-serializable
 */
final class B24ListCursor
{
    private function __construct() {}

    /** The items of the next batch request (up to 2,500), or null once the list is over. */
    public function fetch(): ?array {}
}
