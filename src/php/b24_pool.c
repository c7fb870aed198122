/*
 * b24: the transports of one PHP request.
 *
 * Every client gets its transports from here (it is their
 * b24_transport_source), so all clients that talk to one portal origin share
 * one libcurl handle and therefore one kept-alive TCP+TLS connection for the
 * whole request: exactly one transport per origin (scheme + host + port).
 * Each client applies its own options to it before each of its requests
 * (b24_transport_configure(): timeouts and the user agent keep the
 * connection, other trust settings drop it).
 *
 * The table lives in B24_G() and is emptied in RSHUTDOWN; the clients only
 * borrow from it. Clients keep the transport they got together with the
 * pool's generation, which RSHUTDOWN moves on, so a transport is never used
 * once the pool has freed it. A pool that outlives requests would keep the
 * same interface and move the table to GINIT/GSHUTDOWN.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"

#include "b24_private.h"

static void b24_php_pool_entry_dtor(zval *zv)
{
	b24_transport_free((b24_transport *) Z_PTR_P(zv));
}

static b24_transport *b24_php_pool_get(void *ctx, const char *origin, size_t origin_len, const char *url,
	const b24_http_options *opts, b24_error *err)
{
	b24_transport *t;

	(void) ctx;
	if (origin_len == 0) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0, "not an absolute URL");
		return NULL;
	}
	if (!B24_G(transports)) {
		ALLOC_HASHTABLE(B24_G(transports));
		zend_hash_init(B24_G(transports), 4, NULL, b24_php_pool_entry_dtor, 0);
	}
	t = zend_hash_str_find_ptr(B24_G(transports), origin, origin_len);
	if (!t) {
		t = b24_transport_new(url, opts, err);
		if (t) {
			zend_hash_str_add_new_ptr(B24_G(transports), origin, origin_len, t);
		}
	}
	return t;
}

static unsigned long b24_php_pool_generation(void *ctx)
{
	(void) ctx;
	return B24_G(pool_generation);
}

void b24_php_pool_source(b24_transport_source *source)
{
	source->get = b24_php_pool_get;
	source->generation = b24_php_pool_generation;
	source->ctx = NULL;
}

void b24_php_pool_rshutdown(void)
{
	if (B24_G(transports)) {
		zend_hash_destroy(B24_G(transports));
		FREE_HASHTABLE(B24_G(transports));
		B24_G(transports) = NULL;
	}
	/* every transport handed out so far is gone */
	B24_G(pool_generation)++;
}
