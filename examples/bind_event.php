<?php
/*
 * Binds the interface event BackgroundCallCard::answerButtonClick ("the operator answered a
 * call") to a handler URL of your app, and shows which way b24 did it:
 *
 *  - a portal that has REST placement.bindEvent (the documentation of 2026-03 to 2026-08 said so;
 *    emulator mode `documented`): one REST call, exactly as that documentation shows;
 *  - a portal without it (every portal today; emulator mode `current`): the portal answers
 *    ERROR_METHOD_NOT_FOUND, so b24 binds your app's frame page to PAGE_BACKGROUND_WORKER (the
 *    hidden frame in which the portal raises the event), records the binding, and the frame page
 *    that B24Placement::renderFrame() renders subscribes the event in the browser and forwards
 *    each click, signed, to the handler, which checks it with B24Placement::verifyEvent().
 *
 * Run it against the local portal emulator:
 *
 *     emulator/start --bindevent-mode=current      (or documented)
 *     php -d extension=modules/b24.so examples/bind_event.php
 *
 * scripts/quickstart does both. Your own app takes its client from its token store instead of
 * emulator_client(), and its URLs from php.ini (b24.frame_url, b24.error_handler_url, ...).
 */

declare(strict_types=1);

const EVENT = 'BackgroundCallCard::answerButtonClick';
const APP = 'https://app.example.com/b24';

/**
 * An OAuth client of the emulator's installed app: stands in for the client your install
 * handler stored. Returns the client and the emulator's environment.
 *
 * @return array{B24Client, array<string, string>}
 */
function emulator_client(): array
{
    $root = dirname(__DIR__);
    $envFile = "$root/emulator/run/env";
    if (!is_file($envFile)) {
        fwrite(STDERR, "The emulator is not running: start it with emulator/start\n");
        exit(1);
    }
    $env = [];
    foreach (file($envFile, FILE_IGNORE_NEW_LINES) as $line) {
        if (preg_match('/^(B24_EMU_[A-Z_]+)=\'?(.*?)\'?$/', $line, $m)) {
            $env[$m[1]] = $m[2];
        }
    }
    $tls = stream_context_create([
        'http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => '{}',
            'ignore_errors' => true],
        'ssl' => ['cafile' => $env['B24_EMU_CA']],
    ]);
    $answer = (string)@file_get_contents($env['B24_EMU_CONTROL'] . 'install', false, $tls);
    $pair = json_decode($answer, true);
    if (!isset($pair['access_token'])) {
        fwrite(STDERR, "The emulator did not issue a token: $answer\n");
        exit(1);
    }
    $client = new B24Client([
        'client_id' => $env['B24_EMU_CLIENT_ID'],
        'client_secret' => $env['B24_EMU_CLIENT_SECRET'],
        'access_token' => $pair['access_token'],
        'refresh_token' => $pair['refresh_token'],
        'client_endpoint' => $env['B24_EMU_CLIENT_ENDPOINT'],
        'member_id' => $env['B24_EMU_MEMBER_ID'],
        'oauth_server' => $env['B24_EMU_OAUTH'],
        'ca_file' => $env['B24_EMU_CA'],
    ]);
    return [$client, $env];
}

[$client, $env] = emulator_client();

/* What an app configures once, in php.ini: its frame page, the background worker's error
   handler, its client secret (signs the frame page) and where b24 keeps its bindings. */
$state = sys_get_temp_dir() . '/b24-example-' . getmypid();
@mkdir($state, 0700);
ini_set('b24.frame_url', APP . '/frame.php');
ini_set('b24.error_handler_url', APP . '/worker-error.php');
ini_set('b24.client_secret', $env['B24_EMU_CLIENT_SECRET']);
ini_set('b24.bindings_file', "$state/b24_bindings.json");

$handler = APP . '/answered.php';
printf("Portal %s, member_id %s\n", $env['B24_EMU_DOMAIN'], $env['B24_EMU_MEMBER_ID']);
printf("b24_bind_event('%s', '%s')\n", EVENT, $handler);

$ok = b24_bind_event(EVENT, $handler, [], $client);
printf("  returned %s\n", var_export($ok, true));

$binding = null;
foreach (B24Placement::bindings($client) as $b) {
    if ($b['event'] === EVENT && $b['handler'] === $handler) {
        $binding = $b;
    }
}
if ($binding === null) {
    echo "  nothing was recorded\n";
    exit(1);
}

if ($binding['via'] === 'rest') {
    echo "  bound through REST: the portal accepted placement.bindEvent\n";
    printf("    PLACEMENT=%s HANDLER=%s\n", EVENT, $handler);
    echo "  the portal itself now calls the handler when an operator answers\n";
    exit(0);
}

echo "  the portal has no REST placement.bindEvent (ERROR_METHOD_NOT_FOUND),\n";
echo "  so it was bound through the app's frame page:\n";
foreach ((new B24Placement($binding['placement'], $client))->get() as $p) {
    printf("    %s -> %s", $p['placement'], $p['handler']);
    if (isset($p['options']['errorHandlerUrl'])) {
        printf(" (errorHandlerUrl %s)", $p['options']['errorHandlerUrl']);
    }
    echo "\n";
}
printf("    recorded in %s: %s -> %s, via %s\n", ini_get('b24.bindings_file'), $binding['event'],
    $binding['handler'], $binding['via']);

/* Binding again does not ask the portal again: it remembers that the method is missing. */
b24_bind_event(EVENT, $handler, [], $client);
echo "  a second bind reused what is known of the portal and changed nothing\n";

/* frame.php answers the portal with this page; it subscribes the event in the browser. */
$page = B24Placement::renderFrame($client, ['placement' => B24Placement::PAGE_BACKGROUND_WORKER]);
preg_match('#<script type="application/json" id="b24-bindings">(.*?)</script>#s', $page, $m);
$subscribed = json_decode($m[1], true);
printf("  frame page (frame.php): %d bytes, subscribes %s, signatures valid until %s UTC\n",
    strlen($page), implode(', ', array_column($subscribed, 'event')),
    gmdate('Y-m-d H:i', $subscribed[0]['expiry']));

/* When the operator answers, the page POSTs this to answered.php, which verifies it. */
$post = json_encode([
    'event' => EVENT, 'data' => '', 'member_id' => $env['B24_EMU_MEMBER_ID'], 'ts' => time(),
    'expiry' => $subscribed[0]['expiry'], 'sig' => $subscribed[0]['sig'],
]);
$event = B24Placement::verifyEvent($post, $env['B24_EMU_CLIENT_SECRET'], $handler,
    ['member_id' => $env['B24_EMU_MEMBER_ID']]);
printf("  answered.php: B24Placement::verifyEvent() accepted %s from portal %s\n", $event['event'],
    $event['member_id']);
try {
    B24Placement::verifyEvent(str_replace($subscribed[0]['sig'], str_repeat('0', 64), $post),
        $env['B24_EMU_CLIENT_SECRET'], $handler);
} catch (B24AuthException $e) {
    printf("  and refused a forged one: %s\n", $e->getErrorCode());
}

foreach (glob("$state/*") ?: [] as $f) {
    unlink($f);
}
rmdir($state);
