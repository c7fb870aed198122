/*
 * b24_rate: the arithmetic of the request budget that every PHP process of
 * a host shares per portal, on plain records that a store (b24_rate_store.h)
 * keeps. No I/O and no clock here: callers pass the time, so the unit tests
 * drive it exactly.
 *
 * The bucket is the portal's own model (a leaky bucket: `burst` requests,
 * draining `drain` a second), kept as a level and the monotonic time it was
 * taken at. A call reserves its place at once: the level rises by one and
 * the call learns how long to wait before sending (level above burst,
 * divided by the drain), so that waiting calls of many processes leave one
 * after another at the drain rate without asking again. A call that would
 * have to wait longer than it may reserves nothing.
 *
 * Methods blocked by OPERATION_TIME_LIMIT are kept per portal: the
 * operating_reset_at of the method's last success and, once the portal has
 * refused it, until when (Unix seconds) calls of that method wait.
 */
#ifndef B24_RATE_H
#define B24_RATE_H

#include <stddef.h>
#include <stdint.h>

/* The portal's figures: "50/2" for most plans, "250/5" for Enterprise. */
#define B24_RATE_DEFAULT "50/2"
/* Seconds a call may wait for its turn. */
#define B24_RATE_WAIT_MAX_MS 10000L
/* A refused method whose reset time is unknown waits one operating bucket. */
#define B24_RATE_BLOCK_FALLBACK 60
/* The operating window is ten minutes: a later reset time is not believed. */
#define B24_RATE_RESET_HORIZON 600
/*
 * Room of the burst kept in reserve: one request, plus what drains in
 * B24_RATE_LEAD seconds. A request reaches the portal a while after it
 * took its turn (a new connection's TCP and TLS handshakes come first);
 * while the portal's bucket is empty that delay is drain time lost (an
 * empty bucket stores no credit), so without a reserve the call that
 * leaves right after a late burst would find the portal's bucket full.
 */
#define B24_RATE_MARGIN 1.0
#define B24_RATE_LEAD 0.5
/* Methods remembered per portal, and portals per store (an app of many portals: 256 of 288 bytes). */
#define B24_RATE_METHODS 8
#define B24_RATE_SLOTS 256

typedef struct b24_rate_limit {
	double burst;            /* requests the bucket holds */
	double drain;            /* requests a second; <= 0: no bucket */
} b24_rate_limit;

/* The two clocks: the bucket runs on the monotonic one, method times are Unix times. */
typedef struct b24_rate_now {
	double mono;
	double unix_time;
} b24_rate_now;

typedef struct b24_rate_method {
	uint64_t hash;           /* b24_rate_hash() of the lower-cased name; 0 = free */
	int64_t reset_at;        /* operating_reset_at of its last success; 0 unknown */
	int64_t blocked_until;   /* OPERATION_TIME_LIMIT: no call before; 0 none */
	double used;             /* monotonic time of the last note, for replacement */
} b24_rate_method;

typedef struct b24_rate_slot {
	uint64_t key;            /* b24_rate_hash() of the portal origin; 0 = free */
	double level;            /* requests in the bucket at `stamp`, reservations included */
	double stamp;            /* monotonic seconds */
	double used;             /* monotonic time of the last use, for replacement */
	b24_rate_method methods[B24_RATE_METHODS];
} b24_rate_slot;

enum b24_rate_verdict {
	B24_RATE_GO = 0,         /* reserved: send after `wait` seconds */
	B24_RATE_HELD,           /* the method is blocked: wait `wait` seconds, then ask again */
	B24_RATE_BUSY,           /* the bucket has no room within wait_max; nothing reserved */
	B24_RATE_BLOCKED         /* the method is blocked past wait_max; nothing reserved */
};

/* One call asking for its turn. */
typedef struct b24_rate_ask {
	uint64_t portal;
	uint64_t method;
	b24_rate_limit limit;
	double wait_max;         /* seconds */
} b24_rate_ask;

typedef struct b24_rate_answer {
	enum b24_rate_verdict verdict;
	double wait;             /* GO, HELD: seconds to wait; otherwise seconds until the turn */
} b24_rate_answer;

/*
 * Parses "burst/drain" (positive numbers, e.g. "50/2", "250/5", "10/0.5")
 * or "0" / "" (off: drain 0). 0, or -1 for anything else.
 */
int b24_rate_parse(const char *text, b24_rate_limit *out);

/* FNV-1a of the bytes, ASCII letters lower-cased; never 0. */
uint64_t b24_rate_hash(const char *s, size_t len);

/*
 * The slot of `key` in a table of n slots: the one that has it, else a free
 * one, else the least recently used one (taken over empty).
 */
b24_rate_slot *b24_rate_table_slot(b24_rate_slot *slots, size_t n, uint64_t key,
	const b24_rate_now *now);

/*
 * The turn of one call: a blocked method first (no reservation while it
 * waits: the caller asks again after the wait), then the bucket.
 */
void b24_rate_reserve(b24_rate_slot *s, const b24_rate_ask *ask, const b24_rate_now *now,
	b24_rate_answer *ans);

/* QUERY_LIMIT_EXCEEDED: the portal's bucket is full whatever this one says. */
void b24_rate_fill(b24_rate_slot *s, const b24_rate_limit *limit, const b24_rate_now *now);

/*
 * A method's news: reset_at > 0 from a success (its operating_reset_at),
 * blocked != 0 for an OPERATION_TIME_LIMIT answer (blocked until the known
 * reset, else B24_RATE_BLOCK_FALLBACK seconds). A success lifts a block
 * that has passed.
 */
void b24_rate_note(b24_rate_slot *s, uint64_t method, int64_t reset_at, int blocked,
	const b24_rate_now *now);

/* Puts a record read from shared memory back in bounds (a writer may have died mid-way). */
void b24_rate_slot_repair(b24_rate_slot *s, const b24_rate_now *now);

#endif /* B24_RATE_H */
