<?php

declare(strict_types=1);

namespace B24Emu\Rest;

/** A method's successful answer: `result`, plus `total` and `next` for list methods. */
final class Result
{
    public function __construct(
        public readonly mixed $value,
        public readonly ?int $total = null,
        public readonly ?int $next = null,
    ) {
    }
}
