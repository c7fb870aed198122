<?php

declare(strict_types=1);

namespace B24Emu\Methods;

use B24Emu\Catalog\Placement;
use B24Emu\Catalog\PlacementCatalog;
use B24Emu\Rest\ApiError;
use B24Emu\Rest\CallContext;
use B24Emu\Rest\MethodSpec;
use B24Emu\Rest\Result;
use B24Emu\Runtime\Settings;
use B24Emu\Storage\Database;

/**
 * placement.bind / unbind / get / list with the portal's rules (placements-and-events.md §2-4):
 * application context only, administrators for bind/unbind/get, catalog-driven codes, scopes,
 * single-instance limits, user mode, required options, handler URL checks, doubled unbind count.
 */
final class PlacementMethods
{
    private const APP_NAME = 'b24 emulator app';

    /** @return array<string, MethodSpec> */
    public static function methods(): array
    {
        return [
            'placement.bind' => new MethodSpec('placement', self::bind(...)),
            'placement.unbind' => new MethodSpec('placement', self::unbind(...)),
            'placement.get' => new MethodSpec('placement', self::get(...)),
            'placement.list' => new MethodSpec('placement', self::list(...)),
        ];
    }

    private static function bind(CallContext $call): Result
    {
        $call->requireApp();
        $call->requireAdmin();
        $p = $call->upperParams();
        $code = self::placementCode($p, 200);
        $placement = self::lookup($code, $call);
        $handler = self::requiredString($p, 'HANDLER', 200);
        HandlerUrl::check($handler);
        $userId = self::userId($p, $placement);
        // checks and insert in one write transaction: two concurrent binds cannot both pass
        Database::transaction(static function () use ($p, $placement, $code, $handler, $userId): void {
            if ($placement->single && PlacementStore::countForLimit($code, $userId, (string)Settings::get('background_worker_rule')) >= 1) {
                throw ApiError::of('ERROR_PLACEMENT_MAX_COUNT', 'Placement max count: 1');
            }
            $options = self::options($placement, is_array($p['OPTIONS'] ?? null) ? $p['OPTIONS'] : []);
            if (PlacementStore::exists($code, $handler)) {
                throw ApiError::of('ERROR_CORE', 'Unable to set placement handler: Handler already binded');
            }
            PlacementStore::add(self::row($p, $code, $handler, $userId, $options));
        });
        return new Result(true);
    }

    private static function unbind(CallContext $call): Result
    {
        $call->requireApp();
        $call->requireAdmin();
        $p = $call->upperParams();
        $code = self::placementCode($p, 400);
        $handler = is_string($p['HANDLER'] ?? null) ? $p['HANDLER'] : null;
        $userId = array_key_exists('USER_ID', $p) ? (int)$p['USER_ID'] : null;
        $found = PlacementStore::remove($code, $handler, $userId);
        return new Result(['count' => $found * 2]);
    }

    private static function get(CallContext $call): Result
    {
        $call->requireApp();
        $call->requireAdmin();
        return new Result(PlacementStore::all());
    }

    private static function list(CallContext $call): Result
    {
        $call->requireApp();
        $p = $call->upperParams();
        $scope = is_string($p['SCOPE'] ?? null) && $p['SCOPE'] !== '' ? strtolower($p['SCOPE']) : null;
        $full = filter_var($p['FULL'] ?? false, FILTER_VALIDATE_BOOLEAN);
        return new Result(PlacementCatalog::listed($scope, $full, $call->identity->scopes));
    }

    /** @param array<string, mixed> $p */
    private static function placementCode(array $p, int $status): string
    {
        $code = strtoupper(self::requiredString($p, 'PLACEMENT', $status));
        if ($code === 'DEFAULT') {
            throw ApiError::of('ERROR_ARGUMENT', "Wrong value of an argument 'PLACEMENT'", $status, ['argument' => 'PLACEMENT']);
        }
        return $code;
    }

    /** @param array<string, mixed> $p */
    private static function requiredString(array $p, string $name, int $status): string
    {
        $value = $p[$name] ?? null;
        if ($value !== null && !is_string($value)) {
            throw ApiError::of('ERROR_ARGUMENT', "The value of an argument '$name' must be of type string", $status, ['argument' => $name]);
        }
        if ($value === null || trim($value) === '') {
            throw ApiError::of('ERROR_ARGUMENT', "Argument '$name' is null or empty", $status, ['argument' => $name]);
        }
        return trim($value);
    }

    private static function lookup(string $code, CallContext $call): Placement
    {
        $placement = PlacementCatalog::find($code);
        if ($placement === null || !$placement->isBindable()
            || (!$placement->isGlobal() && !$call->identity->hasScope($placement->scope))) {
            throw ApiError::of('ERROR_PLACEMENT_NOT_FOUND');
        }
        return $placement;
    }

    /** @param array<string, mixed> $p */
    private static function userId(array $p, Placement $placement): int
    {
        if (!array_key_exists('USER_ID', $p)) {
            return 0;
        }
        if (!$placement->userMode) {
            throw ApiError::of('ERROR_PLACEMENT_USER_MODE', 'User mode is not available');
        }
        return max(0, (int)$p['USER_ID']);
    }

    /** Declared options only; a missing required errorHandlerUrl is EMPTY_ERROR_HANDLER_URL. @param array<mixed> $given @return array<string, mixed> */
    private static function options(Placement $placement, array $given): array
    {
        $kept = [];
        foreach ($placement->options as $name => $required) {
            $value = $given[$name] ?? null;
            if ($required && ($value === null || $value === '')) {
                throw $name === 'errorHandlerUrl'
                    ? ApiError::of('EMPTY_ERROR_HANDLER_URL')
                    : ApiError::of('ERROR_ARGUMENT', "Argument 'OPTIONS[$name]' is null or empty", 200, ['argument' => "OPTIONS[$name]"]);
            }
            if ($value !== null) {
                $kept[$name] = is_array($value) ? $value : (string)$value;
            }
        }
        if (isset($kept['errorHandlerUrl'])) {
            HandlerUrl::check((string)$kept['errorHandlerUrl']);
        }
        return $kept;
    }

    /**
     * The stored handler. With LANG_ALL the plain TITLE/DESCRIPTION/GROUP_NAME are ignored;
     * without any title the application's name is used.
     *
     * @param array<string, mixed> $p @param array<string, mixed> $options @return array<string, mixed>
     */
    private static function row(array $p, string $code, string $handler, int $userId, array $options): array
    {
        $langAll = is_array($p['LANG_ALL'] ?? null) ? $p['LANG_ALL'] : [];
        $first = is_array(reset($langAll)) ? array_change_key_case(reset($langAll), CASE_UPPER) : [];
        $texts = $langAll === [] ? $p : $first;
        $title = is_string($texts['TITLE'] ?? null) && $texts['TITLE'] !== '' ? $texts['TITLE'] : self::APP_NAME;
        $description = is_string($texts['DESCRIPTION'] ?? null) ? $texts['DESCRIPTION'] : '';
        $group = is_string($texts['GROUP_NAME'] ?? null) ? $texts['GROUP_NAME'] : '';
        if ($langAll === []) {
            $langAll = ['en' => ['TITLE' => $title, 'DESCRIPTION' => $description, 'GROUP_NAME' => $group]];
        }
        return [
            'placement' => $code, 'handler' => $handler, 'user_id' => $userId, 'title' => $title,
            'description' => $description, 'group_name' => $group, 'lang_all' => $langAll, 'options' => $options,
        ];
    }
}
