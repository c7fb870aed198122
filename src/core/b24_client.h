/*
 * b24_client: the core REST client. One client talks to one portal, either
 * through an incoming webhook or as an OAuth application, and sends one
 * method call at a time with b24_client_call().
 *
 * Requests:
 *  - URL: <base><method>.json, where base is the webhook base
 *    ("https://host/rest/<id>/<code>/") or the client_endpoint
 *    ("https://host/rest/").
 *  - Always a POST, also for a webhook call without parameters (CRest sends
 *    a GET there; a POST keeps the webhook code the only secret in the URL
 *    and behaves the same on the portal).
 *  - Form body (json = 0): OAuth mode appends "&auth=<urlencoded token>" as
 *    the last parameter, or "auth=<token>" when the body is empty, as CRest
 *    does; a caller's own `auth` earlier in the body loses, because PHP keeps
 *    the last value of a repeated key.
 *  - JSON body (json = 1): must be a JSON object (or empty = {}); OAuth mode
 *    adds ,"auth":"<token>" as the last top-level key (the last key wins in
 *    PHP's json_decode as well).
 *  - Webhook mode never sends `auth`.
 *
 * Expired tokens (OAuth mode): when the answer's code is expired_token
 * (case-insensitive) the client renews the token through the step of
 * b24_client_refresh() and repeats the call with the new one; up to 3 such
 * rounds. Another round follows a refused repetition only when the refused
 * token differs from the one refused in the round before, and, when this
 * client refreshed it itself, only once that token has lived out its
 * expires_in (a short-lived token that expired on its way): a portal that
 * refuses every token costs one refresh per call, and no refresh token is
 * spent twice on one expiry. The last expired_token is an AUTH error; a
 * failed refresh is an AUTH/ACCESS error with the OAuth server's code
 * (invalid_grant, invalid_client, PAYMENT_REQUIRED ...).
 *
 * With a store, the refresh is single-flight across processes: lock the
 * store, re-read it; if the stored access token differs from the one that
 * just expired another process has refreshed: use it; otherwise refresh,
 * save, and only then unlock. A refresh token is therefore spent once.
 * A stored token that turns out to be expired as well (a long-running
 * process adopting a set refreshed long ago) leads to one real refresh.
 * Before it spends a refresh token the client proves the store writable:
 * it saves the set it holds (the stored one) again, under the lock; a
 * store that cannot take it fails the refresh (AUTH B24_STORE_FAILED) with
 * the refresh token unspent. The OAuth server's answer is checked
 * (b24_token_check(), its member_id, its server_endpoint on an allowed
 * server) before anything is kept: a refused answer is RESPONSE
 * B24_INVALID_JSON and the store keeps the old set. A refresh whose result
 * still cannot be written is an AUTH B24_STORE_FAILED error; the new token
 * is then used in memory by this client.
 *
 * Time: http.timeout_ms is the deadline of the whole call (b24_deadline.h),
 * fixed when b24_client_call() starts: the wait for a turn, every request,
 * the wait for the store's lock, the refresh (started only with at least
 * 1 s, or half the timeout, left), the repeat and any backoff spend from it;
 * a step with no time left is not sent (TRANSPORT B24_TIMEOUT).
 *
 * The OAuth server is the origin of the token's server_endpoint when that is
 * an allowed server (oauth.bitrix.info, oauth.bitrix24.tech or the configured
 * oauth_server), else the configured oauth_server. client_secret is only ever
 * sent there.
 */
#ifndef B24_CLIENT_H
#define B24_CLIENT_H

#include <stddef.h>
#include "b24_errors.h"
#include "b24_http.h"
#include "b24_log.h"
#include "b24_oauth.h"
#include "b24_pace.h"
#include "b24_token_store.h"

#define B24_DEFAULT_OAUTH_SERVER "https://oauth.bitrix.info/"

/*
 * Where the client gets transports from. With `get` NULL the client creates
 * and owns its transports (one per origin it talks to). Otherwise `get` must
 * return the source's transport for `origin` (b24_url_origin() of `url`,
 * which the client has computed), made from url and opts when there is none
 * yet; it stays owned by the source. Before each request the client applies
 * its own options with b24_transport_configure(), so a source may hand one
 * transport to clients whose options differ.
 *
 * `generation` (may be NULL) lets the client skip `get`: a transport got
 * while it returned a value stays alive as long as it returns that value;
 * the source changes it whenever it frees transports it handed out. Without
 * it, `get` is called before every request.
 */
typedef struct b24_transport_source {
	b24_transport *(*get)(void *ctx, const char *origin, size_t origin_len, const char *url,
		const b24_http_options *opts, b24_error *err);
	unsigned long (*generation)(void *ctx);
	void *ctx;
} b24_transport_source;

