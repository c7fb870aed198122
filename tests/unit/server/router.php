<?php
/*
 * A tiny portal + OAuth server for the core client's unit tests, run with
 * `php -S 127.0.0.1:<port> router.php`. State lives in $B24T_STATE/state.json:
 *   access    the one access token the portal accepts
 *   refresh   the one refresh token the OAuth server accepts (single use)
 *   n         generation: a refresh issues A<n+1> / R<n+1>
 *   refreshes how many refreshes succeeded
 *   mode      "normal" or "always_expired"
 *   doom      how many of the next refreshed tokens expire on their way back
 *             (issued with expires_in 1 and refused by the portal)
 *
 * The webhook /rest/1/placements/ is a portal's placement and event
 * registry for the tests of b24_placement and b24_bind_event, kept in
 * $B24T_STATE/placements.json:
 *   bound     [{placement, handler, userId, title}] as placement.get lists them
 *   events    [{event, handler}] of event.bind
 *   single    codes that hold one handler per user (ERROR_PLACEMENT_MAX_COUNT)
 *   bindevent true when REST placement.bindEvent exists (else ERROR_METHOD_NOT_FOUND)
 *   log       every method called, in order
 */

function state_path(): string
{
	return getenv('B24T_STATE') . '/state.json';
}

/* Runs $fn on the state under an exclusive lock and saves what it returns. */
function with_state(callable $fn)
{
	$fp = fopen(state_path(), 'c+');
	flock($fp, LOCK_EX);
	$state = json_decode(stream_get_contents($fp), true) ?: [];
	[$state, $out] = $fn($state);
	ftruncate($fp, 0);
	rewind($fp);
	fwrite($fp, json_encode($state));
	fflush($fp);
	flock($fp, LOCK_UN);
	fclose($fp);
	return $out;
}

function answer(int $status, $data): void
{
	http_response_code($status);
	header('Content-Type: application/json');
	echo is_string($data) ? $data : json_encode($data);
}

function echo_request(string $method, string $raw): array
{
	return ['result' => [
		'method' => $method,
		'http_method' => $_SERVER['REQUEST_METHOD'],
		'content_type' => $_SERVER['CONTENT_TYPE'] ?? '',
		'body' => $raw,
		'query' => $_SERVER['QUERY_STRING'] ?? '',
		'user_agent' => $_SERVER['HTTP_USER_AGENT'] ?? '',
	]];
}

function oauth_token(): void
{
	$p = $_POST;
	if (($p['client_id'] ?? '') !== 'app.id' || ($p['client_secret'] ?? '') !== 'app-secret') {
		answer(401, ['error' => 'invalid_client', 'error_description' => 'Invalid client']);
		return;
	}
	if (array_keys($p) !== ['client_id', 'grant_type', 'client_secret', 'refresh_token']
			|| $p['grant_type'] !== 'refresh_token') {
		answer(400, ['error' => 'invalid_request', 'error_description' => 'Invalid request']);
		return;
	}
	$base = 'http://' . $_SERVER['HTTP_HOST'] . '/';
	$out = with_state(function ($s) use ($p, $base) {
		if ($p['refresh_token'] !== $s['refresh']) {
			return [$s, null];
		}
		usleep(100000);   /* widens the window in which other processes see expired_token */
		$doomed = ($s['doom'] ?? 0) > 0;
		$lifetime = $doomed ? 1 : 3600;
		$s['doom'] = max(0, ($s['doom'] ?? 0) - 1);
		$s['n']++;
		$s['refreshes']++;
		$s['access'] = $doomed ? 'none' : 'A' . $s['n'];
		$s['refresh'] = 'R' . $s['n'];
		return [$s, [
			'access_token' => 'A' . $s['n'], 'expires' => time() + $lifetime, 'expires_in' => $lifetime,
			'scope' => 'crm', 'domain' => 'oauth.bitrix.info', 'server_endpoint' => $base . 'rest/',
			'status' => 'L', 'client_endpoint' => $base . 'rest/', 'member_id' => 'mem1',
			'user_id' => 1, 'refresh_token' => $s['refresh'],
		]];
	});
	if ($out === null) {
		answer(400, ['error' => 'invalid_grant', 'error_description' => 'Invalid grant']);
	} else {
		answer(200, $out);
	}
}

function portal(string $method, string $raw, bool $webhook): void
{
	if ($method === 'html.502') {
		http_response_code(502);
		header('Content-Type: text/html');
		echo "<html><body><h1>502 Bad Gateway</h1></body></html>\n";
		return;
	}
	if ($method === 'redirect.me') {
		header('Location: https://renamed.example/rest/' . $method . '.json', true, 302);
		return;
	}
	if ($method === 'placement.error') {
		answer(200, ['error' => 'ERROR_PLACEMENT_MAX_COUNT', 'error_description' => 'limit']);
		return;
	}
	if (!$webhook) {
		$json = str_starts_with($_SERVER['CONTENT_TYPE'] ?? '', 'application/json');
		$auth = $json ? (json_decode($raw, true)['auth'] ?? '') : ($_POST['auth'] ?? '');
		$state = with_state(fn ($s) => [$s, $s]);
		if (($state['mode'] ?? '') === 'always_expired' || $auth !== $state['access']) {
			answer(401, ['error' => 'expired_token', 'error_description' => 'The access token provided has expired.']);
			return;
		}
	}
	answer(200, echo_request($method, $raw));
}

