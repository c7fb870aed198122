/*
 * b24_pace: turns, waits and repeats of one call. See b24_pace.h.
 */
#include <stdlib.h>
#include <string.h>

#include "b24_pace.h"
#include "b24_retry.h"

/* A bound on the turns of one call, whatever the store answers. */
#define B24_PACE_ROUNDS 64
/* Bytes at the end of an answer searched for operating_reset_at (time is the last member). */
#define B24_PACE_TAIL 1024

void b24_pace_config_init(b24_pace_config *p)
{
	memset(p, 0, sizeof(*p));
	p->wait_max_ms = B24_RATE_WAIT_MAX_MS;
	p->retries = -1;
}

static double b24_pace_mono(void)
{
	b24_rate_now now;

	b24_rate_clock(&now);
	return now.mono;
}

/* The next whole number up (no libm: the core links without it). */
static long b24_pace_ceil(double x)
{
	long n = (long)x;

	return (double)n < x ? n + 1 : n;
}

static void b24_pace_sleep(double seconds)
{
	b24_retry_sleep_ms(b24_pace_ceil(seconds * 1000.0));
}

static long b24_pace_seconds(double wait)
{
	long s = b24_pace_ceil(wait);

	return s > 0 ? s : 1;
}

uint64_t b24_pace_method_key(const char *identity, const char *method)
{
	uint64_t h = b24_rate_hash(identity, strlen(identity));
	size_t i, len = strlen(method);

	/* FNV-1a continued over a separator and the method, lower-cased as portals compare */
	h = (h ^ ' ') * 1099511628211ULL;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)method[i];

		h = (h ^ (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) * 1099511628211ULL;
	}
	return h ? h : 1;
}

/*
 * The turn could not be had within wait_max: a LIMIT error that says when.
 * The portal's own refusal (QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT)
 * that led here stays the error, with the time added.
 */
static void b24_pace_refused(const b24_pace_call *call, const b24_rate_answer *ans, const char *bound,
	b24_error *err)
{
	if (err->kind == B24_E_LIMIT) {
		err->retry_after = b24_pace_seconds(ans->wait);
		return;
	}
	if (ans->verdict == B24_RATE_BLOCKED) {
		b24_error_set(err, B24_E_LIMIT, "OPERATION_TIME_LIMIT", 429,
			"%s is blocked by the portal's operation time limit for %ld more seconds, longer than %s",
			call->method, b24_pace_seconds(ans->wait), bound);
	} else {
		b24_error_set(err, B24_E_LIMIT, B24_RATE_LIMITED, 0,
			"the portal's request budget has no room for %ld more seconds, longer than %s",
			b24_pace_seconds(ans->wait), bound);
	}
	err->retry_after = b24_pace_seconds(ans->wait);
}

/*
 * How long this turn may still wait: what rate_wait_max leaves, or what the
 * call's deadline leaves when that is less (*bound names which, for the
 * message of a refusal).
 */
static double b24_pace_wait_left(const b24_pace_call *call, const b24_pace_state *st, const char **bound)
{
	double left = st->deadline - b24_pace_mono();
	long call_left = b24_deadline_left(call->deadline);

	*bound = "rate_wait_max";
	if (call->deadline && (double)call_left / 1000.0 < left) {
		left = (double)call_left / 1000.0;
		*bound = "the call's timeout leaves";
	}
	return left > 0.0 ? left : 0.0;
}

/*
 * One reservation of the call's turn, without sleeping: B24_PACE_SEND (send
 * after *wait seconds), B24_PACE_ASK (ask again after *wait seconds: the
 * method is blocked until then), or -1 with a LIMIT error when it is too far.
 */
int b24_pace_reserve(const b24_pace_config *p, const b24_pace_call *call, b24_pace_state *st,
	double *wait, b24_error *err)
{
	b24_rate_ask ask;
	b24_rate_answer ans;
	const char *bound;

	*wait = 0.0;
	if (!p->store || st->rounds++ >= B24_PACE_ROUNDS) {
		return B24_PACE_SEND;
	}
	ask.portal = call->portal;
	ask.method = call->method_key;
	ask.limit = p->limit;
	ask.wait_max = b24_pace_wait_left(call, st, &bound);
	if (p->store->ops->reserve(p->store, &ask, &ans) != 0) {
		return B24_PACE_SEND;   /* the store is out of reach: go unpaced rather than stall */
	}
	if (ans.verdict == B24_RATE_BUSY || ans.verdict == B24_RATE_BLOCKED) {
		b24_pace_refused(call, &ans, bound, err);
		return -1;
	}
	if (call->log && ans.wait > 0.0) {
		b24_log_wait(call->log, &call->where, ans.verdict == B24_RATE_GO ? B24_LOG_WAIT_BUDGET
			: B24_LOG_WAIT_BLOCKED, ans.wait * 1000.0);
	}
	*wait = ans.wait;
	return ans.verdict == B24_RATE_GO ? B24_PACE_SEND : B24_PACE_ASK;
}

/* Waits for the call's turn; -1 with a LIMIT error when it is too far. */
static int b24_pace_turn(const b24_pace_config *p, const b24_pace_call *call, b24_pace_state *st,
	b24_error *err)
{
	double wait;
	int verdict;

	do {
		verdict = b24_pace_reserve(p, call, st, &wait, err);
		if (verdict < 0) {
			return -1;
		}
		b24_pace_sleep(wait);
	} while (verdict == B24_PACE_ASK);
	return 0;
}

