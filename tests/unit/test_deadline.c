/*
 * b24_deadline: the arithmetic on explicit clocks (time left, a step's
 * limit against the time left, no deadline), the refusal of a step with no
 * time left, and the call loop (b24_pace_run) spending one deadline: no
 * attempt, no backoff and no wait for a turn past it.
 */
#include <string.h>

#include "b24_test.h"
#include "b24_deadline.h"
#include "b24_pace.h"
#include "b24_rate_store.h"

static void test_left_and_cap(void)
{
	b24_deadline d;

	b24_deadline_init(&d, 2000, 10000);
	CHECK_INT(d.timeout_ms, 2000);
	CHECK_INT(d.ran_out, 0);
	CHECK_INT(b24_deadline_left_at(&d, 10000), 2000);
	CHECK_INT(b24_deadline_left_at(&d, 11500), 500);
	CHECK_INT(b24_deadline_left_at(&d, 12000), 0);
	CHECK_INT(b24_deadline_left_at(&d, 99000), 0);
	/* a step's own limit when it is less, else the time left */
	CHECK_INT(b24_deadline_cap_at(&d, 300, 11000), 300);
	CHECK_INT(b24_deadline_cap_at(&d, 75000, 11000), 1000);
	CHECK_INT(b24_deadline_cap_at(&d, 0, 11000), 1000);
	CHECK_INT(b24_deadline_cap_at(&d, 300, 12500), 0);
	/* no deadline: the step's own limit */
	CHECK(b24_deadline_left_at(NULL, 5) > 86400L * 1000);
	CHECK_INT(b24_deadline_cap_at(NULL, 300, 5), 300);
	/* a timeout of 0 or less still ends */
	b24_deadline_init(&d, 0, 100);
	CHECK_INT(b24_deadline_left_at(&d, 100), 1);
	CHECK_INT(b24_deadline_left_at(&d, 101), 0);
}

static void test_check(void)
{
	b24_deadline d;
	b24_error err;

	b24_error_clear(&err);
	CHECK_INT(b24_deadline_check(NULL, 1000, "the request", &err), 0);
	b24_deadline_start(&d, 60000);
	CHECK_INT(b24_deadline_check(&d, 0, "the request", &err), 0);
	CHECK_INT(b24_deadline_check(&d, 1000, "the token refresh", &err), 0);
	CHECK_INT(err.kind, B24_E_NONE);
	CHECK_INT(d.ran_out, 0);
	/* time left, but less than the step needs */
	CHECK_INT(b24_deadline_check(&d, 120000, "the token refresh", &err), -1);
	CHECK_INT(err.kind, B24_E_TRANSPORT);
	CHECK_STR(err.code, B24_TIMEOUT);
	CHECK(strstr(err.description, "timeout of 60 s") != NULL);
	CHECK(strstr(err.description, "too little time for the token refresh") != NULL);
	CHECK_INT(d.ran_out, 1);
	/* none left */
	b24_error_clear(&err);
	b24_deadline_init(&d, 1500, b24_deadline_now() - 2000);
	CHECK_INT(b24_deadline_left(&d), 0);
	CHECK_INT(b24_deadline_check(&d, 0, "the request", &err), -1);
	CHECK_STR(err.code, B24_TIMEOUT);
	CHECK(strstr(err.description, "timeout of 1.5 s") != NULL);
	CHECK(strstr(err.description, "ran out before the request; nothing more was sent") != NULL);
}

static void test_explain(void)
{
	b24_deadline d;
	b24_error err;

	b24_deadline_init(&d, 2000, 0);
	b24_error_set(&err, B24_E_TRANSPORT, B24_TIMEOUT, 0, "Operation timed out after 500 milliseconds");
	b24_deadline_explain(&d, &err);
	CHECK(strncmp(err.description, "the call's timeout of 2 s", 25) == 0);
	CHECK(strstr(err.description, ": Operation timed out after 500 milliseconds") != NULL);
	b24_error_set(&err, B24_E_TRANSPORT, B24_CONNECT_FAILED, 0, "refused");
	b24_deadline_explain(&d, &err);
	CHECK_STR(err.description, "refused");
	b24_error_set(&err, B24_E_TRANSPORT, B24_TIMEOUT, 0, "as it was");
	b24_deadline_explain(NULL, &err);
	CHECK_STR(err.description, "as it was");
}

/* An attempt of the pace tests: fails with `code`, or runs out of the deadline itself. */
typedef struct attempt_ctx {
	const char *code;
	b24_deadline *deadline;   /* set: the attempt refuses its step for lack of time */
	int made;
} attempt_ctx;

static int attempt_fail(void *ctx, const char **body, size_t *len, b24_error *err)
{
	attempt_ctx *a = ctx;

	a->made++;
	*body = "";
	*len = 0;
	if (a->deadline) {
		return b24_deadline_check(a->deadline, 3600L * 1000, "the token refresh", err);
	}
	b24_error_set(err, B24_E_TRANSPORT, a->code, 0, "failed");
	return -1;
}

