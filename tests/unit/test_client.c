/*
 * b24_client against tests/unit/server/router.php (php -S): request bodies
 * with auth, webhook calls, error answers, and the expired_token path —
 * in memory, through the store, and single-flight across fork()ed processes
 * sharing one store with single-use refresh tokens.
 */
#define _DEFAULT_SOURCE 1

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "b24_test.h"
#include "b24_test_server.h"
#include "b24_client.h"
#include "b24_store.h"

static const char *base;      /* http://127.0.0.1:<port>/ */
static char endpoint[96];     /* <base>rest/ */
static char store_path[512];

/* `doom`: how many of the next refreshed tokens expire on their way back (router.php). */
static void set_state_doom(const char *access, const char *refresh, int n, const char *mode, int doom)
{
	char p[600];
	FILE *f;

	snprintf(p, sizeof(p), "%s/state.json", b24t_tmpdir());
	f = fopen(p, "w");
	CHECK(f != NULL);
	if (f) {
		fprintf(f, "{\"access\":\"%s\",\"refresh\":\"%s\",\"n\":%d,\"refreshes\":0,\"mode\":\"%s\","
			"\"doom\":%d}", access, refresh, n, mode, doom);
		fclose(f);
	}
}

static void set_state(const char *access, const char *refresh, int n, const char *mode)
{
	set_state_doom(access, refresh, n, mode, 0);
}

