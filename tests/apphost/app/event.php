<?php
/*
 * The application's event handler: a verified event is answered with what
 * it says and the profile its portal's client sees; a refused one with 401
 * and the exception's class and code.
 */
require __DIR__ . '/store.php';

header('Content-Type: application/json');
try {
	$event = test_app()->event();
	$answer = ['name' => $event->name(), 'member_id' => $event->memberId(), 'ts' => $event->timestamp(),
		'data' => $event->data()];
	if (strcasecmp($event->name(), 'ONAPPUNINSTALL') !== 0) {
		$client = $event->client();
		$answer['profile'] = $client->call('profile')['ID'] ?? null;
		$answer['portal'] = print_r($client, true);
	}
	echo json_encode($answer);
} catch (B24Exception $e) {
	http_response_code(401);
	echo json_encode(['refused' => get_class($e), 'code' => $e->getErrorCode(), 'message' => $e->getMessage()]);
}
