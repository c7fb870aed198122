<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Http\BodyParser;
use B24Emu\Rest\ApiError;
use B24Emu\Rest\CallContext;
use B24Emu\Rest\MethodSpec;
use B24Emu\Rest\Result;

/** batch: up to 50 commands run in order, with halt and $result references. */
final class BatchMethod
{
    public const MAX_COMMANDS = 50;

    /** @return array<string, MethodSpec> */
    public static function methods(): array
    {
        return ['batch' => new MethodSpec('', self::run(...))];
    }

    private static function run(CallContext $call): Result
    {
        $commands = $call->arrayParam('cmd');
        if (count($commands) > self::MAX_COMMANDS) {
            throw ApiError::of('ERROR_BATCH_LENGTH_EXCEEDED');
        }
        $halt = filter_var($call->param('halt', false), FILTER_VALIDATE_BOOLEAN);
        $done = ['result' => [], 'error' => [], 'total' => [], 'next' => [], 'time' => []];
        foreach ($commands as $id => $command) {
            $ok = self::runOne($call, (string)$command, $id, $done);
            if (!$ok && $halt) {
                break;
            }
        }
        return new Result([
            'result' => $done['result'],
            'result_error' => $done['error'],
            'result_total' => $done['total'],
            'result_next' => $done['next'],
            'result_time' => $done['time'],
        ]);
    }

    /** @param array<string, array<int|string, mixed>> $done */
    private static function runOne(CallContext $call, string $command, int|string $id, array &$done): bool
    {
        [$method, $query] = array_pad(explode('?', $command, 2), 2, '');
        $method = strtolower((string)preg_replace('/\.json$/i', '', trim($method)));
        if ($method === 'batch') {
            $done['error'][$id] = ApiError::of('ERROR_BATCH_METHOD_NOT_ALLOWED')->body();
            return false;
        }
        $params = (new BatchReferences($done))->apply(BodyParser::parseForm($query));
        $outcome = $call->dispatcher->call($method, $params, $call->identity, true);
        if ($outcome->error !== null) {
            $done['error'][$id] = $outcome->error->body();
            return false;
        }
        $done['result'][$id] = $outcome->result?->value;
        if ($outcome->result?->total !== null) {
            $done['total'][$id] = $outcome->result->total;
        }
        if ($outcome->result?->next !== null) {
            $done['next'][$id] = $outcome->result->next;
        }
        $done['time'][$id] = $outcome->time;
        return true;
    }
}
