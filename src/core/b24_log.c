/*
 * b24_log: events of the core for a PSR-3 logger, redacted on their way
 * out. See b24_log.h.
 */
#include <string.h>

#include "b24_log.h"
#include "b24_buf.h"
#include "b24_redact.h"

static const char *const b24_log_levels[] = {
	"emergency", "alert", "critical", "error", "warning", "notice", "info", "debug"
};

const char *b24_log_level_name(enum b24_log_level level)
{
	return (unsigned)level <= B24_LOG_DEBUG ? b24_log_levels[level] : "debug";
}

int b24_log_wants(const b24_log_sink *sink, enum b24_log_level level)
{
	return sink && sink->emit && level <= sink->min;
}

b24_log_field b24_log_strn(const char *key, const char *s, size_t len)
{
	b24_log_field f;

	memset(&f, 0, sizeof(f));
	f.key = key;
	f.type = B24_LOG_STRING;
	f.s = s ? s : "";
	f.len = s ? len : 0;
	return f;
}

b24_log_field b24_log_str(const char *key, const char *s)
{
	return b24_log_strn(key, s, s ? strlen(s) : 0);
}

b24_log_field b24_log_int(const char *key, long long v)
{
	b24_log_field f = b24_log_strn(key, NULL, 0);

	f.type = B24_LOG_INT;
	f.i = v;
	return f;
}

b24_log_field b24_log_float(const char *key, double v)
{
	b24_log_field f = b24_log_strn(key, NULL, 0);

	f.type = B24_LOG_FLOAT;
	/* milliseconds to the microsecond: finer digits are noise (no libm in the core) */
	f.f = v >= 0.0 && v < 1e15 ? (double)(long long)(v * 1000.0 + 0.5) / 1000.0 : v;
	return f;
}

/*
 * The one way out: the message and every string field redacted into one
 * buffer (each NUL-terminated), the fields pointed at their copies.
 */
void b24_log_emit(const b24_log_sink *sink, enum b24_log_level level, const char *message,
	const b24_log_field *fields, size_t n)
{
	b24_log_field out[B24_LOG_FIELDS_MAX];
	size_t offset[B24_LOG_FIELDS_MAX], i;
	b24_buf text = B24_BUF_INIT;

	if (!b24_log_wants(sink, level)) {
		return;
	}
	n = n < B24_LOG_FIELDS_MAX ? n : B24_LOG_FIELDS_MAX;
	b24_redact(message, strlen(message), &text);
	b24_buf_append_char(&text, '\0');
	for (i = 0; i < n; i++) {
		out[i] = fields[i];
		offset[i] = text.len;
		if (fields[i].type == B24_LOG_STRING) {
			b24_redact(fields[i].s, fields[i].len, &text);
			out[i].len = text.len - offset[i];
			b24_buf_append_char(&text, '\0');
		}
	}
	if (b24_buf_ok(&text)) {
		for (i = 0; i < n; i++) {
			if (out[i].type == B24_LOG_STRING) {
				out[i].s = text.data + offset[i];
			}
		}
		sink->emit(sink->ctx, level, text.data, out, n);
	}
	b24_buf_free(&text);
}

/* The first two fields of every call event: method and host. */
static size_t b24_log_where_fields(b24_log_field *f, const b24_log_where *w)
{
	f[0] = b24_log_str("method", w->method);
	f[1] = b24_log_strn("host", w->host, w->host_len);
	return 2;
}

void b24_log_call(const b24_log_sink *sink, const b24_log_where *w, const b24_log_call_stats *st)
{
	b24_log_field f[7];

	if (!b24_log_wants(sink, B24_LOG_DEBUG)) {
		return;
	}
	b24_log_where_fields(f, w);
	f[2] = b24_log_int("status", st->status);
	f[3] = b24_log_float("duration_ms", st->duration_ms);
	f[4] = b24_log_int("request_bytes", (long long)st->request_bytes);
	f[5] = b24_log_int("response_bytes", (long long)st->response_bytes);
	f[6] = b24_log_int("attempts", st->attempts);
	b24_log_emit(sink, B24_LOG_DEBUG,
		"b24: {method} on {host}: HTTP {status} in {duration_ms} ms, {request_bytes} bytes sent, {response_bytes} received",
		f, 7);
}

