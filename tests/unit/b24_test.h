/*
 * A minimal test harness for the core: each test_*.c file is one program
 * whose main() calls B24T_RUN() for its test functions and returns
 * b24t_finish(). A test passes when none of its checks failed. The last
 * line a program prints is "B24T <passed> <failed>", which tests/unit/run adds up.
 */
#ifndef B24_TEST_H
#define B24_TEST_H

#include <stddef.h>
#include <string.h>

void b24t_fail(const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
void b24t_run(const char *name, void (*fn)(void));
int b24t_finish(void);
/* A fresh empty directory under $TMPDIR for this program; removed by b24t_finish(). */
const char *b24t_tmpdir(void);

#define B24T_RUN(fn) b24t_run(#fn, fn)

#define CHECK(cond) do { \
	if (!(cond)) { \
		b24t_fail(__FILE__, __LINE__, "%s", #cond); \
	} \
} while (0)

#define CHECK_INT(got, want) do { \
	long long b24t_g = (long long)(got), b24t_w = (long long)(want); \
	if (b24t_g != b24t_w) { \
		b24t_fail(__FILE__, __LINE__, "%s == %lld, expected %lld", #got, b24t_g, b24t_w); \
	} \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *b24t_g = (got), *b24t_w = (want); \
	if (!b24t_g || strcmp(b24t_g, b24t_w) != 0) { \
		b24t_fail(__FILE__, __LINE__, "%s == \"%s\", expected \"%s\"", #got, \
			b24t_g ? b24t_g : "(null)", b24t_w); \
	} \
} while (0)

/* A counted byte string against a C string literal. */
#define CHECK_MEM(got, got_len, want) do { \
	const char *b24t_g = (got), *b24t_w = (want); \
	size_t b24t_l = (got_len); \
	if (b24t_l != strlen(b24t_w) || memcmp(b24t_g, b24t_w, b24t_l) != 0) { \
		b24t_fail(__FILE__, __LINE__, "%s == \"%.*s\", expected \"%s\"", #got, \
			(int)b24t_l, b24t_g ? b24t_g : "", b24t_w); \
	} \
} while (0)

#endif /* B24_TEST_H */