/* Runs $fn on the placement registry under the state lock and saves it. */
function with_registry(callable $fn)
{
	$path = getenv('B24T_STATE') . '/placements.json';
	$fp = fopen($path, 'c+');
	flock($fp, LOCK_EX);
	$reg = json_decode(stream_get_contents($fp), true) ?: [];
	$reg += ['bound' => [], 'events' => [], 'single' => [], 'bindevent' => false, 'log' => []];
	[$reg, $out] = $fn($reg);
	ftruncate($fp, 0);
	rewind($fp);
	fwrite($fp, json_encode($reg, JSON_UNESCAPED_SLASHES));
	fflush($fp);
	flock($fp, LOCK_UN);
	fclose($fp);
	return $out;
}

function already_bound(): array
{
	return [400, ['error' => 'ERROR_CORE', 'error_description' => 'Unable to set placement handler: Handler already binded']];
}

function placement_bind(array $reg, array $p): array
{
	$code = strtoupper($p['PLACEMENT'] ?? '');
	$user = (int)($p['USER_ID'] ?? 0);
	foreach ($reg['bound'] as $b) {
		if ($b['placement'] === $code && $b['userId'] === $user && $b['handler'] === ($p['HANDLER'] ?? '')) {
			return [$reg, already_bound()];
		}
		if ($b['placement'] === $code && $b['userId'] === $user && in_array($code, $reg['single'], true)) {
			return [$reg, [200, ['error' => 'ERROR_PLACEMENT_MAX_COUNT', 'error_description' => 'Max count reached']]];
		}
	}
	$reg['bound'][] = ['placement' => $code, 'handler' => $p['HANDLER'] ?? '', 'userId' => $user,
		'title' => $p['TITLE'] ?? '', 'options' => $p['OPTIONS'] ?? []];
	return [$reg, [200, ['result' => true]]];
}

function placement_unbind(array $reg, array $p): array
{
	$n = 0;
	$keep = [];
	foreach ($reg['bound'] as $b) {
		$match = $b['placement'] === strtoupper($p['PLACEMENT'] ?? '')
			&& (!isset($p['HANDLER']) || $b['handler'] === $p['HANDLER'])
			&& (!isset($p['USER_ID']) || $b['userId'] === (int)$p['USER_ID']);
		$match ? $n++ : $keep[] = $b;
	}
	$reg['bound'] = $keep;
	/* A real portal counts each removed handler twice. */
	return [$reg, [200, ['result' => ['count' => 2 * $n]]]];
}

function event_bind(array $reg, array $p): array
{
	$e = ['event' => $p['event'] ?? '', 'handler' => $p['handler'] ?? ''];
	if (in_array($e, $reg['events'], true)) {
		return [$reg, already_bound()];
	}
	$reg['events'][] = $e;
	return [$reg, [200, ['result' => true]]];
}

function event_unbind(array $reg, array $p): array
{
	$e = ['event' => $p['event'] ?? '', 'handler' => $p['handler'] ?? ''];
	$keep = array_values(array_filter($reg['events'], fn ($x) => $x !== $e));
	$n = count($reg['events']) - count($keep);
	$reg['events'] = $keep;
	return [$reg, [200, ['result' => ['count' => $n]]]];
}

function placements(string $method): void
{
	[$status, $data] = with_registry(function (array $reg) use ($method) {
		$reg['log'][] = $method;
		$p = $_POST;
		return match ($method) {
			'placement.get' => [$reg, [200, ['result' => $reg['bound']]]],
			'placement.list' => [$reg, [200, ['result' => ['LEFT_MENU', 'CALL_CARD', $p['SCOPE'] ?? '', $p['FULL'] ?? '']]]],
			'placement.bind' => placement_bind($reg, $p),
			'placement.unbind' => placement_unbind($reg, $p),
			'placement.bindEvent' => $reg['bindevent']
				? [$reg, [200, ['result' => true]]]
				: [$reg, [404, ['error' => 'ERROR_METHOD_NOT_FOUND', 'error_description' => 'Method not found!']]],
			'event.bind' => event_bind($reg, $p),
			'event.unbind' => event_unbind($reg, $p),
			default => [$reg, [404, ['error' => 'ERROR_METHOD_NOT_FOUND', 'error_description' => 'Method not found!']]],
		};
	});
	answer($status, $data);
}

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$raw = file_get_contents('php://input');
if ($path === '/oauth/token/') {
	oauth_token();
} elseif (preg_match('#^/rest/1/placements/([A-Za-z0-9_.-]+)\.json$#', $path, $m)) {
	placements($m[1]);
} elseif (preg_match('#^/rest/1/hookcode/([A-Za-z0-9_.-]+)\.json$#', $path, $m)) {
	portal($m[1], $raw, true);
} elseif (preg_match('#^/rest/([A-Za-z0-9_.-]+)\.json$#', $path, $m)) {
	portal($m[1], $raw, false);
} else {
	answer(404, ['error' => 'NOT_FOUND']);
}
