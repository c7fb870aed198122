/*
 * b24_oauth: the OAuth token set of one installation and the refresh-token
 * exchange at <oauth_server>oauth/token/.
 *
 * The refresh is a POST form in CRest's field order
 *   client_id=..&grant_type=refresh_token&client_secret=..&refresh_token=..
 * (never a GET: secrets stay out of URLs and therefore out of logs).
 */
#ifndef B24_OAUTH_H
#define B24_OAUTH_H

#include <stddef.h>
#include "b24_buf.h"
#include "b24_errors.h"
#include "b24_http.h"

/* Strings are malloc'ed, NULL when absent; numbers are 0 when absent. */
typedef struct b24_token {
	char *access_token;
	char *refresh_token;
	char *client_endpoint;     /* https://<portal>/rest/ */
	char *server_endpoint;     /* https://<oauth server>/rest/ */
	char *member_id;
	char *domain;              /* the portal host (a refresh never changes it) */
	char *scope;
	char *status;
	char *application_token;
	long long expires;         /* Unix time */
	long long expires_in;      /* seconds */
	long long user_id;
} b24_token;

void b24_token_init(b24_token *t);
void b24_token_free(b24_token *t);
/* Replaces one string field with a copy of value/len (NULL clears). 0 / -1. */
int b24_token_set(char **field, const char *value, size_t len);
/* Deep copy; dst is freed first. 0 / -1 (out of memory). */
int b24_token_copy(b24_token *dst, const b24_token *src);

/*
 * Merges a refresh answer into a stored set: access_token, refresh_token,
 * expires, expires_in, scope, status, user_id, member_id, client_endpoint
 * and server_endpoint are taken from `fresh` when present there; domain and
 * application_token are never taken from it (the OAuth server's answer
 * names itself as domain and has no application_token). 0 / -1.
 */
int b24_token_merge_refresh(b24_token *stored, const b24_token *fresh);

/*
 * Reads the token keys of a JSON object (a token answer or a settings.json:
 * the same keys) into `out` (reset first). Numbers may be JSON numbers or
 * numeric strings; keys of other types and unknown keys are ignored.
 * 0, or -1 when the text is not a JSON object (or out of memory).
 */
int b24_token_parse_json(const char *text, size_t len, b24_token *out);
/*
 * The same; with `strict` a known key of the wrong type (a string key
 * holding a number, a number key holding text or an object) is -2.
 * null is absent either way.
 */
int b24_token_parse_json_ex(const char *text, size_t len, int strict, b24_token *out);

/*
 * Whether a set may be kept and used (b24_token_check.c): tokens of 1 to
 * 4096 visible ASCII characters; other text short UTF-8 without control
 * characters; client_endpoint and server_endpoint accepted by b24_url
 * (url_flags: B24_URL_ALLOW_HTTP for local test servers); numbers in range.
 * Absent fields pass. 0, or -1 with *why naming the field (never a value).
 */
int b24_token_check(const b24_token *t, int url_flags, const char **why);

/*
 * Reads a token answer (b24_token_parse_json_ex(), strict: a wrong type
 * is RESPONSE B24_INVALID_JSON). Numbers may come as JSON numbers or
 * numeric strings. Unknown keys are ignored. `out` is reset first.
 * What the caller stores must pass b24_token_check() as well.
 * Returns 0 on a token answer with an access_token. When the body is an
 * error object ({"error": ...}) returns -1 with err = AUTH or ACCESS (per
 * errors.tsv: invalid_grant, invalid_client, PAYMENT_REQUIRED ...) and the
 * server's code; invalid JSON or no access_token: RESPONSE B24_INVALID_JSON.
 */
int b24_oauth_parse_token(const char *body, size_t len, long http_status,
	b24_token *out, b24_error *err);

/* "<oauth_server>oauth/token/"; oauth_server ends with '/'. 0 / -1. */
int b24_oauth_token_url(b24_buf *out, const char *oauth_server);
/* The refresh form body, in CRest's order (out is reset first). 0 / -1. */
int b24_oauth_refresh_body(b24_buf *out, const char *client_id,
	const char *client_secret, const char *refresh_token);

/*
 * Spends `refresh_token` once at `oauth_server` through `t` (a transport of
 * that origin) and parses the answer into `out`. Transport failures keep
 * their kind; an OAuth error answer is AUTH/ACCESS with the server's code;
 * a non-JSON answer is SERVER B24_HTTP_ERROR or RESPONSE B24_INVALID_JSON.
 * The request is bounded by `deadline` (the call's, NULL: none) as
 * b24_http_send_until() says.
 */
int b24_oauth_refresh(b24_transport *t, const char *oauth_server,
	const char *client_id, const char *client_secret, const char *refresh_token,
	b24_deadline *deadline, b24_token *out, b24_error *err);

#endif /* B24_OAUTH_H */
