<?php

declare(strict_types=1);

namespace B24Emu\Faults;

use B24Emu\Http\Request;
use B24Emu\Http\Response;
use B24Emu\Rest\ApiError;
use B24Emu\Rest\TimeBlock;
use B24Emu\Runtime\RunConfig;

/**
 * Builds the answer of an armed fault. `slow` is the only kind that lets the request go on:
 * respond() sleeps its delay and returns null, and the caller answers normally.
 */
final class FaultResponder
{
    /** @param array<string, mixed> $fault */
    public static function respond(array $fault, Request $request): ?Response
    {
        $kind = (string)$fault['kind'];
        $p = (array)$fault['params'];
        if ($kind === 'slow') {
            usleep(max(0, (int)($p['delay_ms'] ?? 3000)) * 1000);
            return null;
        }
        if (isset(FaultKinds::ERROR_ALIASES[$kind])) {
            $p = ['code' => FaultKinds::ERROR_ALIASES[$kind]] + $p;
            $kind = 'error';
        }
        $response = match ($kind) {
            'error' => self::error($p),
            'html_502' => Response::text(502, 'text/html', self::badGatewayPage()),
            'reset_before_headers' => new Response(200, [], '', Response::ACTION_CLOSE_BEFORE_HEADERS),
            // PHP sends headers with the first body byte, so the drop comes right after that byte.
            'reset_after_headers' => self::cut(self::envelope((int)($p['size'] ?? 1024)), 1, Response::ACTION_CLOSE_AFTER_HEADERS),
            'truncated' => self::truncated($p),
            'invalid_json' => Response::text((int)($p['status'] ?? 200), 'application/json; charset=utf-8', self::body($p)),
            'big_body' => Response::text(200, 'application/json; charset=utf-8', self::envelope((int)($p['size'] ?? 1048576))),
            'many_values' => Response::text(200, 'application/json; charset=utf-8', self::manyValues((int)($p['size'] ?? 1048576), (string)($p['value'] ?? '[]'))),
            'empty_body' => Response::text((int)($p['status'] ?? 200), 'application/json; charset=utf-8', ''),
            'redirect' => self::redirect($p, $request),
            default => null,
        };
        if ($response !== null) {
            $response->delayMs = (int)($p['delay_ms'] ?? 0);
        }
        return $response;
    }

    /**
     * The body of an invalid_json fault: `body_base64` for bytes a JSON control request cannot
     * carry (invalid UTF-8), else `body`, else a cut envelope.
     * @param array<string, mixed> $p
     */
    private static function body(array $p): string
    {
        if (isset($p['body_base64'])) {
            return (string)base64_decode((string)$p['body_base64'], true);
        }
        return (string)($p['body'] ?? '{"result":{"ID":"1","TITLE":"broken');
    }

    /** @param array<string, mixed> $p */
    private static function error(array $p): Response
    {
        $code = (string)($p['code'] ?? 'INTERNAL_SERVER_ERROR');
        $status = isset($p['status']) ? (int)$p['status'] : null;
        $description = isset($p['description']) ? (string)$p['description'] : null;
        return ApiError::of($code, $description, $status)->response();
    }

    /** @param array<string, mixed> $p */
    private static function truncated(array $p): Response
    {
        $body = self::envelope((int)($p['size'] ?? 4096));
        $keep = (int)($p['keep'] ?? intdiv(strlen($body), 2));
        return self::cut($body, max(0, min($keep, strlen($body) - 1)), Response::ACTION_TRUNCATE);
    }

    private static function cut(string $body, int $keep, string $action): Response
    {
        $response = Response::text(200, 'application/json; charset=utf-8', $body);
        $response->action = $action;
        $response->headers['Content-Length'] = (string)strlen($body);
        $response->headers['X-Accel-Buffering'] = 'no'; // nginx passes each byte on at once
        $response->body = substr($body, 0, $keep);
        return $response;
    }

    /** @param array<string, mixed> $p */
    private static function redirect(array $p, Request $request): Response
    {
        $base = rtrim((string)($p['location'] ?? RunConfig::get()->origin('renamed')), '/');
        $target = $base . $request->path . ($request->query === '' ? '' : '?' . $request->query);
        $response = Response::text((int)($p['status'] ?? 302), 'text/html', '');
        $response->headers['Location'] = $target;
        return $response;
    }

    /** {"result":[V,V,...]} of about $size bytes: as many values as fit, the hostile small-node answer. */
    public static function manyValues(int $size, string $value): string
    {
        $count = max(1, intdiv(max(0, $size - 12), strlen($value) + 1));
        return '{"result":[' . rtrim(str_repeat($value . ',', $count), ',') . ']}';
    }

    /** A valid success envelope of exactly $size bytes (or the smallest one when $size is smaller). */
    public static function envelope(int $size): string
    {
        $now = microtime(true);
        $make = static fn (string $pad): string => (string)json_encode(
            ['result' => $pad, 'time' => TimeBlock::build($now, $now, 0.0, 0.0, (int)$now + 600)],
            JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION,
        );
        $bare = strlen($make(''));
        return $make(str_repeat('x', max(0, $size - $bare)));
    }

    private static function badGatewayPage(): string
    {
        return "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            . "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }
}
