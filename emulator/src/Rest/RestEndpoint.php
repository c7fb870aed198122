<?php

declare(strict_types=1);

namespace B24Emu\Rest;

use B24Emu\Auth\Authenticator;
use B24Emu\Auth\Identity;
use B24Emu\Faults\FaultResponder;
use B24Emu\Faults\FaultStore;
use B24Emu\Http\Request;
use B24Emu\Http\Response;
use B24Emu\Limits\LeakyBucket;
use B24Emu\Log\RequestLog;
use B24Emu\OAuth\AppInfo;
use B24Emu\Runtime\Settings;

/**
 * /rest/...: armed faults first, then https, authentication, the rate limit and the method call.
 * Every request is written to the request log with what it was answered.
 */
final class RestEndpoint
{
    private ?Identity $identity = null;
    private string $fault = '';

    public function __construct(private readonly Request $request)
    {
    }

    public function handle(): Response
    {
        $path = RestPath::parse($this->request->path);
        $method = $path?->method ?? '';
        $params = $this->request->params();
        $response = $this->answer($path, $method, $params);
        RequestLog::record($this->request, $method, $params, $this->identity?->describe(), $response, $this->fault);
        return $response;
    }

    /** @param array<mixed> $params */
    private function answer(?RestPath $path, string $method, array $params): Response
    {
        $faulted = $this->armedFault($method);
        if ($faulted !== null) {
            return $faulted;
        }
        if ($path === null) {
            return ApiError::of('ERROR_METHOD_NOT_FOUND')->response();
        }
        if ($this->request->origin === 'plain' && Settings::bool('require_https')) {
            return ApiError::of('INVALID_REQUEST')->response();
        }
        try {
            $this->identity = Authenticator::authenticate($path, $params);
        } catch (ApiError $error) {
            return $error->response();
        }
        /* the portal is the host asked (main: localhost, second: 127.0.0.1), as on Bitrix24 */
        if (!LeakyBucket::admit('portal|' . strtolower($this->request->header('host')) . '|' . $this->request->remoteAddr)) {
            return ApiError::of('QUERY_LIMIT_EXCEEDED')->response();
        }
        if ($this->request->origin === 'oauth') {
            return strtolower($method) === 'app.info' && $this->identity->isApp()
                ? Response::json(200, AppInfo::answer($this->identity->token))
                : ApiError::of('ERROR_METHOD_NOT_FOUND')->response();
        }
        if (!$path->isWebhook()) {
            unset($params['auth']);
        }
        $outcome = (new Dispatcher())->call($method, $params, $this->identity);
        return Response::json($outcome->status(), $outcome->envelope());
    }

    private function armedFault(string $method): ?Response
    {
        $fault = FaultStore::take($method);
        if ($fault === null) {
            return null;
        }
        $this->fault = $fault['kind'] . '#' . $fault['id'];
        return FaultResponder::respond($fault, $this->request);
    }
}
