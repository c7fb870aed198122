<?php

declare(strict_types=1);

namespace B24Emu\Log;

use B24Emu\Http\Request;
use B24Emu\Http\Response;
use B24Emu\Runtime\Settings;
use B24Emu\Storage\Database;
use PDO;

/** Every REST and OAuth request with its raw body (byte for byte), parsed parameters, identity and answer. */
final class RequestLog
{
    private const MAX_STORED_RESPONSE = 4194304;

    /** @param array<mixed> $params @param array<string, mixed>|null $identity */
    public static function record(
        Request $request,
        string $restMethod,
        array $params,
        ?array $identity,
        Response $response,
        string $fault,
    ): void {
        if (!Settings::bool('log_enabled')) {
            return;
        }
        $stmt = Database::pdo()->prepare(
            'INSERT INTO request_log (at, origin, http_method, path, query, headers, body, params, rest_method, identity,
             status, response_headers, response_body, fault, connection, duration)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        $values = [
            $request->startedAt, $request->origin, $request->method, $request->path, $request->query,
            self::json($request->headers), $request->body, self::json($params), $restMethod,
            self::json($identity), $response->status, self::json($response->headers),
            substr($response->body, 0, self::MAX_STORED_RESPONSE), $fault,
            (string)($_SERVER['EMU_CONNECTION'] ?? ''), microtime(true) - $request->startedAt,
        ];
        foreach ($values as $i => $value) {
            $type = in_array($i, [6, 12], true) ? PDO::PARAM_LOB : (is_int($value) ? PDO::PARAM_INT : PDO::PARAM_STR);
            $stmt->bindValue($i + 1, $value, $type);
        }
        $stmt->execute();
        self::prune(Database::lastId());
    }

    private static function prune(int $lastId): void
    {
        if ($lastId % 500 === 0) {
            Database::run('DELETE FROM request_log WHERE id <= ?', [$lastId - Settings::int('log_keep')]);
        }
    }

    private static function json(mixed $value): string
    {
        $text = json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
        return $text === false ? 'null' : $text;
    }
}
