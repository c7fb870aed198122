/*
 * b24_http: one kept-alive libcurl easy handle per origin. See b24_http.h.
 */
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "b24_http.h"
#include "b24_http_int.h"
#include "b24_sock.h"
#include "b24_url.h"

/* After an answer this large, the body buffer is given back before the next request. */
#define B24_HTTP_KEEP_BUFFER ((size_t)8 * 1024 * 1024)


void b24_http_options_init(b24_http_options *o)
{
	memset(o, 0, sizeof(*o));
	o->verify_tls = 1;
}

static size_t b24_http_write(char *data, size_t size, size_t nmemb, void *ctx)
{
	b24_transport *t = ctx;
	size_t n = size * nmemb;

	if (n > t->opts.max_body - t->body.len) {
		t->too_large = 1;
		return 0;   /* makes curl stop with CURLE_WRITE_ERROR */
	}
	return b24_buf_append(&t->body, data, n) == 0 ? n : 0;
}

/* Options that stay the same for every request of the handle. */
int b24_http_configure(b24_transport *t)
{
	CURL *c = t->curl;
	CURLcode rc = CURLE_OK;

#define B24_SETOPT(opt, val) if (rc == CURLE_OK) rc = curl_easy_setopt(c, opt, val)
	B24_SETOPT(CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
	B24_SETOPT(CURLOPT_PROTOCOLS_STR, "http,https");
#else
	B24_SETOPT(CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	B24_SETOPT(CURLOPT_FOLLOWLOCATION, 0L);
	B24_SETOPT(CURLOPT_HTTP_VERSION, t->opts.allow_http2
		? (long)CURL_HTTP_VERSION_2TLS : (long)CURL_HTTP_VERSION_1_1);
	B24_SETOPT(CURLOPT_CONNECTTIMEOUT_MS, t->opts.connect_timeout_ms);
	B24_SETOPT(CURLOPT_TIMEOUT_MS, t->opts.timeout_ms);
	B24_SETOPT(CURLOPT_SSL_VERIFYPEER, t->opts.verify_tls ? 1L : 0L);
	B24_SETOPT(CURLOPT_SSL_VERIFYHOST, t->opts.verify_tls ? 2L : 0L);
	if (t->ca_file) {
		B24_SETOPT(CURLOPT_CAINFO, t->ca_file);
	}
	B24_SETOPT(CURLOPT_USERAGENT, t->user_agent ? t->user_agent : B24_DEFAULT_USER_AGENT);
	B24_SETOPT(CURLOPT_ACCEPT_ENCODING, "");
	B24_SETOPT(CURLOPT_TCP_KEEPALIVE, 1L);
	B24_SETOPT(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)t->opts.max_body);
	B24_SETOPT(CURLOPT_WRITEFUNCTION, b24_http_write);
	B24_SETOPT(CURLOPT_WRITEDATA, (void *)t);
	B24_SETOPT(CURLOPT_ERRORBUFFER, t->errbuf);
	/* one connection per origin: the one that is kept, and whose sockets are known */
	B24_SETOPT(CURLOPT_MAXCONNECTS, 1L);
	B24_SETOPT(CURLOPT_OPENSOCKETFUNCTION, b24_http_open_socket);
	B24_SETOPT(CURLOPT_OPENSOCKETDATA, (void *)t);
	B24_SETOPT(CURLOPT_CLOSESOCKETFUNCTION, b24_http_close_socket);
	B24_SETOPT(CURLOPT_CLOSESOCKETDATA, (void *)t);
#if LIBCURL_VERSION_NUM >= 0x075000
	B24_SETOPT(CURLOPT_PREREQFUNCTION, b24_http_prereq);
	B24_SETOPT(CURLOPT_PREREQDATA, (void *)t);
#endif
#undef B24_SETOPT
	return rc == CURLE_OK ? 0 : -1;
}

static int b24_http_open_handle(b24_transport *t)
{
	t->curl = curl_easy_init();
	if (!t->curl || b24_http_configure(t) != 0) {
		if (t->curl) {
			curl_easy_cleanup(t->curl);
			t->curl = NULL;
		}
		return -1;
	}
	return 0;
}

/* opts (NULL: the defaults) with every "0: the default" made explicit; strings as given. */
static void b24_http_normalize(b24_http_options *o, const b24_http_options *opts)
{
	if (opts) {
		*o = *opts;
	} else {
		b24_http_options_init(o);
	}
	if (o->connect_timeout_ms <= 0) {
		o->connect_timeout_ms = B24_DEFAULT_CONNECT_TIMEOUT_MS;
	}
	if (o->timeout_ms <= 0) {
		o->timeout_ms = B24_DEFAULT_TIMEOUT_MS;
	}
	if (o->max_body == 0) {
		o->max_body = B24_DEFAULT_MAX_BODY;
	}
}

/*
 * Takes normalized options and copies of their strings; the old strings are
 * released only when both copies were made. 0 / -1 (out of memory).
 */
static int b24_http_take_options(b24_transport *t, const b24_http_options *o)
{
	char *ca_file = b24_strdup(o->ca_file), *user_agent = b24_strdup(o->user_agent);

	if ((o->ca_file && !ca_file) || (o->user_agent && !user_agent)) {
		free(ca_file);
		free(user_agent);
		return -1;
	}
	free(t->ca_file);
	free(t->user_agent);
	t->opts = *o;
	t->ca_file = ca_file;
	t->user_agent = user_agent;
	t->opts.ca_file = NULL;
	t->opts.user_agent = NULL;
	return 0;
}

b24_transport *b24_transport_new(const char *url, const b24_http_options *opts, b24_error *err)
{
	b24_transport *t = calloc(1, sizeof(*t));
	b24_http_options o;

	if (!t) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return NULL;
	}
	b24_http_conn_init(t);
	if (!url || b24_url_origin(url, strlen(url), &t->origin) != 0) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
			"the transport needs an absolute http(s) URL with a host");
		b24_transport_free(t);
		return NULL;
	}
	b24_http_normalize(&o, opts);
	if (b24_http_take_options(t, &o) != 0 || b24_http_open_handle(t) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_TRANSPORT_FAILED, 0,
			"cannot create a libcurl handle");
		b24_transport_free(t);
		return NULL;
	}
	return t;
}

