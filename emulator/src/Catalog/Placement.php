<?php

declare(strict_types=1);

namespace B24Emu\Catalog;

/** One row of catalog/placements.tsv, interpreted. */
final class Placement
{
    /** @param array<string, bool> $options option name => required */
    public function __construct(
        public readonly string $code,
        public readonly string $scope,
        public readonly string $status,
        public readonly bool $single,
        public readonly array $options,
        public readonly bool $userMode,
    ) {
    }

    /** @param array<string, string> $row */
    public static function fromRow(array $row): self
    {
        $required = array_filter(array_map('trim', explode(',', $row['required_options'] ?? '')));
        $options = [];
        foreach (array_filter(array_map('trim', explode(',', $row['options'] ?? ''))) as $option) {
            $options[$option] = in_array($option, $required, true);
        }
        return new self(
            strtoupper($row['code'] ?? ''),
            $row['scope'] ?? '',
            $row['status'] ?? '',
            ($row['single'] ?? '') === '1',
            $options,
            ($row['user_mode'] ?? '') === '1',
        );
    }

    public function isGlobal(): bool
    {
        return $this->scope === 'global' || $this->scope === '';
    }

    public function isBindable(): bool
    {
        return in_array($this->status, ['current', 'legacy', 'template'], true);
    }

    public function isListed(): bool
    {
        return in_array($this->status, ['current', 'legacy'], true);
    }

    /** The regular expression a concrete code must match (templates take digits for <id>). */
    public function pattern(): string
    {
        $parts = preg_split('/(<ID>|<CODE>)/', $this->code, -1, PREG_SPLIT_DELIM_CAPTURE) ?: [];
        $regex = '';
        foreach ($parts as $part) {
            $regex .= match ($part) {
                '<ID>' => '[0-9]+',
                '<CODE>' => '[A-Z0-9_.\-]+',
                default => preg_quote($part, '/'),
            };
        }
        return '/^' . $regex . '$/';
    }
}
