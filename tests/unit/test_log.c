/*
 * b24_log: level names and filtering, the redaction of every message and
 * string field on the way to the sink, and the events of a real client
 * against tests/unit/server/router.php (php -S): the debug line of a call,
 * the error of a failed one, the refresh, emitted after the store's lock is
 * released.
 */
#define _DEFAULT_SOURCE 1

#include <stdio.h>
#include <stdlib.h>

#include "b24_test.h"
#include "b24_test_server.h"
#include "b24_client.h"
#include "b24_log.h"
#include "b24_store.h"

static const char *base;
static char store_path[512];

/* What the sink saw, one event a line: "level|message|key=value;...". */
static char seen[16384];
static int events;
/* During the token event: whether another handle could lock the store (-1: not asked). */
static int lock_free_at_token = -1;

static void collect(void *ctx, enum b24_log_level level, const char *message, const b24_log_field *f,
	size_t n)
{
	size_t i, at = strlen(seen);

	(void)ctx;
	events++;
	at += snprintf(seen + at, sizeof(seen) - at, "%s|%s|", b24_log_level_name(level), message);
	for (i = 0; i < n && at < sizeof(seen); i++) {
		if (f[i].type == B24_LOG_STRING) {
			CHECK_INT(strlen(f[i].s), f[i].len);
			at += snprintf(seen + at, sizeof(seen) - at, "%s=%s;", f[i].key, f[i].s);
		} else if (f[i].type == B24_LOG_INT) {
			at += snprintf(seen + at, sizeof(seen) - at, "%s=%lld;", f[i].key, f[i].i);
		} else {
			at += snprintf(seen + at, sizeof(seen) - at, "%s=%s;", f[i].key, f[i].f >= 0.0 ? "float" : "?");
		}
	}
	if (at < sizeof(seen) - 1) {
		strcat(seen, "\n");
	}
	if (strstr(message, "refreshed")) {
		b24_error err;
		b24_store *other = b24_store_open(store_path, &err);

		lock_free_at_token = other && b24_store_lock(other, 0, &err) == 0;
		b24_store_free(other);
	}
}

static void reset_seen(void)
{
	seen[0] = '\0';
	events = 0;
}

static b24_log_sink sink_of(enum b24_log_level min)
{
	b24_log_sink s;

	s.emit = collect;
	s.ctx = NULL;
	s.min = min;
	return s;
}

static void test_levels(void)
{
	b24_log_sink s = sink_of(B24_LOG_WARNING);

	CHECK_STR(b24_log_level_name(B24_LOG_EMERGENCY), "emergency");
	CHECK_STR(b24_log_level_name(B24_LOG_CRITICAL), "critical");
	CHECK_STR(b24_log_level_name(B24_LOG_NOTICE), "notice");
	CHECK_STR(b24_log_level_name(B24_LOG_DEBUG), "debug");
	CHECK(b24_log_wants(&s, B24_LOG_ERROR));
	CHECK(b24_log_wants(&s, B24_LOG_WARNING));
	CHECK(!b24_log_wants(&s, B24_LOG_INFO));
	CHECK(!b24_log_wants(NULL, B24_LOG_ERROR));
	s.emit = NULL;
	CHECK(!b24_log_wants(&s, B24_LOG_ERROR));
	reset_seen();
	b24_log_emit(&s, B24_LOG_ERROR, "x", NULL, 0);
	b24_log_emit(NULL, B24_LOG_ERROR, "x", NULL, 0);
	CHECK_INT(events, 0);
}

static void test_emit_redacts(void)
{
	b24_log_sink s = sink_of(B24_LOG_DEBUG);
	b24_log_field f[4];

	f[0] = b24_log_str("url", "https://p.example/rest/1/hookcode/x.json?auth=tok3n");
	f[1] = b24_log_strn("body", "{\"refresh_token\":\"r3fresh\"}\r\nforged", 35);
	f[2] = b24_log_int("n", 42);
	f[3] = b24_log_float("ms", 1.5);
	reset_seen();
	b24_log_emit(&s, B24_LOG_INFO, "client_secret=s3cret\nsecond line", f, 4);
	CHECK_INT(events, 1);
	CHECK_STR(seen, "info|client_secret=***\\x0asecond line|url=https://p.example/rest/1/***/x.json?auth=***;"
		"body={\"refresh_token\":\"***\"}\\x0d\\x0aforged;n=42;ms=float;\n");
	b24_log_app(&s, B24_LOG_APP_INSTALLED, "p.example", "mem1");
	CHECK(strstr(seen, "info|b24: app installed on {host}|host=p.example;member_id=mem1;event=installed;") != NULL);
}