void b24_transport_free(b24_transport *t)
{
	if (!t) {
		return;
	}
	b24_http_disown_inherited(t);
	if (t->curl) {
		curl_easy_cleanup(t->curl);
	}
	free(t->ca_file);
	free(t->user_agent);
	b24_buf_free(&t->origin);
	b24_buf_free(&t->prefix);
	b24_buf_free(&t->body);
	b24_buf_free(&t->content_type);
	b24_buf_free(&t->location);
	curl_slist_free_all(t->get_headers);
	curl_slist_free_all(t->post_headers);
	b24_buf_free(&t->post_type);
	free(t);
}

const char *b24_transport_origin(const b24_transport *t)
{
	return b24_buf_cstr(&t->origin);
}

int b24_transport_serves(const b24_transport *t, const char *url, size_t len)
{
	b24_buf o = B24_BUF_INIT;
	int same = b24_url_origin(url, len, &o) == 0 && o.len == t->origin.len
		&& memcmp(o.data, t->origin.data, o.len) == 0;

	b24_buf_free(&o);
	return same;
}

void b24_transport_reset(b24_transport *t)
{
	b24_http_disown_inherited(t);
	/* curl_easy_reset() keeps the connection cache: only a new handle drops it */
	if (t->curl) {
		curl_easy_cleanup(t->curl);
		t->curl = NULL;
	}
	b24_http_open_handle(t);
}

