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
#include "b24_store.h"
#include "b24_url.h"

static const char *const b24_oauth_hosts[] = {
	"https://oauth.bitrix.info/", "https://oauth.bitrix24.tech/", NULL
};

/* ---- refresh ------------------------------------------------------------ */

/* The OAuth server: the token's server_endpoint when allowed, else the configured one. */
static int b24_client_pick_server(b24_client *c, b24_buf *server)
{
	const char *ep = c->token.server_endpoint;
	size_t i;

	b24_buf_reset(server);
	if (b24_client_nonempty(ep) && b24_url_oauth_server(ep, strlen(ep),
			c->allow_http ? B24_URL_ALLOW_HTTP : 0, server, NULL) == 0) {
		if (strcmp(server->data, c->oauth_server.data) == 0) {
			return 0;
		}
		for (i = 0; b24_oauth_hosts[i]; i++) {
			if (strcmp(server->data, b24_oauth_hosts[i]) == 0) {
				return 0;
			}
		}
	}
	b24_buf_reset(server);
	return b24_buf_append(server, c->oauth_server.data, c->oauth_server.len);
}

/* Spends `refresh_token` once; the answer goes to *fresh. */
static int b24_client_exchange(b24_client *c, const char *refresh_token, b24_token *fresh,
	b24_error *err)
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
			fresh, err);
		c->connects += b24_transport_connects(t) - before;
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
static int b24_client_refresh_memory(b24_client *c, b24_error *err)
{
	b24_token fresh;
	int rc;

	b24_token_init(&fresh);
	rc = b24_client_exchange(c, c->token.refresh_token, &fresh, err);
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
 * Refresh with a store, the lock held: another process may already have
 * replaced the expired token; only when it has not is the refresh token
 * spent, and the result is on disk before anyone else can read the file.
 * 0 = refreshed, 1 = adopted the stored token, -1 = error.
 */
static int b24_client_refresh_locked(b24_client *c, const char *expired, b24_error *err)
{
	b24_token stored, fresh;
	int loaded, rc = -1;

	b24_token_init(&stored);
	b24_token_init(&fresh);
	loaded = b24_store_load(c->store, &stored, err);
	if (loaded == B24_STORE_LOADED && b24_client_nonempty(stored.access_token)
			&& strcmp(stored.access_token, expired) != 0) {
		rc = b24_client_take_stored(c, &stored) == 0 && b24_client_adopt(c, &stored) == 0 ? 1 : -1;
	} else if (b24_client_exchange(c, loaded == B24_STORE_LOADED && b24_client_nonempty(stored.refresh_token)
			? stored.refresh_token : c->token.refresh_token, &fresh, err) == 0) {
		/* the client's own set is the base: it has everything the config gave */
		rc = loaded == B24_STORE_LOADED ? b24_client_take_stored(c, &stored) : 0;
		rc = rc == 0 ? b24_client_adopt(c, &fresh) : -1;
		if (rc == 0) {
			/* the new set is used in memory even when it cannot be written */
			rc = b24_store_save(c->store, &c->token, err);
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

/* b24_client_refresh() that tells a refresh (0) from an adoption (1); -1 on error. */
int b24_client_renew(b24_client *c, const char *expired, b24_error *err)
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
	if (!c->store) {
		rc = b24_client_refresh_memory(c, err);
	} else if ((rc = b24_store_lock(c->store, c->lock_timeout_ms, err)) == 0) {
		rc = b24_client_refresh_locked(c, old, err);
		b24_store_unlock(c->store);
	}
	b24_client_wipe(old);
	free(old);
	return rc;
}

int b24_client_refresh(b24_client *c, const char *expired, b24_error *err)
{
	return b24_client_renew(c, expired, err) < 0 ? -1 : 0;
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
	size_t body_len, int json, b24_response *resp, b24_error *err)
{
	b24_round last = { NULL, 0, 0 };
	int rc = -1, round;

	for (round = 0; b24_client_expired(err) && b24_client_renew_again(c, &last, round); round++) {
		if (b24_round_begin(&last, c, err) != 0
				|| (last.how = b24_client_renew(c, last.refused, err)) < 0) {
			rc = -1;
			break;
		}
		resp->refreshed = 1;
		rc = b24_client_send(c, method, body, body_len, json, resp, err);
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
