<?php

declare(strict_types=1);

namespace B24Emu\Catalog;

use B24Emu\Runtime\Paths;

/** catalog/placements.tsv, read on every request that needs it (the table may change under a running emulator). */
final class PlacementCatalog
{
    /** @return list<Placement> */
    public static function all(): array
    {
        return array_map([Placement::class, 'fromRow'], Tsv::read(Paths::catalog('placements.tsv')));
    }

    public static function find(string $code): ?Placement
    {
        $code = strtoupper($code);
        $templates = [];
        foreach (self::all() as $placement) {
            if ($placement->code === $code) {
                return $placement;
            }
            if ($placement->status === 'template') {
                $templates[] = $placement;
            }
        }
        foreach ($templates as $template) {
            if (preg_match($template->pattern(), $code)) {
                return $template;
            }
        }
        return null;
    }

    /** Codes placement.list answers: one scope, all scopes, or the granted scopes plus the global ones. @param list<string> $granted @return list<string> */
    public static function listed(?string $scope, bool $full, array $granted): array
    {
        $codes = [];
        foreach (self::all() as $placement) {
            if (!$placement->isListed()) {
                continue;
            }
            $fits = match (true) {
                $scope !== null => $placement->scope === $scope,
                $full => true,
                default => $placement->isGlobal() || in_array($placement->scope, $granted, true),
            };
            if ($fits) {
                $codes[] = $placement->code;
            }
        }
        return $codes;
    }
}
