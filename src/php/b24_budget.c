/*
 * b24: the binding's side of the shared request budget: the rate store of
 * this process (opened on first use, kept for the process's life, because
 * clients only borrow it) and the pace settings from the b24.* INI values.
 * See src/core/b24_rate_store.h for the stores themselves.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_private.h"
#include "b24_rate_store.h"

/* One store per directory named so far: a client may still hold any of them. */
typedef struct b24_php_rate_opened {
	struct b24_php_rate_opened *next;
	b24_rate_store *store;
	char dir[1];
} b24_php_rate_opened;

/* The shared store of the INI directory; the local one when that is not usable. */
b24_rate_store *b24_php_budget_store(void)
{
	char buf[512];
	const char *dir = B24_G(runtime_dir) && B24_G(runtime_dir)[0] ? B24_G(runtime_dir)
		: b24_rate_default_dir(buf, sizeof(buf));
	b24_php_rate_opened *o;
	size_t len = strlen(dir);

	for (o = B24_G(rate_stores); o; o = o->next) {
		if (strcmp(o->dir, dir) == 0) {
			return o->store;
		}
	}
	o = pemalloc(sizeof(*o) + len, 1);
	memcpy(o->dir, dir, len + 1);
	o->store = b24_rate_shm_open(dir);
	if (!o->store) {
		o->store = b24_rate_local_new();
	}
	if (!o->store) {
		pefree(o, 1);
		return NULL;
	}
	o->next = B24_G(rate_stores);
	B24_G(rate_stores) = o;
	return o->store;
}

void b24_php_budget_shutdown(b24_php_rate_opened **list)
{
	while (*list) {
		b24_php_rate_opened *o = *list;

		*list = o->next;
		b24_rate_store_close(o->store);
		pefree(o, 1);
	}
}

/* Seconds (0..86400) as milliseconds. */
static long b24_php_budget_ms(double seconds)
{
	return (long) (seconds * 1000.0 + 0.5);
}

void b24_php_budget_defaults(b24_pace_config *p)
{
	b24_pace_config_init(p);
	p->store = b24_php_budget_store();
	b24_rate_parse(B24_G(rate_limit), &p->limit);   /* checked when set */
	p->wait_max_ms = b24_php_budget_ms(B24_G(rate_wait_max));
	p->retries = (int) B24_G(retries);
}

bool b24_php_budget_wait_max(double seconds, long *ms)
{
	if (!(seconds >= 0.0) || seconds > 86400.0) {
		return false;
	}
	*ms = b24_php_budget_ms(seconds);
	return true;
}
