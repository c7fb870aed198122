<?php

declare(strict_types=1);

// Stops the daemons that emulator/start launched; leaves the state files for inspection.

require __DIR__ . '/../src/bootstrap.php';

use B24Emu\Launcher\Processes;
use B24Emu\Runtime\Paths;

Processes::stopAll(Paths::run());
@unlink(Paths::run() . '/env');
echo "emulator stopped\n";
