--TEST--
b24: what a portal puts in error_description, an error code or a Location reaches no exception with a secret or a control byte
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();
$pair = b24_emu_install();
$secrets = b24_emu_secrets([$pair['access_token'], $pair['refresh_token']]);
[$code] = array_slice($secrets, 0, 1);
/* a portal (or whatever answers for it) that echoes the request into its error */
$echo = "call to {$env['B24_EMU_WEBHOOK']}profile.json?auth={$pair['access_token']}&x=1 failed: "
    . '{"access_token":"' . $pair['access_token'] . '","refresh_token":"' . $pair['refresh_token'] . '"}'
    . " client_secret={$env['B24_EMU_CLIENT_SECRET']}\r\nX-Injected: yes\x01";
$cases = [
    'description' => ['error', ['code' => 'SOME_NEW_CODE', 'status' => 400, 'description' => $echo]],
    'known code'  => ['error', ['code' => 'ERROR_CORE', 'status' => 400, 'description' => $echo]],
    'code'        => ['error', ['code' => "BAD\nauth={$pair['access_token']}", 'status' => 400, 'description' => 'x']],
    'html body'   => ['invalid_json', ['status' => 500, 'body' => "<html>\n$echo</html>"]],
    'location'    => ['redirect', ['location' => "https://other.example/rest/1/$code/\r\nX-Injected: yes"]],
];
$hook = b24_emu_webhook_client(['retries' => 0]);
$oauth = new B24Client(b24_emu_oauth_config($pair, ['retries' => 0]));
foreach (['webhook' => $hook, 'oauth' => $oauth] as $mode => $client) {
    foreach ($cases as $name => [$kind, $params]) {
        b24_emu_fault($kind, $params);
        try {
            $client->call('profile');
            echo "$mode $name: no exception\n";
        } catch (B24Exception $e) {
            $text = $e->getMessage() . "\n" . $e->getDescription() . "\n" . $e->getErrorCode();
            b24_assert_no_secret("$mode $name", $text, $secrets);
            $raw = $e->getMessage() . $e->getDescription() . $e->getErrorCode();
            printf("%s %s: %s %s control=%s\n", $mode, $name, get_class($e), $e->getHttpStatus(),
                preg_match('/[\x00-\x1f\x7f]/', $raw) ? 'yes' : 'no');
        }
        b24_emu_control('DELETE', 'faults');
    }
}
/* what is not a secret stays readable */
b24_emu_fault('error', ['code' => 'SOME_NEW_CODE', 'status' => 400, 'description' => $echo]);
try {
    $hook->call('profile');
} catch (B24Exception $e) {
    echo $e->getDescription(), "\n";
}
/* b24_call() returns the portal's own error object as CRest does: not a message, left as sent */
b24_emu_fault('error', ['code' => 'SOME_NEW_CODE', 'status' => 400, 'description' => 'plain']);
var_dump(b24_call('profile', [], $hook)['error_description']);
?>
--EXPECTF--
webhook description: B24ApiException 400 control=no
webhook known code: B24ApiException 400 control=no
webhook code: B24ApiException 400 control=no
webhook html body: B24ServerException 500 control=no
webhook location: B24TransportException 302 control=no
oauth description: B24ApiException 400 control=no
oauth known code: B24ApiException 400 control=no
oauth code: B24ApiException 400 control=no
oauth html body: B24ServerException 500 control=no
oauth location: B24TransportException 302 control=no
call to https://localhost:%d/rest/1/***/profile.json?auth=***&x=1 failed: {"access_token":"***","refresh_token":"***"} client_secret=***\x0d\x0aX-Injected: yes\x01
string(5) "plain"
