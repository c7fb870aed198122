<?php
/*
 * The REST event handler. B24App::event() accepts only events whose
 * application_token is the one kept at install for that portal; anything else
 * is a B24AuthException (answered 401). A new deal is looked up with the
 * portal's client (its tokens refreshed and written back when they expire) and
 * remembered for index.php. OnAppUninstall has already removed the portal's
 * tokens when event() returns; the app forgets its deals too.
 */

declare(strict_types=1);

require __DIR__ . '/config.php';

/** The file of the deals seen for one portal (member_id is checked by event()). */
function deals_file(string $memberId): string
{
    return app_data('deals') . '/' . $memberId . '.jsonl';
}

try {
    $event = app()->event();
} catch (B24AuthException $e) {
    http_response_code(401);    /* forged, or a portal that did not install the app */
    exit;
} catch (B24Exception $e) {
    http_response_code(400);    /* not an event */
    exit;
}

try {
    switch ($event->name()) {
        case 'ONCRMDEALADD':
            $deal = $event->client()->call('crm.deal.get', ['id' => (int)($event->data()['FIELDS']['ID'] ?? 0)]);
            $line = json_encode(['id' => $deal['ID'], 'title' => $deal['TITLE'], 'at' => $event->timestamp()]);
            file_put_contents(deals_file($event->memberId()), $line . "\n", FILE_APPEND | LOCK_EX);
            break;
        case 'ONAPPUNINSTALL':
            @unlink(deals_file($event->memberId()));
            break;
    }
    http_response_code(204);
} catch (B24Exception $e) {
    /* b24's messages carry no token: safe to log */
    error_log(sprintf('%s for %s: %s', $event->name(), $event->memberId(), $e->getMessage()));
    http_response_code(500);
}
