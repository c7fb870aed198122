--TEST--
b24 logging through Monolog (installed with composer from tests/logging/composer.json): a real StreamHandler writes b24's events to a file, with no secret in it
--EXTENSIONS--
b24
--INI--
; PCRE's JIT code is opaque to valgrind (run-tests -m): it reports its reads as uninitialised
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
/*
 * Monolog is installed here, by the test, into tests/logging/vendor (ignored
 * by git): no composer or no registry makes the test fail, never skip.
 */
$dir = __DIR__ . '/logging';
$autoload = "$dir/vendor/autoload.php";
if (!is_file($autoload) || filemtime($autoload) < filemtime("$dir/composer.json")) {
    /* the shell under valgrind (run-tests -m) starts composer untraced */
    b24_test_exec_untraced('COMPOSER_ALLOW_SUPERUSER=1 composer install --no-interaction --no-progress --quiet --working-dir='
        . escapeshellarg($dir) . ' 2>&1', $out, $rc);
    if ($rc !== 0 || !is_file($autoload)) {
        echo "composer install failed ($rc):\n", implode("\n", $out), "\n";
        exit(1);
    }
    touch($autoload);
}
require $autoload;

b24_emu_reset();
$env = b24_emu();
$pair = b24_emu_install();
$file = sys_get_temp_dir() . '/b24-monolog-' . getmypid() . '.log';
@unlink($file);
$logger = new Monolog\Logger('b24');
$logger->pushHandler(new Monolog\Handler\StreamHandler($file));
$logger->pushProcessor(new Monolog\Processor\PsrLogMessageProcessor());
echo get_class($logger), ' is a PSR-3 logger: ', var_export($logger instanceof Psr\Log\LoggerInterface, true), "\n";

$hook = b24_emu_webhook_client(['logger' => $logger, 'retries' => 0]);
$hook->call('profile');
b24_emu_fault('error', ['code' => 'ACCESS_DENIED',
    'description' => "denied for {$env['B24_EMU_WEBHOOK']} auth={$pair['access_token']}\nforged line"]);
try {
    $hook->call('profile');
} catch (B24AccessException $e) {
    echo "thrown: ", $e->getErrorCode(), "\n";
}
$oauth = new B24Client(b24_emu_oauth_config($pair, ['logger' => $logger]));
b24_emu_fault('expired_token');
$oauth->call('user.current');
b24_set_logger($logger);
b24_call('crm.deal.get', ['id' => 1], b24_emu_webhook_client());
b24_set_logger(null);

$lines = file($file, FILE_IGNORE_NEW_LINES);
foreach ($lines as $line) {
    /* [date] b24.LEVEL: message {context} [] */
    echo preg_replace(['/^\[[^\]]+\] /', '/ \{.*$/', '/ \d+(\.\d+)?(?= (ms|bytes|received))/'], ['', '', ' N'], $line), "\n";
}
$text = (string)file_get_contents($file);
$secrets = b24_emu_secrets([$pair['access_token'], $pair['refresh_token']]);
b24_assert_no_secret('log file', $text, $secrets);
echo count($lines), " lines; forged line: ", strpos($text, "\nforged line") === false ? 'no' : 'YES', "\n";
preg_match('/"duration_ms":([0-9.]+)/', $text, $m);
echo 'context is typed JSON: ', isset($m[1]) ? 'yes' : 'no', "\n";
unlink($file);
?>
--EXPECT--
Monolog\Logger is a PSR-3 logger: true
thrown: ACCESS_DENIED
b24.DEBUG: b24: profile on localhost: HTTP 200 in N ms, N bytes sent, N received
b24.DEBUG: b24: profile on localhost: HTTP 403 in N ms, N bytes sent, N received
b24.ERROR: b24: profile on localhost failed: ACCESS_DENIED (B24AccessException)
b24.INFO: b24: access token for localhost refreshed at the OAuth server
b24.DEBUG: b24: user.current on localhost: HTTP 200 in N ms, N bytes sent, N received
b24.DEBUG: b24: crm.deal.get on localhost: HTTP 200 in N ms, N bytes sent, N received
6 lines; forged line: no
context is typed JSON: yes
