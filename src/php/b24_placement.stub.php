<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * A placement (a widget location) of a Bitrix24 application, the request a portal sends to a
 * placement's handler, and the frame bridge that delivers interface events to a server.
 *
 * Constants, registered from catalog/placements.tsv and catalog/events.tsv:
 *  - every placement code under its own name (B24Placement::PAGE_BACKGROUND_WORKER =
 *    'PAGE_BACKGROUND_WORKER'); a code that does not start with a letter gets the prefix MAIN_
 *    (MAIN_1C_PAGE = '1C_PAGE'); in a template code each placeholder becomes its name
 *    (CRM_DYNAMIC_ID_DETAIL_TAB = 'CRM_DYNAMIC_<id>_DETAIL_TAB', LANDING_BLOCK_CODE =
 *    'LANDING_BLOCK_<code>'), for use with dynamic();
 *  - every interface event as EVENT_ + its words in upper case joined by "_", a word starting at
 *    each separator (":" "." "_") and at each capital that follows a small letter or a digit
 *    (EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK = 'BackgroundCallCard::answerButtonClick').
 *
 * Objects hold tokens: they cannot be serialized or cloned, and var_dump()/print_r() show no token.
 *
 * @strict-properties
 * @not-serializable
 */
final class B24Placement
{
    /**
     * $code is upper-cased as the portal does; any well-formed code (A-Z, 0-9, "_") is accepted,
     * known or not, because portals add codes (placement.list is the live truth).
     * Without $client the default client of the b24.* INI settings is used.
     */
    public function __construct(string $code, ?B24Client $client = null) {}

    public function code(): string {}

    /**
     * placement.bind. $options (keys case-insensitive, so the REST names TITLE, LANG_ALL, ...
     * work too): title, description, group_name, lang_all ([lang => [TITLE, DESCRIPTION,
     * GROUP_NAME]]), options (the placement's OPTIONS), user_id, allow_local.
     * Returns true when the portal answered result: true.
     */
    public function bind(string $handler, array $options = []): bool {}

    /**
     * Leaves the placement bound to exactly this handler, whatever was bound before: "Handler
     * already binded" counts as done, and a single-instance placement bound to another handler
     * of this app is unbound first. Same $options as bind(). Returns true when it changed
     * something on the portal, false when the placement was already bound so.
     */
    public function install(string $handler, array $options = []): bool {}

    /**
     * placement.unbind: this app's handlers of the placement (all of them without $handler,
     * only that user's with $userId). Returns how many were removed (the portal's count halved:
     * it counts each handler twice).
     */
    public function unbind(?string $handler = null, ?int $userId = null): int {}

    /**
     * placement.list: the codes available to this app. $options: scope (only that scope),
     * full (every scope of the portal).
     */
    public function list(array $options = []): array {}

    /** placement.get, filtered to this placement: this app's bindings of it. */
    public function get(): array {}

    /** The interface events this placement raises (from the catalog). */
    public function events(): array {}

    /** b24_bind_event($event, $handler, $options) with this placement's client. */
    public function bindEvent(string $event, string $handler, array $options = []): bool {}

    /**
     * The code of a smart-process placement: dynamic(183, 'DETAIL_TAB') and
     * dynamic(183, B24Placement::CRM_DYNAMIC_ID_DETAIL_TAB) both give 'CRM_DYNAMIC_183_DETAIL_TAB'.
     */
    public static function dynamic(int $entityTypeId, string $suffix): string {}

    /** True for a code of the catalog (a template such as CRM_DYNAMIC_<id>_* included). */
    public static function isKnown(string $code): bool {}

    /**
     * Parses what a portal sends to a placement handler (defaults: $_GET and $_POST). DOMAIN,
     * member_id and PLACEMENT are required: a missing one is a B24Exception (code
     * B24_BAD_REQUEST) that names it.
     */
    public static function fromRequest(?array $query = null, ?array $body = null): B24Placement {}

    /**
     * The non-secret fields of the request: DOMAIN, PROTOCOL, LANG, APP_SID, member_id, status,
     * PLACEMENT, APPLICATION_SCOPE, SERVER_ENDPOINT, AUTH_EXPIRES, and whether PLACEMENT_OPTIONS
     * was a JSON object (options_valid). Empty for a placement not made by fromRequest().
     */
    public function request(): array {}

    /** PLACEMENT_OPTIONS as an array; [] when absent, "undefined", not JSON or not an object. */
    public function options(): array {}

    /**
     * A B24Client acting with the user's tokens of the request (AUTH_ID, REFRESH_ID). $config
     * adds client settings (client_id, client_secret for refreshes, timeout, ...); never a
     * store, so that a user's tokens cannot overwrite the installer's.
     */
    public function client(array $config = []): B24Client {}

    /** Compares APPLICATION_TOKEN (never APP_SID) with the stored one, in constant time. */
    public function verifyApplicationToken(#[\SensitiveParameter] string $expected): bool {}

    /**
     * The event bindings recorded for the client's portal: a list of [event, handler, via
     * ("rest" or "frame"), placement, bound_at]. $options: bindings_file (default:
     * b24.bindings_file, else b24_bindings.json next to the client's token store or b24.store).
     */
    public static function bindings(?B24Client $client = null, array $options = []): array {}

    /**
     * Undoes b24_bind_event(): a REST event with event.unbind (then $handler is required),
     * returning the portal's count; an interface event — which has no REST unbind — by removing
     * it from the record (all its handlers without $handler), so that the frame page stops
     * subscribing it when it loads next, returning how many records were removed. The placement
     * stays bound to the frame page. $options: bindings_file.
     */
    public static function unbindEvent(string $event, ?string $handler = null, ?B24Client $client = null, array $options = []): int {}

    /**
     * The frame page of the app (HTML): subscribes every interface event bound "frame" on the
     * client's portal and forwards each occurrence, signed, to its handler. $options: placement
     * (only the events that placement raises), secret (default: the client's client_secret,
     * else b24.client_secret), ttl
     * (seconds the signatures stay valid, default 86400), sdk_url (default: b24.sdk_url or a
     * pinned @bitrix24/b24jssdk UMD build), member_id, bindings_file, bindings (a list of
     * ["event" => ..., "handler" => ...] to subscribe instead of the recorded ones).
     */
    public static function renderFrame(?B24Client $client = null, array $options = []): string {}

    /**
     * The frame page for this placement request (made by fromRequest()): renderFrame() for the
     * request's member_id and placement, after checking in constant time that its
     * APPLICATION_TOKEN is $applicationToken, the one stored at install for that member_id (else
     * a B24AuthException, code B24_WRONG_APPLICATION_TOKEN): the page carries valid signatures,
     * so only the portal's own request gets it. $options and $client as for renderFrame() (the
     * client gives the secret and the token store); member_id and placement are the request's.
     */
    public function frame(#[\SensitiveParameter] string $applicationToken, array $options = [], ?B24Client $client = null): string {}

    /**
     * Verifies an event the frame page POSTed to $handler (the handler's own URL, as bound) and
     * returns [event, data, member_id, ts, expiry]. Refuses a missing, forged or expired
     * signature or another portal than $options['member_id'] with a B24AuthException (codes
     * B24_SIGNATURE_MISSING, B24_SIGNATURE_INVALID, B24_SIGNATURE_EXPIRED, B24_WRONG_PORTAL).
     * $options: member_id, now (Unix time).
     */
    public static function verifyEvent(string $body, #[\SensitiveParameter] string $secret, string $handler, array $options = []): array {}
}
