<?php

declare(strict_types=1);

namespace B24Emu\OAuth;

use B24Emu\Auth\TokenStore;
use B24Emu\Faults\FaultResponder;
use B24Emu\Faults\FaultStore;
use B24Emu\Http\Request;
use B24Emu\Http\Response;
use B24Emu\Log\RequestLog;
use B24Emu\Rest\ApiError;
use B24Emu\Runtime\RunConfig;

/**
 * The authorization server's /oauth/token/ (GET query or POST form): grant_type=refresh_token
 * with client_id, client_secret and a single-use refresh_token.
 */
final class TokenEndpoint
{
    public const FAULT_METHOD = 'oauth.token';

    public static function handle(Request $request): Response
    {
        $params = $request->params();
        $fault = FaultStore::take(self::FAULT_METHOD);
        $response = $fault === null ? null : FaultResponder::respond($fault, $request);
        $identity = null;
        if ($response === null) {
            try {
                $answer = self::refresh($params);
                $identity = ['type' => 'oauth', 'user_id' => $answer['user_id']];
                $response = Response::json(200, $answer);
            } catch (ApiError $error) {
                $response = $error->response();
            }
        }
        RequestLog::record($request, self::FAULT_METHOD, $params, $identity, $response, $fault === null ? '' : $fault['kind'] . '#' . $fault['id']);
        return $response;
    }

    /** @param array<mixed> $params @return array<string, mixed> */
    private static function refresh(array $params): array
    {
        $config = RunConfig::get();
        $grant = (string)($params['grant_type'] ?? '');
        if ($grant === '' || !is_string($params['client_id'] ?? null)) {
            throw ApiError::of('invalid_request');
        }
        if ($params['client_id'] !== $config->string('client_id')
            || !hash_equals($config->string('client_secret'), (string)($params['client_secret'] ?? ''))) {
            throw ApiError::of('invalid_client');
        }
        if ($grant !== 'refresh_token') {
            throw ApiError::of('invalid_grant');
        }
        $spent = TokenStore::spendRefresh((string)($params['refresh_token'] ?? ''));
        if (is_string($spent)) {
            throw ApiError::of('invalid_grant');
        }
        return TokenStore::issue((int)$spent['user_id'], (string)$spent['scope'], null, (string)$spent['portal'],
            (string)$spent['client_id']);
    }
}
