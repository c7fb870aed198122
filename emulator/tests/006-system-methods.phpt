--TEST--
profile, user.current, scope, methods, app.info, server.time
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$env = emu_env();
$p = emu_hook('profile')['json']['result'];
echo 'profile: ', $p['ID'], ' ', json_encode($p['ADMIN']), "\n";
$p = emu_hook('profile', [], 'B24_EMU_WEBHOOK_USER')['json']['result'];
echo 'profile of user 2: ', $p['ID'], ' ', json_encode($p['ADMIN']), "\n";
$u = emu_hook('user.current')['json']['result'];
echo 'user.current: ', $u['ID'], ' ', $u['EMAIL'], "\n";
echo 'scope (webhook 2): ', implode(',', emu_hook('scope', [], 'B24_EMU_WEBHOOK_USER')['json']['result']), "\n";
$full = emu_hook('scope', ['full' => 'true'], 'B24_EMU_WEBHOOK_USER')['json']['result'];
echo 'scope full has placement: ', json_encode(in_array('placement', $full, true)), "\n";
$methods = emu_hook('methods', [], 'B24_EMU_WEBHOOK_USER')['json']['result'];
echo 'methods: ', json_encode(in_array('crm.deal.list', $methods, true)), json_encode(in_array('placement.bind', $methods, true)), json_encode(in_array('placement.bindevent', $methods, true)), "\n";
$token = emu_install()['access_token'];
$info = emu_app($token, 'app.info')['json']['result'];
echo 'app.info: ', json_encode($info['CODE'] === $env['B24_EMU_CLIENT_ID']), ' ', $info['STATUS'], ' ', json_encode($info['INSTALLED']), "\n";
$r = emu_http('POST', $env['B24_EMU_SERVER_ENDPOINT'] . 'app.info', ['body' => 'auth=' . $token]);
$i = $r['json']['result'];
echo 'app.info on the OAuth server: ', emu_brief($r), ' client_id ', json_encode($i['client_id'] === $env['B24_EMU_CLIENT_ID']),
    ' member_id ', json_encode($i['install']['member_id'] === $env['B24_EMU_MEMBER_ID']),
    ' domain ', json_encode($i['install']['domain'] === $env['B24_EMU_DOMAIN']), ' user ', $i['user_id'], ' ', $i['install']['status'], "\n";
echo 'other methods on the OAuth server: ', emu_brief(emu_http('POST', $env['B24_EMU_SERVER_ENDPOINT'] . 'profile', ['body' => 'auth=' . $token])), "\n";
$t = emu_hook('server.time')['json']['result'];
echo 'server.time: ', json_encode(abs(strtotime($t) - time()) < 5), ' ', preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/', $t), "\n";
?>
--EXPECT--
profile: 1 true
profile of user 2: 2 false
user.current: 1 admin@example.test
scope (webhook 2): crm,user,basic
scope full has placement: true
methods: truefalsefalse
app.info: true L true
app.info on the OAuth server: 200 ok client_id true member_id true domain true user 1 L
other methods on the OAuth server: 404 ERROR_METHOD_NOT_FOUND
server.time: true 1
