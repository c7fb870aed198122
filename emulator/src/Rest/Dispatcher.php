<?php

declare(strict_types=1);

namespace B24Emu\Rest;

use B24Emu\Auth\Identity;
use B24Emu\Limits\OperatingTime;
use B24Emu\Runtime\Settings;

/** Runs one method call: lookup, scope, operating-time limit, simulated timing, the handler, `time`. */
final class Dispatcher
{
    /** @param array<mixed> $params */
    public function call(string $method, array $params, Identity $identity, bool $inBatch = false): Outcome
    {
        $start = microtime(true);
        try {
            $spec = MethodTable::find($method) ?? throw ApiError::of('ERROR_METHOD_NOT_FOUND');
            if (!$identity->hasScope($spec->scope)) {
                throw ApiError::of('insufficient_scope');
            }
            OperatingTime::check($method, $identity->key);
            $timing = Settings::get('method_timing')[$method] ?? ['delay_ms' => 0, 'duration' => 0.0];
            if ($timing['delay_ms'] > 0) {
                usleep($timing['delay_ms'] * 1000);
            }
            $result = ($spec->handler)(new CallContext($method, $params, $identity, $this, $inBatch));
            $processing = microtime(true) - $start + (float)$timing['duration'];
            [$operating, $resetAt] = OperatingTime::add($method, $identity->key, $method === 'batch' ? 0.0 : $processing);
            return new Outcome($result, null, TimeBlock::build($start, microtime(true), $processing, $operating, $resetAt));
        } catch (ApiError $error) {
            [$operating, $resetAt] = OperatingTime::current($method, $identity->key);
            return new Outcome(null, $error, TimeBlock::build($start, microtime(true), microtime(true) - $start, $operating, $resetAt));
        }
    }
}
