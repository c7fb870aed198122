/*
 * b24_deadline: the time one call may take, all of it. A call's deadline is
 * fixed once, when it starts (now + the configured timeout, on the
 * monotonic clock), and every step of the call spends from it: the wait
 * for a turn in the request budget, each HTTP request (its connect and
 * total limits are the configured ones or the time left, whichever is
 * less), the wait for the token store's lock, the refresh, the repeat and
 * the backoff before a repeat. A step that finds no time left is not
 * started: the call fails with TRANSPORT B24_TIMEOUT and nothing of that
 * step is sent.
 *
 * The value is passed down to whatever sends (a transport, a refresh, a
 * multi transport) rather than kept anywhere global, so that requests of
 * different calls in flight at once each keep their own. NULL everywhere
 * means no deadline.
 */
#ifndef B24_DEADLINE_H
#define B24_DEADLINE_H

#include "b24_errors.h"

typedef struct b24_deadline {
	long long at_ms;          /* on b24_sock_now_ms()'s clock */
	long timeout_ms;          /* the call's whole timeout, for messages */
	int ran_out;              /* a step was refused for lack of time: it sent nothing */
} b24_deadline;

/* A deadline timeout_ms (> 0) after now_ms. */
void b24_deadline_init(b24_deadline *d, long timeout_ms, long long now_ms);
/* b24_deadline_init() from now on the monotonic clock. */
void b24_deadline_start(b24_deadline *d, long timeout_ms);
/* The monotonic clock the deadlines are on, in milliseconds. */
long long b24_deadline_now(void);

/* Milliseconds left at now_ms, 0 when over; LONG_MAX for NULL (no deadline). */
long b24_deadline_left_at(const b24_deadline *d, long long now_ms);
long b24_deadline_left(const b24_deadline *d);
/*
 * What a step bounded by its own limit_ms (<= 0: none) may take: the less
 * of that limit and the time left. 0 when the deadline is over.
 */
long b24_deadline_cap_at(const b24_deadline *d, long limit_ms, long long now_ms);

/*
 * Before a step that needs at least need_ms (0: any time at all): 0 when
 * that much is left, else -1 with TRANSPORT B24_TIMEOUT saying that `step`
 * was not started, and ran_out set. NULL always passes.
 */
int b24_deadline_check(b24_deadline *d, long need_ms, const char *step, b24_error *err);
/*
 * A request cut short by the deadline: err (a B24_TIMEOUT from the
 * transport) says that the call's timeout, not this request alone, ran out.
 */
void b24_deadline_explain(const b24_deadline *d, b24_error *err);

#endif /* B24_DEADLINE_H */
