--TEST--
b24 rate budget: a process frozen inside the shared bucket's critical section slows the others by a bounded wait, and once killed (SIGKILL) holds nothing up
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/rate.inc';
b24_emu_reset();
$ini = ['b24.rate_limit' => '50/2'];
/* memcheck slows every process down (rate_under_valgrind()): the upper bounds grow with it */
$slow = rate_under_valgrind() ? 15 : 1;
/* the test hook: the first turn stops the process with the lock held and its record written */
$holder = rate_spawn('<?php (new B24Client(["webhook" => getenv("HOOK"), "ca_file" => getenv("CA")]))->call("profile"); echo "went on\n";',
    $ini, ['B24_TEST_RATE_STOP' => '1']);
$state = '';
for ($i = 0; $i < 200 && $state !== 'T'; $i++) {
    usleep(25000);
    $stat = @file_get_contents("/proc/{$holder['pid']}/stat");
    $state = $stat === false ? '' : explode(' ', substr($stat, strrpos($stat, ')') + 2))[0];
}
echo 'holder stopped in the lock: ', $state === 'T' ? 'yes' : "NO ($state)", "\n";

$code = <<<'PHP'
<?php
$c = new B24Client(['webhook' => getenv('HOOK'), 'ca_file' => getenv('CA')]);
$t = microtime(true);
for ($i = 0; $i < 3; $i++) {
    $c->call('profile');
}
printf('%.2f', microtime(true) - $t);
PHP;
/* frozen: each turn waits for the lock at most half a second, then the call goes unpaced */
$times = array_map('floatval', rate_run_all(3, $code, $ini));
echo 'while frozen, 3 processes x 3 calls: ', min($times) >= 1.4 && max($times) < 4.0 * $slow ? 'done, slowed by a bounded wait' : 'NOT SO: ' . implode(' ', $times), "\n";

proc_terminate($holder['proc'], 9);
echo 'holder: ', trim(rate_finish($holder)), "\n";
$times = rate_run_all(3, $code, $ini);
echo 'after the kill, 3 processes x 3 calls: ', max(array_map('floatval', $times)) < 1.0 * $slow ? 'at once' : 'SLOW ' . implode(' ', $times), "\n";
?>
--EXPECT--
holder stopped in the lock: yes
while frozen, 3 processes x 3 calls: done, slowed by a bounded wait
holder: [killed by signal 9]
after the kill, 3 processes x 3 calls: at once
