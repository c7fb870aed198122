/*
 * b24_url: URL parsing and validation, origins, redaction. See b24_url.h.
 */
#include <stdio.h>
#include <string.h>

#include "b24_url.h"
#include "b24_addr.h"

static int b24_lc(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static int b24_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int b24_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int b24_is_hex(int c)
{
	return b24_is_digit(c) || (b24_lc(c) >= 'a' && b24_lc(c) <= 'f');
}

static int b24_is_word(int c)
{
	return b24_is_alpha(c) || b24_is_digit(c) || c == '_';
}

/* Case-insensitive comparison of s[0..n) with the lowercase literal `lit`. */
static int b24_ci_prefix(const char *s, size_t n, const char *lit)
{
	size_t i, l = strlen(lit);

	if (n < l) {
		return 0;
	}
	for (i = 0; i < l; i++) {
		if (b24_lc((unsigned char)s[i]) != lit[i]) {
			return 0;
		}
	}
	return 1;
}

static int b24_ci_equal(const char *s, size_t n, const char *lit)
{
	return n == strlen(lit) && b24_ci_prefix(s, n, lit);
}

/* ---- parsing ---------------------------------------------------------- */

static int b24_url_parse_scheme(const char *u, size_t len, b24_url *out, size_t *pos)
{
	size_t i = 0;

	if (len == 0 || !b24_is_alpha((unsigned char)u[0])) {
		return -1;
	}
	while (i < len && (b24_is_alpha((unsigned char)u[i]) || b24_is_digit((unsigned char)u[i])
			|| u[i] == '+' || u[i] == '-' || u[i] == '.')) {
		i++;
	}
	if (len - i < 3 || memcmp(u + i, "://", 3) != 0) {
		return -1;
	}
	out->scheme.off = 0;
	out->scheme.len = i;
	*pos = i + 3;
	return 0;
}

/* The port after ':' in [p, end): digits only, at most 65535; empty = none. */
static int b24_url_parse_port(const char *p, size_t n, int *port)
{
	long v = 0;
	size_t i;

	*port = -1;
	if (n == 0) {
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (!b24_is_digit((unsigned char)p[i]) || (v = v * 10 + (p[i] - '0')) > 65535) {
			return -1;
		}
	}
	*port = (int)v;
	return 0;
}

/* host[:port] or [v6][:port] in u[a..b). */
static int b24_url_parse_hostport(const char *u, size_t a, size_t b, b24_url *out)
{
	size_t i;

	if (a < b && u[a] == '[') {
		const char *close = memchr(u + a, ']', b - a);

		if (!close) {
			return -1;
		}
		i = (size_t)(close - u);
		out->host.off = a + 1;
		out->host.len = i - a - 1;
		out->host_is_ipv6 = 1;
		i++;
		if (i == b) {
			return 0;
		}
		if (u[i] != ':') {
			return -1;
		}
		return b24_url_parse_port(u + i + 1, b - i - 1, &out->port);
	}
	for (i = a; i < b && u[i] != ':'; i++) {
	}
	out->host.off = a;
	out->host.len = i - a;
	if (i == b) {
		return 0;
	}
	return b24_url_parse_port(u + i + 1, b - i - 1, &out->port);
}

static size_t b24_url_span_end(const char *u, size_t from, size_t len, const char *stops)
{
	while (from < len && !strchr(stops, u[from])) {
		from++;
	}
	return from;
}

int b24_url_parse(const char *u, size_t len, b24_url *out)
{
	size_t pos, auth_end, at, i;

	memset(out, 0, sizeof(*out));
	out->port = -1;
	for (i = 0; i < len; i++) {
		if ((unsigned char)u[i] <= 0x20 || u[i] == 0x7f) {
			return -1;
		}
	}
	if (b24_url_parse_scheme(u, len, out, &pos) != 0) {
		return -1;
	}
	auth_end = b24_url_span_end(u, pos, len, "/?#");
	/* the last '@' of the authority ends the userinfo */
	for (at = auth_end; at > pos && u[at - 1] != '@'; at--) {
	}
	if (at > pos) {
		out->has_userinfo = 1;
		out->userinfo.off = pos;
		out->userinfo.len = at - 1 - pos;
		pos = at;
	}
	if (b24_url_parse_hostport(u, pos, auth_end, out) != 0) {
		return -1;
	}
	pos = auth_end;
	out->path.off = pos;
	pos = b24_url_span_end(u, pos, len, "?#");
	out->path.len = pos - out->path.off;
	if (pos < len && u[pos] == '?') {
		out->has_query = 1;
		out->query.off = ++pos;
		pos = b24_url_span_end(u, pos, len, "#");
		out->query.len = pos - out->query.off;
	}
	if (pos < len && u[pos] == '#') {
		out->has_fragment = 1;
		out->fragment.off = pos + 1;
		out->fragment.len = len - pos - 1;
	}
	return 0;
}

/* ---- origins and bases ------------------------------------------------ */

static int b24_url_is_https(const char *u, const b24_url *p)
{
	return b24_ci_equal(u + p->scheme.off, p->scheme.len, "https");
}

static int b24_url_is_http(const char *u, const b24_url *p)
{
	return b24_ci_equal(u + p->scheme.off, p->scheme.len, "http");
}

/* "scheme://host[:port]" lowercased; the port only when not the default. */
static void b24_url_append_origin(b24_buf *out, const char *u, const b24_url *p, int explicit_port)
{
	int https = b24_url_is_https(u, p);
	int port = p->port >= 0 ? p->port : (https ? 443 : 80);
	size_t i;

	b24_buf_append_str(out, https ? "https://" : "http://");
	if (p->host_is_ipv6) {
		b24_buf_append_char(out, '[');
	}
	for (i = 0; i < p->host.len; i++) {
		b24_buf_append_char(out, (char)b24_lc((unsigned char)u[p->host.off + i]));
	}
	if (p->host_is_ipv6) {
		b24_buf_append_char(out, ']');
	}
	if (explicit_port || port != (https ? 443 : 80)) {
		b24_buf_append_char(out, ':');
		b24_buf_append_long(out, port);
	}
}

int b24_url_origin(const char *url, size_t len, b24_buf *origin)
{
	b24_url p;

	if (b24_url_parse(url, len, &p) != 0 || p.host.len == 0
			|| !(b24_url_is_https(url, &p) || b24_url_is_http(url, &p))) {
		return -1;
	}
	b24_buf_reset(origin);
	b24_url_append_origin(origin, url, &p, 1);
	return b24_buf_ok(origin) ? 0 : -1;
}

/*
 * Fills err with "<what> (scheme://host)": only the origin is shown, since a
 * malformed webhook URL may hide its secret where redaction cannot find it.
 */
static void b24_url_fail(b24_error *err, const char *what, const char *url, size_t len)
{
	b24_buf shown = B24_BUF_INIT;
	b24_url p;

	if (b24_url_parse(url, len, &p) == 0 && p.host.len && !p.has_userinfo) {
		b24_buf_append(&shown, url, p.host.off + p.host.len + (p.host_is_ipv6 ? 1 : 0));
	}
	if (shown.len && shown.len <= 200) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0, "%s (%s)", what, shown.data);
	} else {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0, "%s", what);
	}
	b24_buf_free(&shown);
}

