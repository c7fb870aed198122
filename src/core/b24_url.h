/*
 * b24_url: parsing and validation of the URLs b24 is given (webhooks,
 * client endpoints, OAuth servers, event/placement handler URLs) and the
 * redaction of secrets in any text that may carry a URL or a form body.
 *
 * Parsing follows RFC 3986 for absolute URLs only: scheme "://" authority
 * [path] ["?" query] ["#" fragment]. Components are spans into the input.
 */
#ifndef B24_URL_H
#define B24_URL_H

#include <stddef.h>
#include "b24_buf.h"
#include "b24_errors.h"

#define B24_URL_MAX_LEN 2048

typedef struct b24_span {
	size_t off;
	size_t len;
} b24_span;

typedef struct b24_url {
	b24_span scheme;       /* without "://" */
	b24_span userinfo;     /* without '@'; has_userinfo tells presence */
	b24_span host;         /* IPv6 literals without the brackets */
	b24_span path;         /* from the first '/' after the authority; may be empty */
	b24_span query;        /* without '?' */
	b24_span fragment;     /* without '#' */
	int has_userinfo;
	int has_query;
	int has_fragment;
	int host_is_ipv6;      /* host was written [..] */
	int port;              /* explicit port, or -1 */
} b24_url;

/* 0 on success, -1 when `url` is not an absolute URL with an authority. */
int b24_url_parse(const char *url, size_t len, b24_url *out);

/* Flags of the b24_url_*_base() functions. */
#define B24_URL_ALLOW_HTTP 1   /* accept http:// too (local test servers only) */

/*
 * Incoming webhook: https, a host, no userinfo/query/fragment, and a path
 * [prefix]/rest/<digits>/<code>/ (trailing slash optional; <code> is
 * [A-Za-z0-9_]; a prefix serves portals below a directory).
 * Writes the normalized base "https://host[:port][prefix]/rest/<id>/<code>/" to
 * `base` (reset first). On failure fills `err` (B24_E_API,
 * B24_INVALID_ARGUMENT) with a redacted message and returns -1.
 */
int b24_url_webhook_base(const char *url, size_t len, int flags, b24_buf *base, b24_error *err);

/*
 * OAuth client_endpoint: https, a host, path [prefix]/rest/ (or without the
 * final slash). Writes "https://host[:port][prefix]/rest/".
 */
int b24_url_client_endpoint(const char *url, size_t len, int flags, b24_buf *base, b24_error *err);

/*
 * OAuth authorization server, given as its base ("https://oauth.bitrix.info/")
 * or as a server_endpoint ("https://oauth.bitrix.info/rest/"). Writes the
 * origin with a trailing slash: "https://host[:port]/".
 */
int b24_url_oauth_server(const char *url, size_t len, int flags, b24_buf *base, b24_error *err);

/*
 * The pool key of a URL's origin: "scheme://host:port" with the scheme and
 * host lowercased and the default port made explicit. 0 / -1.
 */
int b24_url_origin(const char *url, size_t len, b24_buf *origin);

/* Results of b24_url_check_handler(). */
enum b24_url_check {
	B24_URL_OK = 0,
	B24_URL_MALFORMED,     /* not an absolute URL */
	B24_URL_TOO_LONG,      /* more than B24_URL_MAX_LEN bytes */
	B24_URL_NOT_HTTPS,
	B24_URL_NO_HOST,
	B24_URL_USERINFO,      /* user:password@ present */
	B24_URL_FRAGMENT,      /* #fragment present */
	B24_URL_BAD_CHAR,      /* whitespace or a control byte */
	B24_URL_LOCAL_HOST     /* loopback/private/link-local, not allowed */
};

/*
 * Validates a handler URL that b24 asks the portal to call (event.bind,
 * placement.bind): absolute https, a host, no userinfo, no fragment, at
 * most 2048 bytes, no control bytes; a local host is refused unless
 * allow_local is set. Returns an enum b24_url_check value.
 */
int b24_url_check_handler(const char *url, size_t len, int allow_local);
/* English text for an enum b24_url_check value. */
const char *b24_url_check_message(int check);

/* Whether a host is local: b24_addr_host_is_local() (b24_addr.h). */

/*
 * Copies `in` to `out` (appending) with secrets replaced by "***": the code
 * of a /rest/<id>/<code>/ path, a URL's password, and the values of the
 * parameters auth, access_token, refresh_token, client_secret,
 * application_token, auth_id, refresh_id and c_rest_client_secret (also as auth%5B..%5D, key%3D.. and "key":"value" forms),
 * case-insensitively. Returns 0, or -1 when out of memory.
 */
int b24_url_redact(const char *in, size_t len, b24_buf *out);

/*
 * 1 when a key of a structured value (an array or object being logged)
 * names a secret: the keys b24_url_redact() knows, plus the install form's
 * AUTH_ID and REFRESH_ID and CRest's C_REST_CLIENT_SECRET, matched whole
 * and case-insensitively. A caller replaces such a value (or the secrets
 * inside it, when it is itself an array like an event's auth) and runs
 * b24_url_redact() over every other string.
 */
int b24_url_secret_key(const char *key, size_t len);

#endif /* B24_URL_H */