static int refreshes(void)
{
	char p[600], buf[512];
	FILE *f;
	size_t n = 0;
	const char *at;

	snprintf(p, sizeof(p), "%s/state.json", b24t_tmpdir());
	f = fopen(p, "r");
	if (f) {
		n = fread(buf, 1, sizeof(buf) - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	at = strstr(buf, "\"refreshes\":");
	return at ? atoi(at + 12) : -1;
}

static void oauth_config(b24_client_config *cfg, const char *access, const char *refresh)
{
	b24_client_config_init(cfg);
	cfg->client_id = "app.id";
	cfg->client_secret = "app-secret";
	cfg->access_token = access;
	cfg->refresh_token = refresh;
	cfg->client_endpoint = endpoint;
	cfg->oauth_server = base;
	cfg->allow_http = 1;
}

static b24_client *oauth_client(const char *access, const char *refresh, const char *store)
{
	b24_client_config cfg;
	b24_error err;
	b24_client *c;

	oauth_config(&cfg, access, refresh);
	cfg.store_path = store;
	c = b24_client_new(&cfg, &err);
	if (!c) {
		b24t_fail(__FILE__, __LINE__, "client: %s %s", err.code, err.description);
	}
	return c;
}

/* The "body" field of the echo answer, JSON-unescaped enough for these tests. */
static const char *echoed_body(const b24_response *r)
{
	static char out[1024];
	const char *p = strstr(r->body, "\"body\":\"");
	size_t n = 0;

	out[0] = '\0';
	if (!p) {
		return out;
	}
	for (p += 8; *p && *p != '"' && n + 1 < sizeof(out); p++) {
		if (*p == '\\') {
			p++;
		}
		out[n++] = *p;
	}
	out[n] = '\0';
	return out;
}

static int call(b24_client *c, const char *method, const char *body, int json, b24_response *r,
	b24_error *err)
{
	return b24_client_call(c, method, body, body ? strlen(body) : 0, json, r, err);
}

static void test_webhook_calls(void)
{
	b24_client_config cfg;
	b24_response r;
	b24_error err;
	b24_client *c;
	char hook[128];

	snprintf(hook, sizeof(hook), "%srest/1/hookcode", base);
	b24_client_config_init(&cfg);
	cfg.webhook_url = hook;
	cfg.allow_http = 1;
	c = b24_client_new(&cfg, &err);
	CHECK(c != NULL);
	if (!c) {
		return;
	}
	CHECK(b24_client_is_webhook(c));
	CHECK(strstr(b24_client_base(c), "/rest/1/hookcode/") != NULL);
	CHECK_INT(call(c, "profile", NULL, 0, &r, &err), 0);
	CHECK_INT(r.status, 200);
	CHECK(strstr(r.body, "\"http_method\":\"POST\"") != NULL);
	CHECK(strstr(r.body, "\"method\":\"profile\"") != NULL);
	CHECK_STR(echoed_body(&r), "");
	CHECK_INT(call(c, "crm.lead.add", "fields%5BTITLE%5D=A%26B", 0, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "fields%5BTITLE%5D=A%26B");
	CHECK(strstr(r.body, "application\\/x-www-form-urlencoded") != NULL);
	CHECK_INT(call(c, "crm.lead.add", "{\"fields\":{\"TITLE\":\"A\"}}", 1, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "{\"fields\":{\"TITLE\":\"A\"}}");
	CHECK(strstr(r.body, "application\\/json") != NULL);
	CHECK_INT(call(c, "profile", "", 1, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "{}");
	CHECK_INT(b24_client_refresh(c, NULL, &err), -1);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	CHECK(b24_client_connects(c) >= 4);
	b24_client_free(c);
}

static void test_auth_in_bodies(void)
{
	b24_client *c;
	b24_response r;
	b24_error err;

	set_state("A1", "R1", 1, "normal");
	c = oauth_client("A1", "R1", NULL);
	if (!c) {
		return;
	}
	CHECK_STR(b24_client_base(c), endpoint);
	CHECK_INT(call(c, "user.current", "a=1&b%5B0%5D=2", 0, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "a=1&b%5B0%5D=2&auth=A1");
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "auth=A1");
	CHECK_INT(call(c, "user.current", " {\"x\":[1,{}]} \n", 1, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "{\"x\":[1,{}],\"auth\":\"A1\"}");
	CHECK_INT(call(c, "user.current", "{ }", 1, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "{ \"auth\":\"A1\"}");
	CHECK_INT(call(c, "user.current", "", 1, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "{\"auth\":\"A1\"}");
	CHECK_INT(r.refreshed, 0);
	CHECK_INT(call(c, "user.current", "[1,2]", 1, &r, &err), -1);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	CHECK_INT(call(c, "bad/method", NULL, 0, &r, &err), -1);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	CHECK_INT(call(c, "x.json?auth=1", NULL, 0, &r, &err), -1);
	CHECK_INT(refreshes(), 0);
	b24_client_free(c);
}

static void test_error_answers(void)
{
	b24_client *c;
	b24_response r;
	b24_error err;

	set_state("A1", "R1", 1, "normal");
	c = oauth_client("A1", "R1", NULL);
	if (!c) {
		return;
	}
	CHECK_INT(call(c, "html.502", NULL, 0, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_SERVER);
	CHECK_STR(err.code, B24_HTTP_ERROR);
	CHECK_INT(err.http_status, 502);
	CHECK_INT(r.status, 502);
	CHECK(strstr(r.body, "Bad Gateway") != NULL);
	CHECK_INT(call(c, "redirect.me", "x=1", 0, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_TRANSPORT);
	CHECK_STR(err.code, B24_REDIRECT_REFUSED);
	CHECK_INT(err.http_status, 302);
	CHECK_STR(r.location, "https://renamed.example/rest/redirect.me.json");
	CHECK(strstr(err.description, "renamed.example") != NULL);
	CHECK_INT(call(c, "placement.error", NULL, 0, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_API);
	CHECK_STR(err.code, "ERROR_PLACEMENT_MAX_COUNT");
	CHECK_INT(r.status, 200);
	CHECK(strstr(r.body, "ERROR_PLACEMENT_MAX_COUNT") != NULL);
	b24_client_free(c);
}

static int token_events;

static int on_token(void *ctx, const b24_token *t, b24_error *err)
{
	(void)ctx; (void)err;
	if (t->access_token && t->access_token[0] == 'A') {
		token_events++;
	}
	return 0;
}

/* A hook that cannot keep the new token: the call is not repeated. */
static int on_token_refused(void *ctx, const b24_token *t, b24_error *err)
{
	(void)ctx; (void)t; (void)err;
	token_events++;
	return -1;
}

static void test_refresh_hook_refuses(void)
{
	b24_client_config cfg;
	b24_response r;
	b24_error err;
	b24_client *c;

	set_state("none", "R1", 1, "normal");
	oauth_config(&cfg, "A1", "R1");
	cfg.on_token = on_token_refused;
	token_events = 0;
	c = b24_client_new(&cfg, &err);
	CHECK(c != NULL);
	if (!c) {
		return;
	}
	CHECK_INT(call(c, "user.current", "a=1", 0, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_AUTH);
	CHECK_STR(err.code, B24_STORE_FAILED);
	CHECK_INT(token_events, 1);
	CHECK_INT(refreshes(), 1);
	/* the new pair stays in memory: the next call needs no refresh */
	CHECK_STR(b24_client_token(c)->access_token, "A2");
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), 0);
	CHECK_INT(refreshes(), 1);
	b24_client_free(c);
}

/* The configured server_endpoint names the OAuth server of the refresh. */
static void test_server_endpoint_configured(void)
{
	b24_client_config cfg;
	b24_error err;
	b24_client *c;

	oauth_config(&cfg, "A1", "R1");
	cfg.server_endpoint = "https://oauth.bitrix.info/rest/";
	c = b24_client_new(&cfg, &err);
	CHECK(c != NULL);
	if (!c) {
		return;
	}
	CHECK_STR(b24_client_token(c)->server_endpoint, "https://oauth.bitrix.info/rest/");
	b24_client_free(c);
}

static void test_refresh_in_memory(void)
{
	b24_client_config cfg;
	b24_response r;
	b24_error err;
	b24_client *c;

	set_state("none", "R1", 1, "normal");
	oauth_config(&cfg, "A1", "R1");
	cfg.on_token = on_token;
	token_events = 0;
	c = b24_client_new(&cfg, &err);
	CHECK(c != NULL);
	if (!c) {
		return;
	}
	CHECK_INT(call(c, "user.current", "a=1", 0, &r, &err), 0);
	CHECK_INT(r.refreshed, 1);
	CHECK_STR(echoed_body(&r), "a=1&auth=A2");
	CHECK_STR(b24_client_token(c)->access_token, "A2");
	CHECK_STR(b24_client_token(c)->refresh_token, "R2");
	CHECK_STR(b24_client_token(c)->member_id, "mem1");
	/* the OAuth server's name never becomes the portal's domain */
	CHECK(b24_client_token(c)->domain == NULL);
	CHECK_INT(token_events, 1);
	CHECK_INT(refreshes(), 1);
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), 0);
	CHECK_INT(r.refreshed, 0);
	CHECK_INT(refreshes(), 1);
	b24_client_free(c);
}

static void test_refresh_failures(void)
{
	b24_client_config cfg;
	b24_response r;
	b24_error err;
	b24_client *c;

	/* the refresh token was already spent elsewhere */
	set_state("none", "R9", 9, "normal");
	c = oauth_client("A1", "R1", NULL);
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_AUTH);
	CHECK_STR(err.code, "invalid_grant");
	b24_client_free(c);

	/* the new token is refused too: one refresh, one retry, then an AUTH error */
	set_state("none", "R1", 1, "always_expired");
	c = oauth_client("A1", "R1", NULL);
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_AUTH);
	CHECK_STR(err.code, "expired_token");
	CHECK(strstr(err.description, "again") != NULL);
	CHECK_INT(refreshes(), 1);
	b24_client_free(c);

	/* wrong client secret */
	set_state("none", "R1", 1, "normal");
	oauth_config(&cfg, "A1", "R1");
	cfg.client_secret = "wrong";
	c = b24_client_new(&cfg, &err);
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), -1);
	CHECK_STR(err.code, "invalid_client");
	CHECK(strstr(err.description, "wrong") == NULL);
	b24_client_free(c);

	/* no secret configured: nothing to refresh with */
	oauth_config(&cfg, "A1", "R1");
	cfg.client_secret = NULL;
	c = b24_client_new(&cfg, &err);
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_AUTH);
	CHECK_STR(err.code, "expired_token");
	CHECK_INT(refreshes(), 0);
	b24_client_free(c);
}

/* Only a refresh token is known: the first call gets an access token first. */
static void test_refresh_token_only(void)
{
	b24_client *c;
	b24_response r;
	b24_error err;

	set_state("none", "R1", 1, "normal");
	c = oauth_client(NULL, "R1", NULL);
	if (!c) {
		return;
	}
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), 0);
	CHECK_INT(r.refreshed, 1);
	CHECK_STR(echoed_body(&r), "auth=A2");
	b24_client_free(c);
}

static void write_store(const char *json)
{
	FILE *f = fopen(store_path, "w");

	CHECK(f != NULL);
	if (f) {
		fputs(json, f);
		fclose(f);
	}
}

static char *read_store(void)
{
	static char buf[4096];
	FILE *f = fopen(store_path, "r");
	size_t n = 0;

	if (f) {
		n = fread(buf, 1, sizeof(buf) - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	return buf;
}

static void stale_store(const char *server_endpoint)
{
	char json[1024];

	snprintf(json, sizeof(json), "{\"access_token\":\"A1\",\"refresh_token\":\"R1\","
		"\"client_endpoint\":\"%s\",\"server_endpoint\":\"%s\",\"domain\":\"portal.example\","
		"\"application_token\":\"apptok\",\"member_id\":\"mem1\","
		"\"C_REST_CLIENT_SECRET\":\"app-secret\"}", endpoint, server_endpoint);
	write_store(json);
}

static void test_refresh_through_store(void)
{
	b24_client *c;
	b24_response r;
	b24_error err;
	const char *saved;

	/* a forged server_endpoint is not used: the secret goes to the configured server only */
	stale_store("https://evil.example/rest/");
	set_state("none", "R1", 1, "normal");
	c = oauth_client("ignored", "ignored", store_path);
	if (!c) {
		return;
	}
	CHECK_STR(b24_client_store_path(c), store_path);
	CHECK_STR(b24_client_secret(c), "app-secret");
	CHECK_STR(b24_client_token(c)->access_token, "A1");
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "auth=A2");
	saved = read_store();
	CHECK(strstr(saved, "\"access_token\":\"A2\"") != NULL);
	CHECK(strstr(saved, "\"refresh_token\":\"R2\"") != NULL);
	CHECK(strstr(saved, "\"application_token\":\"apptok\"") != NULL);
	CHECK(strstr(saved, "\"domain\":\"portal.example\"") != NULL);
	CHECK(strstr(saved, "C_REST") == NULL);
	CHECK(strstr(saved, "secret") == NULL);
	b24_client_free(c);

	/*
	 * a failed refresh keeps the stored set (written again before the
	 * refresh token was spent, to prove the store writable): no error
	 * fields reach the store
	 */
	stale_store(endpoint);
	set_state("none", "R7", 7, "normal");
	c = oauth_client(NULL, NULL, store_path);
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), -1);
	CHECK_STR(err.code, "invalid_grant");
	saved = read_store();
	CHECK(strstr(saved, "\"access_token\":\"A1\"") != NULL);
	CHECK(strstr(saved, "\"refresh_token\":\"R1\"") != NULL);
	CHECK(strstr(saved, "error") == NULL);
	b24_client_free(c);
}

