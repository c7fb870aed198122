<?php

declare(strict_types=1);

namespace B24Emu\Crm;

use B24Emu\Storage\Database;

/** Reads and writes CRM rows of one entity type. */
final class Repository
{
    public const PAGE = 50;

    public function __construct(private readonly EntityType $type)
    {
    }

    /** @return array<string, mixed>|null */
    public function find(int $id): ?array
    {
        $row = Database::row('SELECT * FROM ' . $this->type->table . ' WHERE ID = ?', [$id]);
        return $row === null ? null : $this->type->present($row);
    }

    /**
     * One page. $start < 0 skips counting (total 0, no next), as the portal does for start=-1.
     *
     * @param array<mixed> $filter @param array<mixed> $order @param array<mixed> $select
     * @return array{rows: list<array<string, mixed>>, total: int, next: ?int}
     */
    public function page(array $filter, array $order, array $select, int $start): array
    {
        $query = new ListQuery($this->type, $filter);
        $offset = $start < 0 ? 0 : intdiv($start, self::PAGE) * self::PAGE;
        $sql = 'SELECT ' . implode(', ', $query->columns($select)) . ' FROM ' . $this->type->table
            . $query->whereSql() . $query->orderSql($order) . ' LIMIT ' . self::PAGE . ' OFFSET ' . $offset;
        $rows = array_map([$this->type, 'present'], Database::rows($sql, $query->args()));
        if ($start < 0) {
            return ['rows' => $rows, 'total' => 0, 'next' => null];
        }
        $total = (int)(Database::row('SELECT COUNT(*) AS n FROM ' . $this->type->table . $query->whereSql(), $query->args())['n'] ?? 0);
        return ['rows' => $rows, 'total' => $total, 'next' => $offset + self::PAGE < $total ? $offset + self::PAGE : null];
    }

    /** @param array<string, mixed> $fields */
    public function insert(array $fields): int
    {
        $fields = $this->clean($fields) + $this->defaults();
        $names = array_keys($fields);
        Database::run(
            'INSERT INTO ' . $this->type->table . ' (' . implode(', ', $names) . ') VALUES ('
            . implode(', ', array_fill(0, count($names), '?')) . ')',
            array_values($fields),
        );
        return Database::lastId();
    }

    /** @param array<string, mixed> $fields */
    public function update(int $id, array $fields): void
    {
        $fields = $this->clean($fields);
        $fields['DATE_MODIFY'] = date('Y-m-d\TH:i:sP');
        $sets = implode(', ', array_map(static fn (string $f): string => "$f = ?", array_keys($fields)));
        Database::run('UPDATE ' . $this->type->table . " SET $sets WHERE ID = ?", [...array_values($fields), $id]);
    }

    public function delete(int $id): void
    {
        Database::run('DELETE FROM ' . $this->type->table . ' WHERE ID = ?', [$id]);
    }

    /** @param array<mixed> $fields @return array<string, mixed> */
    private function clean(array $fields): array
    {
        $clean = [];
        foreach ($fields as $name => $value) {
            $name = strtoupper((string)$name);
            if ($name !== 'ID' && $this->type->hasField($name)) {
                $clean[$name] = $this->type->normalise($name, $value);
            }
        }
        return $clean;
    }

    /** @return array<string, mixed> */
    private function defaults(): array
    {
        $now = date('Y-m-d\TH:i:sP');
        $defaults = ['DATE_CREATE' => $now, 'DATE_MODIFY' => $now, 'OPENED' => 'Y', 'ASSIGNED_BY_ID' => 1, 'CREATED_BY_ID' => 1];
        if ($this->type->name === 'deal') {
            $defaults += ['TITLE' => '', 'STAGE_ID' => 'NEW', 'CURRENCY_ID' => 'USD', 'OPPORTUNITY' => 0, 'CLOSED' => 'N', 'CATEGORY_ID' => 0];
        }
        return array_intersect_key($defaults, $this->type->fields);
    }
}
