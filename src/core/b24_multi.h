/*
 * b24_multi: many method calls in flight at once, of one portal or of many,
 * on one curl_multi handle that the process keeps from call to call (as it
 * keeps the pool's transports).
 *
 * Every call is the call b24_client_call() makes, step by step:
 *  - its request is built by its client (b24_client_build_into()) and its
 *    answer classified by it (b24_client_answer()): same bodies, same
 *    envelope rules, same errors;
 *  - before each attempt it takes a turn in the budget of its own portal
 *    (b24_pace_reserve()) and is added to the multi handle only when the
 *    turn has come, so the budget is never exceeded however many calls wait;
 *  - a failed attempt goes again as b24_pace_retry() decides
 *    (QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT, transport failures: a write
 *    only when nothing was sent);
 *  - expired_token: when its client's token is still the one the request
 *    carried, the call goes through b24_client_rounds(), the single-flight
 *    refresh and repeat of a single call (the other calls of the portal wait
 *    meanwhile: the refresh holds the store's lock); when the client already
 *    holds a newer token, another call of the same client renewed it, and the
 *    call is sent again with that one (the portal ran nothing).
 *
 * Transfers: each request in flight has a lane of its own (a b24_transport:
 * libcurl easy handle, options, buffers), and all lanes share the multi
 * handle's connection cache. Lanes offer HTTP/2 over TLS
 * (CURL_HTTP_VERSION_2TLS, whatever the client's allow_http2, which keeps a
 * single call's one connection on HTTP/1.1): where the portal takes it the
 * requests of a portal multiplex on one connection (CURLOPT_PIPEWAIT: a
 * request waits for the connection being opened rather than open its own);
 * over HTTP/1.1 they use several connections. Connections stay open for the
 * next run. Writes are sent on one connection at
 * most (B24_HTTP_SHARED).
 *
 * Not shared between threads; curl_global_init() is the caller's business.
 */
#ifndef B24_MULTI_H
#define B24_MULTI_H

#include <stddef.h>
#include "b24_client.h"
#include "b24_pool.h"

/* Requests in flight at once, at most (the lanes of a multi handle). */
#define B24_MULTI_MAX 64

typedef struct b24_multi b24_multi;

/* NULL with err when libcurl cannot make a multi handle. */
b24_multi *b24_multi_new(b24_error *err);
/* Closes its connections and frees the lanes; NULL is fine. */
void b24_multi_free(b24_multi *m);
/*
 * Between PHP requests: each lane forgets its last answer and options
 * (b24_transport_scrub()), the connections stay.
 */
void b24_multi_scrub(b24_multi *m);
/*
 * A connection idle for idle_ms or longer is not used again (the pool's
 * b24.persistent_idle; rounded up to seconds, libcurl's unit). 0: libcurl's
 * own 118 s.
 */
void b24_multi_set_idle(b24_multi *m, long idle_ms);
/*
 * Closes the connections and frees the lanes, keeping the counts (per-request
 * mode); the next run makes a new handle. Does nothing during a run.
 */
void b24_multi_clear(b24_multi *m);
/*
 * Adds to out what the lanes have done in this process (b24_pool_counts'
 * meanings: requests, connections opened and open now, reuses, ...), so that
 * one set of counts covers both the pool and the multi handle. A child of
 * fork() counts from zero from its first run.
 */
void b24_multi_stats(const b24_multi *m, b24_pool_counts *out);

/* One call of a run: the client it goes through and what it sends. */
typedef struct b24_multi_req {
	b24_client *client;
	const char *method;
	const char *body;             /* encoded parameters; must outlive the run */
	size_t body_len;
	int json;
} b24_multi_req;

/*
 * A finished call: rc 0 with resp (its body valid only during the callback)
 * or -1 with err, resp as far as an answer arrived. Called once per call,
 * in the order the calls finish. It must not run a call of b24 itself.
 */
typedef void (*b24_multi_done)(void *ctx, size_t index, int rc, const b24_response *resp,
	const b24_error *err);

/*
 * Runs the n calls with at most `concurrency` (1..B24_MULTI_MAX, others are
 * clamped) waiting for a turn or in flight at once, started in index order.
 * Every call ends in `done`. 0, or -1 with err when the run cannot start
 * (out of memory; another run of m under way, from a token store's method
 * that a refresh of this run called): every call then ends with that error.
 */
int b24_multi_run(b24_multi *m, const b24_multi_req *reqs, size_t n, int concurrency,
	b24_multi_done done, void *ctx, b24_error *err);

#endif /* B24_MULTI_H */
