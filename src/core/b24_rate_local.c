/*
 * b24_rate_local: the store in this process's memory, and the clocks.
 * See b24_rate_store.h.
 */
#if defined(__linux__) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE)
/* clock_gettime() under -std=c99 */
# define _DEFAULT_SOURCE 1
#endif

#include <stdlib.h>
#include <time.h>
#ifdef _WIN32
# include <windows.h>
#endif

#include "b24_rate_store.h"

typedef struct b24_rate_local {
	b24_rate_store base;
	b24_rate_slot slots[B24_RATE_SLOTS];
} b24_rate_local;

void b24_rate_clock(b24_rate_now *now)
{
#ifdef _WIN32
	now->mono = (double)GetTickCount64() / 1000.0;
	now->unix_time = (double)time(NULL);
#else
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	now->mono = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
	clock_gettime(CLOCK_REALTIME, &ts);
	now->unix_time = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
#endif
}

static b24_rate_slot *b24_rate_local_slot(b24_rate_store *st, uint64_t portal, b24_rate_now *now)
{
	b24_rate_local *l = (b24_rate_local *)st;

	b24_rate_clock(now);
	return b24_rate_table_slot(l->slots, B24_RATE_SLOTS, portal, now);
}

static int b24_rate_local_reserve(b24_rate_store *st, const b24_rate_ask *ask, b24_rate_answer *ans)
{
	b24_rate_now now;

	b24_rate_reserve(b24_rate_local_slot(st, ask->portal, &now), ask, &now, ans);
	return 0;
}

static int b24_rate_local_fill(b24_rate_store *st, uint64_t portal, const b24_rate_limit *limit)
{
	b24_rate_now now;

	b24_rate_fill(b24_rate_local_slot(st, portal, &now), limit, &now);
	return 0;
}

static int b24_rate_local_note(b24_rate_store *st, uint64_t portal, uint64_t method, int64_t reset_at,
	int blocked)
{
	b24_rate_now now;

	b24_rate_note(b24_rate_local_slot(st, portal, &now), method, reset_at, blocked, &now);
	return 0;
}

static void b24_rate_local_close(b24_rate_store *st)
{
	free(st);
}

static const b24_rate_store_ops b24_rate_local_ops = {
	"local", b24_rate_local_reserve, b24_rate_local_fill, b24_rate_local_note, b24_rate_local_close
};

b24_rate_store *b24_rate_local_new(void)
{
	b24_rate_local *l = calloc(1, sizeof(*l));

	if (!l) {
		return NULL;
	}
	l->base.ops = &b24_rate_local_ops;
	return &l->base;
}
