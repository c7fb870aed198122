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
 * scripts/quickstart does both. Only emulator_app() stands in for what a real app has: the token
 * store its install handler wrote.
 */

declare(strict_types=1);

const EVENT = 'BackgroundCallCard::answerButtonClick';
const APP = 'https://app.example.com/b24';

/**
 * The app as installed on the emulator's portal: a token store (CRest's settings.json format)
 * in $dir, as an install handler writes it, and a client that keeps its tokens there.
 *
 * @return array{B24Client, array<string, string>}
 */
function emulator_app(string $dir): array
{
    /* EMU_RUN_DIR selects a private emulator instance, as it does for emulator/start */
    $envFile = (getenv('EMU_RUN_DIR') ?: dirname(__DIR__) . '/emulator/run') . '/env';
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
    /* The emulator's control endpoint issues the tokens an installation would receive. */
    $tls = stream_context_create([
        'http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => '{}',
            'ignore_errors' => true],
        'ssl' => ['cafile' => $env['B24_EMU_CA']],
    ]);
    $answer = (string)@file_get_contents($env['B24_EMU_CONTROL'] . 'install', false, $tls);
    $install = json_decode($answer, true);
    if (!isset($install['access_token'])) {
        fwrite(STDERR, "The emulator did not issue a token: $answer\n");
        exit(1);
    }
    file_put_contents("$dir/settings.json", json_encode(array_intersect_key($install, array_flip([
        'access_token', 'refresh_token', 'client_endpoint', 'server_endpoint', 'member_id', 'expires',
        'application_token',
    ]))));
    $client = new B24Client([
        'client_id' => $env['B24_EMU_CLIENT_ID'],
        'client_secret' => $env['B24_EMU_CLIENT_SECRET'],
        'store' => "$dir/settings.json",
        'oauth_server' => $env['B24_EMU_OAUTH'],
        'ca_file' => $env['B24_EMU_CA'],
    ]);
    return [$client, $env];
}

$dir = sys_get_temp_dir() . '/b24-example-' . getmypid();
mkdir($dir, 0700);
register_shutdown_function(function () use ($dir): void {
    array_map('unlink', glob("$dir/*") ?: []);
    rmdir($dir);
});
[$client, $env] = emulator_app($dir);

/* What the app configures once, in php.ini: its frame page and the background worker's error
   handler. The bindings are kept next to the token store; the client secret signs the page. */
ini_set('b24.frame_url', APP . '/frame.php');
ini_set('b24.error_handler_url', APP . '/worker-error.php');

$handler = APP . '/answered.php';
printf("Portal %s (member_id %s)\n", $env['B24_EMU_DOMAIN'], $env['B24_EMU_MEMBER_ID']);
$ok = b24_bind_event(EVENT, $handler, [], $client);
printf("b24_bind_event('%s', '%s') returned %s\n", EVENT, $handler, var_export($ok, true));

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
    echo "  via rest: the portal accepted placement.bindEvent with PLACEMENT=", EVENT, "\n";
    echo "    and HANDLER=$handler; it calls the handler itself\n";
    exit(0);
}

echo "  via frame: the portal has no REST placement.bindEvent (it answered ERROR_METHOD_NOT_FOUND)\n";
foreach ((new B24Placement($binding['placement'], $client))->get() as $p) {
    printf("  %s is bound to the app's frame page %s\n", $p['placement'], $p['handler']);
    if (isset($p['options']['errorHandlerUrl'])) {
        printf("    (errorHandlerUrl %s)\n", $p['options']['errorHandlerUrl']);
    }
}
echo "  the binding is recorded in b24_bindings.json, next to the token store\n";

/* Binding again does not ask the portal again: it remembers that the method is missing. */
b24_bind_event(EVENT, $handler, [], $client);
echo "  binding again asks nothing new of the portal and changes nothing\n";

/* The portal loads frame.php in the hidden PAGE_BACKGROUND_WORKER frame with a widget request;
   frame.php checks the request's APPLICATION_TOKEN against the one stored at install and answers
   with the page, which subscribes the event in the browser. */
$stored = json_decode((string)file_get_contents("$dir/settings.json"), true);
$request = B24Placement::fromRequest(
    ['DOMAIN' => $env['B24_EMU_DOMAIN'], 'PROTOCOL' => '1', 'LANG' => 'en', 'APP_SID' => bin2hex(random_bytes(16))],
    ['member_id' => $stored['member_id'], 'PLACEMENT' => 'PAGE_BACKGROUND_WORKER',
     'APPLICATION_TOKEN' => $env['B24_EMU_APPLICATION_TOKEN'], 'PLACEMENT_OPTIONS' => '{"ID":"PAGE_BACKGROUND_WORKER"}'],
);
$page = $request->frame($stored['application_token'], [], $client);
preg_match('#<script type="application/json" id="b24-bindings">(.*?)</script>#s', $page, $m);
$subscribed = json_decode($m[1], true);
printf("  frame.php answers with B24Placement::fromRequest()->frame(): %d bytes that subscribe\n",
    strlen($page));
printf("    %s, signed until %s UTC\n", implode(', ', array_column($subscribed, 'event')),
    gmdate('Y-m-d H:i', $subscribed[0]['expiry']));

/* When the operator answers, the page POSTs this to answered.php, which verifies it. */
$post = json_encode([
    'event' => EVENT, 'data' => '', 'member_id' => $env['B24_EMU_MEMBER_ID'], 'ts' => time(),
    'expiry' => $subscribed[0]['expiry'], 'sig' => $subscribed[0]['sig'],
]);
$event = B24Placement::verifyEvent($post, $env['B24_EMU_CLIENT_SECRET'], $handler,
    ['member_id' => $env['B24_EMU_MEMBER_ID']]);
try {
    B24Placement::verifyEvent(str_replace($subscribed[0]['sig'], str_repeat('0', 64), $post),
        $env['B24_EMU_CLIENT_SECRET'], $handler);
    $forged = 'ACCEPTED';
} catch (B24AuthException $e) {
    $forged = 'refused (' . $e->getErrorCode() . ')';
}
echo "  answered.php checks each click with B24Placement::verifyEvent(): a click from this\n";
printf("    portal is accepted (%s), a forged one %s\n", $event['event'], $forged);
