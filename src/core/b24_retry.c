/*
 * b24_retry: the repeat rules. See b24_retry.h.
 */
#if defined(__linux__) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE)
/* nanosleep() under -std=c99 */
# define _DEFAULT_SOURCE 1
#endif

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#ifdef _WIN32
# include <windows.h>
# include <process.h>
# define b24_retry_getpid _getpid
#else
# include <unistd.h>
# define b24_retry_getpid getpid
#endif

#include "b24_retry.h"
#include "b24_readonly_table.h"

/* The match column of catalog/readonly.tsv, as the generated table spells it. */
enum b24_readonly_match {
	B24_READONLY_NAME,           /* the whole method name */
	B24_READONLY_SUFFIX          /* the name ends with the pattern */
};

typedef struct b24_readonly_row {
	const char *pattern;
	size_t len;
	enum b24_readonly_match match;
} b24_readonly_row;

#define B24_READONLY_ROW(pattern, match, note) { pattern, sizeof(pattern) - 1, match },
static const b24_readonly_row b24_readonly[] = {
	B24_READONLY_ROWS(B24_READONLY_ROW)
	{ NULL, 0, B24_READONLY_NAME }
};
#undef B24_READONLY_ROW

static uint64_t b24_retry_seed;

static int b24_retry_same(const char *a, const char *b, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		int x = (unsigned char)a[i], y = (unsigned char)b[i];

		if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y)) {
			return 0;
		}
	}
	return 1;
}

int b24_retry_readonly(const char *method, size_t len)
{
	const b24_readonly_row *r;

	for (r = b24_readonly; r->pattern; r++) {
		size_t n = r->len;

		if (r->match == B24_READONLY_SUFFIX ? n < len && b24_retry_same(method + len - n, r->pattern, n)
				: n == len && b24_retry_same(method, r->pattern, n)) {
			return 1;
		}
	}
	return 0;
}

static int b24_retry_code(const b24_error *err, const char *code)
{
	return strcmp(err->code, code) == 0;
}

enum b24_retry_class b24_retry_classify(const b24_error *err)
{
	if (err->kind == B24_E_TRANSPORT) {
		if (b24_retry_code(err, B24_CONNECT_FAILED)) {
			return B24_RETRY_UNSENT;
		}
		return b24_retry_code(err, B24_TIMEOUT) || b24_retry_code(err, B24_TRANSPORT_FAILED)
			? B24_RETRY_SENT : B24_RETRY_NO;
	}
	if (err->kind == B24_E_RESPONSE) {
		return b24_retry_code(err, B24_TRUNCATED) || b24_retry_code(err, B24_EMPTY_ANSWER)
			? B24_RETRY_SENT : B24_RETRY_NO;
	}
	/* a portal that failed inside (500) or a gateway in front of it (502, 504); not PORTAL_DELETED */
	if (err->kind == B24_E_SERVER && err->http_status >= 500) {
		return b24_retry_code(err, B24_HTTP_ERROR) || b24_retry_code(err, "INTERNAL_SERVER_ERROR")
			|| b24_retry_code(err, "ERROR_UNEXPECTED_ANSWER") ? B24_RETRY_SENT : B24_RETRY_NO;
	}
	return B24_RETRY_NO;
}

/* xorshift64: jitter needs no quality, only processes that do not step in time. */
static uint64_t b24_retry_random(void)
{
	if (b24_retry_seed == 0) {
		b24_retry_seed = ((uint64_t)time(NULL) << 20) ^ (uint64_t)b24_retry_getpid() ^ 0x9e3779b97f4a7c15ULL;
	}
	b24_retry_seed ^= b24_retry_seed << 13;
	b24_retry_seed ^= b24_retry_seed >> 7;
	b24_retry_seed ^= b24_retry_seed << 17;
	return b24_retry_seed;
}

long b24_retry_backoff_ms(int n)
{
	long ms = B24_RETRY_BASE_MS;

	while (n-- > 0 && ms < B24_RETRY_CAP_MS) {
		ms *= 2;
	}
	if (ms > B24_RETRY_CAP_MS) {
		ms = B24_RETRY_CAP_MS;
	}
	return ms / 2 + (long)(b24_retry_random() % (uint64_t)(ms / 2 + 1));
}

void b24_retry_sleep_ms(long ms)
{
#ifdef _WIN32
	Sleep((DWORD)ms);
#else
	struct timespec ts, left;

	if (ms <= 0) {
		return;
	}
	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (ms % 1000) * 1000000L;
	while (nanosleep(&ts, &left) != 0 && errno == EINTR) {
		ts = left;
	}
#endif
}