static int attempt_ok(void *ctx, const char **body, size_t *len, b24_error *err)
{
	(void) err;
	((attempt_ctx *)ctx)->made++;
	*body = "{\"result\":1}";
	*len = strlen(*body);
	return 0;
}

static void call_of(b24_pace_call *call, attempt_ctx *a, int readonly, b24_deadline *d)
{
	memset(call, 0, sizeof(*call));
	call->portal = 7;
	call->method_key = 9;
	call->method = readonly ? "crm.deal.get" : "crm.deal.add";
	call->readonly = readonly;
	call->attempt = attempt_fail;
	call->ctx = a;
	call->deadline = d;
}

/* Repeats of a failure stop where the next backoff would end past the deadline. */
static void test_pace_backoff_bounded(void)
{
	b24_pace_config p;
	b24_pace_memo memo;
	b24_pace_call call;
	b24_deadline d;
	b24_error err;
	attempt_ctx a = { B24_CONNECT_FAILED, NULL, 0 };
	long long started;

	b24_error_clear(&err);
	b24_pace_config_init(&p);
	p.retries = 10;
	memset(&memo, 0, sizeof(memo));
	call_of(&call, &a, 0, &d);
	started = b24_deadline_now();
	b24_deadline_start(&d, 400);
	CHECK_INT(b24_pace_run(&p, &memo, &call, &err), -1);
	CHECK_STR(err.code, B24_CONNECT_FAILED);
	/* backoffs of 50-100, 100-200, 200-400 ms: two or three attempts fit, never eleven */
	CHECK(a.made >= 2 && a.made <= 4);
	CHECK(b24_deadline_now() - started < 400 + 200);
}

/* A step refused by the deadline ends the call as it is: not repeated, no "may have run". */
static void test_pace_ran_out(void)
{
	b24_pace_config p;
	b24_pace_memo memo;
	b24_pace_call call;
	b24_deadline d;
	b24_error err;
	attempt_ctx a = { NULL, &d, 0 };

	b24_error_clear(&err);
	b24_pace_config_init(&p);
	p.retries = 5;
	memset(&memo, 0, sizeof(memo));
	call_of(&call, &a, 0, &d);
	b24_deadline_start(&d, 2000);
	CHECK_INT(b24_pace_run(&p, &memo, &call, &err), -1);
	CHECK_INT(a.made, 1);
	CHECK_STR(err.code, B24_TIMEOUT);
	CHECK(strstr(err.description, "may or may not") == NULL);
	CHECK(strstr(err.description, "nothing more was sent") != NULL);

	/* no time left before the first attempt: none is made */
	a.deadline = NULL;
	a.made = 0;
	b24_deadline_init(&d, 100, b24_deadline_now() - 500);
	CHECK_INT(b24_pace_run(&p, &memo, &call, &err), -1);
	CHECK_INT(a.made, 0);
	CHECK_STR(err.code, B24_TIMEOUT);
}

/* A turn further away than the deadline leaves fails at once, whatever rate_wait_max allows. */
static void test_pace_turn_bounded(void)
{
	b24_pace_config p;
	b24_pace_memo memo;
	b24_pace_call call;
	b24_deadline d;
	b24_error err;
	attempt_ctx a = { NULL, NULL, 0 };
	long long started;

	b24_error_clear(&err);
	b24_pace_config_init(&p);
	p.store = b24_rate_local_new();
	CHECK(p.store != NULL);
	if (!p.store) {
		return;
	}
	p.limit.burst = 1;
	p.limit.drain = 0.25;     /* a turn every 4 s */
	p.wait_max_ms = 30000;
	memset(&memo, 0, sizeof(memo));
	call_of(&call, &a, 1, &d);
	call.attempt = attempt_ok;
	b24_deadline_start(&d, 1000);
	CHECK_INT(b24_pace_run(&p, &memo, &call, &err), 0);
	CHECK_INT(a.made, 1);
	started = b24_deadline_now();
	b24_deadline_start(&d, 1000);
	CHECK_INT(b24_pace_run(&p, &memo, &call, &err), -1);
	CHECK_INT(a.made, 1);
	CHECK_INT(err.kind, B24_E_LIMIT);
	CHECK_STR(err.code, B24_RATE_LIMITED);
	CHECK(strstr(err.description, "the call's timeout leaves") != NULL);
	CHECK(err.retry_after >= 1);
	CHECK(b24_deadline_now() - started < 500);
	b24_rate_store_close(p.store);
}

int main(void)
{
	B24T_RUN(test_left_and_cap);
	B24T_RUN(test_check);
	B24T_RUN(test_explain);
	B24T_RUN(test_pace_backoff_bounded);
	B24T_RUN(test_pace_ran_out);
	B24T_RUN(test_pace_turn_bounded);
	return b24t_finish();
}
