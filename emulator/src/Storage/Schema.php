<?php

declare(strict_types=1);

namespace B24Emu\Storage;

use B24Emu\Crm\EntityType;
use PDO;

/** Tables of the emulator's state. */
final class Schema
{
    private const TABLES = [
        'settings' => 'name TEXT PRIMARY KEY, value TEXT NOT NULL',
        'users' => 'id INTEGER PRIMARY KEY, name TEXT, last_name TEXT, email TEXT, admin INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1',
        'webhooks' => 'code TEXT PRIMARY KEY, user_id INTEGER NOT NULL, scope TEXT NOT NULL',
        'access_tokens' => "token TEXT PRIMARY KEY, user_id INTEGER NOT NULL, scope TEXT NOT NULL, issued_at REAL NOT NULL, expires_at REAL NOT NULL, portal TEXT NOT NULL DEFAULT 'main', client_id TEXT NOT NULL DEFAULT ''",
        'refresh_tokens' => "token TEXT PRIMARY KEY, user_id INTEGER NOT NULL, scope TEXT NOT NULL, issued_at REAL NOT NULL, expires_at REAL NOT NULL, spent_at REAL, portal TEXT NOT NULL DEFAULT 'main', client_id TEXT NOT NULL DEFAULT ''",
        'bucket' => 'name TEXT PRIMARY KEY, level REAL NOT NULL, updated_at REAL NOT NULL',
        'operating' => 'method TEXT NOT NULL, identity TEXT NOT NULL, minute INTEGER NOT NULL, seconds REAL NOT NULL, PRIMARY KEY (method, identity, minute)',
        'faults' => 'id INTEGER PRIMARY KEY, kind TEXT NOT NULL, method TEXT NOT NULL, remaining INTEGER NOT NULL, params TEXT NOT NULL, created_at REAL NOT NULL',
        'placements' => 'id INTEGER PRIMARY KEY, placement TEXT NOT NULL, handler TEXT NOT NULL, user_id INTEGER NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, group_name TEXT NOT NULL, lang_all TEXT NOT NULL, options TEXT NOT NULL',
        'event_handlers' => 'id INTEGER PRIMARY KEY, event TEXT NOT NULL, handler TEXT NOT NULL, auth_type INTEGER NOT NULL, offline INTEGER NOT NULL, owner_id INTEGER NOT NULL, connector TEXT NOT NULL, options TEXT NOT NULL',
        'interface_bindings' => 'id INTEGER PRIMARY KEY, event TEXT NOT NULL, handler TEXT NOT NULL, user_id INTEGER NOT NULL, created_at REAL NOT NULL',
        'request_log' => 'id INTEGER PRIMARY KEY, at REAL NOT NULL, origin TEXT NOT NULL, http_method TEXT NOT NULL, path TEXT NOT NULL, query TEXT NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL, params TEXT NOT NULL, rest_method TEXT NOT NULL, identity TEXT NOT NULL, status INTEGER NOT NULL, response_headers TEXT NOT NULL, response_body BLOB NOT NULL, fault TEXT NOT NULL, connection TEXT NOT NULL, duration REAL NOT NULL',
    ];

    public static function create(PDO $pdo, bool $withLog = true): void
    {
        foreach (self::TABLES as $name => $columns) {
            if ($name === 'request_log' && !$withLog) {
                continue;
            }
            $pdo->exec("DROP TABLE IF EXISTS $name");
            $pdo->exec("CREATE TABLE $name ($columns)");
        }
        foreach (EntityType::stored() as $type) {
            $pdo->exec('DROP TABLE IF EXISTS ' . $type->table);
            $pdo->exec($type->createSql());
        }
    }
}
