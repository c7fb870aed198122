/*
 * b24_rate_store: where the request budgets of b24_rate live. Callers only
 * see this interface, so a store shared by several hosts (Redis: each
 * operation one script on the server's clock) plugs in without touching
 * them. Two stores exist:
 *
 *  - shared (b24_rate_shm_open()): a file of fixed slots mapped by every
 *    PHP process of the host that names the same directory (FPM children,
 *    CLI scripts, workers). See b24_rate_shm.c for its locking.
 *  - local (b24_rate_local_new()): the same table in this process's memory,
 *    for when the directory cannot be used (not creatable, not ours,
 *    Windows): the budget then only paces this process.
 *
 * Every operation takes the portal's key (b24_rate_hash() of its origin)
 * and is atomic for all users of the store. An operation that cannot get
 * at the store in time (a holder frozen in its critical section) returns -1
 * and the caller goes on without pacing: nothing stalls on it.
 */
#ifndef B24_RATE_STORE_H
#define B24_RATE_STORE_H

#include <stdint.h>
#include "b24_rate.h"

typedef struct b24_rate_store b24_rate_store;

typedef struct b24_rate_store_ops {
	const char *name;    /* "shared", "local" */
	/* b24_rate_reserve() on the portal's record. */
	int (*reserve)(b24_rate_store *st, const b24_rate_ask *ask, b24_rate_answer *ans);
	/* b24_rate_fill() on the portal's record. */
	int (*fill)(b24_rate_store *st, uint64_t portal, const b24_rate_limit *limit);
	/* b24_rate_note() on the portal's record. */
	int (*note)(b24_rate_store *st, uint64_t portal, uint64_t method, int64_t reset_at, int blocked);
	void (*close)(b24_rate_store *st);
} b24_rate_store_ops;

/* Every store starts with this; its ops do the rest. */
struct b24_rate_store {
	const b24_rate_store_ops *ops;
};

/* The clocks the stores of this host use. */
void b24_rate_clock(b24_rate_now *now);

/* Process-local store; NULL when out of memory. */
b24_rate_store *b24_rate_local_new(void);

/*
 * The shared store of `dir` (created mode 0700 when missing): the file
 * "<dir>/rate.v2" (mode 0600), mapped. NULL when the directory or the file
 * is not usable: not a directory, a symbolic link, owned by another user,
 * open to the group or others, not writable, a file of another layout.
 */
b24_rate_store *b24_rate_shm_open(const char *dir);

/* The default directory: "$TMPDIR/b24-<uid>" (or /tmp); "" on Windows. */
const char *b24_rate_default_dir(char *buf, size_t size);

static inline void b24_rate_store_close(b24_rate_store *st)
{
	if (st) {
		st->ops->close(st);
	}
}

#endif /* B24_RATE_STORE_H */
