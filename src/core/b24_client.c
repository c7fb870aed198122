/*
 * b24_client: one portal, one auth mode, one call at a time.
 * See b24_client.h for the request rules and the refresh protocol.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "b24_client.h"
#include "b24_client_int.h"
#include "b24_envelope.h"
#include "b24_form.h"
#include "b24_json_out.h"
#include "b24_retry.h"
#include "b24_url.h"


void b24_client_config_init(b24_client_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	b24_http_options_init(&cfg->http);
	b24_pace_config_init(&cfg->pace);
}

/* b24_strdup() that records an allocation failure (NULL stays NULL). */
char *b24_client_strdup(const char *s, int *failed)
{
	char *p = b24_strdup(s);

	if (s && !p) {
		*failed = 1;
	}
	return p;
}

int b24_client_nonempty(const char *s)
{
	return s && *s;
}

int b24_client_method_valid(const char *method, size_t len)
{
	size_t i;

	if (len == 0 || len > 255) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)method[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| c == '_' || c == '.' || c == '-')) {
			return 0;
		}
	}
	return 1;
}

/* ---- construction ------------------------------------------------------- */

static int b24_client_copy_config(b24_client *c, const b24_client_config *cfg)
{
	int failed = 0;

	c->allow_http = cfg->allow_http;
	c->allow_local = cfg->allow_local ? 1 : 0;
	c->lock_timeout_ms = cfg->store_lock_timeout_ms;
	c->http = cfg->http;
	c->ca_file = b24_client_strdup(cfg->http.ca_file, &failed);
	c->user_agent = b24_client_strdup(cfg->http.user_agent, &failed);
	c->http.ca_file = c->ca_file;
	c->http.user_agent = c->user_agent;
	c->source = cfg->transports;
	c->pace = cfg->pace;
	c->on_token = cfg->on_token;
	c->on_token_ctx = cfg->on_token_ctx;
	c->log = cfg->log;
	c->client_id = b24_client_strdup(cfg->client_id, &failed);
	c->client_secret = b24_client_strdup(cfg->client_secret, &failed);
	c->member_id = b24_client_strdup(b24_client_nonempty(cfg->member_id) ? cfg->member_id : NULL,
		&failed);
	return failed ? -1 : 0;
}

static int b24_client_set(char **field, const char *value)
{
	return b24_token_set(field, value, value ? strlen(value) : 0);
}

/*
 * Takes a stored set over the client's: tokens and endpoints as after a
 * refresh, plus the install-time fields (domain, application_token) that a
 * refresh answer never carries.
 */
int b24_client_take_stored(b24_client *c, const b24_token *stored)
{
	int rc = b24_token_merge_refresh(&c->token, stored);

	if (!c->token.domain && stored->domain) {
		rc |= b24_client_set(&c->token.domain, stored->domain);
	}
	if (stored->application_token) {
		rc |= b24_client_set(&c->token.application_token, stored->application_token);
	}
	return rc;
}

/* The store of the configuration: its own, the file of store_path, or none (0). */
static int b24_client_open_store(b24_client *c, const b24_client_config *cfg, b24_error *err)
{
	if (c->store.ops || !b24_client_nonempty(cfg->store_path)) {
		return 0;
	}
	return b24_token_store_file(&c->store, cfg->store_path, err);
}

/* The token set from the configuration; a stored set (newer) wins. */
static int b24_client_load_token(b24_client *c, const b24_client_config *cfg, b24_error *err)
{
	b24_token stored;
	int rc = 0, loaded;

	rc |= b24_client_set(&c->token.access_token, cfg->access_token);
	rc |= b24_client_set(&c->token.refresh_token, cfg->refresh_token);
	rc |= b24_client_set(&c->token.client_endpoint, cfg->client_endpoint);
	rc |= b24_client_set(&c->token.member_id, cfg->member_id);
	rc |= b24_client_set(&c->token.server_endpoint, cfg->server_endpoint);
	if (rc) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return -1;
	}
	if (b24_client_open_store(c, cfg, err) != 0) {
		return -1;
	}
	if (!c->store.ops) {
		return 0;
	}
	b24_token_init(&stored);
	loaded = b24_client_load_store(c, &stored, err);
	if (loaded == B24_STORE_ERROR && !b24_client_nonempty(cfg->access_token)) {
		return -1;
	}
	if (loaded == B24_STORE_LOADED && b24_client_nonempty(stored.access_token)) {
		/* configured fields the file lacks (e.g. member_id of an iframe install) stay */
		rc = b24_client_take_stored(c, &stored);
	}
	b24_token_free(&stored);
	b24_error_clear(err);
	if (rc) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
	}
	return rc ? -1 : 0;
}

