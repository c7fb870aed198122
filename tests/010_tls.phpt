--TEST--
b24: TLS is verified against ca_file; a wrong CA or none fails with B24TransportException
--EXTENSIONS--
b24
openssl
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$env = b24_emu();

/* a CA of our own that never signed the emulator's certificate */
$key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
$csr = openssl_csr_new(['commonName' => 'b24 test wrong CA'], $key);
openssl_x509_export(openssl_csr_sign($csr, null, $key, 1), $pem);
$wrong = tempnam(sys_get_temp_dir(), 'b24ca');
file_put_contents($wrong, $pem);

$cases = [
    'right CA' => ['ca_file' => $env['B24_EMU_CA']],
    'wrong CA' => ['ca_file' => $wrong],
    'system CAs' => [],
    'missing CA file' => ['ca_file' => '/nonexistent/ca.pem'],
    'wrong CA, verify_tls off' => ['ca_file' => $wrong, 'verify_tls' => false],
];
foreach ($cases as $name => $tls) {
    try {
        $c = new B24Client(['webhook' => $env['B24_EMU_WEBHOOK']] + $tls);
        $id = $c->call('profile')['ID'];
        echo "$name: $id\n";
    } catch (B24Exception $e) {
        echo "$name: ", get_class($e), ' ', $e->getErrorCode(), ' ', $e->getHttpStatus(), "\n";
        b24_assert_no_secret($name, $e->getMessage(), b24_emu_secrets());
    }
}
/* b24_call() reports the failure in CRest's shape */
$r = b24_call('profile', [], new B24Client(['webhook' => $env['B24_EMU_WEBHOOK'], 'ca_file' => $wrong]));
echo $r['error'], ' ', isset($r['error_information']) ? 'with text' : 'NO TEXT', "\n";
unlink($wrong);
?>
--EXPECT--
right CA: 1
wrong CA: B24TransportException B24_TLS_FAILED 0
system CAs: B24TransportException B24_TLS_FAILED 0
missing CA file: B24TransportException B24_TLS_FAILED 0
wrong CA, verify_tls off: 1
curl_error with text
