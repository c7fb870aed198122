<?php

declare(strict_types=1);

namespace B24Emu\Crm;

/** A stored entity (deal, contact, task): its table, its fields and their SQL types. */
final class EntityType
{
    /** @param array<string, string> $fields name => int|text|money|date|flag */
    private function __construct(
        public readonly string $name,
        public readonly string $table,
        public readonly array $fields,
        public readonly string $titleField,
    ) {
    }

    /** @return array<string, self> */
    public static function all(): array
    {
        return ['deal' => self::deal(), 'contact' => self::contact()];
    }

    public static function byName(string $name): self
    {
        return self::all()[$name];
    }

    /** Every entity with a table: the CRM ones and tasks. @return array<string, self> */
    public static function stored(): array
    {
        return self::all() + ['task' => self::task()];
    }

    public static function deal(): self
    {
        return new self('deal', 'deals', [
            'ID' => 'int', 'TITLE' => 'text', 'TYPE_ID' => 'text', 'CATEGORY_ID' => 'int', 'STAGE_ID' => 'text',
            'STAGE_SEMANTIC_ID' => 'text', 'IS_NEW' => 'flag', 'PROBABILITY' => 'int', 'CURRENCY_ID' => 'text',
            'OPPORTUNITY' => 'money', 'TAX_VALUE' => 'money', 'COMPANY_ID' => 'int', 'CONTACT_ID' => 'int',
            'BEGINDATE' => 'date', 'CLOSEDATE' => 'date', 'OPENED' => 'flag', 'CLOSED' => 'flag', 'COMMENTS' => 'text',
            'ASSIGNED_BY_ID' => 'int', 'CREATED_BY_ID' => 'int', 'MODIFY_BY_ID' => 'int', 'DATE_CREATE' => 'date',
            'DATE_MODIFY' => 'date', 'SOURCE_ID' => 'text',
        ], 'TITLE');
    }

    public static function contact(): self
    {
        return new self('contact', 'contacts', [
            'ID' => 'int', 'NAME' => 'text', 'SECOND_NAME' => 'text', 'LAST_NAME' => 'text', 'POST' => 'text',
            'TYPE_ID' => 'text', 'SOURCE_ID' => 'text', 'COMPANY_ID' => 'int', 'OPENED' => 'flag', 'EXPORT' => 'flag',
            'HAS_PHONE' => 'flag', 'HAS_EMAIL' => 'flag', 'ASSIGNED_BY_ID' => 'int', 'CREATED_BY_ID' => 'int',
            'MODIFY_BY_ID' => 'int', 'DATE_CREATE' => 'date', 'DATE_MODIFY' => 'date', 'COMMENTS' => 'text',
        ], 'NAME');
    }

    public static function task(): self
    {
        return new self('task', 'tasks', [
            'ID' => 'int', 'TITLE' => 'text', 'DESCRIPTION' => 'text', 'STATUS' => 'int', 'PRIORITY' => 'int',
            'RESPONSIBLE_ID' => 'int', 'CREATED_BY' => 'int', 'CREATED_DATE' => 'date', 'DEADLINE' => 'date',
            'GROUP_ID' => 'int',
        ], 'TITLE');
    }

    public function createSql(): string
    {
        $columns = [];
        foreach ($this->fields as $field => $type) {
            $columns[] = $field === 'ID'
                ? 'ID INTEGER PRIMARY KEY AUTOINCREMENT'
                : $field . ' ' . (in_array($type, ['int', 'money'], true) ? 'NUMERIC' : 'TEXT');
        }
        return 'CREATE TABLE ' . $this->table . ' (' . implode(', ', $columns) . ')';
    }

    public function hasField(string $field): bool
    {
        return isset($this->fields[$field]);
    }

    public function isNumeric(string $field): bool
    {
        return in_array($this->fields[$field] ?? '', ['int', 'money'], true);
    }

    /** A stored row as the portal returns it: every value a string, null stays null. @param array<string, mixed> $row @return array<string, mixed> */
    public function present(array $row): array
    {
        $out = [];
        foreach ($row as $field => $value) {
            $out[$field] = $value === null ? null : $this->format((string)$field, $value);
        }
        return $out;
    }

    private function format(string $field, mixed $value): string
    {
        return match ($this->fields[$field] ?? 'text') {
            'money' => number_format((float)$value, 2, '.', ''),
            'int' => (string)(int)$value,
            default => (string)$value,
        };
    }

    /** A value for storage, normalised to the field's type. */
    public function normalise(string $field, mixed $value): mixed
    {
        if ($value === null || is_array($value)) {
            return null;
        }
        return match ($this->fields[$field] ?? 'text') {
            'int' => is_numeric($value) ? (int)$value : null,
            'money' => is_numeric($value) ? round((float)$value, 2) : 0,
            'flag' => in_array(strtoupper((string)$value), ['Y', '1', 'TRUE'], true) ? 'Y' : 'N',
            'date' => self::date($value),
            default => (string)$value,
        };
    }

    private static function date(mixed $value): ?string
    {
        $time = is_numeric($value) ? (int)$value : strtotime((string)$value);
        return $time === false ? null : date('Y-m-d\TH:i:sP', $time);
    }
}
