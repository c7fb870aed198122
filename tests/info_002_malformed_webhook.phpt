--TEST--
b24: phpinfo() / php --ri b24 show nothing of a malformed b24.webhook_url's code, and a valid one redacted
--EXTENSIONS--
b24
--FILE--
<?php
foreach (['https://p.example/rest/1/abc-SECRETCODE1', 'https://p.example/rest/abc/SECRETCODE2/', 'https://p.example/rest/1/SECRET CODE3/',
    'p.example/rest/1/SECRETCODE4/', "https://p.example/rest/1/SECRETCODE5/\x1b[2J", 'https://p.example/rest/7/SECRETCODE6/'] as $hook) {
    ini_set('b24.webhook_url', $hook);
    ob_start();
    phpinfo(INFO_MODULES);
    $info = ob_get_clean();
    preg_match('/^b24\.webhook_url => (.*)$/m', $info, $m);
    echo $m[1] ?? 'missing', preg_match('/SECRET|CODE\d/', $info) ? ' LEAK' : '', "\n";
}
?>
--EXPECT--
(set, not a valid webhook URL) => no value
(set, not a valid webhook URL) => no value
(set, not a valid webhook URL) => no value
(set, not a valid webhook URL) => no value
(set, not a valid webhook URL) => no value
https://p.example/rest/7/***/ => no value