<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Crm\EntityType;
use B24Emu\Crm\Repository;
use B24Emu\Rest\ApiError;
use B24Emu\Rest\CallContext;
use B24Emu\Rest\MethodSpec;
use B24Emu\Rest\Result;

/** crm.deal.* and crm.contact.*: add, get, list, update, delete, fields. */
final class CrmMethods
{
    /** @return array<string, MethodSpec> */
    public static function methods(): array
    {
        $methods = [];
        foreach (EntityType::all() as $name => $type) {
            $repo = new Repository($type);
            $methods["crm.$name.add"] = new MethodSpec('crm', static fn (CallContext $c): Result => self::add($repo, $c));
            $methods["crm.$name.get"] = new MethodSpec('crm', static fn (CallContext $c): Result => new Result(self::existing($repo, $c)));
            $methods["crm.$name.list"] = new MethodSpec('crm', static fn (CallContext $c): Result => ListMethods::page("crm.$name.list", $repo, $c));
            $methods["crm.$name.update"] = new MethodSpec('crm', static fn (CallContext $c): Result => self::update($repo, $c));
            $methods["crm.$name.delete"] = new MethodSpec('crm', static fn (CallContext $c): Result => self::delete($repo, $c));
            $methods["crm.$name.fields"] = new MethodSpec('crm', static fn (): Result => new Result(self::fields($type)));
        }
        return $methods;
    }

    private static function add(Repository $repo, CallContext $call): Result
    {
        $fields = $call->param('fields');
        if (!is_array($fields)) {
            throw ApiError::of('ERROR_ARGUMENT', "Parameter 'fields' must be array.");
        }
        return new Result($repo->insert($fields));
    }

    private static function update(Repository $repo, CallContext $call): Result
    {
        $id = (int)self::existing($repo, $call)['ID'];
        $fields = $call->param('fields');
        if (!is_array($fields) || $fields === []) {
            throw ApiError::of('ERROR_ARGUMENT', 'No fields to update.');
        }
        $repo->update($id, $fields);
        return new Result(true);
    }

    private static function delete(Repository $repo, CallContext $call): Result
    {
        $repo->delete((int)self::existing($repo, $call)['ID']);
        return new Result(true);
    }

    /** @return array<string, mixed> */
    private static function existing(Repository $repo, CallContext $call): array
    {
        $id = $call->param('id');
        if (!is_numeric($id) || (int)$id <= 0) {
            throw ApiError::of('ERROR_ARGUMENT', 'ID is not defined or invalid.');
        }
        return $repo->find((int)$id) ?? throw ApiError::of('ERROR_NOT_FOUND', 'Not found');
    }

    /** @return array<string, array<string, mixed>> */
    private static function fields(EntityType $type): array
    {
        $out = [];
        foreach ($type->fields as $name => $kind) {
            $out[$name] = [
                'type' => match ($kind) { 'int' => 'integer', 'money' => 'double', 'date' => 'datetime', 'flag' => 'char', default => 'string' },
                'isRequired' => false,
                'isReadOnly' => in_array($name, ['ID', 'DATE_CREATE', 'DATE_MODIFY', 'CREATED_BY_ID', 'MODIFY_BY_ID'], true),
                'isImmutable' => false,
                'isMultiple' => false,
                'isDynamic' => false,
                'title' => $name,
            ];
        }
        return $out;
    }
}
