<?php
/*
 * The application's install handler: both install forms arrive here. It
 * answers what B24App::install() returned, and for the PLACEMENT=DEFAULT
 * form the page that finishes the install.
 */
require __DIR__ . '/store.php';

$result = test_app()->install();
header('Content-Type: application/json');
echo json_encode([
	'result' => $result,
	'page' => $result['rest_only'] ? null : B24App::installFinishPage(installed: $result['install']),
]);
