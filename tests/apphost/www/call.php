<?php
/*
 * The app host's self-test page: one b24 call per web request through the
 * default client, configured as an installed app would be, in php.ini
 * (b24.webhook_url, b24.ca_file: the host's INI overrides).
 */
header('Content-Type: application/json');
$answer = b24_call('profile');
$profile = $answer['result'] ?? [];
echo json_encode([
	'sapi' => PHP_SAPI,
	'pid' => getmypid(),
	'marker' => getenv('APPHOST_MARKER'),
	'admin' => $profile['ADMIN'] ?? null,
	'profile_id' => $profile['ID'] ?? null,
]);
