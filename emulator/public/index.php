<?php

declare(strict_types=1);

require __DIR__ . '/../src/bootstrap.php';

B24Emu\App::run();
