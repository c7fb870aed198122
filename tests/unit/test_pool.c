/*
 * b24_pool: one transport per origin and trust settings, least recently used
 * freed beyond the limit (the generation moves), counts kept over freed
 * transports, and a fork()ed child that starts with an empty pool.
 */
#define _DEFAULT_SOURCE 1

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "b24_test.h"
#include "b24_pool.h"

static b24_transport *get(b24_pool *p, const char *origin, const b24_http_options *o)
{
	char url[128];
	b24_error err;

	snprintf(url, sizeof(url), "%s/rest/1/code/profile.json", origin);
	return b24_pool_get(p, origin, strlen(origin), url, o, &err);
}

static void test_one_per_origin(void)
{
	b24_pool *p = b24_pool_new(4, 0);
	b24_transport *a = get(p, "https://a.example:443", NULL);

	CHECK(a != NULL);
	CHECK(get(p, "https://b.example:443", NULL) != a);
	CHECK(get(p, "https://a.example:443", NULL) == a);
	CHECK_STR(b24_pool_origin_at(p, 0), "https://a.example:443");
	CHECK_STR(b24_pool_origin_at(p, 1), "https://b.example:443");
	CHECK(b24_pool_origin_at(p, 2) == NULL);
	b24_pool_free(p);
}

/* verify_tls, ca_file and the HTTP version each make a transport of their own. */
static void test_keyed_by_trust(void)
{
	b24_pool *p = b24_pool_new(8, 0);
	b24_http_options o;
	b24_transport *plain = get(p, "https://a.example:443", NULL), *t;
	b24_pool_counts c;

	b24_http_options_init(&o);
	CHECK(get(p, "https://a.example:443", &o) == plain);
	o.timeout_ms = 5000;
	o.user_agent = "other/1";
	CHECK(get(p, "https://a.example:443", &o) == plain);
	o.verify_tls = 0;
	t = get(p, "https://a.example:443", &o);
	CHECK(t != plain);
	o.verify_tls = 1;
	o.ca_file = "/etc/ssl/one.pem";
	CHECK(get(p, "https://a.example:443", &o) != plain);
	CHECK(get(p, "https://a.example:443", &o) != t);
	o.ca_file = NULL;
	o.allow_http2 = 1;
	CHECK(get(p, "https://a.example:443", &o) != plain);
	b24_pool_stats(p, &c);
	CHECK_INT(c.kept, 4);
	b24_pool_free(p);
}

static void test_least_recently_used(void)
{
	b24_pool *p = b24_pool_new(2, 0);
	b24_transport *a = get(p, "https://a.example:443", NULL);
	unsigned long g;
	b24_pool_counts c;

	get(p, "https://b.example:443", NULL);
	CHECK(get(p, "https://a.example:443", NULL) == a);
	g = b24_pool_generation(p);
	/* b is the least recently used: it goes */
	get(p, "https://c.example:443", NULL);
	CHECK(b24_pool_generation(p) != g);
	CHECK_STR(b24_pool_origin_at(p, 0), "https://c.example:443");
	CHECK_STR(b24_pool_origin_at(p, 1), "https://a.example:443");
	b24_pool_stats(p, &c);
	CHECK_INT(c.kept, 2);
	CHECK_INT(c.evicted, 1);
	/* a smaller limit frees the oldest */
	b24_pool_set_limits(p, 1, 1000);
	CHECK_STR(b24_pool_origin_at(p, 0), "https://c.example:443");
	CHECK(b24_pool_origin_at(p, 1) == NULL);
	b24_pool_set_limits(p, 3, 1000);
	get(p, "https://a.example:443", NULL);
	get(p, "https://b.example:443", NULL);
	b24_pool_stats(p, &c);
	CHECK_INT(c.kept, 3);
	b24_pool_clear(p);
	b24_pool_stats(p, &c);
	CHECK_INT(c.kept, 0);
	b24_pool_free(p);
}

/* A URL that is not absolute has no origin: refused, nothing kept. */
static void test_bad_origin(void)
{
	b24_pool *p = b24_pool_new(2, 0);
	b24_error err;
	b24_pool_counts c;

	CHECK(b24_pool_get(p, "", 0, "rest/x", NULL, &err) == NULL);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	b24_pool_stats(p, &c);
	CHECK_INT(c.kept, 0);
	b24_pool_free(p);
}

/* The child of fork() finds the parent's transports gone and its counts at zero. */
static void test_fork_child_starts_empty(void)
{
	b24_pool *p = b24_pool_new(4, 0);
	b24_transport *a = get(p, "https://a.example:443", NULL);
	unsigned long g = b24_pool_generation(p);
	int status = -1;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		b24_pool_counts c;
		int ok;

		b24_pool_stats(p, &c);
		ok = c.kept == 0 && b24_pool_generation(p) != g;
		get(p, "https://a.example:443", NULL);
		b24_pool_stats(p, &c);
		ok = ok && c.kept == 1;
		b24_pool_free(p);
		_exit(ok ? 0 : 1);
	}
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CHECK(get(p, "https://a.example:443", NULL) == a);
	CHECK(b24_pool_generation(p) == g);
	b24_pool_free(p);
}

int main(void)
{
	B24T_RUN(test_one_per_origin);
	B24T_RUN(test_keyed_by_trust);
	B24T_RUN(test_least_recently_used);
	B24T_RUN(test_bad_origin);
	B24T_RUN(test_fork_child_starts_empty);
	return b24t_finish();
}
