<?php

declare(strict_types=1);

namespace B24Emu\Storage;

use B24Emu\Runtime\Paths;
use PDO;

/**
 * The shared SQLite state: WAL journal and a busy timeout so concurrent workers can share it.
 * Connections are persistent per php-fpm worker: closing the last connection to a WAL database
 * checkpoints it with an fsync, which would cost every request several milliseconds.
 */
final class Database
{
    private static ?PDO $pdo = null;

    public static function pdo(): PDO
    {
        if (self::$pdo === null) {
            self::$pdo = self::open(Paths::database());
            self::endStaleTransaction(self::$pdo);
        }
        return self::$pdo;
    }

    public static function open(string $file): PDO
    {
        $pdo = new PDO('sqlite:' . $file, null, null, [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            PDO::ATTR_TIMEOUT => 15,
            PDO::ATTR_PERSISTENT => PHP_SAPI !== 'cli',
        ]);
        $pdo->exec('PRAGMA busy_timeout = 15000');
        $pdo->exec('PRAGMA journal_mode = WAL');
        $pdo->exec('PRAGMA synchronous = NORMAL');
        return $pdo;
    }

    /** Drops this process's connection (before the database file is replaced). */
    public static function close(): void
    {
        self::$pdo = null;
    }

    /** A persistent connection may come from a request that died inside BEGIN ... COMMIT. */
    private static function endStaleTransaction(PDO $pdo): void
    {
        try {
            $pdo->exec('ROLLBACK');
        } catch (\PDOException) {
            // no transaction was open: the normal case
        }
    }

    /**
     * Runs $work inside BEGIN IMMEDIATE, so read-modify-write sequences (bucket, faults, tokens)
     * are atomic across workers.
     *
     * @template T
     * @param callable(PDO): T $work
     * @return T
     */
    public static function transaction(callable $work): mixed
    {
        $pdo = self::pdo();
        $pdo->exec('BEGIN IMMEDIATE');
        try {
            $result = $work($pdo);
            $pdo->exec('COMMIT');
            return $result;
        } catch (\Throwable $e) {
            $pdo->exec('ROLLBACK');
            throw $e;
        }
    }

    /** @param array<int|string, mixed> $args @return list<array<string, mixed>> */
    public static function rows(string $sql, array $args = []): array
    {
        $stmt = self::pdo()->prepare($sql);
        $stmt->execute($args);
        return $stmt->fetchAll();
    }

    /** @param array<int|string, mixed> $args @return array<string, mixed>|null */
    public static function row(string $sql, array $args = []): ?array
    {
        $rows = self::rows($sql, $args);
        return $rows[0] ?? null;
    }

    /** @param array<int|string, mixed> $args */
    public static function run(string $sql, array $args = []): int
    {
        $stmt = self::pdo()->prepare($sql);
        $stmt->execute($args);
        return $stmt->rowCount();
    }

    public static function lastId(): int
    {
        return (int)self::pdo()->lastInsertId();
    }
}
