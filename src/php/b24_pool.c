/*
 * b24: the transports of this PHP process (this thread under ZTS), kept
 * from one PHP request to the next.
 *
 * Every client gets its transports from here (it is their
 * b24_transport_source): one per portal origin and trust settings, so all
 * clients that talk to one portal share one libcurl handle and therefore one
 * kept-alive TCP+TLS connection, for the whole request and, with
 * b24.persistent = 1 (the default), for the later requests of the worker.
 * The table is the core's b24_pool, malloc'd, created on first use and freed
 * in MSHUTDOWN / GSHUTDOWN. Between requests (RSHUTDOWN) it is scrubbed:
 * answer buffers freed, every libcurl option reset (b24_pool_scrub()); with
 * b24.persistent = 0 it is emptied instead, as b24 did before persistence.
 *
 * The clients only borrow transports: they keep the one they got together
 * with the pool's generation, which moves whenever the pool frees a
 * transport, so a transport is never used once freed.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "ext/standard/info.h"

#include "b24_private.h"
#include "b24_pool.h"
#include "b24_multi.h"

static b24_pool *b24_php_pool(b24_error *err)
{
	if (!B24_G(pool)) {
		B24_G(pool) = b24_pool_new((size_t) B24_G(persistent_max), B24_G(persistent_idle) * 1000L);
		if (!B24_G(pool)) {
			b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		}
	}
	return B24_G(pool);
}

void b24_php_pool_apply_limits(void)
{
	if (B24_G(pool)) {
		b24_pool_set_limits(B24_G(pool), (size_t) B24_G(persistent_max), B24_G(persistent_idle) * 1000L);
	}
}

static b24_transport *b24_php_pool_get(void *ctx, const char *origin, size_t origin_len, const char *url,
	const b24_http_options *opts, b24_error *err)
{
	b24_pool *pool = b24_php_pool(err);

	(void) ctx;
	return pool ? b24_pool_get(pool, origin, origin_len, url, opts, err) : NULL;
}

static unsigned long b24_php_pool_generation(void *ctx)
{
	(void) ctx;
	return B24_G(pool) ? b24_pool_generation(B24_G(pool)) : 0;
}

void b24_php_pool_source(b24_transport_source *source)
{
	source->get = b24_php_pool_get;
	source->generation = b24_php_pool_generation;
	source->ctx = NULL;
}

void b24_php_pool_rshutdown(void)
{
	if (!B24_G(pool)) {
		return;
	}
	if (B24_G(persistent)) {
		b24_pool_scrub(B24_G(pool));
	} else {
		b24_pool_clear(B24_G(pool));
	}
}

void b24_php_pool_shutdown(void)
{
	b24_pool_free(B24_G(pool));
	B24_G(pool) = NULL;
}

/* Counts of this process; the origins are scheme://host:port, never a path. */
static void b24_php_pool_fill(zval *out, b24_pool_counts *c)
{
	zval origins;
	const char *o;
	size_t i;

	array_init(&origins);
	for (i = 0; B24_G(pool) && (o = b24_pool_origin_at(B24_G(pool), i)) != NULL; i++) {
		add_next_index_string(&origins, o);
	}
	array_init_size(out, 12);
	add_assoc_bool(out, "persistent", B24_G(persistent));
	add_assoc_long(out, "max", B24_G(persistent_max));
	add_assoc_long(out, "idle", B24_G(persistent_idle));
	add_assoc_zval(out, "origins", &origins);
	add_assoc_long(out, "connections", c->connections);
	add_assoc_long(out, "opened", c->connects);
	add_assoc_long(out, "reused", c->reused);
	add_assoc_long(out, "dropped_idle", c->dropped_idle);
	add_assoc_long(out, "evicted", c->evicted);
	add_assoc_long(out, "refused_repeats", c->refused_repeats);
	add_assoc_long(out, "retries", c->retries);
	add_assoc_long(out, "requests", c->requests);
}

static void b24_php_pool_counts_now(b24_pool_counts *c)
{
	memset(c, 0, sizeof(*c));
	if (B24_G(pool)) {
		b24_pool_stats(B24_G(pool), c);
	}
	/* b24_call_many()'s connections are the process's too */
	if (B24_G(multi)) {
		b24_multi_stats(B24_G(multi), c);
	}
}

PHP_FUNCTION(b24_pool_stats)
{
	b24_pool_counts c;

	ZEND_PARSE_PARAMETERS_NONE();
	b24_php_pool_counts_now(&c);
	b24_php_pool_fill(return_value, &c);
}

static void b24_php_pool_info_row(const char *name, long value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%ld", value);
	php_info_print_table_row(2, name, buf);
}

void b24_php_pool_minfo(void)
{
	b24_pool_counts c;

	b24_php_pool_counts_now(&c);
	php_info_print_table_start();
	php_info_print_table_header(2, "Kept connections (this process)", B24_G(persistent) ? "persistent" : "per request");
	b24_php_pool_info_row("origins kept", c.kept);
	b24_php_pool_info_row("connections open", c.connections);
	b24_php_pool_info_row("connections opened", c.connects);
	b24_php_pool_info_row("requests reused a connection", c.reused);
	b24_php_pool_info_row("dropped idle", c.dropped_idle);
	b24_php_pool_info_row("evicted", c.evicted);
	b24_php_pool_info_row("repeats refused", c.refused_repeats);
	b24_php_pool_info_row("retries", c.retries);
	php_info_print_table_end();
}
