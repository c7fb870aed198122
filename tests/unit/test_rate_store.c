/*
 * The rate stores: the shared one seen by two openings and by a forked
 * child, its refusal of directories that are not private, a process killed
 * while it holds the lock (and one frozen there), and the local one.
 * Plus the retry rules and the reading of operating_reset_at.
 */
#define _DEFAULT_SOURCE 1

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "b24_test.h"
#include "b24_rate_store.h"
#include "b24_retry.h"
#include "b24_pace.h"

static char dir[512];

static b24_rate_ask ask_of(uint64_t portal, double burst, double drain)
{
	b24_rate_ask ask;

	memset(&ask, 0, sizeof(ask));
	ask.portal = portal;
	ask.limit.burst = burst;
	ask.limit.drain = drain;
	ask.wait_max = 100;
	return ask;
}

static double mono(void)
{
	b24_rate_now now;

	b24_rate_clock(&now);
	return now.mono;
}

static void test_shared_between_openings(void)
{
	b24_rate_store *a, *b;
	b24_rate_ask ask = ask_of(42, 3.5, 0.001);
	b24_rate_answer ans;
	struct stat sb;
	char file[600];

	snprintf(dir, sizeof(dir), "%s/run", b24t_tmpdir());
	a = b24_rate_shm_open(dir);
	b = b24_rate_shm_open(dir);
	CHECK(a && b);
	if (!a || !b) {
		return;
	}
	CHECK_STR(a->ops->name, "shared");
	CHECK(stat(dir, &sb) == 0 && (sb.st_mode & 0777) == 0700);
	snprintf(file, sizeof(file), "%s/rate.v2", dir);
	CHECK(stat(file, &sb) == 0 && (sb.st_mode & 0777) == 0600);
	CHECK_INT(a->ops->reserve(a, &ask, &ans), 0);
	CHECK_INT(b->ops->reserve(b, &ask, &ans), 0);
	CHECK(ans.wait == 0.0);
	/* the third call sees the two before it, made through the other opening */
	CHECK_INT(a->ops->reserve(a, &ask, &ans), 0);
	CHECK(ans.wait > 400.0);
	/* another portal has its own bucket */
	ask.portal = 43;
	CHECK_INT(b->ops->reserve(b, &ask, &ans), 0);
	CHECK(ans.wait == 0.0);
	/* a method blocked through one is blocked for the other */
	CHECK_INT(a->ops->note(a, 43, 5, 0, 1), 0);
	ask.method = 5;
	ask.wait_max = 1;
	CHECK_INT(b->ops->reserve(b, &ask, &ans), 0);
	CHECK_INT(ans.verdict, B24_RATE_BLOCKED);
	CHECK(ans.wait > 50.0);
	b24_rate_store_close(a);
	b24_rate_store_close(b);
}

static void test_forked_child_shares(void)
{
	b24_rate_store *st = b24_rate_shm_open(dir);
	b24_rate_ask ask = ask_of(44, 1, 0.001);
	b24_rate_answer ans;
	pid_t pid;
	int status = 0;

	CHECK(st != NULL);
	if (!st) {
		return;
	}
	pid = fork();
	if (pid == 0) {
		/* the child opens its own lock description and takes the only place */
		_exit(st->ops->reserve(st, &ask, &ans) == 0 && ans.wait == 0.0 ? 0 : 1);
	}
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CHECK_INT(st->ops->reserve(st, &ask, &ans), 0);
	CHECK(ans.wait > 900.0);
	b24_rate_store_close(st);
}

/* A child that stops itself inside the critical section (the test hook). */
static pid_t frozen_holder(void)
{
	pid_t pid = fork();
	int status;

	if (pid == 0) {
		b24_rate_store *st;
		b24_rate_ask ask = ask_of(45, 10, 1);
		b24_rate_answer ans;

		setenv("B24_TEST_RATE_STOP", "1", 1);
		st = b24_rate_shm_open(dir);
		_exit(st && st->ops->reserve(st, &ask, &ans) == 0 ? 0 : 1);
	}
	waitpid(pid, &status, WUNTRACED);
	CHECK(WIFSTOPPED(status));
	return pid;
}

