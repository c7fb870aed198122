<?php
/*
 * The app's placement handler for the browser test: the portal page POSTs the widget request here
 * (query DOMAIN, PROTOCOL, LANG, APP_SID; body member_id, PLACEMENT, ...) and the answer is the
 * frame page. render_frame_page() is the one rendering step:
 *
 *  - with the b24 extension loaded: B24Placement::fromRequest()->frame(), which checks the
 *    request's APPLICATION_TOKEN and renders the page subscribing what b24_bind_event() recorded
 *    in the bindings file (bind.php made it);
 *  - without it: the same token check here, then src/core/b24_frame_page.html filled here for
 *    the events in this URL's `bind` query parameter (comma-separated), all bound to handler.php
 *    of this server.
 *
 * Environment (from the test): B24_TEST_APP_SECRET, B24_TEST_APPLICATION_TOKEN (the one stored at
 * install), B24_TEST_RECORD (JSON-lines file),
 * B24_TEST_SDK_URL (the SDK's UMD build on the portal origin), B24_TEST_TEMPLATE,
 * B24_TEST_BINDINGS_FILE (extension only).
 */

declare(strict_types=1);

require __DIR__ . '/record.inc';

function render_frame_page(array $query, array $body, string $secret, string $sdkUrl, string $appToken): string
{
    if (extension_loaded('b24')) {
        return B24Placement::fromRequest($query, $body)->frame($appToken, [
            'secret' => $secret,
            'sdk_url' => $sdkUrl,
            'bindings_file' => (string) getenv('B24_TEST_BINDINGS_FILE'),
        ]);
    }
    if ($appToken === '' || !hash_equals($appToken, (string) ($body['APPLICATION_TOKEN'] ?? ''))) {
        throw new RuntimeException('the request\'s APPLICATION_TOKEN is not this installation\'s');
    }
    $memberId = (string) ($body['member_id'] ?? '');
    $handler = test_self_origin() . '/handler.php';
    $expiry = time() + 3600;
    $bindings = [];
    foreach (array_filter(explode(',', (string) ($query['bind'] ?? ''))) as $event) {
        $bindings[] = [
            'event' => $event,
            'handler' => $handler,
            'expiry' => $expiry,
            'sig' => hash_hmac('sha256', $memberId . '|' . $event . '|' . $handler . '|' . $expiry, $secret),
        ];
    }
    return fill_template((string) file_get_contents((string) getenv('B24_TEST_TEMPLATE')), $sdkUrl, $memberId, $bindings);
}

/** The template's placeholders filled as its head comment prescribes. */
function fill_template(string $template, string $sdkUrl, string $memberId, array $bindings): string
{
    // json_encode escapes U+2028/U+2029 unless JSON_UNESCAPED_LINE_TERMINATORS is given
    $json = json_encode($bindings, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    $attr = static fn (string $s): string => htmlspecialchars($s, ENT_QUOTES | ENT_HTML5, 'UTF-8');
    $out = strtr($template, [
        '{{SDK_URL}}' => $attr($sdkUrl),
        '{{MEMBER_ID}}' => $attr($memberId),
        '{{BINDINGS_JSON}}' => $json,
    ]);
    if (str_contains($out, '{{')) {
        throw new RuntimeException('unreplaced placeholder in the frame page template');
    }
    return $out;
}

$secret = (string) getenv('B24_TEST_APP_SECRET');
$sdkUrl = (string) getenv('B24_TEST_SDK_URL');
if ($secret === '' || $sdkUrl === '') {
    http_response_code(500);
    exit("render-frame.php: B24_TEST_APP_SECRET and B24_TEST_SDK_URL are required\n");
}

test_record([
    'kind' => 'render',
    'renderer' => extension_loaded('b24') ? 'extension' : 'template',
    'method' => $_SERVER['REQUEST_METHOD'] ?? '',
    'query' => $_GET,
    'body' => $_POST,
]);

try {
    $html = render_frame_page($_GET, $_POST, $secret, $sdkUrl, (string) getenv('B24_TEST_APPLICATION_TOKEN'));
} catch (Throwable $e) {
    test_record(['kind' => 'render-error', 'error' => get_class($e) . ': ' . $e->getMessage()]);
    http_response_code(500);
    exit('render-frame.php: ' . get_class($e) . "\n");
}
header('Content-Type: text/html; charset=utf-8');
header('Cache-Control: no-store');
echo $html;
