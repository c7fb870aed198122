<?php

declare(strict_types=1);

namespace B24Emu\Http;

/** One incoming HTTP request, exactly as received (raw body kept byte for byte). */
final class Request
{
    /** @param array<string, string> $headers lower-cased names */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly string $query,
        public readonly array $headers,
        public readonly string $body,
        public readonly bool $https,
        public readonly string $origin,
        public readonly string $remoteAddr,
        public readonly float $startedAt,
    ) {
    }

    public static function fromGlobals(string $origin): self
    {
        $uri = (string)($_SERVER['REQUEST_URI'] ?? '/');
        $path = (string)parse_url('http://x' . $uri, PHP_URL_PATH);
        $https = ($_SERVER['HTTPS'] ?? '') !== '' && ($_SERVER['HTTPS'] ?? '') !== 'off';
        return new self(
            strtoupper((string)($_SERVER['REQUEST_METHOD'] ?? 'GET')),
            rawurldecode($path),
            (string)($_SERVER['QUERY_STRING'] ?? ''),
            self::headersFromServer($_SERVER),
            (string)file_get_contents('php://input'),
            $https,
            $origin,
            (string)($_SERVER['REMOTE_ADDR'] ?? '127.0.0.1'),
            (float)($_SERVER['REQUEST_TIME_FLOAT'] ?? microtime(true)),
        );
    }

    /** @param array<string, mixed> $server @return array<string, string> */
    private static function headersFromServer(array $server): array
    {
        $headers = [];
        foreach ($server as $key => $value) {
            if (str_starts_with((string)$key, 'HTTP_')) {
                $name = strtolower(str_replace('_', '-', substr((string)$key, 5)));
                $headers[$name] = (string)$value;
            }
        }
        foreach (['CONTENT_TYPE' => 'content-type', 'CONTENT_LENGTH' => 'content-length'] as $key => $name) {
            if (isset($server[$key]) && $server[$key] !== '') {
                $headers[$name] = (string)$server[$key];
            }
        }
        ksort($headers);
        return $headers;
    }

    public function header(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    /** Query parameters with PHP's bracket nesting. @return array<mixed> */
    public function queryParams(): array
    {
        return BodyParser::parseForm($this->query);
    }

    /** Query and body merged as the portal reads them (body wins, like $_REQUEST with GP). @return array<mixed> */
    public function params(): array
    {
        return array_replace($this->queryParams(), BodyParser::parse($this->header('content-type'), $this->body));
    }
}