void b24_log_token(const b24_log_sink *sink, enum b24_log_token_event ev, const char *host,
	size_t host_len, long long expires_in)
{
	b24_log_field f[3];

	if (!b24_log_wants(sink, B24_LOG_INFO)) {
		return;
	}
	f[0] = b24_log_strn("host", host, host_len);
	f[1] = b24_log_str("event", ev == B24_LOG_TOKEN_REFRESHED ? "refreshed" : "adopted");
	f[2] = b24_log_int("expires_in", expires_in);
	b24_log_emit(sink, B24_LOG_INFO, ev == B24_LOG_TOKEN_REFRESHED
		? "b24: access token for {host} refreshed at the OAuth server"
		: "b24: access token for {host} adopted from the store (refreshed by another process)", f, 3);
}

void b24_log_app(const b24_log_sink *sink, enum b24_log_app_event ev, const char *host,
	const char *member_id)
{
	b24_log_field f[3];

	if (!b24_log_wants(sink, B24_LOG_INFO)) {
		return;
	}
	f[0] = b24_log_str("host", host);
	f[1] = b24_log_str("member_id", member_id);
	f[2] = b24_log_str("event", ev == B24_LOG_APP_INSTALLED ? "installed" : "uninstalled");
	b24_log_emit(sink, B24_LOG_INFO, ev == B24_LOG_APP_INSTALLED
		? "b24: app installed on {host}" : "b24: app uninstalled from {host}", f, 3);
}

void b24_log_wait(const b24_log_sink *sink, const b24_log_where *w, enum b24_log_wait_reason why,
	double wait_ms)
{
	b24_log_field f[4];

	if (!b24_log_wants(sink, B24_LOG_WARNING)) {
		return;
	}
	b24_log_where_fields(f, w);
	f[2] = b24_log_float("wait_ms", wait_ms);
	f[3] = b24_log_str("reason", why == B24_LOG_WAIT_BUDGET ? "request budget" : "OPERATION_TIME_LIMIT");
	b24_log_emit(sink, B24_LOG_WARNING, why == B24_LOG_WAIT_BUDGET
		? "b24: {method} on {host} waits {wait_ms} ms for the portal's request budget"
		: "b24: {method} on {host} waits {wait_ms} ms: the method is blocked by OPERATION_TIME_LIMIT",
		f, 4);
}

void b24_log_retry(const b24_log_sink *sink, const b24_log_where *w, const b24_error *why,
	int attempt)
{
	b24_log_field f[5];

	if (!b24_log_wants(sink, B24_LOG_WARNING)) {
		return;
	}
	b24_log_where_fields(f, w);
	f[2] = b24_log_str("reason", why->code);
	f[3] = b24_log_int("attempt", attempt);
	f[4] = b24_log_str("description", why->description);
	b24_log_emit(sink, B24_LOG_WARNING, "b24: {method} on {host} is sent again (attempt {attempt}) after {reason}",
		f, 5);
}

void b24_log_failure(const b24_log_sink *sink, const b24_log_where *w, const b24_error *err)
{
	b24_log_field f[6];
	char cls[40];

	if (!b24_log_wants(sink, B24_LOG_ERROR)) {
		return;
	}
	/* the class the binding throws: B24<kind>Exception */
	strcpy(cls, "B24");
	strcat(cls, b24_error_kind_class(err->kind));
	strcat(cls, "Exception");
	b24_log_where_fields(f, w);
	f[2] = b24_log_str("code", err->code);
	f[3] = b24_log_str("class", cls);
	f[4] = b24_log_int("status", err->http_status);
	f[5] = b24_log_str("description", err->description);
	b24_log_emit(sink, B24_LOG_ERROR, "b24: {method} on {host} failed: {code} ({class})", f, 6);
}
