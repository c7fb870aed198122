<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * Sends one REST method call and returns what CRest::call() returns: the whole
 * decoded envelope (result, total, next, time) or error, error_description and,
 * for the codes CRest knows, error_information. API errors are returned, never
 * thrown; a failed transfer returns ['error' => 'curl_error', 'error_information' => ...];
 * an answer that is not JSON (where CRest returned null) returns error B24_HTTP_ERROR
 * or B24_INVALID_JSON with an error_description. Without $client the default client
 * of the b24.* INI settings (or CRest's C_REST_* constants) is used; an OAuth app
 * whose store holds no installation yet gets CRest's error no_install_app.
 */
function b24_call(string $method, array $params = [], #[\SensitiveParameter] ?B24Client $client = null): array {}

/**
 * CRest::callBatch(): $calls is [id => ['method' => ..., 'params' => [...]]], the
 * answer is the decoded batch envelope. More than 50 commands are sent as several
 * batch requests whose per-id maps are merged (with halt, a failed command ends the
 * batch); a $result[id] reference to a command of an earlier request is resolved by the
 * client from the merged results; a nested "batch" command is refused with a ValueError
 * before anything is sent.
 */
function b24_call_batch(array $calls, bool $halt = false, #[\SensitiveParameter] ?B24Client $client = null): array {}

/**
 * Binds an event handler: an interface event of the catalog (BackgroundCallCard::answerButtonClick,
 * ...) through REST placement.bindEvent or, where the portal lacks it, through the app's frame
 * page (options frame_url, error_handler_url); a REST event (OnCrmDealAdd, ...) through event.bind
 * (options auth_type, event_type). See B24Placement::bindings() for which way each was bound.
 */
function b24_bind_event(string $event, string $handler, array $options = [], #[\SensitiveParameter] ?B24Client $client = null): bool {}

/**
 * What the connections kept by this PHP process (this thread under ZTS) have done:
 * persistent (b24.persistent), max and idle (b24.persistent_max, b24.persistent_idle),
 * origins (scheme://host:port of each connection kept, most recently used first),
 * connections (open now), opened, reused (requests answered on a connection opened by
 * an earlier one), dropped_idle, evicted (dropped to make room), refused_repeats
 * (libcurl's own repeat of a write that had reached the server, refused), retries
 * (calls repeated by the client), requests. Never a path, token or secret.
 */
function b24_pool_stats(): array {}

/**
 * A connection to one portal, by incoming webhook or by OAuth application tokens.
 * $config is the webhook URL, or an array with the keys webhook, client_id,
 * client_secret, access_token, refresh_token, client_endpoint, member_id,
 * oauth_server, store, timeout, connect_timeout, ca_file, verify_tls,
 * user_agent, json, allow_local, rate_limit, rate_wait_max, retries. Keys are
 * case-insensitive (ASCII), as in every option array of b24: "WEBHOOK" works,
 * "webhook" and "WEBHOOK" together are a ValueError.
 * timeout is the deadline of one call, all of it: the wait for a turn, each request,
 * a token refresh and the wait for the store's lock, repeats and their backoff; a step
 * with no time left is not sent (B24TransportException B24_TIMEOUT). connect_timeout
 * bounds the making of each connection within it. Each request that batch() and each()
 * send is a call of its own.
 *
 * @strict-properties
 * @not-serializable
 */
final class B24Client
{
    public function __construct(#[\SensitiveParameter] array|string $config) {}

    /** Returns the decoded "result" of the answer; throws a B24Exception subclass on any failure. */
    public function call(string $method, array $params = []): mixed {}

    /** "total" of the answer to this client's last call(); null when that call failed or the answer had none. */
    public function lastTotal(): ?int {}

    /** "next" (the start of the next page) of the answer to the last call(); null when failed or absent. */
    public function lastNext(): ?int {}

    /** "time" of the answer to the last call() (start, finish, operating ...); null when failed or absent. */
    public function lastTime(): ?array {}

    /**
     * Every item of a list method, once, in order, in constant memory: keys are positions,
     * getReturn() is the count. Methods of catalog/lists.tsv that take a cursor are read with
     * start=-1 pages and a >ID bound, up to 50 pages (2,500 items) per batch request; other
     * methods, and an order other than by ID, with counted pages, 50 to a request once the total
     * is known. filter and select are kept (ID is added to select for the cursor and taken out of
     * the items again unless asked for); "start" is refused. $options: page_size (1..50, items
     * taken from each cursor page), progress (callable(int $done, ?int $total), after each request),
     * concurrency (1..16, default 1: ID slices of a cursor export in flight together, items still in
     * ID order, each once).
     * A portal that repeats a page ends the export with B24ResponseException B24_LIST_LOOP.
     */
    public function each(string $method, array $params = [], array $options = []): Generator {}

    /** each() as one array of every item. */
    public function fetchAll(string $method, array $params = [], array $options = []): array {}

    /**
     * Any number of commands ([id => ['method' => ..., 'params' => [...]]]), 50 to a batch
     * request, in order. Returns [id => result] keyed as the commands, a failed command's error
     * as a B24Exception object in its place; with $halt the first failure is thrown instead (the
     * portal stops there too). A $result[id][path] reference to a command of an earlier request
     * is resolved by the client (a scalar is put in; anything else reads as ""); within a request
     * the portal resolves it. A command without a method, or a nested "batch", is a ValueError.
     * $options: concurrency (1..16, default 1): requests that refer to none of each other's commands
     * in flight together, results still in command order (with $halt: one at a time).
     */
    public function batch(array $commands, bool $halt = false, array $options = []): array {}
}

class B24Exception extends RuntimeException
{
    protected string $errorCode = "";
    protected string $description = "";
    protected int $httpStatus = 0;
    protected ?int $retryAfter = null;

    /** The Bitrix24 "error" code, or a B24_* code for failures seen by the client. */
    public function getErrorCode(): string {}

    /** The "error_description" text (never containing a token, secret or webhook code). */
    public function getDescription(): string {}

    /** The HTTP status of the answer, 0 when there was none. */
    public function getHttpStatus(): int {}

    /**
     * Seconds until a call can succeed, for a B24LimitException that b24 raised after
     * waiting as long as rate_wait_max allows (the shared budget or a method blocked by
     * OPERATION_TIME_LIMIT); null when unknown and for every other exception.
     */
    public function getRetryAfter(): ?int {}
}

class B24TransportException extends B24Exception {}

class B24AuthException extends B24Exception {}

class B24AccessException extends B24Exception {}

class B24MethodNotFoundException extends B24Exception {}

class B24LimitException extends B24Exception {}

class B24ServerException extends B24Exception {}

class B24ResponseException extends B24Exception {}

class B24ApiException extends B24Exception {}
