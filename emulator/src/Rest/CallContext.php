<?php

declare(strict_types=1);

namespace B24Emu\Rest;

use B24Emu\Auth\Identity;

/** Everything a method handler sees: who calls, the parameters, and whether it runs inside a batch. */
final class CallContext
{
    /** @param array<mixed> $params */
    public function __construct(
        public readonly string $method,
        public readonly array $params,
        public readonly Identity $identity,
        public readonly Dispatcher $dispatcher,
        public readonly bool $inBatch,
    ) {
    }

    /** A parameter looked up case-insensitively, as the portal does for most methods. */
    public function param(string $name, mixed $default = null): mixed
    {
        if (array_key_exists($name, $this->params)) {
            return $this->params[$name];
        }
        foreach ($this->params as $key => $value) {
            if (strcasecmp((string)$key, $name) === 0) {
                return $value;
            }
        }
        return $default;
    }

    /** @return array<mixed> */
    public function arrayParam(string $name): array
    {
        $value = $this->param($name, []);
        return is_array($value) ? $value : [];
    }

    /** Upper-cased parameter names (placement.* reads them this way). @return array<string, mixed> */
    public function upperParams(): array
    {
        return array_change_key_case($this->params, CASE_UPPER);
    }

    public function requireApp(): void
    {
        if (!$this->identity->isApp()) {
            throw ApiError::of('WRONG_AUTH_TYPE');
        }
    }

    public function requireAdmin(): void
    {
        if (!$this->identity->admin) {
            throw ApiError::of('ACCESS_DENIED', 'Access denied!');
        }
    }
}
