<?php

declare(strict_types=1);

namespace B24Emu\Rest;

/** One REST method: its scope and its handler. */
final class MethodSpec
{
    /** @param \Closure(CallContext): Result $handler */
    public function __construct(
        public readonly string $scope,
        public readonly \Closure $handler,
    ) {
    }
}
