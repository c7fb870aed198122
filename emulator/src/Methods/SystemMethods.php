<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Auth\Users;
use B24Emu\Rest\CallContext;
use B24Emu\Rest\MethodSpec;
use B24Emu\Rest\MethodTable;
use B24Emu\Rest\Result;
use B24Emu\Runtime\RunConfig;

/** profile, user.current, scope, methods, app.info, server.time. */
final class SystemMethods
{
    /** @return array<string, MethodSpec> */
    public static function methods(): array
    {
        return [
            'profile' => new MethodSpec('', self::profile(...)),
            'user.current' => new MethodSpec('user', self::userCurrent(...)),
            'scope' => new MethodSpec('', self::scope(...)),
            'methods' => new MethodSpec('', self::methodList(...)),
            'app.info' => new MethodSpec('', self::appInfo(...)),
            'server.time' => new MethodSpec('', static fn (): Result => new Result(date('Y-m-d\TH:i:sP'))),
        ];
    }

    private static function profile(CallContext $call): Result
    {
        $user = Users::find($call->identity->userId) ?? [];
        return new Result([
            'ID' => (string)$call->identity->userId,
            'ADMIN' => (bool)($user['admin'] ?? false),
            'NAME' => (string)($user['name'] ?? ''),
            'LAST_NAME' => (string)($user['last_name'] ?? ''),
            'PERSONAL_GENDER' => '',
            'PERSONAL_PHOTO' => '',
            'TIME_ZONE' => '',
            'TIME_ZONE_OFFSET' => 0,
        ]);
    }

    private static function userCurrent(CallContext $call): Result
    {
        $user = Users::find($call->identity->userId) ?? [];
        return new Result([
            'ID' => (string)$call->identity->userId,
            'XML_ID' => '',
            'ACTIVE' => true,
            'NAME' => (string)($user['name'] ?? ''),
            'LAST_NAME' => (string)($user['last_name'] ?? ''),
            'SECOND_NAME' => '',
            'EMAIL' => (string)($user['email'] ?? ''),
            'LAST_LOGIN' => date('Y-m-d\TH:i:sP'),
            'DATE_REGISTER' => '2026-01-01T00:00:00+00:00',
            'IS_ONLINE' => 'Y',
            'TIME_ZONE_OFFSET' => '0',
            'USER_TYPE' => 'employee',
            'UF_DEPARTMENT' => [1],
        ]);
    }

    /** @return list<string> */
    private static function allScopes(): array
    {
        $scopes = [];
        foreach (MethodTable::all() as $spec) {
            $scopes[$spec->scope === '' ? 'basic' : $spec->scope] = true;
        }
        return array_keys($scopes);
    }

    private static function scope(CallContext $call): Result
    {
        $full = filter_var($call->param('full', false), FILTER_VALIDATE_BOOLEAN);
        return new Result($full ? self::allScopes() : $call->identity->scopes);
    }

    private static function methodList(CallContext $call): Result
    {
        $scope = (string)$call->param('scope', '');
        $full = filter_var($call->param('full', false), FILTER_VALIDATE_BOOLEAN);
        $names = [];
        foreach (MethodTable::all() as $name => $spec) {
            $fits = $scope !== '' ? $spec->scope === $scope : ($full || $call->identity->hasScope($spec->scope));
            if ($fits && MethodTable::find($name) !== null) {
                $names[] = $name;
            }
        }
        return new Result($names);
    }

    private static function appInfo(CallContext $call): Result
    {
        $license = ['LICENSE' => 'en_project', 'LICENSE_TYPE' => 'project', 'LICENSE_FAMILY' => 'project'];
        if (!$call->identity->isApp()) {
            return new Result(['SCOPE' => $call->identity->scopes] + $license);
        }
        return new Result([
            'ID' => 1,
            'CODE' => RunConfig::get()->string('client_id'),
            'VERSION' => 1,
            'STATUS' => 'L',
            'INSTALLED' => true,
            'PAYMENT_EXPIRED' => 'N',
            'DAYS' => null,
            'LANGUAGE_ID' => 'en',
        ] + $license);
    }
}
