<?php

declare(strict_types=1);

namespace B24Emu\Http;

/**
 * Sends a Response through the SAPI. The connection faults rely on nginx: closing before headers
 * is an X-Accel-Redirect to an internal `return 444` location; closing after headers or mid-body
 * sends what there is and then ends the worker abruptly, which makes nginx drop the connection.
 */
final class Emitter
{
    public static function emit(Response $response, bool $behindNginx): void
    {
        if ($response->delayMs > 0) {
            usleep($response->delayMs * 1000);
        }
        if ($response->action === Response::ACTION_CLOSE_BEFORE_HEADERS) {
            self::closeBeforeHeaders($behindNginx);
            return;
        }
        http_response_code($response->status);
        header_remove('X-Powered-By');
        foreach ($response->headers as $name => $value) {
            header("$name: $value");
        }
        if (!isset($response->headers['Content-Length']) && $response->action === Response::ACTION_NONE) {
            header('Content-Length: ' . strlen($response->body));
        }
        echo $response->body;
        if ($response->action !== Response::ACTION_NONE) {
            self::abortAfterOutput($behindNginx);
        }
    }

    private static function closeBeforeHeaders(bool $behindNginx): void
    {
        if ($behindNginx) {
            header('X-Accel-Redirect: /_emu/internal/close');
            return;
        }
        self::abortAfterOutput(false);
    }

    private static function abortAfterOutput(bool $behindNginx): void
    {
        flush();
        if ($behindNginx && function_exists('posix_kill')) {
            usleep(100000); // lets nginx pass on what it has before the upstream vanishes
            posix_kill(getmypid(), 9); // SIGKILL; ext/pcntl (which names it) is CLI-only
        }
        exit(0);
    }
}
