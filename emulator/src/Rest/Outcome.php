<?php

declare(strict_types=1);

namespace B24Emu\Rest;

/** What one method call produced (a Result or an ApiError) and its `time` block. */
final class Outcome
{
    /** @param array<string, mixed> $time */
    public function __construct(
        public readonly ?Result $result,
        public readonly ?ApiError $error,
        public readonly array $time,
    ) {
    }

    /** The top-level envelope of a single call. @return array<string, mixed> */
    public function envelope(): array
    {
        if ($this->error !== null) {
            return $this->error->body();
        }
        $body = ['result' => $this->result?->value];
        if ($this->result?->total !== null) {
            $body['total'] = $this->result->total;
        }
        if ($this->result?->next !== null) {
            $body['next'] = $this->result->next;
        }
        $body['time'] = $this->time;
        return $body;
    }

    public function status(): int
    {
        return $this->error?->status ?? 200;
    }
}
