<?php

declare(strict_types=1);

namespace B24Emu\Http;

/** Decodes request bodies the way the portal reads them: PHP form nesting or a JSON object. */
final class BodyParser
{
    /** @return array<mixed> */
    public static function parse(string $contentType, string $body): array
    {
        if ($body === '') {
            return [];
        }
        $type = strtolower(trim(explode(';', $contentType)[0]));
        if ($type === 'application/json' || ($type === '' && self::looksLikeJson($body))) {
            $decoded = json_decode($body, true);
            return is_array($decoded) ? $decoded : [];
        }
        if ($type === 'multipart/form-data') {
            return MultipartParser::parse($contentType, $body);
        }
        return self::parseForm($body);
    }

    /** @return array<mixed> */
    public static function parseForm(string $encoded): array
    {
        if ($encoded === '') {
            return [];
        }
        $result = [];
        parse_str($encoded, $result);
        return $result;
    }

    private static function looksLikeJson(string $body): bool
    {
        $first = ltrim($body)[0] ?? '';
        return $first === '{';
    }
}
