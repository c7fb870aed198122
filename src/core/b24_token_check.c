/*
 * b24_token_check: whether a token set may be kept and used. A set that
 * passes is always written by every store and read back by every reader
 * (the file store's reader, the client's URL checks), so a hostile or
 * broken OAuth server cannot leave a store that the next process refuses.
 * See b24_oauth.h.
 */
#include <string.h>

#include "b24_oauth.h"
#include "b24_json_out.h"
#include "b24_url.h"

/* Bitrix24's tokens are a few dozen characters; this leaves room for any other server's. */
#define B24_TOKEN_MAX 4096
/* domain, scope, status, member_id, application_token */
#define B24_TOKEN_TEXT_MAX 1024
/* Ten years: no token lives longer, and no expiry time is further away. */
#define B24_TOKEN_LIFETIME_MAX (10LL * 366 * 86400)

/* A token: 1..B24_TOKEN_MAX visible ASCII characters (nothing to escape in a form or JSON). */
static int b24_token_check_secret(const char *s)
{
	size_t i, len;

	if (!s) {
		return 1;
	}
	len = strlen(s);
	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] < 0x21 || (unsigned char)s[i] > 0x7e) {
			return 0;
		}
	}
	return len > 0 && len <= B24_TOKEN_MAX;
}

/* Other text: UTF-8 without control characters, at most B24_TOKEN_TEXT_MAX bytes. */
static int b24_token_check_text(const char *s)
{
	b24_buf scratch = B24_BUF_INIT;
	size_t i, len;
	int ok;

	if (!s) {
		return 1;
	}
	len = strlen(s);
	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] == 0x7f) {
			return 0;
		}
	}
	ok = len <= B24_TOKEN_TEXT_MAX && b24_json_escape(&scratch, s, len, 0) == B24_JSON_OK;
	b24_buf_free(&scratch);
	return ok;
}

/* An endpoint as the client's URL checks take it (server: 1 for server_endpoint). */
static int b24_token_check_url(const char *url, int server, int url_flags)
{
	b24_buf base = B24_BUF_INIT;
	int rc;

	if (!url) {
		return 1;
	}
	rc = server ? b24_url_oauth_server(url, strlen(url), url_flags, &base, NULL)
		: b24_url_client_endpoint(url, strlen(url), url_flags, &base, NULL);
	b24_buf_free(&base);
	return rc == 0;
}

static int b24_token_check_number(long long n, long long max)
{
	return n >= 0 && n <= max;
}

int b24_token_check(const b24_token *t, int url_flags, const char **why)
{
	long long now_max = 4102444800LL + B24_TOKEN_LIFETIME_MAX;   /* 2100 + ten years */

	*why = !b24_token_check_secret(t->access_token) ? "access_token is not 1 to 4096 visible ASCII characters"
		: !b24_token_check_secret(t->refresh_token) ? "refresh_token is not 1 to 4096 visible ASCII characters"
		: !b24_token_check_url(t->client_endpoint, 0, url_flags) ? "client_endpoint is not an https://<portal>/rest/ URL"
		: !b24_token_check_url(t->server_endpoint, 1, url_flags) ? "server_endpoint is not an https URL of an OAuth server"
		: !b24_token_check_text(t->member_id) ? "member_id is not short UTF-8 text"
		: !b24_token_check_text(t->domain) ? "domain is not short UTF-8 text"
		: !b24_token_check_text(t->scope) ? "scope is not short UTF-8 text"
		: !b24_token_check_text(t->status) ? "status is not short UTF-8 text"
		: !b24_token_check_text(t->application_token) ? "application_token is not short UTF-8 text"
		: !b24_token_check_number(t->expires_in, B24_TOKEN_LIFETIME_MAX) ? "expires_in is out of range"
		: !b24_token_check_number(t->expires, now_max) ? "expires is out of range"
		: !b24_token_check_number(t->user_id, 0x7fffffffffffLL) ? "user_id is out of range"
		: NULL;
	return *why ? -1 : 0;
}
