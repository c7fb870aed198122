<?php
/*
 * Setup of the browser test when the b24 extension is loaded: the app binds interface events the
 * way an application does, with b24_bind_event() against the emulator (which, like portals today,
 * has no REST placement.bindEvent), so that the emulator holds the placements bound to the app's
 * frame page and the bindings file holds what that page must subscribe.
 *
 *   php -d extension=modules/b24.so bind.php APP_ORIGIN BINDINGS_FILE EVENT...
 *
 * Prints JSON: {"handlers": {placement code: handler URL bound on the portal}, "member_id": ...}.
 * Touches only this app's placements and the handler_allow_local setting (restored at the end).
 */

declare(strict_types=1);

require dirname(__DIR__) . '/inc/emu.inc';

[$self, $origin, $file] = array_slice($argv, 0, 3) + [null, null, null];
$events = array_slice($argv, 3);
if ($origin === null || $file === null || $events === []) {
    fwrite(STDERR, "usage: php bind.php APP_ORIGIN BINDINGS_FILE EVENT...\n");
    exit(2);
}

$env = b24_emu();
$before = b24_emu_control('GET', 'settings');
b24_emu_settings(['handler_allow_local' => true, 'bindevent_mode' => 'current']);
try {
    $client = new B24Client(b24_emu_oauth_config(b24_emu_install(['admin' => true])));
    $options = [
        'frame_url' => "$origin/render-frame.php",
        'error_handler_url' => "$origin/handler.php?error=1",
        'bindings_file' => $file,
        'allow_local' => true,
    ];
    $placements = [];
    foreach ($events as $event) {
        $placements[] = b24_placement_of($event, $client);
    }
    // a previous run may have left this app's frame page bound to another origin
    foreach (array_unique($placements) as $code) {
        (new B24Placement($code, $client))->unbind();
    }
    foreach ($events as $event) {
        b24_bind_event($event, "$origin/handler.php", $options, $client);
    }
    $handlers = [];
    foreach (array_unique($placements) as $code) {
        foreach ((new B24Placement($code, $client))->get() as $bound) {
            $handlers[$code] = $bound['handler'];
        }
    }
    echo json_encode(['handlers' => $handlers, 'member_id' => $env['B24_EMU_MEMBER_ID']], JSON_UNESCAPED_SLASHES), "\n";
} finally {
    b24_emu_settings(['handler_allow_local' => $before['handler_allow_local'] ?? false,
        'bindevent_mode' => $before['bindevent_mode'] ?? 'current']);
}

/** The placement whose frame raises an interface event (the extension's catalog). */
function b24_placement_of(string $event, B24Client $client): string
{
    foreach (['PAGE_BACKGROUND_WORKER', 'CALL_CARD', 'CALENDAR_GRIDVIEW', 'CRM_DETAIL_SEARCH'] as $code) {
        if (in_array($event, (new B24Placement($code, $client))->events(), true)) {
            return $code;
        }
    }
    throw new InvalidArgumentException("$event is not an interface event");
}
