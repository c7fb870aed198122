<?php

declare(strict_types=1);

namespace B24Emu\Http;

/** Text fields of a multipart/form-data body, nested with PHP's bracket rules. Files are read as their content. */
final class MultipartParser
{
    /** @return array<mixed> */
    public static function parse(string $contentType, string $body): array
    {
        if (!preg_match('/boundary="?([^";]+)"?/i', $contentType, $m)) {
            return [];
        }
        $pairs = [];
        foreach (explode('--' . $m[1], $body) as $part) {
            $pair = self::field($part);
            if ($pair !== null) {
                $pairs[] = rawurlencode($pair[0]) . '=' . rawurlencode($pair[1]);
            }
        }
        return BodyParser::parseForm(implode('&', $pairs));
    }

    /** @return array{0: string, 1: string}|null */
    private static function field(string $part): ?array
    {
        $split = strpos($part, "\r\n\r\n");
        if ($split === false) {
            return null;
        }
        $head = substr($part, 0, $split);
        if (!preg_match('/name="([^"]*)"/i', $head, $m)) {
            return null;
        }
        $value = substr($part, $split + 4);
        if (str_ends_with($value, "\r\n")) {
            $value = substr($value, 0, -2);
        }
        return [$m[1], $value];
    }
}
