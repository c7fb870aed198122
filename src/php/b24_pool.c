/*
 * b24: the transports of one PHP request.
 *
 * Every client gets its transports from here (it is their
 * b24_transport_source), so all clients that talk to one portal origin with
 * the same transport options share one libcurl handle and therefore one
 * kept-alive TCP+TLS connection for the whole request. The table lives in
 * B24_G() and is emptied in RSHUTDOWN; the clients only borrow from it.
 * A pool that outlives requests would keep the same interface and move the
 * table to GINIT/GSHUTDOWN.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"

#include "b24_private.h"
#include "b24_url.h"

static void b24_pool_entry_dtor(zval *zv)
{
	b24_transport_free((b24_transport *) Z_PTR_P(zv));
}

/*
 * Transports are created with their options, so the key is the origin plus
 * every option that changes how the connection is made.
 */
static zend_string *b24_pool_key(const char *url, const b24_http_options *opts)
{
	b24_buf origin = B24_BUF_INIT;
	smart_str key = {0};

	if (b24_url_origin(url, strlen(url), &origin) != 0) {
		b24_buf_free(&origin);
		return NULL;
	}
	smart_str_appendl(&key, origin.data, origin.len);
	smart_str_append_printf(&key, "|%ld|%ld|%d|%d|%zu|", opts->connect_timeout_ms,
		opts->timeout_ms, opts->allow_http2, opts->verify_tls, opts->max_body);
	smart_str_appends(&key, opts->ca_file ? opts->ca_file : "");
	smart_str_appendc(&key, '|');
	smart_str_appends(&key, opts->user_agent ? opts->user_agent : "");
	b24_buf_free(&origin);
	return smart_str_extract(&key);
}

b24_transport *b24_pool_get(void *ctx, const char *url, const b24_http_options *opts,
	b24_error *err)
{
	zend_string *key;
	b24_transport *t;

	(void) ctx;
	key = b24_pool_key(url, opts);
	if (!key) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0, "not an absolute URL");
		return NULL;
	}
	if (!B24_G(transports)) {
		ALLOC_HASHTABLE(B24_G(transports));
		zend_hash_init(B24_G(transports), 4, NULL, b24_pool_entry_dtor, 0);
	}
	t = zend_hash_find_ptr(B24_G(transports), key);
	if (!t) {
		t = b24_transport_new(url, opts, err);
		if (t) {
			zend_hash_add_new_ptr(B24_G(transports), key, t);
		}
	}
	zend_string_release_ex(key, 0);
	return t;
}

void b24_pool_rshutdown(void)
{
	if (B24_G(transports)) {
		zend_hash_destroy(B24_G(transports));
		FREE_HASHTABLE(B24_G(transports));
		B24_G(transports) = NULL;
	}
}
