<?php

declare(strict_types=1);

namespace B24Emu\Control;

use B24Emu\Http\Response;
use B24Emu\Log\LogReader;

/** /_emu/log routes: a filtered list, one entry, and its raw request or response body. */
final class LogRoutes
{
    /** @param array<mixed> $input */
    public static function list(array $input): Response
    {
        $filter = array_map('strval', array_filter($input, 'is_scalar'));
        return Response::json(200, ['entries' => LogReader::entries($filter), 'last_id' => LogReader::lastId()]);
    }

    public static function one(int $id, string $part): Response
    {
        if ($part === '') {
            $entry = LogReader::entry($id);
            return $entry === null ? self::missing($id) : Response::json(200, $entry);
        }
        $raw = LogReader::rawField($id, $part === 'body' ? 'body' : 'response_body');
        return $raw === null ? self::missing($id) : Response::text(200, 'application/octet-stream', $raw);
    }

    private static function missing(int $id): Response
    {
        return Response::json(404, ['error' => 'not_found', 'error_description' => "no log entry $id"]);
    }
}
