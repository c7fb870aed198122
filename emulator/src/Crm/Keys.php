<?php

declare(strict_types=1);

namespace B24Emu\Crm;

/**
 * The two key spellings of list methods: the stored UPPER_SNAKE names (STAGE_ID) and the
 * camelCase ones of crm.item.* and tasks.task.* (stageId). Filter, order and select keys of a
 * camelCase method may come in either spelling (tasks.task.list filters by ID, answers id).
 */
final class Keys
{
    /** stageId -> STAGE_ID; a key without lower-case letters is kept (ID, >=ID). */
    public static function upper(string $key): string
    {
        if (!preg_match('/[a-z]/', $key)) {
            return $key;
        }
        return strtoupper((string)preg_replace('/(?<=[a-z0-9])(?=[A-Z])/', '_', $key));
    }

    /** STAGE_ID -> stageId. */
    public static function camel(string $field): string
    {
        return lcfirst(str_replace('_', '', ucwords(strtolower($field), '_')));
    }

    /** An array's keys through upper(). @param array<mixed> $params @return array<mixed> */
    public static function upperKeys(array $params): array
    {
        $out = [];
        foreach ($params as $key => $value) {
            $out[is_string($key) ? self::upper($key) : $key] = $value;
        }
        return $out;
    }

    /** select's values through upper(). @param array<mixed> $select @return array<mixed> */
    public static function upperValues(array $select): array
    {
        return array_map(static fn ($v): mixed => is_string($v) ? self::upper($v) : $v, $select);
    }

    /** @param list<array<string, mixed>> $rows @return list<array<string, mixed>> */
    public static function camelRows(array $rows): array
    {
        return array_map(static function (array $row): array {
            $out = [];
            foreach ($row as $field => $value) {
                $out[self::camel((string)$field)] = $value;
            }
            return $out;
        }, $rows);
    }
}
