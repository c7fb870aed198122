<?php

declare(strict_types=1);

namespace B24Emu\Http;

/**
 * An answer to send. Besides status, headers and body it can carry a transport action that the
 * emitter performs instead of a normal answer (close the connection, truncate, trickle slowly).
 */
final class Response
{
    public const ACTION_NONE = '';
    public const ACTION_CLOSE_BEFORE_HEADERS = 'close_before_headers';
    public const ACTION_CLOSE_AFTER_HEADERS = 'close_after_headers';
    public const ACTION_TRUNCATE = 'truncate';

    /** @param array<string, string> $headers */
    public function __construct(
        public int $status,
        public array $headers,
        public string $body,
        public string $action = self::ACTION_NONE,
        public int $delayMs = 0,
        public string $note = '',
    ) {
    }

    public static function json(int $status, mixed $data): self
    {
        $body = json_encode($data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION);
        return new self($status, ['Content-Type' => 'application/json; charset=utf-8'], (string)$body);
    }

    public static function text(int $status, string $contentType, string $body): self
    {
        return new self($status, ['Content-Type' => $contentType], $body);
    }
}
