<?php

declare(strict_types=1);

namespace B24Emu\Rest;

use B24Emu\Catalog\ErrorCatalog;
use B24Emu\Http\Response;

/** A portal error answer: {error, error_description} (+ extra keys) with the catalog's HTTP status. */
final class ApiError extends \RuntimeException
{
    /** @param array<string, mixed> $extra */
    public function __construct(
        public readonly string $errorCode,
        public readonly string $description,
        public readonly int $status,
        public readonly array $extra = [],
    ) {
        parent::__construct("$errorCode: $description");
    }

    /** @param array<string, mixed> $extra */
    public static function of(string $code, ?string $description = null, ?int $status = null, array $extra = []): self
    {
        $known = ErrorCatalog::lookup($code);
        return new self($code, $description ?? $known['description'], $status ?? $known['status'], $extra);
    }

    /** @return array<string, mixed> */
    public function body(): array
    {
        return ['error' => $this->errorCode, 'error_description' => $this->description] + $this->extra;
    }

    public function response(): Response
    {
        return Response::json($this->status, $this->body());
    }
}
