<?php
/*
 * An interface-event handler: the frame page POSTs each occurrence of the event here
 * (BackgroundCallCard::answerButtonClick in examples/bind_event.php). verifyEvent() checks the
 * signature the app's server put into the page — this app, this portal, this event, this handler
 * URL, not expired — and returns the event. The data comes from the browser: treat it as user
 * input.
 */

declare(strict_types=1);

const HANDLER_URL = 'https://app.example.com/b24/answered.php';   /* as given to b24_bind_event() */

try {
    $event = B24Placement::verifyEvent((string)file_get_contents('php://input'),
        (string)ini_get('b24.client_secret'), HANDLER_URL);
} catch (B24AuthException $e) {
    http_response_code(403);
    exit;
}
error_log(sprintf('portal %s: %s at %s', $event['member_id'], $event['event'], gmdate('c', $event['ts'])));
http_response_code(204);