/*
 * A token refreshed just now expires before the repeated call reaches the
 * portal (short-lived tokens, a slow portal): another round, with a refresh
 * token of its own, and the call succeeds.
 */
static void test_fresh_token_expired_on_its_way(void)
{
	b24_client *c;
	b24_response r;
	b24_error err;

	set_state_doom("none", "R1", 1, "normal", 1);
	c = oauth_client("A1", "R1", NULL);
	if (!c) {
		return;
	}
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), 0);
	CHECK_INT(r.refreshed, 1);
	CHECK_STR(echoed_body(&r), "auth=A3");
	CHECK_INT(refreshes(), 2);
	b24_client_free(c);

	/* it keeps happening: three rounds, then the call fails */
	set_state_doom("none", "R1", 1, "normal", 5);
	c = oauth_client("A1", "R1", NULL);
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_AUTH);
	CHECK_STR(err.code, "expired_token");
	CHECK_INT(refreshes(), 3);
	b24_client_free(c);

	/* through a store: each round refreshes only a token still stored as refused */
	stale_store(endpoint);
	set_state_doom("none", "R1", 1, "normal", 1);
	c = oauth_client(NULL, NULL, store_path);
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "auth=A3");
	CHECK_INT(refreshes(), 2);
	CHECK(strstr(read_store(), "\"refresh_token\":\"R3\"") != NULL);
	b24_client_free(c);
}

