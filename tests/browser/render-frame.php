<?php
/*
 * The app's placement handler for the browser test: the portal page POSTs the widget request here
 * (query DOMAIN, PROTOCOL, LANG, APP_SID; body member_id, PLACEMENT, ...) and the answer is the
 * frame page rendered from src/core/b24_frame_page.html.
 *
 * render_frame_page() is the one rendering step of the test. Once the extension renders the page
 * (B24Placement), only that function changes.
 *
 * Query of this script's URL (set by the test in the portal's `app` parameter):
 *   bind = comma-separated interface-event names to bind, all to handler.php of this server.
 * Environment (from the test): B24_TEST_APP_SECRET, B24_TEST_RECORD (JSON-lines file),
 *   B24_TEST_SDK_URL (the SDK's UMD build on the portal origin), B24_TEST_TEMPLATE.
 */

declare(strict_types=1);

require __DIR__ . '/record.inc';

function render_frame_page(string $template, string $sdkUrl, string $memberId, array $bindings): string
{
    $json = json_encode($bindings, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    // json_encode escapes U+2028/U+2029 unless JSON_UNESCAPED_LINE_TERMINATORS is given
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

function sign_binding(string $secret, string $memberId, string $event, string $handler, int $expiry): string
{
    return hash_hmac('sha256', $memberId . '|' . $event . '|' . $handler . '|' . $expiry, $secret);
}

$secret = (string) getenv('B24_TEST_APP_SECRET');
$template = (string) file_get_contents((string) getenv('B24_TEST_TEMPLATE'));
$sdkUrl = (string) getenv('B24_TEST_SDK_URL');
if ($secret === '' || $template === '' || $sdkUrl === '') {
    http_response_code(500);
    exit("render-frame.php: B24_TEST_APP_SECRET, B24_TEST_TEMPLATE and B24_TEST_SDK_URL are required\n");
}

test_record([
    'kind' => 'render',
    'method' => $_SERVER['REQUEST_METHOD'] ?? '',
    'query' => $_GET,
    'body' => $_POST,
]);

$memberId = (string) ($_POST['member_id'] ?? '');
$handler = test_self_origin() . '/handler.php';
$expiry = time() + 3600;
$bindings = [];
foreach (array_filter(explode(',', (string) ($_GET['bind'] ?? ''))) as $event) {
    $bindings[] = [
        'event' => $event,
        'handler' => $handler,
        'expiry' => $expiry,
        'sig' => sign_binding($secret, $memberId, $event, $handler, $expiry),
    ];
}

header('Content-Type: text/html; charset=utf-8');
header('Cache-Control: no-store');
echo render_frame_page($template, $sdkUrl, $memberId, $bindings);
