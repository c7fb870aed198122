<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * Sets the logger of b24_call(), b24_call_batch() and of every B24Client constructed without a
 * 'logger' of its own (null: none). Any object with a public log($level, $message, array $context)
 * method: a PSR-3 Psr\Log\LoggerInterface, without PSR-3 having to be installed. Levels are PSR-3's
 * strings ('debug', 'info', 'warning', 'error'); messages hold {placeholders} for the typed
 * context values. Nothing logged holds a token, a secret or a webhook code.
 *
 * The events of one call are delivered when the call returns (before its exception is thrown),
 * so no lock of b24 is held while the logger runs. An exception the logger throws is discarded:
 * the call's result stands, and nothing is sent again.
 */
function b24_set_logger(?object $logger): void {}