static int b24_http_same_str(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* The options a kept-alive connection was made under: who is trusted, which protocol. */
static int b24_http_trust_differs(const b24_transport *t, const b24_http_options *o)
{
	return o->verify_tls != t->opts.verify_tls || o->allow_http2 != t->opts.allow_http2
		|| !b24_http_same_str(o->ca_file, t->ca_file);
}

static int b24_http_options_differ(const b24_transport *t, const b24_http_options *o)
{
	return o->connect_timeout_ms != t->opts.connect_timeout_ms || o->timeout_ms != t->opts.timeout_ms
		|| o->max_body != t->opts.max_body || !b24_http_same_str(o->user_agent, t->user_agent)
		|| b24_http_trust_differs(t, o);
}

int b24_transport_configure(b24_transport *t, const b24_http_options *opts, b24_error *err)
{
	b24_http_options o;
	int drop;

	b24_http_normalize(&o, opts);
	if (!b24_http_options_differ(t, &o)) {
		return 0;   /* the usual case: the same client again, nothing to do */
	}
	drop = b24_http_trust_differs(t, &o);
	if (b24_http_take_options(t, &o) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return -1;
	}
	if (drop) {
		/* a TLS session verified (or not) under other settings must not serve these */
		b24_transport_reset(t);
	} else if (t->curl && b24_http_configure(t) != 0) {
		curl_easy_cleanup(t->curl);
		t->curl = NULL;
	}
	if (!t->curl) {
		b24_error_set(err, B24_E_TRANSPORT, B24_TRANSPORT_FAILED, 0,
			"cannot configure a libcurl handle for %s", b24_transport_origin(t));
		return -1;
	}
	return 0;
}

long b24_transport_connects(const b24_transport *t)
{
	return t->connects;
}

long b24_transport_requests(const b24_transport *t)
{
	return t->requests;
}

/* libcurl's result as a b24 error; the text is redacted (it may hold the URL). */
static void b24_http_fail(b24_transport *t, CURLcode rc, b24_error *err)
{
	const char *code = B24_TRANSPORT_FAILED, *text = t->errbuf[0] ? t->errbuf : curl_easy_strerror(rc);
	int kind = B24_E_TRANSPORT;

	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST: case CURLE_COULDNT_RESOLVE_PROXY: case CURLE_COULDNT_CONNECT:
		code = B24_CONNECT_FAILED;
		break;
	case CURLE_OPERATION_TIMEDOUT:
		code = B24_TIMEOUT;
		break;
	case CURLE_SSL_CONNECT_ERROR: case CURLE_PEER_FAILED_VERIFICATION: case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER: case CURLE_SSL_CACERT_BADFILE: case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH: case CURLE_SSL_INVALIDCERTSTATUS: case CURLE_SSL_CRL_BADFILE:
	case CURLE_USE_SSL_FAILED: case CURLE_SSL_ENGINE_NOTFOUND: case CURLE_SSL_ENGINE_SETFAILED:
	case CURLE_SSL_ENGINE_INITFAILED: case CURLE_SSL_SHUTDOWN_FAILED:
		code = B24_TLS_FAILED;
		break;
	case CURLE_FILESIZE_EXCEEDED:
		code = B24_BODY_TOO_LARGE;
		kind = B24_E_RESPONSE;
		break;
	case CURLE_WRITE_ERROR:
		if (t->too_large) {
			code = B24_BODY_TOO_LARGE;
			kind = B24_E_RESPONSE;
		}
		break;
	default:
		break;
	}
	if (kind == B24_E_RESPONSE) {
		text = "the answer is larger than the configured limit";
	}
	/* libcurl's text may hold the URL: b24_error_set() redacts it */
	b24_error_set(err, kind, code, 0, "%s (%s)", text, b24_transport_origin(t));
}

/* A URL of the known prefix: the authority ends there and no byte that parsing refuses follows. */
static int b24_http_has_prefix(const b24_transport *t, const char *url, size_t len)
{
	size_t i, n = t->prefix.len;

	if (n == 0 || len <= n || memcmp(url, t->prefix.data, n) != 0
			|| (url[n] != '/' && url[n] != '?' && url[n] != '#')) {
		return 0;
	}
	for (i = n; i < len; i++) {
		if ((unsigned char)url[i] <= 0x20 || url[i] == 0x7f) {
			return 0;
		}
	}
	return 1;
}

/*
 * b24_transport_serves() that parses only the first URL of each spelling of
 * the origin: the scheme and authority of a URL found to belong here are
 * kept, and a later URL that starts with the same bytes belongs here too.
 */
static int b24_http_serves(b24_transport *t, const char *url)
{
	size_t len = strlen(url);
	b24_url p;

	if (b24_http_has_prefix(t, url, len)) {
		return 1;
	}
	if (!b24_transport_serves(t, url, len)) {
		return 0;
	}
	if (b24_url_parse(url, len, &p) == 0 && p.path.off < len) {
		b24_buf_reset(&t->prefix);
		b24_buf_append(&t->prefix, url, p.path.off);
		if (!b24_buf_ok(&t->prefix)) {
			b24_buf_free(&t->prefix);
		}
	}
	return 1;
}

/* The limits of one request (b24_http_int.h). */
CURLcode b24_http_limits(b24_transport *t, const b24_deadline *deadline)
{
	long long now = b24_deadline_now();
	CURLcode rc = curl_easy_setopt(t->curl, CURLOPT_TIMEOUT_MS,
		b24_deadline_cap_at(deadline, t->opts.timeout_ms, now));

	if (rc == CURLE_OK) {
		rc = curl_easy_setopt(t->curl, CURLOPT_CONNECTTIMEOUT_MS,
			b24_deadline_cap_at(deadline, t->opts.connect_timeout_ms, now));
	}
	return rc;
}

