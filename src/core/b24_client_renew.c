/*
 * b24_client_renew: what the core client does when the portal refuses its
 * access token as expired — the refresh at the OAuth server (single-flight
 * across processes through the store) and the rounds of renew + repeat of
 * one call. The request rules and the protocol are in b24_client.h.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "b24_client.h"
#include "b24_client_int.h"
#include "b24_url.h"

static const char *const b24_oauth_hosts[] = {
	"https://oauth.bitrix.info/", "https://oauth.bitrix24.tech/", NULL
};

/*
 * A refresh token is not spent with less of the call's deadline left than
 * this (or half the call's timeout, when that is shorter): a refresh cut
 * short after the OAuth server took it would leave the new pair in no
 * store, and every later call with invalid_grant. Refused before it is
 * sent, the refresh token stays good for the next call.
 */
#define B24_CLIENT_REFRESH_MIN_MS 1000L

/* ---- refresh ------------------------------------------------------------ */

/* A stored set is used only when it is this portal's and every field is one the client takes. */
int b24_client_load_store(b24_client *c, b24_token *out, b24_error *err)
{
	const char *why = NULL;
	int loaded = c->store.ops->load(c->store.ctx, out, err);

	if (loaded != B24_STORE_LOADED) {
		return loaded;
	}
	if (c->member_id && out->member_id && strcmp(c->member_id, out->member_id) != 0) {
		why = "its member_id is not the configured member_id";
	} else if (b24_token_check(out, c->allow_http ? B24_URL_ALLOW_HTTP : 0, &why) == 0) {
		return B24_STORE_LOADED;
	}
	b24_token_free(out);
	b24_error_set(err, B24_E_AUTH, B24_STORE_FAILED, 0, "token store: the stored set is refused: %s", why);
	return B24_STORE_ERROR;
}

/* 1 when `ep` names an allowed OAuth server (its origin then in *server). */
static int b24_client_server_allowed(const b24_client *c, const char *ep, b24_buf *server)
{
	size_t i;

	b24_buf_reset(server);
	if (!b24_client_nonempty(ep) || b24_url_oauth_server(ep, strlen(ep),
			c->allow_http ? B24_URL_ALLOW_HTTP : 0, server, NULL) != 0) {
		return 0;
	}
	if (strcmp(server->data, c->oauth_server.data) == 0) {
		return 1;
	}
	for (i = 0; b24_oauth_hosts[i]; i++) {
		if (strcmp(server->data, b24_oauth_hosts[i]) == 0) {
			return 1;
		}
	}
	return 0;
}

/* The OAuth server: the token's server_endpoint when allowed, else the configured one. */
static int b24_client_pick_server(b24_client *c, b24_buf *server)
{
	if (b24_client_server_allowed(c, c->token.server_endpoint, server)) {
		return 0;
	}
	b24_buf_reset(server);
	return b24_buf_append(server, c->oauth_server.data, c->oauth_server.len);
}

/*
 * A refresh answer is kept only when every store can keep it and every
 * reader takes it back (b24_token_check()), it is the portal's of this
 * client, and it names an allowed OAuth server.
 */
static int b24_client_check_fresh(const b24_client *c, const b24_token *fresh, b24_error *err)
{
	b24_buf server = B24_BUF_INIT;
	const char *why = NULL, *member = c->member_id ? c->member_id : c->token.member_id;

	if (b24_token_check(fresh, c->allow_http ? B24_URL_ALLOW_HTTP : 0, &why) != 0) {
		/* why is set */
	} else if (member && fresh->member_id && strcmp(member, fresh->member_id) != 0) {
		why = "its member_id is another portal's";
	} else if (fresh->server_endpoint && !b24_client_server_allowed(c, fresh->server_endpoint, &server)) {
		why = "server_endpoint is not an allowed OAuth server";
	} else if (fresh->client_endpoint && (b24_url_origin(fresh->client_endpoint,
			strlen(fresh->client_endpoint), &server) != 0 || strcmp(server.data, b24_buf_cstr(&c->origin)) != 0)) {
		/* the access token goes wherever client_endpoint points: only to the portal it came from */
		why = "client_endpoint is not the portal's";
	}
	b24_buf_free(&server);
	if (why) {
		b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, 0,
			"the OAuth server's token answer is refused (%s); the store keeps its tokens", why);
		return -1;
	}
	return 0;
}

