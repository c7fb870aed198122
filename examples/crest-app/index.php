<?php
/*
 * The app's page (its "Handler path"): the portal opens it in a frame and POSTs
 * the user's tokens. B24Placement::fromRequest() reads that request; the page
 * answers only for a portal that installed the app (its member_id and domain
 * kept at install), so a made-up request cannot send this server to another
 * host. It shows who is looking, the portal's latest deals (the user's own
 * rights apply: the user's token is used) and the deals handler.php was told of.
 */

declare(strict_types=1);

require __DIR__ . '/config.php';

/** The placement request of an installed portal, or null. */
function installed_placement(): ?B24Placement
{
    try {
        $placement = B24Placement::fromRequest();
        $kept = app_store()->load($placement->request()['member_id']);
    } catch (B24Exception | ValueError $e) {
        return null;
    }
    return $kept !== null && ($kept['domain'] ?? null) === $placement->request()['DOMAIN'] ? $placement : null;
}

/** The deals handler.php recorded for this portal, newest first. @return list<array<string, mixed>> */
function seen_deals(string $memberId): array
{
    $lines = @file(app_data('deals') . '/' . $memberId . '.jsonl', FILE_IGNORE_NEW_LINES) ?: [];
    return array_reverse(array_map(static fn(string $l): array => (array)json_decode($l, true), $lines));
}

$placement = installed_placement();
if ($placement === null) {
    http_response_code(403);
    echo "This page opens inside a Bitrix24 portal that installed the app.\n";
    exit;
}
$client = $placement->client(app_config());
$user = $client->call('profile');
$latest = $client->call('crm.deal.list', ['order' => ['ID' => 'DESC'], 'select' => ['ID', 'TITLE']]);
$seen = seen_deals($placement->request()['member_id']);
?>
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Deals</title><script src="//api.bitrix24.com/api/v1/"></script></head>
<body>
<p>Hello, <?= html(trim($user['NAME'] . ' ' . $user['LAST_NAME'])) ?>.</p>
<h2>Latest deals</h2>
<ul>
<?php foreach (array_slice($latest, 0, 10) as $deal): ?>
  <li>#<?= html((string)$deal['ID']) ?> <?= html((string)$deal['TITLE']) ?></li>
<?php endforeach ?>
</ul>
<h2>Deals added since the install</h2>
<ul>
<?php foreach ($seen as $deal): ?>
  <li>#<?= html((string)$deal['id']) ?> <?= html((string)$deal['title']) ?></li>
<?php endforeach ?>
</ul>
<script>BX24.init(function () { BX24.fitWindow(); });</script>
</body>
</html>
