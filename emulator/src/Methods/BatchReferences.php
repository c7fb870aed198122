<?php

declare(strict_types=1);

namespace B24Emu\Methods;

/**
 * Substitutes $result[cmd][path...] (and $error, $total, $next, $time) inside batch command
 * parameters with values of commands that already ran. A reference that is a whole value may
 * bring an array; one inside a longer string brings a scalar; a missing path becomes ''.
 */
final class BatchReferences
{
    private const PATTERN = '/\$(result|error|total|next|time)((?:\[[^\]]*\])+)/';

    /** @param array<string, array<int|string, mixed>> $done maps result/error/total/next/time to per-id values */
    public function __construct(private readonly array $done)
    {
    }

    /** @param array<mixed> $params @return array<mixed> */
    public function apply(array $params): array
    {
        array_walk_recursive($params, function (mixed &$value): void {
            if (is_string($value) && str_contains($value, '$')) {
                $value = $this->substitute($value);
            }
        });
        return $params;
    }

    private function substitute(string $value): mixed
    {
        if (preg_match(self::PATTERN, $value, $m) && $m[0] === $value) {
            return $this->resolve($m[1], $m[2]);
        }
        return (string)preg_replace_callback(self::PATTERN, function (array $m): string {
            $resolved = $this->resolve($m[1], $m[2]);
            return is_scalar($resolved) ? (is_bool($resolved) ? ($resolved ? '1' : '') : (string)$resolved) : '';
        }, $value);
    }

    private function resolve(string $map, string $brackets): mixed
    {
        preg_match_all('/\[([^\]]*)\]/', $brackets, $m);
        $node = $this->done[$map] ?? [];
        foreach ($m[1] as $key) {
            if (!is_array($node) || !array_key_exists($key, $node)) {
                return '';
            }
            $node = $node[$key];
        }
        return $node;
    }
}
