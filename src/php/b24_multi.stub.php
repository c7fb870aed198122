<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * Runs many calls at once, of one portal or of many: $calls is [key => [B24Client $client,
 * string $method, array $params = []]]. Each call is the call $client->call() makes (the same
 * request, the same envelope rules, the same token refresh), sent when its portal's shared
 * request budget gives it a turn, several in flight together on the process's one curl_multi
 * handle (HTTP/2 multiplexing on one connection where the portal offers it over TLS, else
 * several HTTP/1.1 connections; kept for the next calls).
 *
 * Returns the keys of $calls in their order, each with the call's result (the decoded "result",
 * as call() returns it) or the B24Exception it failed with, not thrown. Misuse throws before
 * anything is sent: a TypeError or ValueError naming the entry.
 *
 * $options: 'concurrency' (1-64, default 8): calls waiting for their turn or in flight at once.
 */
function b24_call_many(#[\SensitiveParameter] array $calls, array $options = []): array {}
