/*
 * b24_deadline: the time one call may take. See b24_deadline.h.
 */
#include <limits.h>
#include <string.h>

#include "b24_deadline.h"
#include "b24_sock.h"

void b24_deadline_init(b24_deadline *d, long timeout_ms, long long now_ms)
{
	d->timeout_ms = timeout_ms > 0 ? timeout_ms : 1;
	d->at_ms = now_ms + d->timeout_ms;
	d->ran_out = 0;
}

void b24_deadline_start(b24_deadline *d, long timeout_ms)
{
	b24_deadline_init(d, timeout_ms, b24_deadline_now());
}

long long b24_deadline_now(void)
{
	return b24_sock_now_ms();
}

long b24_deadline_left_at(const b24_deadline *d, long long now_ms)
{
	long long left;

	if (!d) {
		return LONG_MAX;
	}
	left = d->at_ms - now_ms;
	if (left <= 0) {
		return 0;
	}
	return left < LONG_MAX ? (long)left : LONG_MAX;
}

long b24_deadline_left(const b24_deadline *d)
{
	return d ? b24_deadline_left_at(d, b24_deadline_now()) : LONG_MAX;
}

long b24_deadline_cap_at(const b24_deadline *d, long limit_ms, long long now_ms)
{
	long left = b24_deadline_left_at(d, now_ms);

	return limit_ms > 0 && limit_ms < left ? limit_ms : left;
}

/* The call's timeout as text: "2 s", "0.5 s". */
static double b24_deadline_seconds(const b24_deadline *d)
{
	return (double)d->timeout_ms / 1000.0;
}

int b24_deadline_check(b24_deadline *d, long need_ms, const char *step, b24_error *err)
{
	long left;

	if (!d) {
		return 0;
	}
	left = b24_deadline_left(d);
	if (left > 0 && left >= need_ms) {
		return 0;
	}
	d->ran_out = 1;
	b24_error_set(err, B24_E_TRANSPORT, B24_TIMEOUT, 0,
		"the call's timeout of %g s (waits, refreshes and repeats included) %s %s; nothing more was sent",
		b24_deadline_seconds(d), left > 0 ? "leaves too little time for" : "ran out before", step);
	return -1;
}

void b24_deadline_explain(const b24_deadline *d, b24_error *err)
{
	char text[sizeof(err->description)];

	if (!d || strcmp(err->code, B24_TIMEOUT) != 0) {
		return;
	}
	memcpy(text, err->description, sizeof(text));
	b24_error_set(err, err->kind, err->code, err->http_status,
		"the call's timeout of %g s (waits, refreshes and repeats included) ran out: %s",
		b24_deadline_seconds(d), text);
}
