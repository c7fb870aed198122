/*
 * b24_pool: a bounded, least-recently-used table of transports that lives
 * as long as the process. See b24_pool.h.
 */
#include <stdlib.h>
#include <string.h>

#include "b24_pool.h"
#include "b24_sock.h"

typedef struct b24_pool_entry {
	b24_buf key;              /* origin "\n" trust options */
	b24_transport *t;
	unsigned long long used;  /* pool tick of the last b24_pool_get() */
} b24_pool_entry;

struct b24_pool {
	b24_pool_entry *entries;  /* entries[0 .. n): most recently used first */
	size_t n;
	size_t max;
	long idle_ms;
	unsigned long generation;
	long pid;
	b24_transport_counts retired;  /* what freed transports had done */
	long evicted;
};

b24_pool *b24_pool_new(size_t max, long idle_ms)
{
	b24_pool *p = calloc(1, sizeof(*p));

	if (!p) {
		return NULL;
	}
	p->max = max ? max : 1;
	p->entries = calloc(p->max, sizeof(*p->entries));
	if (!p->entries) {
		free(p);
		return NULL;
	}
	p->idle_ms = idle_ms;
	p->pid = b24_sock_pid();
	return p;
}

/* Frees the entry at i (its counts kept in retired) and closes the gap. */
static void b24_pool_drop(b24_pool *p, size_t i)
{
	b24_transport_stats_add(p->entries[i].t, &p->retired);
	b24_transport_free(p->entries[i].t);
	b24_buf_free(&p->entries[i].key);
	memmove(&p->entries[i], &p->entries[i + 1], (p->n - i - 1) * sizeof(*p->entries));
	p->n--;
	memset(&p->entries[p->n], 0, sizeof(*p->entries));
	p->generation++;
}

void b24_pool_clear(b24_pool *p)
{
	while (p->n) {
		b24_pool_drop(p, p->n - 1);
	}
}

void b24_pool_free(b24_pool *p)
{
	if (!p) {
		return;
	}
	b24_pool_clear(p);
	free(p->entries);
	free(p);
}

/* A child of fork() starts empty and counts its own work. */
static void b24_pool_check_process(b24_pool *p)
{
	long pid = b24_sock_pid();

	if (p->pid == pid) {
		return;
	}
	b24_pool_clear(p);
	memset(&p->retired, 0, sizeof(p->retired));
	p->evicted = 0;
	p->pid = pid;
}

void b24_pool_set_limits(b24_pool *p, size_t max, long idle_ms)
{
	b24_pool_entry *grown;
	size_t i;

	max = max ? max : 1;
	while (p->n > max) {
		b24_pool_drop(p, p->n - 1);
		p->evicted++;
	}
	if (max > p->max) {
		grown = realloc(p->entries, max * sizeof(*p->entries));
		if (grown) {
			memset(&grown[p->max], 0, (max - p->max) * sizeof(*grown));
			p->entries = grown;
			p->max = max;
		}
	} else {
		p->max = max;
	}
	p->idle_ms = idle_ms;
	for (i = 0; i < p->n; i++) {
		b24_transport_set_idle(p->entries[i].t, idle_ms);
	}
}

/* origin "\n" verify "\n" http version "\n" CA file: what a connection was made under. */
static int b24_pool_key(b24_buf *key, const char *origin, size_t origin_len, const b24_http_options *o)
{
	b24_buf_append(key, origin, origin_len);
	b24_buf_append_str(key, o && !o->verify_tls ? "\nnoverify" : "\nverify");
	b24_buf_append_str(key, o && o->allow_http2 ? "\nh2" : "\nh1");
	b24_buf_append_str(key, "\n");
	b24_buf_append_str(key, o && o->ca_file ? o->ca_file : "");
	return b24_buf_ok(key) ? 0 : -1;
}

/* Moves entry i to the front (most recently used). */
static void b24_pool_touch(b24_pool *p, size_t i)
{
	b24_pool_entry e = p->entries[i];

	memmove(&p->entries[1], &p->entries[0], i * sizeof(*p->entries));
	p->entries[0] = e;
}

static b24_transport *b24_pool_add(b24_pool *p, b24_buf *key, const char *url,
	const b24_http_options *opts, b24_error *err)
{
	b24_transport *t = b24_transport_new(url, opts, err);

	if (!t) {
		return NULL;
	}
	if (p->n == p->max) {
		b24_pool_drop(p, p->n - 1);
		p->evicted++;
	}
	b24_transport_set_idle(t, p->idle_ms);
	memmove(&p->entries[1], &p->entries[0], p->n * sizeof(*p->entries));
	p->entries[0].key = *key;
	p->entries[0].t = t;
	p->n++;
	*key = (b24_buf) B24_BUF_INIT;
	return t;
}

b24_transport *b24_pool_get(b24_pool *p, const char *origin, size_t origin_len, const char *url,
	const b24_http_options *opts, b24_error *err)
{
	b24_buf key = B24_BUF_INIT;
	b24_transport *t = NULL;
	size_t i;

	b24_pool_check_process(p);
	if (origin_len == 0 || b24_pool_key(&key, origin, origin_len, opts) != 0) {
		b24_buf_free(&key);
		b24_error_set(err, origin_len ? B24_E_TRANSPORT : B24_E_API,
			origin_len ? B24_NO_MEMORY : B24_INVALID_ARGUMENT, 0,
			origin_len ? "out of memory" : "not an absolute URL");
		return NULL;
	}
	for (i = 0; i < p->n; i++) {
		if (p->entries[i].key.len == key.len && memcmp(p->entries[i].key.data, key.data, key.len) == 0) {
			b24_pool_touch(p, i);
			t = p->entries[0].t;
			break;
		}
	}
	if (!t) {
		t = b24_pool_add(p, &key, url, opts, err);
	}
	b24_buf_free(&key);
	return t;
}

unsigned long b24_pool_generation(b24_pool *p)
{
	/* a client asks this first: in a child of fork() nothing of the parent may serve */
	b24_pool_check_process(p);
	return p->generation;
}

void b24_pool_scrub(b24_pool *p)
{
	size_t i;

	b24_pool_check_process(p);
	for (i = 0; i < p->n; i++) {
		b24_transport_scrub(p->entries[i].t);
	}
}

void b24_pool_stats(b24_pool *p, b24_pool_counts *out)
{
	b24_transport_counts sum = p->retired;
	size_t i;

	b24_pool_check_process(p);
	sum = p->retired;
	memset(out, 0, sizeof(*out));
	for (i = 0; i < p->n; i++) {
		b24_transport_stats_add(p->entries[i].t, &sum);
		out->connections += b24_transport_connections(p->entries[i].t);
	}
	out->kept = (long) p->n;
	out->connects = sum.connects;
	out->requests = sum.requests;
	out->reused = sum.reused;
	out->dropped_idle = sum.dropped_idle;
	out->refused_repeats = sum.refused_repeats;
	out->retries = sum.retries;
	out->evicted = p->evicted;
}

const char *b24_pool_origin_at(const b24_pool *p, size_t i)
{
	return i < p->n ? b24_transport_origin(p->entries[i].t) : NULL;
}
