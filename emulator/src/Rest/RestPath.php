<?php

declare(strict_types=1);

namespace B24Emu\Rest;

/**
 * A /rest/ URL path taken apart: /rest/<user_id>/<code>/<method>[.json|.xml][/] (webhook) or
 * /rest/<method>[.json|.xml][/] (application). Method names are case-insensitive.
 */
final class RestPath
{
    private function __construct(
        public readonly string $method,
        public readonly ?int $webhookUser,
        public readonly ?string $webhookCode,
    ) {
    }

    public static function parse(string $path): ?self
    {
        if (!preg_match('#^/rest/(.*)$#', $path, $m)) {
            return null;
        }
        $parts = explode('/', rtrim($m[1], '/'));
        if (count($parts) === 3 && ctype_digit($parts[0])) {
            return new self(self::methodName($parts[2]), (int)$parts[0], $parts[1]);
        }
        return new self(self::methodName(implode('/', $parts)), null, null);
    }

    private static function methodName(string $segment): string
    {
        return strtolower((string)preg_replace('/\.(json|xml)$/i', '', $segment));
    }

    public function isWebhook(): bool
    {
        return $this->webhookCode !== null;
    }
}
