<?php

declare(strict_types=1);

namespace B24Emu\Rest;

use B24Emu\Methods\BatchMethod;
use B24Emu\Methods\BindEventMethod;
use B24Emu\Methods\CrmMethods;
use B24Emu\Methods\EventMethods;
use B24Emu\Methods\ListMethods;
use B24Emu\Methods\PlacementMethods;
use B24Emu\Methods\SystemMethods;

/** Every REST method the emulated portal knows, by lower-case name. */
final class MethodTable
{
    /** @var array<string, MethodSpec>|null */
    private static ?array $methods = null;

    /** @return array<string, MethodSpec> */
    public static function all(): array
    {
        if (self::$methods === null) {
            self::$methods = array_merge(
                SystemMethods::methods(),
                CrmMethods::methods(),
                ListMethods::methods(),
                BatchMethod::methods(),
                EventMethods::methods(),
                PlacementMethods::methods(),
                BindEventMethod::methods(),
            );
            ksort(self::$methods);
        }
        return self::$methods;
    }

    public static function find(string $method): ?MethodSpec
    {
        $spec = self::all()[$method] ?? null;
        if ($spec === null || !BindEventMethod::visible($method)) {
            return null;
        }
        return $spec;
    }
}
