--TEST--
start brings a separate instance up in under 10 s, prints the same lines it writes to run/env, is idempotent; stop leaves no process and frees the ports
--FILE--
<?php
require __DIR__ . '/env.inc';
$run = sys_get_temp_dir() . '/b24emu-selftest-' . getmypid();
$with = 'EMU_RUN_DIR=' . escapeshellarg($run) . ' ';
register_shutdown_function(static function () use ($with, $run): void {
    exec($with . escapeshellarg(EMU_DIR . '/stop') . ' 2>&1');
    exec('rm -rf ' . escapeshellarg($run));
});
$t0 = microtime(true);
exec($with . escapeshellarg(EMU_DIR . '/start') . ' 2>&1', $first, $code);
$took = microtime(true) - $t0;
echo 'start: ', $code, ' under 10 s: ', json_encode($took < 10), "\n";
$printed = implode("\n", $first) . "\n";
echo 'printed = run/env: ', json_encode($printed === file_get_contents("$run/env")), "\n";
echo 'one assignment per line: ', json_encode(count(preg_grep('/^B24_EMU_[A-Z_]+=\S+$/', $first)) === count($first)), "\n";
$env = emu_parse_env($printed);
echo 'another instance: ', json_encode($env['B24_EMU_PORTAL'] !== emu_env()['B24_EMU_PORTAL']), "\n";
$r = emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', [], $env['B24_EMU_CA']);
echo 'answers: ', emu_brief($r), "\n";
$r = emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'crm.deal.list?select[]=ID', [], $env['B24_EMU_CA']);
echo 'seeded: ', $r['json']['total'], "\n";
exec($with . escapeshellarg(EMU_DIR . '/start') . ' 2>&1', $second, $code);
echo 'second start: ', $code, ' same output: ', json_encode($second === $first), "\n";
$pids = array_map(fn ($f) => (int)@file_get_contents("$run/$f"), ['nginx.pid', 'php-fpm.pid']);
$config = json_decode(file_get_contents("$run/config.json"), true);
exec($with . escapeshellarg(EMU_DIR . '/stop') . ' 2>&1', $out, $code);
echo 'stop: ', $code, "\n";
$alive = array_filter($pids, fn ($pid) => $pid > 0 && posix_kill($pid, 0));
echo 'processes left: ', count($alive), "\n";
$children = (string)shell_exec('ps -eo args | grep -F ' . escapeshellarg($run) . ' | grep -v grep');
echo 'no process mentions the run dir: ', json_encode(trim($children) === ''), "\n";
$open = 0;
foreach ($config['ports'] as $port) {
    $s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $error, 0.5);
    $open += $s ? 1 : 0;
}
echo 'ports still open: ', $open, "\n";

$procs = [];
for ($i = 0; $i < 3; $i++) {
    $procs[] = proc_open($with . escapeshellarg(EMU_DIR . '/start'), [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes[$i]);
}
$outputs = [];
foreach ($procs as $i => $p) {
    $outputs[] = stream_get_contents($pipes[$i][1]);
    proc_close($p);
}
echo 'three starts at once, one instance: ', count(array_unique($outputs)), ' ', json_encode($outputs[0] === file_get_contents("$run/env")), "\n";
exec($with . escapeshellarg(EMU_DIR . '/stop') . ' 2>&1');
exec('rm -rf ' . escapeshellarg($run));
?>
--EXPECT--
start: 0 under 10 s: true
printed = run/env: true
one assignment per line: true
another instance: true
answers: 200 ok
seeded: 10000
second start: 0 same output: true
stop: 0
processes left: 0
no process mentions the run dir: true
ports still open: 0
three starts at once, one instance: 1 true
