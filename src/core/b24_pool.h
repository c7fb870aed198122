/*
 * b24_pool: the transports of one process (or thread), kept from one PHP
 * request to the next so that a portal's connection, TLS session and DNS
 * answer serve every later request of the worker.
 *
 * One transport per key: the origin (scheme://host:port) plus every option
 * that decides what a connection trusts and speaks — verify_tls, ca_file,
 * allow_http2 — so a connection verified under one setting never serves
 * another, and a request for one portal never goes out on another's
 * connection. Timeouts, the size cap and the user agent are applied per
 * request by the client (b24_transport_configure()) and keep the connection.
 *
 * Bounds: at most `max` keys (the least recently used transport is freed to
 * make room); each transport closes a connection that has been idle for
 * idle_ms instead of reusing it (b24_transport_set_idle()).
 *
 * Between requests b24_pool_scrub() forgets what the last request left in
 * the transports (answer buffers, every libcurl option). A child of fork()
 * finds the pool of its parent: the first use in the child frees every
 * transport without touching the parent's connections and starts counting
 * from zero.
 *
 * The generation moves whenever a transport handed out is freed: a client
 * that kept a transport together with the generation may use it again while
 * the generation has not moved (b24_transport_source). Not thread-safe: one
 * pool per thread.
 */
#ifndef B24_POOL_H
#define B24_POOL_H

#include <stddef.h>
#include "b24_errors.h"
#include "b24_http.h"

typedef struct b24_pool b24_pool;

/* What the pool has done in this process (transports freed since included). */
typedef struct b24_pool_counts {
	long kept;             /* transports (keys) held now */
	long connections;      /* connections open now */
	long connects;         /* connections opened */
	long reused;           /* requests answered on a connection kept from an earlier one */
	long dropped_idle;     /* connections closed for having been idle longer than the limit */
	long evicted;          /* transports freed to make room for another key */
	long refused_repeats;  /* libcurl's repeat of a write that had reached the server, refused */
	long retries;          /* repeats by the client (b24_transport_note_retry) */
	long requests;         /* requests sent */
} b24_pool_counts;

/* max >= 1 keys; idle_ms (0: no limit of b24's own). NULL when out of memory. */
b24_pool *b24_pool_new(size_t max, long idle_ms);
void b24_pool_free(b24_pool *p);
/* New bounds; transports beyond max (least recently used first) are freed. */
void b24_pool_set_limits(b24_pool *p, size_t max, long idle_ms);
/*
 * The transport for origin (b24_url_origin() of url) and the trust options
 * of opts, made from url and opts when there is none; the pool owns it.
 */
b24_transport *b24_pool_get(b24_pool *p, const char *origin, size_t origin_len, const char *url,
	const b24_http_options *opts, b24_error *err);
/* Moves whenever a transport handed out was freed (in a child of fork(): all of them). */
unsigned long b24_pool_generation(b24_pool *p);
/* b24_transport_scrub() of every transport: called between requests. */
void b24_pool_scrub(b24_pool *p);
/* Frees every transport (per-request mode, or a child of fork()). */
void b24_pool_clear(b24_pool *p);
void b24_pool_stats(b24_pool *p, b24_pool_counts *out);
/* The origin of the i-th transport kept (most recently used first), NULL past the end. */
const char *b24_pool_origin_at(const b24_pool *p, size_t i);

#endif /* B24_POOL_H */
