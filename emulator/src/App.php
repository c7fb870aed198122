<?php

declare(strict_types=1);

namespace B24Emu;

use B24Emu\Control\ControlApi;
use B24Emu\Http\Emitter;
use B24Emu\Http\Request;
use B24Emu\Http\Response;
use B24Emu\OAuth\TokenEndpoint;
use B24Emu\Rest\ApiError;
use B24Emu\Rest\RestEndpoint;
use B24Emu\Runtime\InFlight;
use B24Emu\Runtime\RunConfig;

/** The front controller: picks the endpoint by origin and path, and always answers something. */
final class App
{
    public static function run(): void
    {
        $origin = (string)($_SERVER['EMU_ORIGIN'] ?? 'portal');
        $behindNginx = isset($_SERVER['EMU_ORIGIN']);
        $request = Request::fromGlobals($origin);
        $control = self::isControl($request);
        if (!$control) {
            InFlight::enter();
        }
        try {
            $response = $control ? ControlApi::handle($request) : self::route($request);
        } catch (\Throwable $e) {
            error_log('b24 emulator: ' . $e);
            $response = ApiError::of('INTERNAL_SERVER_ERROR')->response();
        }
        Emitter::emit($response, $behindNginx);
        InFlight::release();
    }

    private static function isControl(Request $request): bool
    {
        return str_starts_with($request->path, '/_emu/') && ($request->origin === 'portal' || RunConfig::get()->bool('dev'));
    }

    /** A REST or OAuth request (control requests are answered by ControlApi before this). */
    private static function route(Request $request): Response
    {
        $path = $request->path;
        $dev = RunConfig::get()->bool('dev');
        if (rtrim($path, '/') === '/oauth/token' && ($request->origin === 'oauth' || $dev)) {
            return TokenEndpoint::handle($request);
        }
        if (str_starts_with($path, '/rest/')) {
            return (new RestEndpoint($request))->handle();
        }
        return Response::text(404, 'text/plain', "Not found\n");
    }
}
