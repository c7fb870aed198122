--TEST--
start fails cleanly when a daemon cannot start: it retries with new ports, exits 1 and leaves no process behind
--FILE--
<?php
require __DIR__ . '/env.inc';
$run = sys_get_temp_dir() . '/b24emu-fail-' . getmypid();
$t0 = microtime(true);
exec('EMU_RUN_DIR=' . escapeshellarg($run) . ' B24_EMU_NGINX=/bin/false ' . escapeshellarg(EMU_DIR . '/start') . ' 2>&1', $out, $code);
echo 'exit: ', $code, "\n";
echo 'attempts: ', count(preg_grep('/^failed \(1\): /', $out)), "\n";
echo 'says why: ', json_encode(preg_grep('/did not become ready/', $out) !== []), "\n";
echo 'quick: ', json_encode(microtime(true) - $t0 < 10), "\n";
echo 'no env written: ', json_encode(!is_file("$run/env")), "\n";
$left = trim((string)shell_exec('ps -eo args | grep -F ' . escapeshellarg($run) . ' | grep -v grep'));
echo 'processes left: ', $left === '' ? 0 : count(explode("\n", $left)), "\n";
exec('rm -rf ' . escapeshellarg($run));
?>
--EXPECT--
exit: 1
attempts: 3
says why: true
quick: true
no env written: true
processes left: 0