static int b24_client_init_oauth(b24_client *c, const b24_client_config *cfg, b24_error *err)
{
	int flags = c->allow_http ? B24_URL_ALLOW_HTTP : 0;
	const char *server = b24_client_nonempty(cfg->oauth_server) ? cfg->oauth_server : B24_DEFAULT_OAUTH_SERVER;

	if (b24_url_oauth_server(server, strlen(server), flags, &c->oauth_server, err) != 0
			|| b24_client_load_token(c, cfg, err) != 0) {
		return -1;
	}
	if (!b24_client_nonempty(c->token.client_endpoint)) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
			"OAuth mode needs a client_endpoint (https://<portal>/rest/)");
		return -1;
	}
	if (!b24_client_nonempty(c->token.access_token) && !b24_client_nonempty(c->token.refresh_token)) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
			"OAuth mode needs an access_token or a refresh_token");
		return -1;
	}
	return b24_url_client_endpoint(c->token.client_endpoint, strlen(c->token.client_endpoint),
		flags, &c->base, err);
}

/*
 * Takes base's origin (the key of its transport) once per base, so that a
 * call parses no URL; the transport got for the old one is not used again.
 */
int b24_client_set_origin(b24_client *c)
{
	c->portal = NULL;
	return b24_url_origin(c->base.data, c->base.len, &c->origin);
}

b24_client *b24_client_new(const b24_client_config *cfg, b24_error *err)
{
	b24_client *c = calloc(1, sizeof(*c));
	b24_token_store store = cfg->store;
	int rc;

	b24_error_clear(err);
	if (c) {
		c->store = store;
	} else {
		b24_token_store_release(&store);
	}
	if (!c || b24_client_copy_config(c, cfg) != 0) {
		b24_client_free(c);
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return NULL;
	}
	if (b24_client_nonempty(cfg->webhook_url)) {
		c->webhook = 1;
		rc = b24_url_webhook_base(cfg->webhook_url, strlen(cfg->webhook_url),
			c->allow_http ? B24_URL_ALLOW_HTTP : 0, &c->base, err);
	} else {
		rc = b24_client_init_oauth(c, cfg, err);
	}
	if (rc == 0 && b24_client_set_origin(c) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		rc = -1;
	}
	if (rc != 0) {
		b24_client_free(c);
		return NULL;
	}
	return c;
}

/* Overwrites a secret before its memory is released. */
void b24_client_wipe(char *s)
{
	if (s) {
		volatile char *p = s;

		while (*p) {
			*p++ = 0;
		}
	}
}

void b24_client_free(b24_client *c)
{
	size_t i;

	if (!c) {
		return;
	}
	for (i = 0; i < B24_CLIENT_TRANSPORTS; i++) {
		b24_transport_free(c->own[i]);
	}
	b24_token_store_release(&c->store);
	b24_client_wipe(c->client_secret);
	free(c->member_id);
	free(c->client_id);
	free(c->client_secret);
	free(c->ca_file);
	free(c->user_agent);
	b24_token_free(&c->token);
	b24_buf_free(&c->base);
	b24_buf_free(&c->origin);
	b24_buf_free(&c->oauth_server);
	b24_buf_free(&c->url);
	b24_buf_free(&c->body);
	free(c);
}

int b24_client_is_webhook(const b24_client *c)
{
	return c->webhook;
}

int b24_client_allow_local(const b24_client *c)
{
	return c->allow_local;
}

int b24_client_bare_answers(b24_client *c, int on)
{
	int was = c->bare_answers;

	c->bare_answers = on;
	return was;
}

const char *b24_client_base(const b24_client *c)
{
	return b24_buf_cstr(&c->base);
}

const b24_token *b24_client_token(const b24_client *c)
{
	return &c->token;
}

const b24_token_store *b24_client_token_store(const b24_client *c)
{
	return &c->store;
}

const char *b24_client_secret(const b24_client *c)
{
	return c->client_secret ? c->client_secret : "";
}

const char *b24_client_store_path(const b24_client *c)
{
	return b24_token_store_path(&c->store);
}

void b24_client_set_log(b24_client *c, const b24_log_sink *sink)
{
	if (sink) {
		c->log = *sink;
	} else {
		memset(&c->log, 0, sizeof(c->log));
	}
}

const char *b24_client_host(const b24_client *c, size_t *len)
{
	const char *o = b24_buf_cstr(&c->origin), *host = strstr(o, "://"), *port;

	host = host ? host + 3 : o;
	port = strrchr(host, ':');
	/* the origin always names its port; "[::1]:443" keeps its brackets */
	*len = port && port[1] != ']' ? (size_t)(port - host) : strlen(host);
	return host;
}

long b24_client_connects(const b24_client *c)
{
	return c->connects;
}

/* ---- the call ----------------------------------------------------------- */