/* A portal that refuses every token, even one issued for an hour: one refresh, then an error. */
static void test_every_token_refused(void)
{
	b24_client *c;
	b24_response r;
	b24_error err;

	set_state("none", "R1", 1, "always_expired");
	c = oauth_client("A1", "R1", NULL);
	if (!c) {
		return;
	}
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_AUTH);
	CHECK_STR(err.code, "expired_token");
	CHECK_INT(refreshes(), 1);
	/* the next call: again exactly one */
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), -1);
	CHECK_INT(refreshes(), 2);
	b24_client_free(c);

	/* the same through a store */
	stale_store(endpoint);
	set_state("none", "R1", 1, "always_expired");
	c = oauth_client(NULL, NULL, store_path);
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), -1);
	CHECK_STR(err.code, "expired_token");
	CHECK_INT(refreshes(), 1);
	b24_client_free(c);
}

/* Another process refreshed meanwhile: the stored token is adopted, no refresh spent. */
static void test_adopts_token_refreshed_elsewhere(void)
{
	b24_client *c;
	b24_response r;
	b24_error err;

	stale_store(endpoint);
	set_state("none", "R1", 1, "normal");
	c = oauth_client(NULL, NULL, store_path);
	if (!c) {
		return;
	}
	/* another process's refresh, as it would have written it */
	write_store("{\"access_token\":\"A5\",\"refresh_token\":\"R5\",\"application_token\":\"apptok\"}");
	set_state("A5", "R5", 5, "normal");
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), 0);
	CHECK_INT(r.refreshed, 1);
	CHECK_STR(echoed_body(&r), "auth=A5");
	CHECK_INT(refreshes(), 0);
	b24_client_free(c);
}

