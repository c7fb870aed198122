--TEST--
B24App::install(): every forged install (another app's token, a token nobody issued, an http or foreign endpoint, an untrusted authorization server, another portal's member_id, a missing or malformed field, not an install at all) stores nothing, says why, and shows no token
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/app.inc';
$app = app_start();
$cases = [
	['event', ['forge' => 'other_app']],
	['placement', ['forge' => 'other_app']],
	['event', ['forge' => 'fake_token']],
	['event', ['forge' => 'http_endpoint']],
	['placement', ['forge' => 'http_endpoint']],
	['event', ['forge' => 'foreign_endpoint']],
	['placement', ['forge' => 'foreign_endpoint']],
	['event', ['forge' => 'untrusted_server']],
	['placement', ['forge' => 'untrusted_server']],
	['event', ['forge' => 'wrong_portal']],
	['placement', ['forge' => 'wrong_portal']],
	['event', ['forge' => 'missing_field', 'field' => 'auth[member_id]']],
	['event', ['forge' => 'missing_field', 'field' => 'auth[application_token]']],
	['event', ['forge' => 'missing_field', 'field' => 'auth[server_endpoint]']],
	['placement', ['forge' => 'missing_field', 'field' => 'AUTH_ID']],
	['placement', ['forge' => 'missing_field', 'field' => 'REFRESH_ID']],
	['event', ['set' => ['auth[member_id]' => '../../etc/passwd']]],
	['event', ['set' => ['auth[access_token]' => 'token with spaces']]],
	['event', ['set' => ['auth[expires_in]' => 'soon']]],
	['placement', ['set' => ['DOMAIN' => 'portal.example/evil']]],
	['event', ['set' => ['event' => 'ONAPPUPDATE']]],
	['placement', ['set' => ['PLACEMENT' => 'CRM_DEAL_DETAIL_TAB']]],
];
$out = '';
try {
	foreach ($cases as [$form, $extra]) {
		$mark = b24_emu_log_mark();
		$r = app_install($app, $form, $extra);
		$asked = array_map(fn ($e) => "{$e['rest_method']} {$e['status']}", b24_emu_log_since($mark));
		$line = sprintf("%-9s %-44s %s asked: %s stored: %d\n", $form, json_encode($extra['forge'] ?? $extra['set'] ?? ''),
			json_encode($r['result']), $asked ? implode(', ', $asked) : 'nothing', count(app_store($app)));
		$out .= json_encode($r);
		echo $line;
	}
	echo app_php_errors($app);
	/* the handler's answers (what a caller could log) against every token sent */
	b24_assert_no_secret('an answer', $out, app_secrets($app));
	echo count(app_secrets($app)) > 40 ? "tokens searched for\n" : "TOO FEW TOKENS SEARCHED\n";
} finally {
	app_stop($app);
}
?>
--EXPECT--
event     "other_app"                                  {"rest_only":true,"install":false,"error":"wrong_app"} asked: app.info 200 stored: 0
placement "other_app"                                  {"rest_only":false,"install":false,"error":"wrong_app"} asked: app.info 200 stored: 0
event     "fake_token"                                 {"rest_only":true,"install":false,"error":"token_refused"} asked: app.info 401 stored: 0
event     "http_endpoint"                              {"rest_only":true,"install":false,"error":"insecure_endpoint","field":"auth[client_endpoint]"} asked: nothing stored: 0
placement "http_endpoint"                              {"rest_only":false,"install":false,"error":"insecure_endpoint","field":"PROTOCOL"} asked: nothing stored: 0
event     "foreign_endpoint"                           {"rest_only":true,"install":false,"error":"foreign_endpoint","field":"auth[client_endpoint]"} asked: nothing stored: 0
placement "foreign_endpoint"                           {"rest_only":false,"install":false,"error":"wrong_portal"} asked: app.info 200 stored: 0
event     "untrusted_server"                           {"rest_only":true,"install":false,"error":"untrusted_oauth_server","field":"auth[server_endpoint]"} asked: nothing stored: 0
placement "untrusted_server"                           {"rest_only":false,"install":false,"error":"untrusted_oauth_server","field":"SERVER_ENDPOINT"} asked: nothing stored: 0
event     "wrong_portal"                               {"rest_only":true,"install":false,"error":"wrong_portal"} asked: app.info 200 stored: 0
placement "wrong_portal"                               {"rest_only":false,"install":false,"error":"wrong_portal"} asked: app.info 200 stored: 0
event     "missing_field"                              {"rest_only":true,"install":false,"error":"missing_field","field":"auth[member_id]"} asked: nothing stored: 0
event     "missing_field"                              {"rest_only":true,"install":false,"error":"missing_field","field":"auth[application_token]"} asked: nothing stored: 0
event     "missing_field"                              {"rest_only":true,"install":false,"error":"missing_field","field":"auth[server_endpoint]"} asked: nothing stored: 0
placement "missing_field"                              {"rest_only":false,"install":false,"error":"missing_field","field":"AUTH_ID"} asked: nothing stored: 0
placement "missing_field"                              {"rest_only":false,"install":false,"error":"missing_field","field":"REFRESH_ID"} asked: nothing stored: 0
event     {"auth[member_id]":"..\/..\/etc\/passwd"}    {"rest_only":true,"install":false,"error":"bad_field","field":"auth[member_id]"} asked: nothing stored: 0
event     {"auth[access_token]":"token with spaces"}   {"rest_only":true,"install":false,"error":"bad_field","field":"auth[access_token]"} asked: nothing stored: 0
event     {"auth[expires_in]":"soon"}                  {"rest_only":true,"install":false,"error":"bad_field","field":"auth[expires_in]"} asked: nothing stored: 0
placement {"DOMAIN":"portal.example\/evil"}            {"rest_only":false,"install":false,"error":"bad_field","field":"DOMAIN"} asked: nothing stored: 0
event     {"event":"ONAPPUPDATE"}                      {"rest_only":true,"install":false,"error":"not_an_install"} asked: nothing stored: 0
placement {"PLACEMENT":"CRM_DEAL_DETAIL_TAB"}          {"rest_only":true,"install":false,"error":"not_an_install"} asked: nothing stored: 0
no PHP error
tokens searched for
