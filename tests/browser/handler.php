<?php
/*
 * The interface-event handler of the browser test: receives what the frame page POSTs for one
 * occurrence, checks the binding signature as documented in the frame page template
 * (HMAC-SHA256(app secret, member_id|event|handler|expiry), handler = this URL, expiry in the
 * future) and, with the b24 extension loaded, with B24Placement::verifyEvent() as well; appends
 * what it received and the verdicts to the record file the test reads.
 */

declare(strict_types=1);

require __DIR__ . '/record.inc';

function verify_occurrence(string $secret, string $handler, mixed $msg): string
{
    if (!is_array($msg)) {
        return 'body is not a JSON object';
    }
    foreach (['event' => 'is_string', 'member_id' => 'is_string', 'ts' => 'is_int',
              'expiry' => 'is_int', 'sig' => 'is_string'] as $key => $check) {
        if (!array_key_exists($key, $msg) || !$check($msg[$key])) {
            return "field $key missing or of the wrong type";
        }
    }
    if (!array_key_exists('data', $msg)) {
        return 'field data missing';
    }
    if ($msg['expiry'] < time()) {
        return 'binding expired';
    }
    $expected = hash_hmac('sha256', $msg['member_id'] . '|' . $msg['event'] . '|' . $handler . '|' . $msg['expiry'], $secret);
    return hash_equals($expected, $msg['sig']) ? '' : 'signature mismatch';
}

$raw = (string) file_get_contents('php://input');
if (isset($_GET['error'])) {
    // the placement's errorHandlerUrl: the portal reports a dropped PAGE_BACKGROUND_WORKER here
    test_record(['kind' => 'error-handler', 'raw' => $raw, 'post' => $_POST]);
    exit;
}
$msg = json_decode($raw, true);
$handler = test_self_origin() . strtok((string) ($_SERVER['REQUEST_URI'] ?? '/handler.php'), '?');
$secret = (string) getenv('B24_TEST_APP_SECRET');
$problem = ($_SERVER['REQUEST_METHOD'] ?? '') === 'POST'
    ? verify_occurrence($secret, $handler, $msg)
    : 'method is not POST';
$extension = null;
if (extension_loaded('b24')) {
    try {
        $extension = B24Placement::verifyEvent($raw, $secret, $handler,
            ['member_id' => (string) getenv('B24_TEST_MEMBER_ID')]);
    } catch (B24Exception $e) {
        $problem = trim($problem . ' ' . $e->getMessage());
    }
}

test_record([
    'kind' => 'event',
    'method' => $_SERVER['REQUEST_METHOD'] ?? '',
    'content_type' => $_SERVER['CONTENT_TYPE'] ?? '',
    'raw' => $raw,
    'msg' => $msg,
    'verified' => $problem === '',
    'extension' => $extension,
    'problem' => $problem,
]);

http_response_code($problem === '' ? 204 : 403);
