/*
 * b24_pace: the loop around one call's attempts. Before each attempt the
 * call takes its turn in the portal's shared budget (b24_rate_store.h),
 * waiting rather than being refused; after a failed attempt it decides
 * whether and when to send again:
 *
 *  - QUERY_LIMIT_EXCEEDED (the portal ran nothing): the shared bucket is
 *    marked full and the call takes a new turn; any method, writes too.
 *  - OPERATION_TIME_LIMIT: the method is blocked in the store until its
 *    known operating_reset_at (successes record it), and the call waits
 *    for that when it may, else fails with retry_after.
 *  - transport failures: b24_retry.h; at most `retries` repeats.
 *
 * Waits for turns (bucket, blocked method) of one call add up to at most
 * wait_max_ms, and never beyond the call's deadline (b24_deadline.h); a
 * turn further away fails the call at once with a LIMIT error whose
 * retry_after says when a call could go. The deadline also bounds the
 * attempts: none starts, and no backoff is slept, past it.
 */
#ifndef B24_PACE_H
#define B24_PACE_H

#include <stddef.h>
#include <stdint.h>
#include "b24_deadline.h"
#include "b24_errors.h"
#include "b24_log.h"
#include "b24_rate.h"
#include "b24_rate_store.h"

typedef struct b24_pace_config {
	b24_rate_store *store;   /* NULL: no budget and no method blocks (not owned) */
	b24_rate_limit limit;    /* drain 0: no bucket (method blocks still apply) */
	long wait_max_ms;        /* < 0: B24_RATE_WAIT_MAX_MS; 0: never wait */
	int retries;             /* repeats after transport failures; < 0: B24_RETRY_DEFAULT */
} b24_pace_config;

/* No store, no bucket, the default wait and retries. */
void b24_pace_config_init(b24_pace_config *p);

/*
 * One attempt: 0 with the success body in *body and *len (valid until the
 * next attempt), or -1 with err. Every attempt after the first of a call is
 * a repeat; the caller counts it (b24_client_call(): on its transport).
 */
typedef int (*b24_pace_attempt)(void *ctx, const char **body, size_t *len, b24_error *err);

typedef struct b24_pace_call {
	uint64_t portal;         /* b24_rate_hash() of the origin */
	/*
	 * The method as the portal counts its operating time: per application
	 * or webhook (b24_pace_method_key()).
	 */
	uint64_t method_key;
	const char *method;
	int readonly;            /* b24_retry_readonly() of method, asked once per call */
	b24_pace_attempt attempt;
	void *ctx;
	/*
	 * The call's deadline, which the attempts spend from as well (NULL:
	 * none). An attempt refused by it (ran_out) ends the call as it is.
	 */
	b24_deadline *deadline;
	/* warnings of waits and repeats go here (NULL: none), about `where` */
	const b24_log_sink *log;
	b24_log_where where;
} b24_pace_call;

/* b24_rate_hash() of "<identity> <method>"; identity: the webhook base or the client_id. */
uint64_t b24_pace_method_key(const char *identity, const char *method);

/*
 * What a client last told the store of a success (method and reset time):
 * the same news again is not worth a locked operation. Zero it to start.
 */
typedef struct b24_pace_memo {
	uint64_t method_key;
	int64_t reset_at;
} b24_pace_memo;

/* Runs the attempts of one call: 0, or -1 with err (the last failure, or the LIMIT error). */
int b24_pace_run(const b24_pace_config *p, b24_pace_memo *memo, const b24_pace_call *call,
	b24_error *err);

/*
 * The steps of b24_pace_run() without its sleeps, for a caller that keeps
 * many calls in flight at once (b24_multi.h) and waits for all of them in
 * one place. One state per call, started with b24_pace_begin().
 */
typedef struct b24_pace_state {
	double deadline;         /* monotonic: waits for turns end here (rate_wait_max) */
	int repeats;             /* transport repeats so far */
	int attempts;            /* repeats of any cause so far */
	int rounds;
} b24_pace_state;

/* What a reservation says: send after the wait, or ask again after it. */
enum b24_pace_verdict {
	B24_PACE_SEND = 0,
	B24_PACE_ASK = 1
};

void b24_pace_begin(const b24_pace_config *p, b24_pace_state *st);
/*
 * The call's turn, taken in the store before every attempt: an enum
 * b24_pace_verdict with the wait in *wait (seconds), or -1 with a LIMIT
 * error when the turn lies beyond wait_max.
 */
int b24_pace_reserve(const b24_pace_config *p, const b24_pace_call *call, b24_pace_state *st,
	double *wait, b24_error *err);
/*
 * After a failed attempt (err): 1 when the call is attempted again, after
 * *delay seconds and a new turn; 0 when it fails with err.
 */
int b24_pace_retry(const b24_pace_config *p, b24_pace_memo *memo, const b24_pace_call *call,
	b24_pace_state *st, double *delay, b24_error *err);
/* A successful attempt's body: the method's operating_reset_at goes to the store when new. */
void b24_pace_success(const b24_pace_config *p, b24_pace_memo *memo, const b24_pace_call *call,
	const char *body, size_t len);

/*
 * The operating_reset_at of a success body: its last "operating_reset_at"
 * member (time comes last in portal answers). 0 when absent.
 */
int64_t b24_pace_reset_at(const char *body, size_t len);

#endif /* B24_PACE_H */