static void test_holder_killed(void)
{
	b24_rate_store *st = b24_rate_shm_open(dir);
	b24_rate_ask ask = ask_of(45, 10, 1);
	b24_rate_answer ans;
	pid_t pid;
	double t;
	int status;

	CHECK(st != NULL);
	if (!st) {
		return;
	}
	pid = frozen_holder();
	/* frozen: the others give up on the store after a bounded wait, not for ever */
	t = mono();
	CHECK_INT(st->ops->reserve(st, &ask, &ans), -1);
	t = mono() - t;
	CHECK(t >= 0.4 && t < 2.0);
	/* killed: the kernel dropped its lock, the next call goes at once */
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	t = mono();
	CHECK_INT(st->ops->reserve(st, &ask, &ans), 0);
	CHECK(mono() - t < 0.1);
	/* what it wrote before dying stands: its call and this one */
	CHECK_INT(ans.verdict, B24_RATE_GO);
	CHECK(ans.wait == 0.0);
	b24_rate_store_close(st);
}

/*
 * Unpaced (drain 0) and nothing blocked on the host: a turn takes no lock,
 * so even a frozen holder costs it nothing; once a method is blocked,
 * turns take the lock again and see the block.
 */
static void test_unpaced_without_lock(void)
{
	char own[600];
	b24_rate_store *st;
	b24_rate_ask ask = ask_of(46, 0, 0);
	b24_rate_answer ans;
	pid_t pid;
	double t;
	int status;

	memcpy(own, dir, sizeof(dir));
	snprintf(dir, sizeof(dir), "%s/run-unpaced", b24t_tmpdir());
	st = b24_rate_shm_open(dir);
	CHECK(st != NULL);
	if (st) {
		pid = frozen_holder();
		t = mono();
		CHECK_INT(st->ops->reserve(st, &ask, &ans), 0);
		CHECK(mono() - t < 0.1);
		CHECK_INT(ans.verdict, B24_RATE_GO);
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		CHECK_INT(st->ops->note(st, 46, 7, 0, 1), 0);
		ask.method = 7;
		ask.wait_max = 1;
		CHECK_INT(st->ops->reserve(st, &ask, &ans), 0);
		CHECK_INT(ans.verdict, B24_RATE_BLOCKED);
		ask.method = 8;
		CHECK_INT(st->ops->reserve(st, &ask, &ans), 0);
		CHECK_INT(ans.verdict, B24_RATE_GO);
		b24_rate_store_close(st);
	}
	memcpy(dir, own, sizeof(dir));
}

static void test_refused_directories(void)
{
	char other[600], link[600];

	snprintf(other, sizeof(other), "%s/open", b24t_tmpdir());
	CHECK_INT(mkdir(other, 0755), 0);
	CHECK(b24_rate_shm_open(other) == NULL);
	snprintf(link, sizeof(link), "%s/link", b24t_tmpdir());
	CHECK_INT(symlink(dir, link), 0);
	CHECK(b24_rate_shm_open(link) == NULL);
	CHECK(b24_rate_shm_open("relative/dir") == NULL);
	CHECK(b24_rate_shm_open("/nonexistent-b24/x") == NULL);
	rmdir(other);
	unlink(link);
}

static void test_local(void)
{
	b24_rate_store *st = b24_rate_local_new();
	b24_rate_ask ask = ask_of(1, 1, 0.001);
	b24_rate_answer ans;

	CHECK_STR(st->ops->name, "local");
	CHECK_INT(st->ops->reserve(st, &ask, &ans), 0);
	CHECK(ans.wait == 0.0);
	CHECK_INT(st->ops->reserve(st, &ask, &ans), 0);
	CHECK(ans.wait > 900.0);
	CHECK_INT(st->ops->fill(st, 2, &ask.limit), 0);
	ask.portal = 2;
	CHECK_INT(st->ops->reserve(st, &ask, &ans), 0);
	CHECK(ans.wait > 900.0);
	b24_rate_store_close(st);
}