/* One attempt of a call with the expired_token protocol (b24_client_rounds()). */
static int b24_client_call_retrying(b24_client *c, const char *method, const char *body,
	size_t body_len, int json, b24_deadline *deadline, b24_response *resp, b24_error *err)
{
	int rc;

	if (!c->webhook && !b24_client_nonempty(c->token.access_token)) {
		/* only a refresh token is known: get an access token first */
		if (b24_client_renew(c, "", deadline, err) < 0) {
			return -1;
		}
		resp->refreshed = 1;
	}
	rc = b24_client_send(c, method, body, body_len, json, deadline, resp, err);
	if (rc != 0 && !c->webhook && b24_client_expired(err)) {
		rc = b24_client_rounds(c, method, body, body_len, json, deadline, resp, err);
	}
	return rc;
}

/* The arguments of one call, for its attempts under b24_pace_run(). */
typedef struct b24_client_attempt {
	b24_client *c;
	const char *method;
	const char *body;
	size_t body_len;
	int json;
	b24_response *resp;
	b24_deadline *deadline;       /* the call's: every attempt spends from it */
	int attempts;                 /* made so far */
} b24_client_attempt;

static int b24_client_attempt_once(void *ctx, const char **body, size_t *len, b24_error *err)
{
	b24_client_attempt *a = ctx;
	int rc;

	b24_error_clear(err);
	a->c->repeating = a->attempts++ > 0;
	rc = b24_client_call_retrying(a->c, a->method, a->body, a->body_len, a->json, a->deadline,
		a->resp, err);
	*body = a->resp->body;
	*len = a->resp->body_len;
	return rc;
}

double b24_client_mono(void)
{
	b24_rate_now now;

	b24_rate_clock(&now);
	return now.mono;
}

void b24_client_log_result(const b24_client *c, const b24_log_where *where, double started,
	int attempts, size_t sent, const b24_response *resp, int rc, const b24_error *err)
{
	b24_log_call_stats st;

	st.status = resp->status;
	st.duration_ms = (b24_client_mono() - started) * 1000.0;
	st.request_bytes = attempts ? sent : 0;
	st.response_bytes = resp->body_len;
	st.attempts = attempts;
	b24_log_call(&c->log, where, &st);
	if (rc != 0 && err) {
		b24_log_failure(&c->log, where, err);
	}
}

void b24_client_deadline_start(const b24_client *c, b24_deadline *d)
{
	b24_deadline_start(d, c->http.timeout_ms > 0 ? c->http.timeout_ms : B24_DEFAULT_TIMEOUT_MS);
}

void b24_client_pace_call(b24_client *c, const char *method, b24_pace_call *call)
{
	call->portal = b24_rate_hash(c->origin.data ? c->origin.data : "", c->origin.len);
	call->method = method;
	call->readonly = b24_retry_readonly(method, strlen(method));
	call->method_key = b24_pace_method_key(c->webhook || !c->client_id ? c->base.data : c->client_id,
		method);
	call->attempt = NULL;
	call->ctx = NULL;
	call->deadline = NULL;
	call->log = c->log.emit ? &c->log : NULL;
	call->where.method = method;
	call->where.host = b24_client_host(c, &call->where.host_len);
}

int b24_client_call(b24_client *c, const char *method, const char *body, size_t body_len,
	int json, b24_response *resp, b24_error *err)
{
	b24_response local;
	b24_client_attempt a;
	b24_pace_call call;
	b24_deadline deadline;
	long before = c->connects;
	double started = c->log.emit ? b24_client_mono() : 0.0;
	int rc;

	resp = resp ? resp : &local;
	memset(resp, 0, sizeof(*resp));
	resp->body = resp->content_type = resp->location = "";
	b24_error_clear(err);
	if (!method || !b24_client_method_valid(method, strlen(method))) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
			"invalid method name: use letters, digits, '.', '_' and '-'");
		return -1;
	}
	a.c = c;
	a.method = method;
	a.body = body;
	a.body_len = body_len;
	a.json = json;
	a.resp = resp;
	a.attempts = 0;
	/* one deadline for everything the call does: turns, requests, refreshes, repeats */
	b24_client_deadline_start(c, &deadline);
	b24_client_pace_call(c, method, &call);
	a.deadline = call.deadline = &deadline;
	c->readonly = call.readonly;
	call.attempt = b24_client_attempt_once;
	call.ctx = &a;
	c->sent_bytes = 0;
	rc = b24_pace_run(&c->pace, &c->pace_memo, &call, err);
	c->repeating = 0;
	resp->new_connects = c->connects - before;
	if (c->log.emit) {
		b24_client_log_result(c, &call.where, started, a.attempts, c->sent_bytes, resp, rc, err);
	}
	return rc;
}