/* The stored token another process wrote has expired too: adopt it, then refresh once. */
static void test_adopted_token_expired_too(void)
{
	b24_client *c;
	b24_response r;
	b24_error err;

	stale_store(endpoint);
	c = oauth_client(NULL, NULL, store_path);
	if (!c) {
		return;
	}
	write_store("{\"access_token\":\"A5\",\"refresh_token\":\"R5\",\"application_token\":\"apptok\"}");
	set_state("none", "R5", 5, "normal");
	CHECK_INT(call(c, "user.current", NULL, 0, &r, &err), 0);
	CHECK_STR(echoed_body(&r), "auth=A6");
	CHECK_INT(refreshes(), 1);
	CHECK(strstr(read_store(), "\"refresh_token\":\"R6\"") != NULL);
	b24_client_free(c);
}

#define PROCS 6

/* One process: its own client on the shared store, one call. */
static int one_process(void)
{
	b24_client *c = oauth_client(NULL, NULL, store_path);
	b24_response r;
	b24_error err;
	int ok;

	if (!c) {
		return 0;
	}
	ok = call(c, "user.current", NULL, 0, &r, &err) == 0 && strcmp(echoed_body(&r), "auth=A2") == 0;
	if (!ok) {
		printf("  process %d: %s %s\n", (int)getpid(), err.code, err.description);
	}
	b24_client_free(c);
	return ok;
}

