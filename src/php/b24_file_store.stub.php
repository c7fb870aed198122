<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * Token sets of many portals in one folder: one file per portal, "<dir>/<member_id>.json", in
 * CRest's settings.json format, each locked (flock on "<member_id>.json.lock"), written
 * atomically (temporary file, fsync, rename; in place under the lock when the folder takes no
 * temporary file) and mode 0600. Keeps the keys of CRest's settings.json and drops others.
 * A member_id is 1 to 64 of A-Z a-z 0-9 _ - (Bitrix24's are 32 hex digits): anything else is a
 * ValueError, so no member_id reaches another path.
 */
final class B24FileTokenStore implements B24TokenStore
{
    /** $dir: an existing folder (ValueError otherwise). */
    public function __construct(string $dir) {}

    public function load(string $memberId): ?array {}

    public function save(string $memberId, #[\SensitiveParameter] array $tokens): void {}

    public function delete(string $memberId): void {}

    public function lock(string $memberId, float $timeout): bool {}

    public function unlock(string $memberId): void {}
}