static void test_call_events(void)
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
	cfg.log = sink_of(B24_LOG_DEBUG);
	c = b24_client_new(&cfg, &err);
	CHECK(c != NULL);
	if (!c) {
		return;
	}
	reset_seen();
	CHECK_INT(b24_client_call(c, "profile", "a=1", 3, 0, &r, &err), 0);
	CHECK_INT(events, 1);
	CHECK(strncmp(seen, "debug|b24: {method} on {host}: HTTP {status}", 44) == 0);
	CHECK(strstr(seen, "|method=profile;host=127.0.0.1;status=200;duration_ms=float;request_bytes=3;response_bytes=") != NULL);
	CHECK(strstr(seen, "attempts=1;") != NULL);
	reset_seen();
	CHECK_INT(b24_client_call(c, "html.502", NULL, 0, 0, &r, &err), -1);
	CHECK_INT(events, 2);
	CHECK(strstr(seen, "debug|") == seen);
	CHECK(strstr(seen, "\nerror|b24: {method} on {host} failed: {code} ({class})|method=html.502;host=127.0.0.1;"
		"code=B24_HTTP_ERROR;class=B24ServerException;status=502;description=HTTP 502") != NULL);
	CHECK(strstr(seen, "hookcode") == NULL);
	/* logging off: the sink is not called */
	b24_client_set_log(c, NULL);
	reset_seen();
	CHECK_INT(b24_client_call(c, "profile", NULL, 0, 0, &r, &err), 0);
	CHECK_INT(events, 0);
	b24_client_free(c);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	CHECK(f != NULL);
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static void test_refresh_event(void)
{
	b24_client_config cfg;
	b24_response r;
	b24_error err;
	b24_client *c;
	char endpoint[128], json[512], state[600];

	snprintf(endpoint, sizeof(endpoint), "%srest/", base);
	snprintf(json, sizeof(json), "{\"access_token\":\"A1\",\"refresh_token\":\"R1\",\"client_endpoint\":\"%s\"}",
		endpoint);
	write_file(store_path, json);
	snprintf(state, sizeof(state), "%s/state.json", b24t_tmpdir());
	write_file(state, "{\"access\":\"none\",\"refresh\":\"R1\",\"n\":1,\"refreshes\":0,\"mode\":\"normal\",\"doom\":0}");
	b24_client_config_init(&cfg);
	cfg.client_id = "app.id";
	cfg.client_secret = "app-secret";
	cfg.oauth_server = base;
	cfg.store_path = store_path;
	cfg.allow_http = 1;
	cfg.log = sink_of(B24_LOG_INFO);
	c = b24_client_new(&cfg, &err);
	CHECK(c != NULL);
	if (!c) {
		return;
	}
	reset_seen();
	lock_free_at_token = -1;
	CHECK_INT(b24_client_call(c, "user.current", NULL, 0, 0, &r, &err), 0);
	CHECK_INT(events, 1);
	CHECK(strstr(seen, "info|b24: access token for {host} refreshed at the OAuth server|host=127.0.0.1;event=refreshed;") == seen);
	CHECK_INT(lock_free_at_token, 1);
	CHECK(strstr(seen, "A2") == NULL && strstr(seen, "R2") == NULL && strstr(seen, "app-secret") == NULL);
	b24_client_free(c);
}

static void test_server_started(void)
{
	b24t_fail(__FILE__, __LINE__, "no php CLI to run the test portal (tests/unit/server)");
}

int main(void)
{
	B24T_RUN(test_levels);
	B24T_RUN(test_emit_redacts);
	base = b24t_server_start(b24t_tmpdir());
	if (!base) {
		B24T_RUN(test_server_started);
		return b24t_finish();
	}
	snprintf(store_path, sizeof(store_path), "%s/settings.json", b24t_tmpdir());
	B24T_RUN(test_call_events);
	B24T_RUN(test_refresh_event);
	b24t_server_stop();
	return b24t_finish();
}
