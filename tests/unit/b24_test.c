/*
 * The harness behind b24_test.h.
 */
#define _DEFAULT_SOURCE 1

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>

#include "b24_test.h"

static int b24t_passed, b24t_failed, b24t_current_failed;
static const char *b24t_current;
static char b24t_dir[256];

void b24t_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	printf("  not ok: %s (%s:%d): ", b24t_current ? b24t_current : "?", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	b24t_current_failed++;
}

void b24t_run(const char *name, void (*fn)(void))
{
	static int curl_ready;

	if (!curl_ready) {
		/* what the binding does in MINIT */
		curl_global_init(CURL_GLOBAL_DEFAULT);
		curl_ready = 1;
	}
	b24t_current = name;
	b24t_current_failed = 0;
	fn();
	if (b24t_current_failed) {
		printf("FAIL %s\n", name);
		b24t_failed++;
	} else {
		printf("ok   %s\n", name);
		b24t_passed++;
	}
	fflush(stdout);
	b24t_current = NULL;
}

const char *b24t_tmpdir(void)
{
	const char *base = getenv("TMPDIR");

	if (!b24t_dir[0]) {
		snprintf(b24t_dir, sizeof(b24t_dir), "%s/b24t.XXXXXX", base && *base ? base : "/tmp");
		if (!mkdtemp(b24t_dir)) {
			perror("mkdtemp");
			exit(2);
		}
	}
	return b24t_dir;
}

int b24t_finish(void)
{
	if (b24t_dir[0]) {
		char cmd[300];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", b24t_dir);
		if (system(cmd) != 0) {
			fprintf(stderr, "cannot remove %s\n", b24t_dir);
		}
	}
	curl_global_cleanup();
	printf("B24T %d %d\n", b24t_passed, b24t_failed);
	return b24t_failed ? 1 : 0;
}
