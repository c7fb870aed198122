<?php
/*
 * The install handler (the app's "Install path"). A portal calls it in one of two
 * ways: the ONAPPINSTALL event POST (REST-only apps) or the app opened with
 * PLACEMENT=DEFAULT. B24App::install() checks the request with the portal's
 * authorization server before it keeps any token; a forged request keeps nothing.
 * Once installed, the app subscribes to new deals (handler.php).
 */

declare(strict_types=1);

require __DIR__ . '/config.php';

const DEAL_EVENT = 'ONCRMDEALADD';

/** Subscribes handler.php to new deals, once: a reinstall finds it already bound. */
function bind_deal_event(B24Client $client): void
{
    $handler = app_url('handler.php');
    foreach ($client->call('event.get') as $binding) {
        if (strcasecmp($binding['event'], DEAL_EVENT) === 0 && $binding['handler'] === $handler) {
            return;
        }
    }
    $client->call('event.bind', ['event' => DEAL_EVENT, 'handler' => $handler]);
}

$result = app()->install();
if ($result['install']) {
    /* install() has confirmed this member_id: it is the portal whose tokens were kept */
    bind_deal_event(app_client((string)($_REQUEST['auth']['member_id'] ?? $_REQUEST['member_id'])));
} else {
    error_log('install refused: ' . $result['error']);
}
if ($result['rest_only']) {
    header('Content-Type: application/json');
    echo json_encode(['install' => $result['install']]);
} else {
    echo B24App::installFinishPage(installed: $result['install']);
}