static int b24_pace_is(const b24_error *err, const char *code)
{
	return err->kind == B24_E_LIMIT && strcmp(err->code, code) == 0;
}

/* Says in the message that a write may have run: it is not sent again. */
static void b24_pace_unknown_outcome(const b24_pace_call *call, b24_error *err)
{
	char text[sizeof(err->description)];

	memcpy(text, err->description, sizeof(text));
	b24_error_set(err, err->kind, err->code, err->http_status,
		"%s; the portal may or may not have run %s: a write is not sent twice", text, call->method);
}

/* A transport failure: repeat after a backoff of *delay seconds (1) or give up (0). */
static int b24_pace_transport(const b24_pace_config *p, const b24_pace_call *call, b24_pace_state *st,
	double *delay, b24_error *err)
{
	enum b24_retry_class cls = b24_retry_classify(err);
	int readonly = call->readonly;
	int limit = p->retries < 0 ? B24_RETRY_DEFAULT : p->retries;
	long pause;

	if (cls == B24_RETRY_NO) {
		return 0;
	}
	if (cls == B24_RETRY_SENT && !readonly) {
		b24_pace_unknown_outcome(call, err);
		return 0;
	}
	pause = b24_retry_backoff_ms(st->repeats);
	if (st->repeats >= limit || pause >= b24_deadline_left(call->deadline)) {
		/* no repeat could be sent before the call's deadline: the failure stands */
		return 0;
	}
	*delay = (double)pause / 1000.0;
	st->repeats++;
	return 1;
}

int b24_pace_retry(const b24_pace_config *p, b24_pace_memo *memo, const b24_pace_call *call,
	b24_pace_state *st, double *delay, b24_error *err)
{
	int again;

	*delay = 0.0;
	if (call->deadline && call->deadline->ran_out) {
		return 0;               /* a step found no time left and sent nothing */
	}
	if (b24_pace_is(err, "QUERY_LIMIT_EXCEEDED")) {
		again = p->store && p->limit.drain > 0.0
			&& p->store->ops->fill(p->store, call->portal, &p->limit) == 0;
	} else if (b24_pace_is(err, "OPERATION_TIME_LIMIT")) {
		again = p->store && p->store->ops->note(p->store, call->portal,
			call->method_key, 0, 1) == 0;
		memo->method_key = 0;
	} else {
		again = b24_pace_transport(p, call, st, delay, err);
	}
	if (again && st->rounds < B24_PACE_ROUNDS) {
		if (call->log) {
			b24_log_retry(call->log, &call->where, err, ++st->attempts + 1);
		}
		return 1;
	}
	return 0;
}

int64_t b24_pace_reset_at(const char *body, size_t len)
{
	static const char key[] = "\"operating_reset_at\":";
	size_t n = sizeof(key) - 1, i, stop = len > B24_PACE_TAIL ? len - B24_PACE_TAIL : 0;
	int64_t v = 0;

	for (i = len >= n ? len - n + 1 : 0; i-- > stop;) {
		if (body[i] == '"' && memcmp(body + i, key, n) == 0) {
			for (i += n; i < len && body[i] == ' '; i++) {
			}
			for (; i < len && body[i] >= '0' && body[i] <= '9' && v < 100000000000LL; i++) {
				v = v * 10 + (body[i] - '0');
			}
			return v;
		}
	}
	return 0;
}

void b24_pace_success(const b24_pace_config *p, b24_pace_memo *memo, const b24_pace_call *call,
	const char *body, size_t len)
{
	int64_t reset_at = p->store ? b24_pace_reset_at(body, len) : 0;

	if (reset_at <= 0 || (memo->method_key == call->method_key && memo->reset_at == reset_at)) {
		return;
	}
	if (p->store->ops->note(p->store, call->portal, call->method_key, reset_at, 0) == 0) {
		memo->method_key = call->method_key;
		memo->reset_at = reset_at;
	}
}

void b24_pace_begin(const b24_pace_config *p, b24_pace_state *st)
{
	long wait_ms = p->wait_max_ms < 0 ? B24_RATE_WAIT_MAX_MS : p->wait_max_ms;

	memset(st, 0, sizeof(*st));
	st->deadline = b24_pace_mono() + (double)wait_ms / 1000.0;
}

int b24_pace_run(const b24_pace_config *p, b24_pace_memo *memo, const b24_pace_call *call,
	b24_error *err)
{
	b24_pace_state st;
	const char *body;
	size_t len;
	double delay;

	b24_pace_begin(p, &st);
	for (;;) {
		if (b24_deadline_check(call->deadline, 0, "its request", err) != 0
				|| b24_pace_turn(p, call, &st, err) != 0) {
			return -1;
		}
		body = NULL;
		len = 0;
		if (call->attempt(call->ctx, &body, &len, err) == 0) {
			b24_pace_success(p, memo, call, body, len);
			return 0;
		}
		if (!b24_pace_retry(p, memo, call, &st, &delay, err)) {
			return -1;
		}
		b24_pace_sleep(delay);
	}
}
