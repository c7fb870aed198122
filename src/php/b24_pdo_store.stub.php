<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * Token sets of many portals in one table of a PDO database (SQLite, PostgreSQL, MySQL): one row
 * per portal, the set as JSON in one column. The lock is a lease column taken by a conditional
 * UPDATE, so it works across processes and hosts on every driver and a killed holder blocks the
 * portal for at most the lease (120 s). Prepared statements only; the table name is an
 * identifier (ValueError otherwise).
 */
final class B24PdoTokenStore implements B24TokenStore
{
    public function __construct(PDO $pdo, string $table = "b24_tokens") {}

    /** Creates the table when it does not exist (DDL valid on SQLite, PostgreSQL and MySQL). */
    public function createTable(): void {}

    public function load(string $memberId): ?array {}

    public function save(string $memberId, #[\SensitiveParameter] array $tokens): void {}

    public function delete(string $memberId): void {}

    public function lock(string $memberId, float $timeout): bool {}

    public function unlock(string $memberId): void {}
}