typedef struct b24_client_config {
	/* Webhook mode when set (then the OAuth fields are ignored). */
	const char *webhook_url;

	/* OAuth mode. */
	const char *client_id;
	const char *client_secret;
	const char *access_token;
	const char *refresh_token;
	const char *client_endpoint;
	const char *member_id;
	/*
	 * The installation's https://<oauth server>/rest/: the refresh goes
	 * there when it is an allowed server (see the top of this file).
	 */
	const char *server_endpoint;
	const char *oauth_server;     /* NULL: B24_DEFAULT_OAUTH_SERVER */
	/*
	 * Token store: `store` (b24_token_store.h, one portal's; taken over by
	 * b24_client_new(), which frees it also when it fails), else the file
	 * `store_path` (settings.json compatible). When the store holds an
	 * access_token it wins over access_token/refresh_token/client_endpoint
	 * above (it is newer: refreshes are written there). Its member_id must
	 * be member_id above when both are set.
	 */
	const char *store_path;
	b24_token_store store;
	long store_lock_timeout_ms;   /* <= 0: B24_STORE_LOCK_TIMEOUT_MS */

	/*
	 * Called after every successful refresh or adoption of a newer token,
	 * to keep it where the caller keeps tokens: 0 when kept. -1 makes the
	 * renewal fail with AUTH B24_STORE_FAILED (err may say why) and the
	 * call is not repeated, as when the store cannot be written.
	 */
	int (*on_token)(void *ctx, const b24_token *token, b24_error *err);
	void *on_token_ctx;

	b24_http_options http;
	b24_transport_source transports;
	/*
	 * The shared request budget, waits and repeats of every call
	 * (b24_pace.h); its store is the caller's and must outlive the client.
	 */
	b24_pace_config pace;
	int allow_http;               /* accept http:// URLs: local test servers only */
	/*
	 * Handler URLs of this client (placements, event bindings) may be
	 * loopback, private or link-local addresses, for development; the
	 * client only carries the setting for the callers that check them.
	 */
	int allow_local;
	/*
	 * Where the client's events go (b24_log.h): one debug line per call,
	 * refreshes, waits, repeats and failures. Zeroed: none, at the cost of
	 * a pointer test. Events are emitted after the store's lock is released.
	 */
	b24_log_sink log;
} b24_client_config;

/* Zeroes everything; http and pace get their defaults (no rate store: no budget). */
void b24_client_config_init(b24_client_config *cfg);

typedef struct b24_response {
	long status;                  /* 0 when no HTTP answer */
	const char *body;             /* owned by the transport: valid until its next request */
	size_t body_len;
	const char *content_type;     /* "" when absent */
	const char *location;         /* Location of a refused 3xx, else "" */
	long new_connects;            /* connections opened by this call (refresh included) */
	int refreshed;                /* 1 when the call went through a refresh/adoption */
} b24_response;

typedef struct b24_client b24_client;

/*
 * Validates the configuration (URLs through b24_url, OAuth needs
 * client_endpoint and access_token from config or store), loads the store
 * when configured. NULL with err (API B24_INVALID_ARGUMENT, AUTH
 * B24_STORE_FAILED) on failure.
 */
b24_client *b24_client_new(const b24_client_config *cfg, b24_error *err);
void b24_client_free(b24_client *c);

/*
 * Sends one method call (see the top of this file). 0 on success: `resp`
 * holds the answer, whose body starts a JSON object with `result`. -1 on
 * any error with `err` filled; `resp` is then still filled as far as an
 * answer arrived (status, body of an error answer), so a caller can return
 * the server's error object as is. `resp` may be NULL.
 */
int b24_client_call(b24_client *c, const char *method, const char *body, size_t body_len,
	int json, b24_response *resp, b24_error *err);

/*
 * The refresh step of b24_client_call(), for callers that see an
 * expired_token elsewhere (e.g. inside a batch): `expired` is the access
 * token that was refused (NULL: the client's current one). 0 when the client
 * now holds a different token, -1 with err.
 */
int b24_client_refresh(b24_client *c, const char *expired, b24_error *err);

/* 1 for method names made of [A-Za-z0-9_.-] (1..255 bytes), else 0. */
int b24_client_method_valid(const char *method, size_t len);

int b24_client_is_webhook(const b24_client *c);
/* The allow_local of the configuration: 1 or 0. */
int b24_client_allow_local(const b24_client *c);
/*
 * Whether a 2xx JSON object with neither `result` nor `error` is an answer
 * (1: the call succeeds with it, as CRest returns such an object as it
 * came) or a B24_INVALID_JSON failure (0, the default). Set around the calls
 * of the CRest-style functions; returns the previous setting.
 */
int b24_client_bare_answers(b24_client *c, int on);
/* The URL base that method names are appended to. */
const char *b24_client_base(const b24_client *c);
/* The current token set (OAuth mode; an empty set in webhook mode). */
const b24_token *b24_client_token(const b24_client *c);
/* The configured client_secret, "" when none (it keys the frame-bridge signatures). */
const char *b24_client_secret(const b24_client *c);
/* The client's token store (ops NULL: none). */
const b24_token_store *b24_client_token_store(const b24_client *c);
/* The token store's file, NULL when none (or a store that is not a file). */
const char *b24_client_store_path(const b24_client *c);
/* Replaces the client's log sink (NULL: none); the sink is copied. */
void b24_client_set_log(b24_client *c, const b24_log_sink *sink);
/* The portal's host as calls log it: the origin without scheme and port. */
const char *b24_client_host(const b24_client *c, size_t *len);
/* Connections opened by this client's requests so far. */
long b24_client_connects(const b24_client *c);

#endif /* B24_CLIENT_H */
