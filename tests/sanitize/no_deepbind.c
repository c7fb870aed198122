/*
 * Preloaded (after the ASAN runtime) by scripts/sanitize into Debian's PHP:
 * Debian builds PHP with RTLD_DEEPBIND in DL_LOAD (Zend/zend_portability.h),
 * which the sanitizer runtime refuses, so every extension= load would fail.
 * This dlopen() drops that one flag and hands the call on to the next
 * dlopen() in line (the sanitizer's interceptor). Nothing else changes:
 * b24 exports no symbol that another library could take over.
 *
 * Preloaded before the runtime, this library also gives the runtime its
 * default options, so that processes the tests start with an environment
 * of their own (without ASAN_OPTIONS) run the same way.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

typedef void *(*dlopen_fn)(const char *, int);

void *dlopen(const char *file, int mode)
{
	static dlopen_fn next;

	if (next == NULL) {
		next = (dlopen_fn) dlsym(RTLD_NEXT, "dlopen");
		if (next == NULL) {
			return NULL;
		}
	}
	return next(file, mode & ~RTLD_DEEPBIND);
}

/*
 * Read by the sanitizer runtime at start-up; ASAN_OPTIONS adds to it.
 * This library, not the runtime, is first in line: on purpose. Leaks are
 * not this run's to judge: every process a test starts gets the runtime
 * (php-fpm, nginx, php -S), and those keep start-up memory until exit, which
 * LeakSanitizer cannot tell from b24's. The valgrind run of the suite (with
 * php-fpm's own suppressions), the C unit tests under valgrind and the
 * fuzzers' per-input leak check cover leaks; this run covers memory errors
 * and undefined behaviour.
 */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "verify_asan_link_order=0:detect_leaks=0";
}