/* The per-request options: URL, method, body, headers, limits. */
static int b24_http_prepare(b24_transport *t, int method, const char *url, const char *body,
	size_t body_len, struct curl_slist *headers, const b24_deadline *deadline)
{
	CURLcode rc = curl_easy_setopt(t->curl, CURLOPT_URL, url);

	if (rc == CURLE_OK && method == B24_HTTP_GET) {
		rc = curl_easy_setopt(t->curl, CURLOPT_HTTPGET, 1L);
	} else if (rc == CURLE_OK) {
		rc = curl_easy_setopt(t->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_len);
		if (rc == CURLE_OK) {
			rc = curl_easy_setopt(t->curl, CURLOPT_POSTFIELDS, body ? body : "");
		}
	}
	if (rc == CURLE_OK) {
		rc = curl_easy_setopt(t->curl, CURLOPT_HTTPHEADER, headers);
	}
	if (rc == CURLE_OK) {
		rc = b24_http_limits(t, deadline);
	}
	return rc == CURLE_OK ? 0 : -1;
}

static struct curl_slist *b24_http_headers(b24_buf *ct_line, int method, const char *content_type)
{
	struct curl_slist *h = NULL, *n;

	h = curl_slist_append(h, "Accept: application/json");
	/* no "Expect: 100-continue" round trip before large bodies */
	n = h ? curl_slist_append(h, "Expect:") : NULL;
	if (n && method == B24_HTTP_POST) {
		b24_buf_append_str(ct_line, "Content-Type: ");
		b24_buf_append_str(ct_line, content_type ? content_type : "application/x-www-form-urlencoded");
		n = b24_buf_ok(ct_line) ? curl_slist_append(n, ct_line->data) : NULL;
	}
	if (!n) {
		curl_slist_free_all(h);
	}
	return n;
}

/* The transport's header list for this request, built when missing or of another content type. */
static struct curl_slist *b24_http_kept_headers(b24_transport *t, int method, const char *content_type)
{
	b24_buf ct_line = B24_BUF_INIT;

	if (method != B24_HTTP_POST) {
		if (!t->get_headers) {
			t->get_headers = b24_http_headers(&ct_line, method, NULL);
		}
		return t->get_headers;
	}
	if (!content_type) {
		content_type = "application/x-www-form-urlencoded";
	}
	if (t->post_headers && strcmp(b24_buf_cstr(&t->post_type), content_type) == 0) {
		return t->post_headers;
	}
	curl_slist_free_all(t->post_headers);
	b24_buf_reset(&t->post_type);
	t->post_headers = b24_http_headers(&ct_line, method, content_type);
	b24_buf_free(&ct_line);
	if (t->post_headers && b24_buf_append_str(&t->post_type, content_type) != 0) {
		curl_slist_free_all(t->post_headers);
		t->post_headers = NULL;
	}
	return t->post_headers;
}

/* Status, content type, Location and connection count of the finished transfer. */
static void b24_http_collect(b24_transport *t, b24_http_response *resp)
{
	char *ct = NULL, *loc = NULL;
	long connects = 0;

	curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &resp->status);
	curl_easy_getinfo(t->curl, CURLINFO_CONTENT_TYPE, &ct);
	curl_easy_getinfo(t->curl, CURLINFO_NUM_CONNECTS, &connects);
	if (resp->status >= 300 && resp->status < 400) {
		curl_easy_getinfo(t->curl, CURLINFO_REDIRECT_URL, &loc);
	}
	b24_buf_append_str(&t->content_type, ct ? ct : "");
	b24_buf_append_str(&t->location, loc ? loc : "");
	t->connects += connects;
	t->reused += connects == 0 && resp->status > 0;
	resp->new_connects = connects;
	resp->body = b24_buf_cstr(&t->body);
	resp->body_len = t->body.len;
	resp->content_type = b24_buf_cstr(&t->content_type);
	resp->location = b24_buf_cstr(&t->location);
}

static void b24_http_response_clear(b24_http_response *resp)
{
	memset(resp, 0, sizeof(*resp));
	resp->body = resp->content_type = resp->location = "";
}

static void b24_http_begin(b24_transport *t, b24_http_response *resp)
{
	b24_http_check_connection(t);
	if (t->body.cap > B24_HTTP_KEEP_BUFFER) {
		b24_buf_free(&t->body);
	}
	b24_buf_reset(&t->body);
	b24_buf_reset(&t->content_type);
	b24_buf_reset(&t->location);
	t->too_large = 0;
	t->errbuf[0] = '\0';
	b24_http_response_clear(resp);
	t->requests++;
}

int b24_http_request(b24_transport *t, int method, const char *url,
	const char *body, size_t body_len, const char *content_type,
	b24_http_response *resp, b24_error *err)
{
	return b24_http_send(t, method, url, body, body_len, content_type, B24_HTTP_WRITE, resp, err);
}

