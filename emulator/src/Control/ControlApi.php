<?php

declare(strict_types=1);

namespace B24Emu\Control;

use B24Emu\Faults\FaultKinds;
use B24Emu\Faults\FaultStore;
use B24Emu\Http\BodyParser;
use B24Emu\Http\Request;
use B24Emu\Http\Response;
use B24Emu\Launcher\EnvFile;
use B24Emu\Log\LogReader;
use B24Emu\Runtime\InFlight;
use B24Emu\Runtime\Paths;
use B24Emu\Runtime\RunConfig;
use B24Emu\Runtime\Settings;
use B24Emu\Storage\Database;
use B24Emu\Storage\Seeder;
use B24Emu\Storage\State;

/** The control endpoint under /_emu/: state reset, settings, faults, app installs, the request log. */
final class ControlApi
{
    public static function handle(Request $request): Response
    {
        $route = trim(substr($request->path, strlen('/_emu/')), '/');
        $input = array_replace($request->queryParams(), BodyParser::parse($request->header('content-type'), $request->body));
        try {
            return self::route($request->method, $route, $input);
        } catch (\InvalidArgumentException $e) {
            return Response::json(400, ['error' => 'bad_request', 'error_description' => $e->getMessage()]);
        }
    }

    /** @param array<mixed> $input */
    private static function route(string $verb, string $route, array $input): Response
    {
        if (preg_match('#^log/(\d+)(?:/(body|response))?$#', $route, $m)) {
            return LogRoutes::one((int)$m[1], $m[2] ?? '');
        }
        return match ("$verb $route") {
            'GET health' => Response::json(200, ['ok' => true]),
            'GET env' => Response::json(200, EnvFile::values(RunConfig::get(), Paths::run())),
            'GET settings' => Response::json(200, Settings::all()),
            'POST settings' => self::updateSettings($input),
            'POST reset' => self::reset($input),
            'POST settle' => self::settle(),
            'POST limits/reset' => self::resetLimits(),
            'POST seed' => self::seed($input),
            'GET faults' => Response::json(200, ['faults' => FaultStore::list(), 'kinds' => FaultKinds::all()]),
            'POST faults' => self::armFault($input),
            'DELETE faults' => Response::json(200, ['cleared' => FaultStore::clear()]),
            'POST install' => Response::json(200, Installs::install($input)),
            'GET log' => LogRoutes::list($input),
            'DELETE log' => Response::json(200, ['cleared' => LogReader::clear()]),
            'GET bindings' => Response::json(200, Bindings::all()),
            'POST deliver/event' => Response::json(200, Deliveries::event($input)),
            'POST deliver/placement' => Response::json(200, Deliveries::placement($input)),
            'POST deliver/install' => Response::json(200, InstallDeliveries::deliver($input)),
            default => Response::json(404, ['error' => 'not_found', 'error_description' => "no control route: $verb /_emu/$route"]),
        };
    }

    /** @param array<mixed> $input */
    private static function updateSettings(array $input): Response
    {
        $errors = Settings::update($input);
        if ($errors !== []) {
            throw new \InvalidArgumentException(implode('; ', $errors));
        }
        return Response::json(200, Settings::all());
    }

    /** @param array<mixed> $input */
    private static function reset(array $input): Response
    {
        /* requests still running (given up by their clients) log themselves before the log is cleared */
        InFlight::drain();
        try {
            State::reset(filter_var($input['log'] ?? true, FILTER_VALIDATE_BOOLEAN));
        } finally {
            InFlight::release();
        }
        return Response::json(200, ['reset' => true, 'settings' => Settings::all()]);
    }

    /** Waits until no REST or OAuth request is running, so that each has logged itself. */
    private static function settle(): Response
    {
        $t0 = microtime(true);
        $settled = InFlight::drain();
        InFlight::release();
        return Response::json(200, ['settled' => $settled, 'waited_ms' => (int)round((microtime(true) - $t0) * 1000)]);
    }

    private static function resetLimits(): Response
    {
        Database::run('DELETE FROM bucket');
        Database::run('DELETE FROM operating');
        return Response::json(200, ['reset' => true]);
    }

    /** Grows the deals to $input['deals'] in all (IDs 1..N, seeded rows); a reset goes back to the seed. @param array<mixed> $input */
    private static function seed(array $input): Response
    {
        $deals = $input['deals'] ?? null;
        if (!is_numeric($deals) || (int)$deals < 1 || (int)$deals > 1000000) {
            throw new \InvalidArgumentException('deals must be a count from 1 to 1000000');
        }
        return Response::json(200, ['deals' => Seeder::growDeals(Database::pdo(), (int)$deals)]);
    }

    /** @param array<mixed> $input */
    private static function armFault(array $input): Response
    {
        $kind = (string)($input['kind'] ?? '');
        if (!FaultKinds::known($kind)) {
            throw new \InvalidArgumentException("unknown fault kind '$kind'; known: " . implode(', ', FaultKinds::all()));
        }
        $count = (int)($input['count'] ?? 1);
        if ($count < 1) {
            throw new \InvalidArgumentException('count must be at least 1');
        }
        $params = $input;
        unset($params['kind'], $params['count'], $params['method']);
        return Response::json(200, FaultStore::arm($kind, $count, (string)($input['method'] ?? ''), $params));
    }
}
