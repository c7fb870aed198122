<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * An OAuth application installed on any number of portals: what it does when a portal installs
 * it, and the REST events the portals send it. The tokens of each portal go to the
 * B24TokenStore given, keyed by the portal's member_id.
 *
 * $config has client_id and client_secret (required), store (a B24TokenStore, required),
 * oauth_server (an authorization server trusted besides Bitrix24's oauth.bitrix.info and
 * oauth.bitrix24.tech, for on-premise portals), and the transport keys of B24Client: timeout,
 * connect_timeout, ca_file, verify_tls, user_agent, json, allow_local, rate_limit,
 * rate_wait_max, retries. Keys are case-insensitive, as in every option array of b24; the keys
 * of one portal (webhook, access_token, refresh_token, client_endpoint, member_id) are a
 * ValueError.
 *
 * Objects hold the client secret: they cannot be serialized or cloned, and var_dump() shows
 * only the client_id.
 *
 * @strict-properties
 * @not-serializable
 */
final class B24App
{
    public function __construct(#[\SensitiveParameter] array $config) {}

    /**
     * Handles an install request ($request, default $_REQUEST) in either form a portal sends:
     * the ONAPPINSTALL event (event, auth[access_token], auth[refresh_token], auth[domain],
     * auth[member_id], auth[client_endpoint], auth[server_endpoint], auth[application_token] ...)
     * or the app opened with PLACEMENT=DEFAULT (AUTH_ID, REFRESH_ID, AUTH_EXPIRES, DOMAIN,
     * member_id, SERVER_ENDPOINT, APPLICATION_TOKEN; never APP_SID). Nothing is stored unless
     * every field is present and well-formed, the portal and the authorization server are https,
     * the client endpoint is the portal's own, the authorization server is trusted, and its
     * app.info says that the token belongs to this application (client_id) on that portal
     * (member_id, domain).
     *
     * Returns CRest's ['rest_only' => bool, 'install' => bool]; rest_only is false for the
     * PLACEMENT=DEFAULT form (the page must then call BX24.installFinish(), see
     * installFinishPage()). When install is false, 'error' says why (not_an_install,
     * missing_field, bad_field, insecure_endpoint, foreign_endpoint, untrusted_oauth_server,
     * token_refused, wrong_app, wrong_portal, verify_failed, store_failed) and 'field' names the
     * field at fault when there is one. Never a token in either.
     */
    public function install(#[\SensitiveParameter] ?array $request = null): array {}

    /**
     * Reads an incoming REST event ($request, default $_REQUEST: event, data, ts, auth[...]) and
     * checks that it comes from a portal this application is installed on: auth[member_id] must
     * name a portal of the store, and auth[application_token] must equal the one kept at
     * install (compared in constant time). ONAPPUNINSTALL (any case) is checked the same way,
     * then the portal's tokens are deleted from the store.
     *
     * Throws B24AuthException: B24_EVENT_MALFORMED (no event name, auth or member_id),
     * B24_UNKNOWN_PORTAL, B24_APP_TOKEN_MISSING, B24_APP_TOKEN_INVALID, B24_STORE_FAILED.
     */
    public function event(#[\SensitiveParameter] ?array $request = null): B24Event {}

    /**
     * The page an install in the PLACEMENT=DEFAULT form answers with (rest_only false): it loads
     * the Bitrix24 JS SDK from $sdkUrl and calls BX24.installFinish(), without which the portal
     * shows no placement and sends no event. $installed false renders the error page instead
     * (no installFinish()).
     */
    public static function installFinishPage(string $sdkUrl = '//api.bitrix24.com/api/v1/', bool $installed = true): string {}
}

/**
 * A REST event that B24App::event() verified.
 *
 * @strict-properties
 * @not-serializable
 */
final class B24Event
{
    /** Not constructible from PHP: B24App::event() makes them. */
    private function __construct() {}

    /** The event's name as the portal sent it (upper case, e.g. ONCRMDEALADD). */
    public function name(): string {}

    /** The event's data (e.g. ['FIELDS' => ['ID' => '42']]); [] when none. */
    public function data(): array {}

    /** The member_id of the portal that sent it. */
    public function memberId(): string {}

    /** ts: when the portal's queue sent it (Unix time); null when absent or not a number. */
    public function timestamp(): ?int {}

    /**
     * A B24Client acting for that portal with the tokens kept at install (not the event's own
     * user tokens). B24AuthException B24_UNKNOWN_PORTAL after ONAPPUNINSTALL.
     */
    public function client(): B24Client {}
}