/* Common checks of the configured URLs: scheme, host, no userinfo/query/fragment. */
static int b24_url_check_base(const char *url, size_t len, int flags, b24_url *p,
	const char *what, b24_error *err)
{
	char msg[128];

	if (b24_url_parse(url, len, p) != 0 || p->host.len == 0) {
		snprintf(msg, sizeof(msg), "%s is not an absolute URL with a host", what);
	} else if (!b24_url_is_https(url, p) && !((flags & B24_URL_ALLOW_HTTP) && b24_url_is_http(url, p))) {
		snprintf(msg, sizeof(msg), "%s must be an https URL", what);
	} else if (p->has_userinfo || p->has_query || p->has_fragment) {
		snprintf(msg, sizeof(msg), "%s must not have a user, a query or a fragment", what);
	} else {
		return 0;
	}
	b24_url_fail(err, msg, url, len);
	return -1;
}

/* Length of the run of bytes of `path` from `i` for which ok() holds. */
static size_t b24_url_run(const char *s, size_t i, size_t n, int (*ok)(int))
{
	size_t j = i;

	while (j < n && ok((unsigned char)s[j])) {
		j++;
	}
	return j - i;
}

/*
 * Length of the webhook base path when `path` is [prefix]/rest/<digits>/<code>
 * with an optional trailing '/', else 0. A prefix allows portals (and test
 * front ends) served below a directory.
 */