/* The time a refresh must have left to be started (B24_CLIENT_REFRESH_MIN_MS). */
static long b24_client_refresh_need(const b24_deadline *deadline)
{
	long half = deadline ? deadline->timeout_ms / 2 : 0;

	return half < B24_CLIENT_REFRESH_MIN_MS ? half : B24_CLIENT_REFRESH_MIN_MS;
}

/* Spends `refresh_token` once, within the call's deadline; the answer goes to *fresh. */
static int b24_client_exchange(b24_client *c, const char *refresh_token, b24_deadline *deadline,
	b24_token *fresh, b24_error *err)
{
	b24_buf server = B24_BUF_INIT, url = B24_BUF_INIT, origin = B24_BUF_INIT;
	b24_transport *t = NULL;
	long before = 0;
	int rc = -1;

	if (!b24_client_nonempty(c->client_id) || !b24_client_nonempty(c->client_secret) || !b24_client_nonempty(refresh_token)) {
		b24_error_set(err, B24_E_AUTH, "expired_token", 401,
			"the access token has expired and cannot be refreshed: %s",
			b24_client_nonempty(refresh_token) ? "client_id and client_secret are not configured"
				: "no refresh_token is known");
		return -1;
	}
	if (b24_deadline_check(deadline, b24_client_refresh_need(deadline), "the token refresh", err) != 0) {
		return -1;
	}
	if (b24_client_pick_server(c, &server) == 0 && b24_oauth_token_url(&url, server.data) == 0
			&& b24_url_origin(url.data, url.len, &origin) == 0) {
		t = b24_client_transport(c, url.data, &origin, err);
	} else {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
	}
	if (t && b24_transport_configure(t, &c->http, err) != 0) {
		t = NULL;
	}
	if (t) {
		before = b24_transport_connects(t);
		rc = b24_oauth_refresh(t, server.data, c->client_id, c->client_secret, refresh_token,
			deadline, fresh, err);
		c->connects += b24_transport_connects(t) - before;
	}
	if (rc == 0 && b24_client_check_fresh(c, fresh, err) != 0) {
		b24_token_free(fresh);
		rc = -1;
	}
	b24_buf_free(&server);
	b24_buf_free(&url);
	b24_buf_free(&origin);
	return rc;
}

/* Takes a newer token set as the client's, keeping what it lacks. */
static int b24_client_adopt(b24_client *c, const b24_token *newer)
{
	if (b24_token_merge_refresh(&c->token, newer) != 0) {
		return -1;
	}
	if (newer->client_endpoint) {
		/* a stored or refreshed endpoint replaces the base only when it is valid */
		b24_buf base = B24_BUF_INIT;

		if (b24_url_client_endpoint(newer->client_endpoint, strlen(newer->client_endpoint),
				c->allow_http ? B24_URL_ALLOW_HTTP : 0, &base, NULL) == 0) {
			b24_buf_free(&c->base);
			c->base = base;
			/* on failure (no memory) the origin is taken again before the next call */
			if (b24_client_set_origin(c) != 0) {
				b24_buf_reset(&c->origin);
			}
		} else {
			b24_buf_free(&base);
		}
	}
	return 0;
}

/*
 * Hands the client's new set to on_token, once it is in the store when
 * there is one (a refused hook must not cost the refreshed pair). 0, or -1
 * with AUTH B24_STORE_FAILED.
 */
static int b24_client_tell(b24_client *c, b24_error *err)
{
	b24_error hook;

	if (!c->on_token) {
		return 0;
	}
	b24_error_clear(&hook);
	if (c->on_token(c->on_token_ctx, &c->token, &hook) == 0) {
		return 0;
	}
	if (hook.kind != B24_E_NONE) {
		*err = hook;
	} else {
		b24_error_set(err, B24_E_AUTH, B24_STORE_FAILED, 0, "the renewed token could not be kept");
	}
	return -1;
}

/* Refresh without a store: in memory only. */
static int b24_client_refresh_memory(b24_client *c, b24_deadline *deadline, b24_error *err)
{
	b24_token fresh;
	int rc;

	b24_token_init(&fresh);
	rc = b24_client_exchange(c, c->token.refresh_token, deadline, &fresh, err);
	if (rc == 0 && b24_client_adopt(c, &fresh) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		rc = -1;
	}
	if (rc == 0) {
		rc = b24_client_tell(c, err);
	}
	b24_token_free(&fresh);
	return rc;
}

/*
 * Before a refresh token is spent: the store takes the set it holds (or,
 * when it holds none, the client's) again, so that the new pair cannot end
 * up in no store because the store refuses writes (a folder closed to this
 * user, a full disk, a user store that throws).
 */
