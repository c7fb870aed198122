<?php

declare(strict_types=1);

namespace B24Emu\Log;

use B24Emu\Storage\Database;

/** Reads the request log for the control API. */
final class LogReader
{
    /** @param array<string, string> $filter after, limit, method, origin @return list<array<string, mixed>> */
    public static function entries(array $filter): array
    {
        $where = ['id > ?'];
        $args = [(int)($filter['after'] ?? 0)];
        if (($filter['method'] ?? '') !== '') {
            $where[] = 'rest_method = ?';
            $args[] = strtolower($filter['method']);
        }
        if (($filter['origin'] ?? '') !== '') {
            $where[] = 'origin = ?';
            $args[] = $filter['origin'];
        }
        $limit = max(1, min(1000, (int)($filter['limit'] ?? 100)));
        $order = ($filter['order'] ?? 'asc') === 'desc' ? 'DESC' : 'ASC';
        $rows = Database::rows('SELECT * FROM request_log WHERE ' . implode(' AND ', $where) . " ORDER BY id $order LIMIT $limit", $args);
        return array_map([self::class, 'present'], $rows);
    }

    /** @return array<string, mixed>|null */
    public static function entry(int $id): ?array
    {
        $row = Database::row('SELECT * FROM request_log WHERE id = ?', [$id]);
        return $row === null ? null : self::present($row);
    }

    public static function rawField(int $id, string $field): ?string
    {
        $row = Database::row("SELECT $field AS raw FROM request_log WHERE id = ?", [$id]);
        return $row === null ? null : (string)$row['raw'];
    }

    public static function lastId(): int
    {
        return (int)(Database::row('SELECT MAX(id) AS id FROM request_log')['id'] ?? 0);
    }

    public static function clear(): int
    {
        return Database::run('DELETE FROM request_log');
    }

    /** @param array<string, mixed> $row @return array<string, mixed> */
    private static function present(array $row): array
    {
        $body = (string)$row['body'];
        $responseBody = (string)$row['response_body'];
        return [
            'id' => (int)$row['id'],
            'at' => (float)$row['at'],
            'origin' => $row['origin'],
            'http_method' => $row['http_method'],
            'path' => $row['path'],
            'query' => $row['query'],
            'headers' => json_decode((string)$row['headers'], true),
            'body' => mb_check_encoding($body, 'UTF-8') ? $body : null,
            'body_base64' => base64_encode($body),
            'body_length' => strlen($body),
            'params' => json_decode((string)$row['params'], true),
            'rest_method' => $row['rest_method'],
            'identity' => json_decode((string)$row['identity'], true),
            'status' => (int)$row['status'],
            'response_headers' => json_decode((string)$row['response_headers'], true),
            'response_body' => mb_check_encoding($responseBody, 'UTF-8') ? $responseBody : null,
            'response_body_base64' => base64_encode($responseBody),
            'fault' => $row['fault'],
            'connection' => $row['connection'],
            'duration' => (float)$row['duration'],
        ];
    }
}
