/*
 * URL parsing and the URL rules (b24_url.h, b24_addr.h) over any text: the
 * parser, the webhook / client endpoint / OAuth server normalisers, the
 * origin key, the handler-URL check (local hosts refused or allowed), the
 * redaction, and the numeric host parsers (IPv4 in libc's spellings, IPv6).
 *
 * Invariants: spans lie inside the input; a normalised base is https and
 * parses again to itself; a handler URL accepted without allow_local has no
 * local host; every address inet_aton()/inet_pton() read is read the same.
 */
#include <arpa/inet.h>

#include "fuzz.h"
#include "b24_addr.h"
#include "b24_url.h"
#include "b24_redact.h"

static void check_span(const b24_span *s, size_t len)
{
	FUZZ_ASSERT(s->off <= len && s->len <= len - s->off);
}

static void check_parse(const char *url, size_t len)
{
	b24_url u;

	if (b24_url_parse(url, len, &u) != 0) {
		return;
	}
	check_span(&u.scheme, len);
	check_span(&u.userinfo, len);
	check_span(&u.host, len);
	check_span(&u.path, len);
	check_span(&u.query, len);
	check_span(&u.fragment, len);
	FUZZ_ASSERT(u.port >= -1 && u.port <= 65535);
}

typedef int (*base_fn)(const char *, size_t, int, b24_buf *, b24_error *);

/* A normalised base is https (unless http was allowed) and stable. */
static void check_base(base_fn fn, const char *url, size_t len, int flags)
{
	b24_buf base = B24_BUF_INIT, again = B24_BUF_INIT;
	b24_error err;

	memset(&err, 0, sizeof(err));
	if (fn(url, len, flags, &base, &err) == 0) {
		FUZZ_ASSERT(base.len > 0);
		FUZZ_ASSERT(flags || strncmp(base.data, "https://", 8) == 0);
		FUZZ_ASSERT(fn(base.data, base.len, flags, &again, &err) == 0);
		FUZZ_ASSERT(again.len == base.len && memcmp(again.data, base.data, base.len) == 0);
	} else {
		FUZZ_ASSERT(memchr(err.description, '\0', sizeof(err.description)) != NULL);
	}
	b24_buf_free(&base);
	b24_buf_free(&again);
}

static void check_handler(const char *url, size_t len)
{
	int strict = b24_url_check_handler(url, len, 0);
	int loose = b24_url_check_handler(url, len, 1);
	b24_url u;

	FUZZ_ASSERT(b24_url_check_message(strict) != NULL);
	if (strict == B24_URL_OK) {
		FUZZ_ASSERT(loose == B24_URL_OK);
		FUZZ_ASSERT(b24_url_parse(url, len, &u) == 0);
		FUZZ_ASSERT(!b24_addr_host_is_local(url + u.host.off, u.host.len));
	}
}

static int only_ipv4_chars(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (!strchr("0123456789abcdefABCDEFxX.", s[i]) || s[i] == '\0') {
			return 0;
		}
	}
	return len > 0;
}

/* What libc reads as an address, b24 reads as the same address. */
static void check_addr(const char *host, size_t len)
{
	struct in_addr a4;
	unsigned char a6[16], b6[16];
	unsigned long addr;
	int b24_ok;

	b24_ok = b24_addr_ipv4_parse(host, len, &addr) == 0;
	if (only_ipv4_chars(host, len) && inet_aton(host, &a4)) {
		FUZZ_ASSERT(b24_ok && addr == ntohl(a4.s_addr));
	}
	b24_ok = b24_addr_ipv6_parse(host, len, b6) == 0;
	if (strlen(host) == len && inet_pton(AF_INET6, host, a6) == 1) {
		FUZZ_ASSERT(b24_ok && memcmp(a6, b6, 16) == 0);
	}
	if (b24_ok) {
		(void) b24_addr_ipv6_is_local(b6);
	}
	(void) b24_addr_host_is_local(host, len);
}

/*
 * Redaction (b24_redact.h) of any text succeeds, and its output is a fixed
 * point: redacting it again changes nothing (corpus/url/redact-overlapping-forms
 * is the text whose overlapping secret forms first broke it).
 */
static void check_redact(const char *text, size_t size)
{
	b24_buf once = B24_BUF_INIT, twice = B24_BUF_INIT;

	FUZZ_ASSERT(b24_redact(text, size, &once) == 0);
	FUZZ_ASSERT(b24_redact(once.data ? once.data : "", once.len, &twice) == 0);
	FUZZ_ASSERT(once.len == twice.len && (once.len == 0 || memcmp(once.data, twice.data, once.len) == 0));
	b24_buf_free(&once);
	b24_buf_free(&twice);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *url = fuzz_cstr(data, size);
	b24_buf buf = B24_BUF_INIT;

	check_parse(url, size);
	check_base(b24_url_webhook_base, url, size, 0);
	check_base(b24_url_webhook_base, url, size, B24_URL_ALLOW_HTTP);
	check_base(b24_url_client_endpoint, url, size, 0);
	check_base(b24_url_oauth_server, url, size, 0);
	if (b24_url_origin(url, size, &buf) == 0) {
		FUZZ_ASSERT(buf.len > 0);
	}
	b24_buf_reset(&buf);
	check_handler(url, size);
	check_redact(url, size);
	check_addr(url, size);
	b24_buf_free(&buf);
	free(url);
	return 0;
}