static size_t b24_webhook_path(const char *path, size_t n)
{
	size_t k, i, id_len, code_len;

	for (k = 0; k + 6 <= n; k++) {
		if (memcmp(path + k, "/rest/", 6) != 0) {
			continue;
		}
		i = k + 6;
		id_len = b24_url_run(path, i, n, b24_is_digit);
		i += id_len;
		code_len = id_len && i < n && path[i] == '/' ? b24_url_run(path, i + 1, n, b24_is_word) : 0;
		i += 1 + code_len;
		if (code_len && (i == n || (i + 1 == n && path[i] == '/'))) {
			return i;
		}
	}
	return 0;
}

int b24_url_webhook_base(const char *url, size_t len, int flags, b24_buf *base, b24_error *err)
{
	b24_url p;
	size_t n;

	if (b24_url_check_base(url, len, flags, &p, "webhook URL", err) != 0) {
		return -1;
	}
	n = b24_webhook_path(url + p.path.off, p.path.len);
	if (!n) {
		b24_url_fail(err, "webhook URL must look like https://<portal>/rest/<user id>/<code>/", url, len);
		return -1;
	}
	b24_buf_reset(base);
	b24_url_append_origin(base, url, &p, 0);
	b24_buf_append(base, url + p.path.off, n);
	b24_buf_append_char(base, '/');
	return b24_buf_ok(base) ? 0 : -1;
}

int b24_url_client_endpoint(const char *url, size_t len, int flags, b24_buf *base, b24_error *err)
{
	b24_url p;
	const char *path;
	size_t n;

	if (b24_url_check_base(url, len, flags, &p, "client_endpoint", err) != 0) {
		return -1;
	}
	path = url + p.path.off;
	n = p.path.len;
	if (n && path[n - 1] == '/') {
		n--;
	}
	/* [prefix]/rest, the prefix being whole path segments */
	if (n < 5 || !b24_ci_equal(path + n - 5, 5, "/rest")) {
		b24_url_fail(err, "client_endpoint must look like https://<portal>/rest/", url, len);
		return -1;
	}
	b24_buf_reset(base);
	b24_url_append_origin(base, url, &p, 0);
	b24_buf_append(base, path, n);
	b24_buf_append_char(base, '/');
	return b24_buf_ok(base) ? 0 : -1;
}

int b24_url_oauth_server(const char *url, size_t len, int flags, b24_buf *base, b24_error *err)
{
	b24_url p;
	const char *path;

	if (b24_url_check_base(url, len, flags, &p, "OAuth server URL", err) != 0) {
		return -1;
	}
	path = url + p.path.off;
	if (p.path.len > 1 && !b24_ci_equal(path, p.path.len, "/rest/")
			&& !b24_ci_equal(path, p.path.len, "/rest")) {
		b24_url_fail(err, "OAuth server URL must be https://<host>/ or its /rest/ endpoint", url, len);
		return -1;
	}
	b24_buf_reset(base);
	b24_url_append_origin(base, url, &p, 0);
	b24_buf_append_char(base, '/');
	return b24_buf_ok(base) ? 0 : -1;
}

/* ---- handler URLs ------------------------------------------------------- */

