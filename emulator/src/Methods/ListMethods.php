<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Catalog\ListCatalog;
use B24Emu\Crm\EntityType;
use B24Emu\Crm\Keys;
use B24Emu\Crm\Repository;
use B24Emu\Faults\FaultStore;
use B24Emu\Rest\ApiError;
use B24Emu\Rest\CallContext;
use B24Emu\Rest\MethodSpec;
use B24Emu\Rest\Result;

/**
 * One page of a list method, shaped as catalog/lists.tsv says (rows in `result`,
 * `result.items`, `result.tasks`; upper-case or camelCase keys), and the list methods whose
 * answers are wrapped: tasks.task.list and crm.item.list (entityTypeId 2 = deals, 3 = contacts).
 * An armed `repeat_page` fault makes one list call answer as if its `>ID` cursor and its
 * `start` were absent: the first page again, as a portal that ignores the cursor does.
 */
final class ListMethods
{
    private const ITEM_TYPES = [2 => 'deal', 3 => 'contact'];

    /** @return array<string, MethodSpec> */
    public static function methods(): array
    {
        $tasks = new Repository(EntityType::task());
        return [
            'tasks.task.list' => new MethodSpec('task', static fn (CallContext $c): Result => self::page('tasks.task.list', $tasks, $c)),
            'crm.item.list' => new MethodSpec('crm', static fn (CallContext $c): Result => self::page('crm.item.list', self::itemRepository($c), $c)),
        ];
    }

    public static function page(string $method, Repository $repo, CallContext $call): Result
    {
        $filter = $call->arrayParam('filter');
        $order = $call->arrayParam('order');
        $select = $call->arrayParam('select');
        if (ListCatalog::camel($method)) {
            [$filter, $order, $select] = [Keys::upperKeys($filter), Keys::upperKeys($order), Keys::upperValues($select)];
        }
        $start = $call->param('start', 0);
        $start = is_numeric($start) ? (int)$start : 0;
        if (FaultStore::takeListFault('repeat_page', $method) !== null) {
            [$filter, $start] = self::firstPage($filter, $start);
        }
        $page = $repo->page($filter, $order, $select, $start);
        $rows = ListCatalog::camel($method) ? Keys::camelRows($page['rows']) : $page['rows'];
        return new Result(ListCatalog::wrap($method, $rows), $page['total'], $page['next']);
    }

    /** The filter without its lower bounds on ID, and the first start. @param array<mixed> $filter @return array{array<mixed>, int} */
    private static function firstPage(array $filter, int $start): array
    {
        foreach (array_keys($filter) as $key) {
            if (preg_match('/^>=?ID$/i', (string)$key)) {
                unset($filter[$key]);
            }
        }
        return [$filter, $start < 0 ? -1 : 0];
    }

    private static function itemRepository(CallContext $call): Repository
    {
        $type = $call->param('entityTypeId');
        $name = is_numeric($type) ? (self::ITEM_TYPES[(int)$type] ?? null) : null;
        if ($name === null) {
            throw ApiError::of('ERROR_ARGUMENT', 'entityTypeId is not defined or not supported by the emulator (2, 3).');
        }
        return new Repository(EntityType::byName($name));
    }
}