static int b24_client_prove_writable(b24_client *c, const b24_token *stored, int loaded,
	b24_error *err)
{
	int held = loaded == B24_STORE_LOADED && b24_client_nonempty(stored->access_token);

	return c->store.ops->save(c->store.ctx, held ? stored : &c->token, err);
}

/*
 * Refresh with a store, the lock held: another process may already have
 * replaced the expired token; only when it has not is the refresh token
 * spent, and the result is stored before anyone else can read it.
 * 0 = refreshed, 1 = adopted the stored token, -1 = error.
 */
static int b24_client_refresh_locked(b24_client *c, const char *expired, b24_deadline *deadline,
	b24_error *err)
{
	b24_token stored, fresh;
	int loaded, rc = -1;

	b24_token_init(&stored);
	b24_token_init(&fresh);
	loaded = b24_client_load_store(c, &stored, err);
	if (loaded == B24_STORE_LOADED && b24_client_nonempty(stored.access_token)
			&& strcmp(stored.access_token, expired) != 0) {
		rc = b24_client_take_stored(c, &stored) == 0 && b24_client_adopt(c, &stored) == 0 ? 1 : -1;
	} else if (b24_client_prove_writable(c, &stored, loaded, err) == 0
			&& b24_client_exchange(c, loaded == B24_STORE_LOADED && b24_client_nonempty(stored.refresh_token)
			? stored.refresh_token : c->token.refresh_token, deadline, &fresh, err) == 0) {
		/* the client's own set is the base: it has everything the config gave */
		rc = loaded == B24_STORE_LOADED ? b24_client_take_stored(c, &stored) : 0;
		rc = rc == 0 ? b24_client_adopt(c, &fresh) : -1;
		if (rc == 0) {
			/* the new set is used in memory even when it cannot be written */
			rc = c->store.ops->save(c->store.ctx, &c->token, err);
		}
	}
	if (rc >= 0 && b24_client_tell(c, err) != 0) {
		rc = -1;
	} else if (rc >= 0) {
		b24_error_clear(err);
	} else if (err && err->kind == B24_E_NONE) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
	}
	b24_token_free(&stored);
	b24_token_free(&fresh);
	return rc;
}

/* Unlocks the store; a failed unlock fails a call that had succeeded. */
static void b24_client_unlock(b24_client *c, int *rc, b24_error *err)
{
	b24_error unlock_err;

	b24_error_clear(&unlock_err);
	if (c->store.ops->unlock(c->store.ctx, &unlock_err) != 0 && *rc >= 0) {
		*rc = -1;
		if (err) {
			*err = unlock_err;
		}
	}
}

/*
 * The store's lock, waited for no longer than the call's deadline allows:
 * a process waiting for another's refresh stops at its own deadline too,
 * with B24_TIMEOUT (nothing was sent) rather than the store's failure.
 */
static int b24_client_lock(b24_client *c, b24_deadline *deadline, b24_error *err)
{
	long own = c->lock_timeout_ms > 0 ? c->lock_timeout_ms : B24_STORE_LOCK_TIMEOUT_MS, wait;

	if (b24_deadline_check(deadline, 0, "the token store's lock", err) != 0) {
		return -1;
	}
	wait = b24_deadline_cap_at(deadline, own, b24_deadline_now());
	if (c->store.ops->lock(c->store.ctx, wait > 0 ? wait : 1, err) == 0) {
		return 0;
	}
	if (wait < own && b24_deadline_left(deadline) == 0) {
		b24_deadline_check(deadline, 0, "the token store's lock was free", err);
	}
	return -1;
}

/* b24_client_refresh() that tells a refresh (0) from an adoption (1); -1 on error. */
int b24_client_renew(b24_client *c, const char *expired, b24_deadline *deadline, b24_error *err)
{
	char *old;
	int failed = 0, rc;

	b24_error_clear(err);
	if (c->webhook) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0, "a webhook client has no token to refresh");
		return -1;
	}
	old = b24_client_strdup(expired ? expired : (c->token.access_token ? c->token.access_token : ""),
		&failed);
	if (failed) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return -1;
	}
	if (!c->store.ops) {
		rc = b24_client_refresh_memory(c, deadline, err);
	} else if ((rc = b24_client_lock(c, deadline, err)) == 0) {
		rc = b24_client_refresh_locked(c, old, deadline, err);
		b24_client_unlock(c, &rc, err);
	}
	b24_client_wipe(old);
	free(old);
	if (rc >= 0 && c->log.emit) {
		/* the lock is released: a logger never runs while other processes wait for it */
		size_t host_len;
		const char *host = b24_client_host(c, &host_len);

		b24_log_token(&c->log, rc == 0 ? B24_LOG_TOKEN_REFRESHED : B24_LOG_TOKEN_ADOPTED, host, host_len,
			c->token.expires_in);
	}
	return rc;
}

