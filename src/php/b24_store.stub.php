<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * Where an application keeps the OAuth tokens of the portals it is installed on, one set per
 * portal, keyed by the portal's member_id. A B24Client given a store and a member_id reads that
 * portal's tokens from it and writes every refresh back to it; B24App fills it at install and
 * empties it at uninstall.
 *
 * A token set is an array with the keys of CRest's settings.json: access_token, refresh_token,
 * client_endpoint, server_endpoint, member_id, domain, application_token, expires, expires_in,
 * scope, status, user_id (strings; expires, expires_in and user_id integers). The client writes
 * and the built-in stores keep these keys only (others are dropped); a client refuses a set
 * whose member_id is not the one it was given. member_ids that reach a store are 1 to 64 of
 * A-Z a-z 0-9 _ - (the built-in stores refuse others with a ValueError).
 *
 * lock()/unlock() make a refresh single-flight across processes: a client that meets an expired
 * token locks the portal, loads it again, refreshes only when no other process has done so, saves,
 * then unlocks. Before it spends the refresh token it saves the set it loaded again, to prove the
 * store takes writes: save() may be called twice within one lock. A store whose lock only works
 * within one process lets two processes spend one refresh token: the second then fails with
 * invalid_grant. lock() is not reentrant: a process that holds a portal's lock must not call that
 * portal through a client, whose refresh would wait for it.
 *
 * Every method may throw; the client turns any exception into a B24AuthException
 * B24_STORE_FAILED (the original as its previous exception).
 */
interface B24TokenStore
{
    /** The token set of one portal, or null when none is kept. */
    public function load(string $memberId): ?array;

    /** Keeps the whole token set of one portal, replacing what was kept. */
    public function save(string $memberId, #[\SensitiveParameter] array $tokens): void;

    /** Forgets one portal (after OnAppUninstall). Forgetting an unknown portal is not an error. */
    public function delete(string $memberId): void;

    /** Takes the exclusive lock of one portal, waiting at most $timeout seconds; false when it timed out. */
    public function lock(string $memberId, float $timeout): bool;

    /** Releases the lock of one portal taken by lock(). */
    public function unlock(string $memberId): void;
}