static void test_readonly(void)
{
	CHECK_INT(b24_retry_readonly("crm.deal.get", 12), 1);
	CHECK_INT(b24_retry_readonly("CRM.DEAL.LIST", 13), 1);
	CHECK_INT(b24_retry_readonly("crm.item.fields", 15), 1);
	CHECK_INT(b24_retry_readonly("profile", 7), 1);
	CHECK_INT(b24_retry_readonly("user.current", 12), 1);
	CHECK_INT(b24_retry_readonly("crm.deal.add", 12), 0);
	CHECK_INT(b24_retry_readonly("crm.deal.update", 15), 0);
	CHECK_INT(b24_retry_readonly("batch", 5), 0);
	CHECK_INT(b24_retry_readonly(".get", 4), 0);
	CHECK_INT(b24_retry_readonly("profiles", 8), 0);
	CHECK_INT(b24_retry_readonly("crm.deal.getx", 13), 0);
}

static void test_classify(void)
{
	b24_error e;

	b24_error_set(&e, B24_E_TRANSPORT, B24_CONNECT_FAILED, 0, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_UNSENT);
	b24_error_set(&e, B24_E_TRANSPORT, B24_TIMEOUT, 0, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_SENT);
	b24_error_set(&e, B24_E_TRANSPORT, B24_TRANSPORT_FAILED, 0, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_SENT);
	b24_error_set(&e, B24_E_TRANSPORT, B24_TLS_FAILED, 0, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_NO);
	b24_error_set(&e, B24_E_SERVER, "INTERNAL_SERVER_ERROR", 500, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_SENT);
	b24_error_set(&e, B24_E_SERVER, B24_HTTP_ERROR, 502, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_SENT);
	b24_error_set(&e, B24_E_SERVER, "PORTAL_DELETED", 500, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_NO);
	b24_error_set(&e, B24_E_RESPONSE, B24_TRUNCATED, 200, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_SENT);
	b24_error_set(&e, B24_E_LIMIT, "QUERY_LIMIT_EXCEEDED", 503, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_NO);
	b24_error_set(&e, B24_E_API, "ERROR_ARGUMENT", 400, "x");
	CHECK_INT(b24_retry_classify(&e), B24_RETRY_NO);
}

static void test_backoff(void)
{
	int n, i;

	for (n = 0; n < 8; n++) {
		long full = B24_RETRY_BASE_MS << n;

		full = full > B24_RETRY_CAP_MS ? B24_RETRY_CAP_MS : full;
		for (i = 0; i < 50; i++) {
			long ms = b24_retry_backoff_ms(n);

			CHECK(ms >= full / 2 && ms <= full);
		}
	}
}

static void test_reset_at(void)
{
	static const char ok[] = "{\"result\":{\"operating_reset_at\":1},\"time\":{\"start\":1.5,"
		"\"operating\":3.2,\"operating_reset_at\":1778747792}}";
	static const char spaced[] = "{\"time\":{\"operating_reset_at\": 17}}";

	CHECK_INT(b24_pace_reset_at(ok, sizeof(ok) - 1), 1778747792LL);
	CHECK_INT(b24_pace_reset_at(spaced, sizeof(spaced) - 1), 17);
	CHECK_INT(b24_pace_reset_at("{\"result\":1}", 12), 0);
	CHECK_INT(b24_pace_reset_at("", 0), 0);
	CHECK(b24_pace_method_key("hook", "crm.deal.list") == b24_pace_method_key("hook", "CRM.DEAL.LIST"));
	CHECK(b24_pace_method_key("hook", "crm.deal.list") != b24_pace_method_key("app", "crm.deal.list"));
}

int main(void)
{
	B24T_RUN(test_shared_between_openings);
	B24T_RUN(test_forked_child_shares);
	B24T_RUN(test_holder_killed);
	B24T_RUN(test_unpaced_without_lock);
	B24T_RUN(test_refused_directories);
	B24T_RUN(test_local);
	B24T_RUN(test_readonly);
	B24T_RUN(test_classify);
	B24T_RUN(test_backoff);
	B24T_RUN(test_reset_at);
	return b24t_finish();
}