/*
 * The first half of a request, within deadline (NULL: the transport's limits
 * alone): the handle ready to run, or NULL with err.
 */
static void *b24_http_start_until(b24_transport *t, int method, const char *url,
	const char *body, size_t body_len, const char *content_type, int flags,
	b24_deadline *deadline, b24_http_response *resp, b24_error *err)
{
	struct curl_slist *headers;

	if (b24_deadline_check(deadline, 0, "the request", err) != 0) {
		b24_http_response_clear(resp);
		return NULL;
	}
	b24_http_begin(t, resp);
	if (!t->curl || !b24_http_serves(t, url)) {
		b24_error_set(err, t->curl ? B24_E_API : B24_E_TRANSPORT,
			t->curl ? B24_INVALID_ARGUMENT : B24_TRANSPORT_FAILED, 0,
			t->curl ? "URL outside the transport's origin %s" : "no libcurl handle for %s",
			b24_transport_origin(t));
		return NULL;
	}
	headers = b24_http_kept_headers(t, method, content_type);
	if (!headers || b24_http_prepare(t, method, url, body, body_len, headers, deadline) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_TRANSPORT_FAILED, 0, "cannot prepare the request");
		return NULL;
	}
	if ((flags & B24_HTTP_SHARED)
			&& curl_easy_setopt(t->curl, CURLOPT_PIPEWAIT, t->opts.allow_http2 ? 1L : 0L) != CURLE_OK) {
		b24_error_set(err, B24_E_TRANSPORT, B24_TRANSPORT_FAILED, 0, "cannot prepare the request");
		return NULL;
	}
	b24_http_perform_begin(t, flags);
	return t->curl;
}

/* The second half: what the transfer ended with, as the response. */
static int b24_http_finish_until(b24_transport *t, int code, const b24_deadline *deadline,
	b24_http_response *resp, b24_error *err)
{
	CURLcode rc = (CURLcode) code;

	b24_http_perform_end(t);
	/* the handle must not keep pointers to the caller's body or our header list */
	curl_easy_setopt(t->curl, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(t->curl, CURLOPT_POSTFIELDS, NULL);
	b24_http_collect(t, resp);
	if (t->refused) {
		t->refused_repeats++;
		b24_error_set(err, B24_E_TRANSPORT, B24_TRANSPORT_FAILED, 0,
			"the connection to %s closed after the server had received the request and "
			"before it answered: the request may have been carried out, it was not sent again",
			b24_transport_origin(t));
		return -1;
	}
	if (rc == CURLE_OK || rc == CURLE_PARTIAL_FILE) {
		resp->truncated = rc == CURLE_PARTIAL_FILE;
		return 0;
	}
	b24_http_fail(t, rc, err);
	if (rc == CURLE_OPERATION_TIMEDOUT && deadline && b24_deadline_left(deadline) == 0) {
		b24_deadline_explain(deadline, err);
	}
	return -1;
}

void *b24_http_start(b24_transport *t, int method, const char *url,
	const char *body, size_t body_len, const char *content_type, int flags,
	b24_http_response *resp, b24_error *err)
{
	return b24_http_start_until(t, method, url, body, body_len, content_type, flags, NULL, resp, err);
}

int b24_http_finish(b24_transport *t, int code, b24_http_response *resp, b24_error *err)
{
	return b24_http_finish_until(t, code, NULL, resp, err);
}

int b24_http_send_until(b24_transport *t, int method, const char *url,
	const char *body, size_t body_len, const char *content_type, int flags,
	b24_deadline *deadline, b24_http_response *resp, b24_error *err)
{
	CURLcode rc;

	if (!b24_http_start_until(t, method, url, body, body_len, content_type, flags & ~B24_HTTP_SHARED,
			deadline, resp, err)) {
		return -1;
	}
	rc = curl_easy_perform(t->curl);
	return b24_http_finish_until(t, (int) rc, deadline, resp, err);
}

int b24_http_send(b24_transport *t, int method, const char *url,
	const char *body, size_t body_len, const char *content_type, int flags,
	b24_http_response *resp, b24_error *err)
{
	return b24_http_send_until(t, method, url, body, body_len, content_type, flags, NULL, resp, err);
}

int b24_transport_retarget(b24_transport *t, const char *url, b24_error *err)
{
	b24_buf_reset(&t->prefix);
	if (!url || b24_url_origin(url, strlen(url), &t->origin) != 0) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
			"the transport needs an absolute http(s) URL with a host");
		return -1;
	}
	return 0;
}