int b24_url_check_handler(const char *url, size_t len, int allow_local)
{
	b24_url p;
	size_t i;

	if (len > B24_URL_MAX_LEN) {
		return B24_URL_TOO_LONG;
	}
	for (i = 0; i < len; i++) {
		if ((unsigned char)url[i] <= 0x20 || url[i] == 0x7f) {
			return B24_URL_BAD_CHAR;
		}
	}
	if (b24_url_parse(url, len, &p) != 0) {
		return B24_URL_MALFORMED;
	}
	if (!b24_url_is_https(url, &p)) {
		return B24_URL_NOT_HTTPS;
	}
	if (p.host.len == 0) {
		return B24_URL_NO_HOST;
	}
	if (p.has_userinfo) {
		return B24_URL_USERINFO;
	}
	if (p.has_fragment) {
		return B24_URL_FRAGMENT;
	}
	if (!allow_local && b24_addr_host_is_local(url + p.host.off, p.host.len)) {
		return B24_URL_LOCAL_HOST;
	}
	return B24_URL_OK;
}

const char *b24_url_check_message(int check)
{
	switch (check) {
	case B24_URL_OK: return "valid";
	case B24_URL_MALFORMED: return "handler URL is not an absolute URL";
	case B24_URL_TOO_LONG: return "handler URL is longer than 2048 bytes";
	case B24_URL_NOT_HTTPS: return "handler URL must use https";
	case B24_URL_NO_HOST: return "handler URL has no host";
	case B24_URL_USERINFO: return "handler URL must not contain a user name or password";
	case B24_URL_FRAGMENT: return "handler URL must not contain a #fragment";
	case B24_URL_BAD_CHAR: return "handler URL contains whitespace or control characters";
	case B24_URL_LOCAL_HOST: return "handler URL points to a local or private address the portal cannot reach";
	}
	return "handler URL is invalid";
}

/* ---- redaction ---------------------------------------------------------- */

/*
 * The names a secret travels under: the token answer's and the settings
 * file's keys, the auth parameter of calls and events, the install form's
 * AUTH_ID / REFRESH_ID, and CRest's C_REST_CLIENT_SECRET.
 */
static const char *const b24_secret_keys[] = {
	"access_token", "refresh_token", "client_secret", "application_token", "auth",
	"auth_id", "refresh_id", "c_rest_client_secret", NULL
};

int b24_url_secret_key(const char *key, size_t len)
{
	size_t k;

	for (k = 0; b24_secret_keys[k]; k++) {
		if (b24_ci_equal(key, len, b24_secret_keys[k])) {
			return 1;
		}
	}
	return 0;
}

/* Bytes that end a secret value in a query, a form body or a message. */
static int b24_value_end(int c)
{
	return c == '&' || c == '"' || c == '\'' || c == '<' || c == '>' || c == ',' || c == ';'
		|| c == '#' || (unsigned)c <= 0x20 || c == 0x7f;
}

/* 1 when a key may start at s[i]: start of text, a non-word byte, or a %XX escape ("%5B", "%26"). */
static int b24_key_boundary(const char *s, size_t i)
{
	if (i == 0 || !b24_is_word((unsigned char)s[i - 1])) {
		return 1;
	}
	return i >= 3 && s[i - 3] == '%' && b24_is_hex((unsigned char)s[i - 2])
		&& b24_is_hex((unsigned char)s[i - 1]);
}

/*
 * Length of a secret key at s[i] followed by "=", "]=", "%5D=" (form) or
 * "%3D" (a query string encoded once more, as in batch commands), or 0.
 */
