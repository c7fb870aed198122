<?php

declare(strict_types=1);

namespace B24Emu\Crm;

/**
 * Turns crm.*.list's filter / order / select into SQL. Filter keys carry the portal's operator
 * prefixes: = ! != > < >= <= % =% %= !% @ !@. Unknown fields are ignored, as the portal does.
 */
final class ListQuery
{
    private const OPERATORS = ['!@', '!%', '!=', '>=', '<=', '=%', '%=', '@', '=', '!', '>', '<', '%'];

    /** @var list<string> */
    private array $where = [];
    /** @var list<mixed> */
    private array $args = [];

    /** @param array<mixed> $filter */
    public function __construct(private readonly EntityType $type, array $filter)
    {
        foreach ($filter as $key => $value) {
            $this->addCondition((string)$key, $value);
        }
    }

    public function whereSql(): string
    {
        return $this->where === [] ? '' : ' WHERE ' . implode(' AND ', $this->where);
    }

    /** @return list<mixed> */
    public function args(): array
    {
        return $this->args;
    }

    /** @param array<mixed> $order */
    public function orderSql(array $order): string
    {
        $parts = [];
        foreach ($order as $field => $direction) {
            $field = strtoupper((string)$field);
            if ($this->type->hasField($field)) {
                $parts[] = $field . (strtoupper((string)$direction) === 'DESC' ? ' DESC' : ' ASC');
            }
        }
        return ' ORDER BY ' . ($parts === [] ? 'ID ASC' : implode(', ', $parts));
    }

    /** @param array<mixed> $select @return list<string> */
    public function columns(array $select): array
    {
        $fields = array_keys($this->type->fields);
        $wanted = array_map(static fn ($f): string => strtoupper((string)$f), $select);
        if ($wanted === [] || in_array('*', $wanted, true)) {
            return $fields;
        }
        return array_values(array_filter($fields, static fn (string $f): bool => $f === 'ID' || in_array($f, $wanted, true)));
    }

    private function addCondition(string $key, mixed $value): void
    {
        [$operator, $field] = self::split($key);
        $field = strtoupper($field);
        if (!$this->type->hasField($field)) {
            return;
        }
        if (is_array($value) || $operator === '@' || $operator === '!@') {
            $this->addList($field, $operator, self::listValue($value));
            return;
        }
        $value = $this->type->isNumeric($field) && is_numeric($value) ? $value + 0 : (string)$value;
        [$sql, $arg] = match ($operator) {
            '%' => ["$field LIKE ?", '%' . $value . '%'],
            '!%' => ["($field IS NULL OR $field NOT LIKE ?)", '%' . $value . '%'],
            '=%' => ["$field LIKE ?", $value],
            '%=' => ["$field LIKE ?", $value . '%'],
            '!', '!=' => ["($field IS NULL OR $field <> ?)", $value],
            '>', '<', '>=', '<=' => ["$field $operator ?", $value],
            default => ["$field = ?", $value],
        };
        $this->where[] = $sql;
        $this->args[] = $arg;
    }

    /** @param list<mixed> $values */
    private function addList(string $field, string $operator, array $values): void
    {
        if ($values === []) {
            $this->where[] = str_starts_with($operator, '!') ? '1 = 1' : '1 = 0';
            return;
        }
        $negated = str_starts_with($operator, '!');
        $this->where[] = $field . ($negated ? ' NOT IN (' : ' IN (') . implode(', ', array_fill(0, count($values), '?')) . ')';
        foreach ($values as $v) {
            $this->args[] = $this->type->isNumeric($field) && is_numeric($v) ? $v + 0 : (string)$v;
        }
    }

    /** @return list<mixed> */
    private static function listValue(mixed $value): array
    {
        $list = is_array($value) ? $value : explode(',', (string)$value);
        return array_values(array_filter($list, 'is_scalar'));
    }

    /** @return array{0: string, 1: string} */
    private static function split(string $key): array
    {
        foreach (self::OPERATORS as $operator) {
            if (str_starts_with($key, $operator)) {
                return [$operator, substr($key, strlen($operator))];
            }
        }
        return ['', $key];
    }
}