int b24_client_refresh(b24_client *c, const char *expired, b24_error *err)
{
	b24_deadline deadline;

	/* a refresh of its own: the client's timeout bounds it as it bounds a call */
	b24_deadline_start(&deadline, c->http.timeout_ms > 0 ? c->http.timeout_ms : B24_DEFAULT_TIMEOUT_MS);
	return b24_client_renew(c, expired, &deadline, err) < 0 ? -1 : 0;
}

/* ---- expired_token rounds ---------------------------------------------- */

/* expired_token, compared case-insensitively like every server code. */
int b24_client_expired(const b24_error *err)
{
	static const char want[] = "expired_token";
	size_t i;

	for (i = 0; i < sizeof(want); i++) {
		char ch = err->code[i];

		if ((ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch) != want[i]) {
			return 0;
		}
	}
	return 1;
}

/* Rounds of renew + repeat that one call may take. */
#define B24_CLIENT_ROUNDS 3

/* What the round before left behind, to judge whether another one is worth it. */
typedef struct b24_round {
	char *refused;                /* the token refused before that round's renewal */
	int how;                      /* that renewal: 0 refreshed here, 1 adopted */
	time_t renewed_at;            /* when that renewal started */
} b24_round;

/*
 * A token this client refreshed itself and the portal then refused: another
 * refresh helps only when that token has lived out the lifetime it was
 * issued with (short-lived tokens, a slow portal). Refused before that, the
 * portal refuses every token and a new refresh would only spend one more
 * refresh token. One second of slack: portals count whole seconds.
 */
static int b24_client_lived_out(const b24_client *c, time_t renewed_at)
{
	long long lifetime = c->token.expires_in;

	return lifetime > 0 && (long long)(time(NULL) - renewed_at) >= lifetime - 1;
}

/*
 * Whether the token refused now may be renewed (round > 0: a renewal came
 * before). Never the same token twice: its expiry has been dealt with.
 */
static int b24_client_renew_again(const b24_client *c, const b24_round *last, int round)
{
	const char *now = c->token.access_token ? c->token.access_token : "";

	if (round == 0) {
		return 1;
	}
	if (round >= B24_CLIENT_ROUNDS || strcmp(now, last->refused) == 0) {
		return 0;
	}
	return last->how == 1 || b24_client_lived_out(c, last->renewed_at);
}

/* Remembers the token about to be renewed; -1 when out of memory. */
static int b24_round_begin(b24_round *last, const b24_client *c, b24_error *err)
{
	int failed = 0;

	b24_client_wipe(last->refused);
	free(last->refused);
	last->refused = b24_client_strdup(c->token.access_token ? c->token.access_token : "", &failed);
	last->renewed_at = time(NULL);
	if (failed) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return -1;
	}
	return 0;
}

/*
 * The renew + repeat rounds after an expired_token answer: an adoption of a
 * token another process stored (which may have expired meanwhile) or a
 * refresh, each followed by one repetition, while b24_client_renew_again()
 * allows. 0 when a repetition succeeded, else -1 with err.
 */
int b24_client_rounds(b24_client *c, const char *method, const char *body,
	size_t body_len, int json, b24_deadline *deadline, b24_response *resp, b24_error *err)
{
	b24_round last = { NULL, 0, 0 };
	int rc = -1, round;

	for (round = 0; b24_client_expired(err) && b24_client_renew_again(c, &last, round); round++) {
		if (b24_round_begin(&last, c, err) != 0
				|| (last.how = b24_client_renew(c, last.refused, deadline, err)) < 0) {
			rc = -1;
			break;
		}
		resp->refreshed = 1;
		rc = b24_client_send(c, method, body, body_len, json, deadline, resp, err);
		if (rc == 0) {
			break;
		}
	}
	if (rc != 0 && b24_client_expired(err)) {
		b24_error_set(err, B24_E_AUTH, "expired_token", resp->status,
			"the access token was refused as expired again right after a refresh");
	}
	b24_client_wipe(last.refused);
	free(last.refused);
	return rc;
}