static size_t b24_form_key_at(const char *s, size_t i, size_t n, size_t *sep_len)
{
	size_t k, l;

	if (!b24_key_boundary(s, i)) {
		return 0;
	}
	for (k = 0; b24_secret_keys[k]; k++) {
		l = strlen(b24_secret_keys[k]);
		if (!b24_ci_prefix(s + i, n - i, b24_secret_keys[k])) {
			continue;
		}
		if (i + l < n && s[i + l] == '=') {
			*sep_len = 1;
		} else if (n - i - l >= 2 && memcmp(s + i + l, "]=", 2) == 0) {
			*sep_len = 2;
		} else if (n - i - l >= 4 && b24_ci_prefix(s + i + l, 4, "%5d=")) {
			*sep_len = 4;
		} else if (n - i - l >= 3 && b24_ci_prefix(s + i + l, 3, "%3d")) {
			*sep_len = 3;
		} else {
			continue;
		}
		return l;
	}
	return 0;
}

static size_t b24_skip_ws(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
		i++;
	}
	return i;
}

/*
 * "key" : "value" with a secret key at s[i] (s[i] is the opening quote):
 * returns the offset of the value's opening quote, or 0.
 */
static size_t b24_json_key_at(const char *s, size_t i, size_t n)
{
	size_t k, l, j;

	for (k = 0; b24_secret_keys[k]; k++) {
		l = strlen(b24_secret_keys[k]);
		if (i + l + 2 > n || !b24_ci_prefix(s + i + 1, n - i - 1, b24_secret_keys[k])
				|| s[i + 1 + l] != '"') {
			continue;
		}
		j = b24_skip_ws(s, i + l + 2, n);
		if (j < n && s[j] == ':') {
			j = b24_skip_ws(s, j + 1, n);
			if (j < n && s[j] == '"') {
				return j;
			}
		}
	}
	return 0;
}

/* "/rest/<digits>/<code>" at s[i]: returns the offset where <code> starts, or 0. */
static size_t b24_webhook_code_at(const char *s, size_t i, size_t n)
{
	size_t j, d;

	if (!b24_ci_prefix(s + i, n - i, "/rest/")) {
		return 0;
	}
	j = i + 6;
	d = b24_url_run(s, j, n, b24_is_digit);
	if (!d || j + d >= n || s[j + d] != '/' || !b24_url_run(s, j + d + 1, n, b24_is_word)) {
		return 0;
	}
	return j + d + 1;
}

/* "scheme://user:password@": returns the offset of the password, *end its end. */
static size_t b24_password_at(const char *s, size_t i, size_t n, size_t *end)
{
	size_t j = i + 3, colon = 0;

	if (n - i < 3 || memcmp(s + i, "://", 3) != 0) {
		return 0;
	}
	for (; j < n && !strchr("/?#@", s[j]) && !b24_value_end((unsigned char)s[j]); j++) {
		if (s[j] == ':' && !colon) {
			colon = j;
		}
	}
	if (j < n && s[j] == '@' && colon) {
		*end = j;
		return colon + 1;
	}
	return 0;
}

int b24_url_redact(const char *in, size_t n, b24_buf *out)
{
	size_t i = 0, at, sep, l, end;

	while (i < n) {
		if ((at = b24_webhook_code_at(in, i, n)) != 0) {
			b24_buf_append(out, in + i, at - i);
			b24_buf_append_str(out, "***");
			i = at + b24_url_run(in, at, n, b24_is_word);
		} else if ((l = b24_form_key_at(in, i, n, &sep)) != 0) {
			b24_buf_append(out, in + i, l + sep);
			b24_buf_append_str(out, "***");
			for (i += l + sep; i < n && !b24_value_end((unsigned char)in[i]); i++) {
			}
		} else if (in[i] == '"' && (at = b24_json_key_at(in, i, n)) != 0) {
			b24_buf_append(out, in + i, at + 1 - i);
			b24_buf_append_str(out, "***");
			for (i = at + 1; i < n && in[i] != '"'; i += in[i] == '\\' ? 2 : 1) {
			}
			i = i > n ? n : i;
		} else if (in[i] == ':' && (at = b24_password_at(in, i, n, &end)) != 0) {
			b24_buf_append(out, in + i, at - i);
			b24_buf_append_str(out, "***");
			i = end;
		} else {
			b24_buf_append_char(out, in[i]);
			i++;
		}
	}
	return b24_buf_ok(out) ? 0 : -1;
}
