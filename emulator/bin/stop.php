<?php

declare(strict_types=1);

// Stops the daemons that emulator/start launched; leaves the state files for inspection.
// Takes the start lock first, so a start in progress finishes before it is stopped.

require __DIR__ . '/../src/bootstrap.php';

use B24Emu\Launcher\Processes;
use B24Emu\Launcher\StartLock;
use B24Emu\Runtime\Paths;

$run = Paths::run();
if (is_dir($run)) {
    StartLock::acquire($run);
    Processes::stopAll($run);
    @unlink("$run/env");
}
echo "emulator stopped\n";
