<?php
/*
 * A CRest application's install.php: both install forms arrive here, and
 * CRest::installApp() checks them as B24App::install() does before it
 * writes settings.json (b24.crest_settings). It answers what installApp()
 * returned.
 */
define('C_REST_CLIENT_ID', getenv('B24_EMU_CLIENT_ID'));
define('C_REST_CLIENT_SECRET', getenv('B24_EMU_CLIENT_SECRET'));

$result = CRest::installApp();
header('Content-Type: application/json');
echo json_encode(['result' => $result]);
