--TEST--
b24 retries: a refused connection is repeated with backoff (a write too, applied once); a reset after a write was sent is not repeated and says so; reads are repeated after resets and 5xx
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/rate.inc';
b24_emu_reset();
$env = b24_emu();
$emu_port = (int)parse_url($env['B24_EMU_PORTAL'], PHP_URL_PORT);
preg_match('#/rest/\d+/[^/]+/$#', $env['B24_EMU_WEBHOOK'], $m);
$path = $m[0];

/* a port where nothing listens (yet) */
function free_port(): int
{
    $probe = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int)substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
    fclose($probe);
    return $port;
}
/* a forwarder to the portal opens one 0.4 s after it is up */
$port = free_port();
$forwarder = <<<'PHP'
<?php
echo "up\n";
fflush(STDOUT);
usleep(400000);
$server = stream_socket_server('tcp://127.0.0.1:' . getenv('PORT'), $errno, $errstr);
echo microtime(true), "\n";
fflush(STDOUT);
$pairs = [];
$deadline = microtime(true) + 20;
while (microtime(true) < $deadline) {
    $read = [$server];
    foreach ($pairs as [$a, $b]) {
        $read[] = $a;
        $read[] = $b;
    }
    $w = $e = null;
    if (!stream_select($read, $w, $e, 1)) {
        continue;
    }
    foreach ($read as $s) {
        if ($s === $server) {
            $in = stream_socket_accept($server);
            $out = stream_socket_client('tcp://127.0.0.1:' . getenv('UPSTREAM'));
            $pairs[] = [$in, $out];
            continue;
        }
        foreach ($pairs as $k => [$a, $b]) {
            if ($s === $a || $s === $b) {
                $data = fread($s, 65536);
                if ($data === '' || $data === false) {
                    fclose($a);
                    fclose($b);
                    unset($pairs[$k]);
                } else {
                    fwrite($s === $a ? $b : $a, $data);
                }
            }
        }
    }
}
PHP;
$fwd = rate_spawn($forwarder, [], ['PORT' => (string)$port, 'UPSTREAM' => (string)$emu_port]);
fgets($fwd['out']);
$mark = b24_emu_log_mark();
$title = 'retry-' . bin2hex(random_bytes(4));
$c = new B24Client(['webhook' => "https://127.0.0.1:$port$path", 'ca_file' => $env['B24_EMU_CA'], 'retries' => 5]);
$t = microtime(true);
$id = $c->call('crm.deal.add', ['fields' => ['TITLE' => $title]]);
$listening = (float)fgets($fwd['out']);
proc_terminate($fwd['proc']);
rate_finish($fwd);
echo 'write sent before the port opened, then repeated: ', $t < $listening ? 'yes' : 'NO', ', id ', is_int($id) || ctype_digit((string)$id) ? 'given' : 'NONE', "\n";
echo 'crm.deal.add requests: ', count(b24_emu_log_since($mark, 'crm.deal.add')), "\n";
$hook = b24_emu_webhook_client();
echo 'deals titled so: ', count($hook->call('crm.deal.list', ['filter' => ['=TITLE' => $title]])), "\n";

/* refused for good: repeated `retries` times, then a transport exception */
$t = microtime(true);
try {
    (new B24Client(['webhook' => 'https://127.0.0.1:' . free_port() . $path, 'ca_file' => $env['B24_EMU_CA'], 'retries' => 2]))->call('profile');
} catch (B24TransportException $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ', after backoff: ', microtime(true) - $t >= 0.15 ? 'yes' : 'NO', "\n";
}

/* a write cut after it was sent: not repeated, and the message says it may have run */
$mark = b24_emu_log_mark();
b24_emu_fault('reset_after_headers', [], 1, 'crm.deal.add');
try {
    $hook->call('crm.deal.add', ['fields' => ['TITLE' => $title . '-cut']]);
    echo "no exception\n";
} catch (B24Exception $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ': ',
        str_contains($e->getMessage(), 'may or may not have run crm.deal.add') ? 'may or may not have run' : 'NO WORD: ' . $e->getMessage(), "\n";
}
echo 'crm.deal.add requests: ', count(b24_emu_log_since($mark, 'crm.deal.add')), "\n";
/* a 500 on a write: not repeated either */
b24_emu_fault('internal_error', [], 1, 'crm.deal.update');
try {
    $hook->call('crm.deal.update', ['id' => $id, 'fields' => ['TITLE' => $title . '-upd']]);
} catch (B24ServerException $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ', ', str_contains($e->getMessage(), 'may or may not') ? 'may or may not' : 'NO WORD', "\n";
}
echo 'crm.deal.update requests: ', count(b24_emu_log_since($mark, 'crm.deal.update')), "\n";

/* reads: repeated after a reset, a 500 and an HTML 502 */
b24_emu_control('DELETE', 'faults');
$mark = b24_emu_log_mark();
b24_emu_fault('reset_after_headers', [], 1, 'crm.deal.get');
echo 'crm.deal.get: ', $hook->call('crm.deal.get', ['id' => 1])['ID'], ' after ', count(b24_emu_log_since($mark, 'crm.deal.get')), " requests\n";
b24_emu_fault('internal_error', [], 1, 'crm.deal.list');
b24_emu_fault('html_502', [], 1, 'crm.deal.list');
echo 'crm.deal.list: ', count($hook->call('crm.deal.list', ['select' => ['ID']])), ' rows after ', count(b24_emu_log_since($mark, 'crm.deal.list')), " requests\n";
/* more failures than retries: the last one is thrown */
b24_emu_fault('internal_error', [], 3, 'profile');
try {
    $hook->call('profile');
} catch (B24ServerException $e) {
    echo get_class($e), ' ', $e->getErrorCode(), ' after ', count(b24_emu_log_since($mark, 'profile')), " requests\n";
}
/* retries 0: one attempt */
b24_emu_fault('internal_error', [], 1, 'profile');
try {
    b24_emu_webhook_client(['retries' => 0])->call('profile');
} catch (B24ServerException $e) {
    echo 'retries 0: ', count(b24_emu_log_since($mark, 'profile')), " requests\n";
}
?>
--EXPECT--
write sent before the port opened, then repeated: yes, id given
crm.deal.add requests: 1
deals titled so: 1
B24TransportException B24_CONNECT_FAILED, after backoff: yes
B24ResponseException B24_TRUNCATED: may or may not have run
crm.deal.add requests: 1
B24ServerException INTERNAL_SERVER_ERROR, may or may not
crm.deal.update requests: 1
crm.deal.get: 1 after 2 requests
crm.deal.list: 50 rows after 3 requests
B24ServerException INTERNAL_SERVER_ERROR after 3 requests
retries 0: 4 requests
