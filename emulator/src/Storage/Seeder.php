<?php

declare(strict_types=1);

namespace B24Emu\Storage;

use B24Emu\Crm\EntityType;
use B24Emu\Runtime\RunConfig;
use PDO;

/** Deterministic seed data: users, webhooks, 10,000 deals, 2,000 contacts and 500 tasks, written in one transaction. */
final class Seeder
{
    public const DEALS = 10000;
    public const CONTACTS = 2000;
    public const TASKS = 500;
    private const BASE_TIME = 1767225600; // 2026-01-01T00:00:00Z
    private const STAGES = ['NEW', 'PREPARATION', 'PREPAYMENT_INVOICE', 'EXECUTING', 'FINAL_INVOICE', 'WON', 'LOSE'];
    private const CURRENCIES = ['USD', 'EUR', 'RUB'];
    private const NAMES = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Felix', 'Galina', 'Hugo', 'Irina', 'Jan'];
    private const LAST_NAMES = ['Ivanova', 'Petrov', 'Schmidt', 'Novak', 'Kowalski', 'Berg', 'Moreau', 'Rossi'];

    public static function seed(PDO $pdo, RunConfig $config): void
    {
        $pdo->exec('BEGIN IMMEDIATE');
        self::users($pdo);
        self::webhooks($pdo, $config);
        self::contacts($pdo);
        self::deals($pdo, 1, self::DEALS);
        self::tasks($pdo);
        $pdo->exec('COMMIT');
    }

    /** Adds the deals after the last one up to $count in all, the same rows the seed would have made. */
    public static function growDeals(PDO $pdo, int $count): int
    {
        $pdo->exec('BEGIN IMMEDIATE');
        $last = (int)$pdo->query('SELECT MAX(ID) FROM deals')->fetchColumn();
        self::deals($pdo, $last + 1, $count);
        $pdo->exec('COMMIT');
        return max($last, $count);
    }

    private static function users(PDO $pdo): void
    {
        $stmt = $pdo->prepare('INSERT INTO users (id, name, last_name, email, admin) VALUES (?, ?, ?, ?, ?)');
        $stmt->execute([1, 'Admin', 'Portal', 'admin@example.test', 1]);
        $stmt->execute([2, 'Regular', 'User', 'user@example.test', 0]);
        $stmt->execute([3, 'Second', 'User', 'user3@example.test', 0]);
    }

    private static function webhooks(PDO $pdo, RunConfig $config): void
    {
        $stmt = $pdo->prepare('INSERT INTO webhooks (code, user_id, scope) VALUES (?, ?, ?)');
        foreach ($config->array('webhooks') as $hook) {
            $stmt->execute([(string)$hook['code'], (int)$hook['user_id'], (string)$hook['scope']]);
        }
    }

    private static function deals(PDO $pdo, int $from, int $to): void
    {
        $type = EntityType::deal();
        $stmt = self::insert($pdo, $type);
        for ($i = $from; $i <= $to; $i++) {
            $created = self::BASE_TIME + $i * 600;
            $stage = self::STAGES[$i % count(self::STAGES)];
            $stmt->execute([
                $i, 'Deal #' . $i, $i % 3 === 0 ? 'SERVICE' : 'SALE', $i % 4 === 0 ? 1 : 0, $stage,
                $stage === 'WON' ? 'S' : ($stage === 'LOSE' ? 'F' : 'P'), $i % 10 === 0 ? 'Y' : 'N', ($i * 7) % 101,
                self::CURRENCIES[$i % 3], ($i * 37) % 100000 + 0.5 * ($i % 2), 0, ($i % 50) + 1, ($i % self::CONTACTS) + 1,
                self::iso($created), self::iso($created + 86400 * 30), 'Y', in_array($stage, ['WON', 'LOSE'], true) ? 'Y' : 'N',
                'Seeded deal ' . $i, ($i % 3) + 1, 1, 1, self::iso($created), self::iso($created + 3600), 'WEB',
            ]);
        }
    }

    private static function contacts(PDO $pdo): void
    {
        $stmt = self::insert($pdo, EntityType::contact());
        for ($i = 1; $i <= self::CONTACTS; $i++) {
            $created = self::BASE_TIME + $i * 1800;
            $stmt->execute([
                $i, self::NAMES[$i % count(self::NAMES)], '', self::LAST_NAMES[$i % count(self::LAST_NAMES)] . ' ' . $i,
                'Manager', 'CLIENT', 'CALL', ($i % 50) + 1, 'Y', 'Y', $i % 2 === 0 ? 'Y' : 'N', 'Y',
                ($i % 3) + 1, 1, 1, self::iso($created), self::iso($created + 60), 'Seeded contact ' . $i,
            ]);
        }
    }

    private static function tasks(PDO $pdo): void
    {
        $stmt = self::insert($pdo, EntityType::task());
        for ($i = 1; $i <= self::TASKS; $i++) {
            $created = self::BASE_TIME + $i * 3600;
            $stmt->execute([
                $i, 'Task #' . $i, 'Seeded task ' . $i, 2 + $i % 4, $i % 3, ($i % 3) + 1, 1,
                self::iso($created), self::iso($created + 86400 * 7), $i % 5,
            ]);
        }
    }

    private static function insert(PDO $pdo, EntityType $type): \PDOStatement
    {
        $fields = array_keys($type->fields);
        $sql = 'INSERT INTO ' . $type->table . ' (' . implode(', ', $fields) . ') VALUES ('
            . implode(', ', array_fill(0, count($fields), '?')) . ')';
        return $pdo->prepare($sql);
    }

    private static function iso(int $time): string
    {
        return date('Y-m-d\TH:i:sP', $time);
    }
}
