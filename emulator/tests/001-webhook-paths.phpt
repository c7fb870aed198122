--TEST--
Webhook URLs: .json suffix, no suffix, trailing slash, any case; wrong code is NO_AUTH_FOUND 401
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$hook = emu_env()['B24_EMU_WEBHOOK'];
foreach (['profile.json', 'profile', 'profile/', 'PROFILE.JSON', 'Profile/'] as $tail) {
    $r = emu_http('GET', $hook . $tail);
    echo $tail, ': ', emu_brief($r), ' ', $r['json']['result']['ID'] ?? '-', "\n";
}
$bad = preg_replace('#/rest/1/[^/]+/#', '/rest/1/wrongcode/', $hook);
$r = emu_http('GET', $bad . 'profile.json');
echo emu_brief($r), ' ', $r['json']['error_description'], "\n";
$otherUser = preg_replace('#/rest/1/#', '/rest/2/', $hook);
echo emu_brief(emu_http('GET', $otherUser . 'profile.json')), "\n";
$r = emu_http('GET', $hook . 'profile.json');
echo implode(',', array_keys($r['json']['time'])), "\n";
echo $r['headers']['content-type'], "\n";
?>
--EXPECT--
profile.json: 200 ok 1
profile: 200 ok 1
profile/: 200 ok 1
PROFILE.JSON: 200 ok 1
Profile/: 200 ok 1
401 NO_AUTH_FOUND Wrong authorization data
401 NO_AUTH_FOUND
start,finish,duration,processing,date_start,date_finish,operating,operating_reset_at
application/json; charset=utf-8
