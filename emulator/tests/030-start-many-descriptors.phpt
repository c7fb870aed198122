--TEST--
start works from a process with many descriptors open (the start lock then sits above 9, where a shell redirection cannot close it), and no daemon keeps the lock
--FILE--
<?php
require __DIR__ . '/env.inc';
$run = sys_get_temp_dir() . '/b24emu-fds-' . getmypid();
$with = 'EMU_RUN_DIR=' . escapeshellarg($run) . ' ';
register_shutdown_function(static function () use ($with, $run): void {
    exec($with . escapeshellarg(EMU_DIR . '/stop') . ' 2>&1');
    exec('rm -rf ' . escapeshellarg($run));
});
$held = [];
for ($i = 0; $i < 20; $i++) {
    $held[] = fopen('/dev/null', 'r');
}
exec($with . escapeshellarg(EMU_DIR . '/start') . ' 2>&1', $out, $code);
echo 'start: ', $code, "\n";
$env = emu_parse_env(implode("\n", $out) . "\n");
$r = emu_http('GET', $env['B24_EMU_WEBHOOK'] . 'profile.json', [], $env['B24_EMU_CA']);
echo 'answers: ', emu_brief($r), "\n";
$holders = 0;
foreach (array_map(fn ($f) => (int)@file_get_contents("$run/$f"), ['nginx.pid', 'php-fpm.pid']) as $pid) {
    foreach (glob("/proc/$pid/fd/*") ?: [] as $link) {
        $holders += @readlink($link) === "$run/start.lock" ? 1 : 0;
    }
}
echo 'daemons holding the start lock: ', $holders, "\n";
?>
--EXPECT--
start: 0
answers: 200 ok
daemons holding the start lock: 0