static void test_single_flight_across_processes(void)
{
	pid_t pids[PROCS];
	int i, status;

	stale_store(endpoint);
	set_state("none", "R1", 1, "normal");
	fflush(stdout);
	for (i = 0; i < PROCS; i++) {
		pids[i] = fork();
		if (pids[i] == 0) {
			_exit(one_process() ? 0 : 1);
		}
	}
	for (i = 0; i < PROCS; i++) {
		waitpid(pids[i], &status, 0);
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	/* one refresh token, spent exactly once */
	CHECK_INT(refreshes(), 1);
	CHECK(strstr(read_store(), "\"access_token\":\"A2\"") != NULL);
}

/* A transport source like the binding's pool: one transport per origin, all freed at once. */
typedef struct test_pool {
	b24_transport *t[4];
	char origin[4][128];
	int n;
	int gets;
	unsigned long generation;
} test_pool;

static b24_transport *pool_get(void *ctx, const char *origin, size_t len, const char *url,
	const b24_http_options *opts, b24_error *err)
{
	test_pool *p = ctx;
	int i;

	p->gets++;
	for (i = 0; i < p->n; i++) {
		if (strlen(p->origin[i]) == len && memcmp(p->origin[i], origin, len) == 0) {
			return p->t[i];
		}
	}
	if (p->n == 4 || len >= sizeof(p->origin[0])) {
		b24_error_set(err, B24_E_TRANSPORT, B24_TRANSPORT_FAILED, 0, "test pool full");
		return NULL;
	}
	memcpy(p->origin[p->n], origin, len);
	p->origin[p->n][len] = '\0';
	p->t[p->n] = b24_transport_new(url, opts, err);
	return p->t[p->n++];
}

static unsigned long pool_generation(void *ctx)
{
	return ((test_pool *)ctx)->generation;
}

static void pool_free(test_pool *p)
{
	while (p->n > 0) {
		b24_transport_free(p->t[--p->n]);
	}
	p->generation++;
}

static b24_client *pooled_webhook(test_pool *p, const char *user_agent)
{
	b24_client_config cfg;
	b24_error err;
	char hook[128];

	snprintf(hook, sizeof(hook), "%srest/1/hookcode", base);
	b24_client_config_init(&cfg);
	cfg.webhook_url = hook;
	cfg.allow_http = 1;
	cfg.http.user_agent = user_agent;
	cfg.transports.get = pool_get;
	cfg.transports.generation = pool_generation;
	cfg.transports.ctx = p;
	return b24_client_new(&cfg, &err);
}

/*
 * Clients of one origin share the source's one transport, each with its own
 * options; a client asks the source again only after the source has freed
 * its transports (under valgrind: no use of a freed one).
 */
static void test_transport_source(void)
{
	test_pool p;
	b24_client *a, *b;
	b24_response r;
	b24_error err;

	memset(&p, 0, sizeof(p));
	a = pooled_webhook(&p, NULL);
	b = pooled_webhook(&p, "client-b/1.0");
	CHECK(a && b);
	if (!a || !b) {
		b24_client_free(a);
		b24_client_free(b);
		return;
	}
	CHECK_INT(call(a, "profile", NULL, 0, &r, &err), 0);
	CHECK(strstr(r.body, "\"user_agent\":\"b24-php\\/") != NULL);
	CHECK_INT(call(b, "profile", NULL, 0, &r, &err), 0);
	CHECK(strstr(r.body, "\"user_agent\":\"client-b\\/1.0\"") != NULL);
	CHECK_INT(call(a, "profile", NULL, 0, &r, &err), 0);
	CHECK(strstr(r.body, "\"user_agent\":\"b24-php\\/") != NULL);
	CHECK_INT(call(a, "profile", NULL, 0, &r, &err), 0);
	CHECK_INT(p.n, 1);
	CHECK_INT(p.gets, 2);
	CHECK_INT(b24_transport_requests(p.t[0]), 4);
	/* the source freed its transports (the end of a PHP request): asked again */
	pool_free(&p);
	CHECK_INT(call(a, "profile", NULL, 0, &r, &err), 0);
	CHECK_INT(call(a, "profile", NULL, 0, &r, &err), 0);
	CHECK_INT(p.gets, 3);
	CHECK_INT(p.n, 1);
	CHECK_INT(b24_transport_requests(p.t[0]), 2);
	b24_client_free(a);
	b24_client_free(b);
	pool_free(&p);
}

/* allow_local is the client's own setting, off unless configured. */
static void test_allow_local(void)
{
	b24_client_config cfg;
	b24_error err;
	b24_client *c;

	oauth_config(&cfg, "A1", "R1");
	c = b24_client_new(&cfg, &err);
	CHECK(c != NULL);
	CHECK_INT(c ? b24_client_allow_local(c) : -1, 0);
	b24_client_free(c);
	cfg.allow_local = 7;
	c = b24_client_new(&cfg, &err);
	CHECK(c != NULL);
	CHECK_INT(c ? b24_client_allow_local(c) : -1, 1);
	b24_client_free(c);
}

static void test_bad_configs(void)
{
	b24_client_config cfg;
	b24_error err;

	b24_client_config_init(&cfg);
	cfg.webhook_url = "http://portal.example/rest/1/code/";
	CHECK(b24_client_new(&cfg, &err) == NULL);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	oauth_config(&cfg, "A1", "R1");
	cfg.client_endpoint = NULL;
	CHECK(b24_client_new(&cfg, &err) == NULL);
	CHECK(strstr(err.description, "client_endpoint") != NULL);
	oauth_config(&cfg, NULL, NULL);
	CHECK(b24_client_new(&cfg, &err) == NULL);
	oauth_config(&cfg, "A1", "R1");
	cfg.allow_http = 0;
	CHECK(b24_client_new(&cfg, &err) == NULL);
	oauth_config(&cfg, "A1", "R1");
	cfg.oauth_server = "https://oauth.bitrix.info/oauth/token/";
	CHECK(b24_client_new(&cfg, &err) == NULL);
	/* a damaged store with nothing configured to fall back on */
	write_store("{\"access_token\":");
	oauth_config(&cfg, NULL, NULL);
	cfg.store_path = store_path;
	CHECK(b24_client_new(&cfg, &err) == NULL);
	CHECK_STR(err.code, B24_STORE_FAILED);
}

/* The test portal (tests/unit/server, run by the php CLI) could not be started. */
static void test_server_started(void)
{
	b24t_fail(__FILE__, __LINE__, "no php CLI to run the test portal (tests/unit/server)");
}

int main(void)
{
	base = b24t_server_start(b24t_tmpdir());
	if (!base) {
		/* a test that cannot run proves nothing: it fails */
		B24T_RUN(test_server_started);
		return b24t_finish();
	}
	snprintf(endpoint, sizeof(endpoint), "%srest/", base);
	snprintf(store_path, sizeof(store_path), "%s/settings.json", b24t_tmpdir());
	B24T_RUN(test_webhook_calls);
	B24T_RUN(test_auth_in_bodies);
	B24T_RUN(test_error_answers);
	B24T_RUN(test_refresh_in_memory);
	B24T_RUN(test_refresh_hook_refuses);
	B24T_RUN(test_server_endpoint_configured);
	B24T_RUN(test_refresh_failures);
	B24T_RUN(test_refresh_token_only);
	B24T_RUN(test_refresh_through_store);
	B24T_RUN(test_fresh_token_expired_on_its_way);
	B24T_RUN(test_every_token_refused);
	B24T_RUN(test_adopts_token_refreshed_elsewhere);
	B24T_RUN(test_adopted_token_expired_too);
	B24T_RUN(test_single_flight_across_processes);
	B24T_RUN(test_transport_source);
	B24T_RUN(test_allow_local);
	B24T_RUN(test_bad_configs);
	b24t_server_stop();
	return b24t_finish();
}
