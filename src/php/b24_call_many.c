/*
 * b24: b24_call_many() — many calls, of one portal or many, in flight at
 * once on the process's one curl_multi handle (src/core/b24_multi).
 *
 * The binding's part is the one of a single call: every entry is checked
 * and its parameters encoded before anything is sent (misuse throws, naming
 * the entry), the core runs the calls, and each answer is decoded (or its
 * error made an exception object) as it arrives, into the slot of its key.
 * The multi handle is kept in B24_G(multi) like the pool: created on first
 * use, scrubbed between requests (its connections closed with
 * b24.persistent = 0, its counts kept for b24_pool_stats()), freed in
 * MSHUTDOWN / GSHUTDOWN.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_attributes.h"

#include "b24_private.h"
#include "b24_batch_private.h"
#include "b24_multi.h"
B24_PHP_CODE_BEGIN
#include "b24_multi_arginfo.h"
B24_PHP_CODE_END

#define B24_PHP_MANY_CONCURRENCY 8

/* One checked entry of $calls: its key, its client, its method and encoded parameters. */
typedef struct b24_php_many_entry {
	zend_string *key;
	zend_ulong idx;
	b24_php_client *pc;
	zend_string *method;
	b24_buf body;
} b24_php_many_entry;

/* A run: the entries and the array of results being filled. */
typedef struct b24_php_many {
	b24_php_many_entry *entries;
	b24_multi_req *reqs;
	uint32_t count;
	zval *results;
} b24_php_many;

/* ---- the process's multi handle ----------------------------------------- */

b24_multi *b24_php_multi(b24_error *err)
{
	if (!B24_G(multi)) {
		B24_G(multi) = b24_multi_new(err);
	}
	if (B24_G(multi)) {
		b24_multi_set_idle(B24_G(multi), (long) B24_G(persistent_idle) * 1000L);
	}
	return B24_G(multi);
}

void b24_php_multi_rshutdown(void)
{
	if (!B24_G(multi)) {
		return;
	}
	if (B24_G(persistent)) {
		b24_multi_scrub(B24_G(multi));
	} else {
		b24_multi_clear(B24_G(multi));
	}
}

void b24_php_multi_shutdown(void)
{
	b24_multi_free(B24_G(multi));
	B24_G(multi) = NULL;
}

void b24_php_multi_minit(int type, int module_number)
{
	zend_register_functions(NULL, ext_functions, NULL, type);
	register_b24_multi_symbols(module_number);
}

/* ---- the arguments ------------------------------------------------------ */

static const b24_php_opt b24_php_many_opt_rows[] = {
	{ "concurrency", B24_PHP_OPT_INT, 0 },
};
static const b24_php_opts b24_php_many_opts = { b24_php_many_opt_rows, 1, "option" };

bool b24_php_concurrency(zval *value, int fallback, int max, uint32_t arg, int *out)
{
	*out = fallback;
	if (!value) {
		return true;
	}
	if (Z_LVAL_P(value) < 1 || Z_LVAL_P(value) > max) {
		zend_argument_value_error(arg, "option \"concurrency\" must be between 1 and %d", max);
		return false;
	}
	*out = (int) Z_LVAL_P(value);
	return true;
}

/* 'concurrency' of $options; false with the error thrown. */
static bool b24_php_many_options(HashTable *options, int *concurrency)
{
	zval *values[1];

	return b24_php_options_parse(options, &b24_php_many_opts, values, 2)
		&& b24_php_concurrency(values[0], B24_PHP_MANY_CONCURRENCY, B24_MULTI_MAX, 2, concurrency);
}

/* The client of an entry: a constructed B24Client at [0]; NULL with the error thrown. */
static b24_php_client *b24_php_many_client(HashTable *ht, const char *name)
{
	zval *client = zend_hash_index_find_deref(ht, 0);

	if (!client || Z_TYPE_P(client) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(client), b24_php_ce_Client)) {
		zend_argument_type_error(1, "entry %s element 0 must be of type B24Client, %s given", name,
			client ? zend_zval_type_name(client) : "none");
		return NULL;
	}
	return b24_php_client_from_zval(client);
}

/* The method at [1] and the parameters at [2] (absent or null: none); false with the error thrown. */
static bool b24_php_many_call(HashTable *ht, const char *name, zend_string **method, HashTable **params)
{
	zval *m = zend_hash_index_find_deref(ht, 1), *p = zend_hash_index_find_deref(ht, 2);

	if (!m || Z_TYPE_P(m) != IS_STRING) {
		zend_argument_type_error(1, "entry %s element 1 must be of type string, %s given", name,
			m ? zend_zval_type_name(m) : "none");
		return false;
	}
	if (!b24_client_method_valid(Z_STRVAL_P(m), Z_STRLEN_P(m))) {
		zend_argument_value_error(1, "entry %s element 1 must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)",
			name);
		return false;
	}
	if (p && Z_TYPE_P(p) != IS_NULL && Z_TYPE_P(p) != IS_ARRAY) {
		zend_argument_type_error(1, "entry %s element 2 must be of type array, %s given", name, zend_zval_type_name(p));
		return false;
	}
	*method = Z_STR_P(m);
	*params = p && Z_TYPE_P(p) == IS_ARRAY ? Z_ARRVAL_P(p) : (HashTable *) &zend_empty_array;
	return true;
}

/* One entry checked and its parameters encoded into e; false with the error thrown. */
static bool b24_php_many_entry_read(b24_php_many_entry *e, zend_string *key, zend_ulong idx, zval *entry)
{
	HashTable *params;
	char name[128];
	bool encoded;

	e->key = key;
	e->idx = idx;
	b24_php_batch_entry_name(key, idx, name, sizeof(name));
	ZVAL_DEREF(entry);
	if (Z_TYPE_P(entry) != IS_ARRAY) {
		zend_argument_type_error(1, "entry %s must be of type array, %s given", name, zend_zval_type_name(entry));
		return false;
	}
	if (!(e->pc = b24_php_many_client(Z_ARRVAL_P(entry), name))
			|| !b24_php_many_call(Z_ARRVAL_P(entry), name, &e->method, &params)) {
		return false;
	}
	encoded = e->pc->json ? b24_php_encode_json(&e->body, params, 1) : b24_php_encode_form(&e->body, params, 1);
	if (!encoded && !EG(exception)) {
		zend_throw_error(NULL, "Out of memory while encoding the parameters of entry %s", name);
	}
	return encoded;
}

/* Every entry of $calls into many, and a null result in its key's place; false with the error thrown. */
static bool b24_php_many_read(b24_php_many *many, HashTable *calls)
{
	zend_string *key;
	zend_ulong idx;
	zval *entry;
	uint32_t i = 0;

	ZEND_HASH_FOREACH_KEY_VAL(calls, idx, key, entry) {
		b24_php_many_entry *e = &many->entries[i];

		many->count = ++i;
		if (!b24_php_many_entry_read(e, key, idx, entry)) {
			return false;
		}
		many->reqs[i - 1].client = e->pc->core;
		many->reqs[i - 1].method = ZSTR_VAL(e->method);
		many->reqs[i - 1].body = e->body.data ? e->body.data : "";
		many->reqs[i - 1].body_len = e->body.len;
		many->reqs[i - 1].json = e->pc->json;
		if (key) {
			add_assoc_null_ex(many->results, ZSTR_VAL(key), ZSTR_LEN(key));
		} else {
			add_index_null(many->results, idx);
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* ---- the answers -------------------------------------------------------- */

bool b24_php_decode_result(const b24_response *resp, zval *out)
{
	zval envelope, *result;
	bool ok = false;

	if (b24_php_decode_json(&envelope, resp->body, resp->body_len) && Z_TYPE(envelope) == IS_ARRAY
			&& (result = zend_hash_str_find(Z_ARRVAL(envelope), ZEND_STRL("result"))) != NULL) {
		ZVAL_COPY(out, result);
		ok = true;
	}
	zval_ptr_dtor(&envelope);
	return ok;
}

/* A finished call (b24_multi_done): its result or its exception object in its key's place. */
static void b24_php_many_done(void *ctx, size_t index, int rc, const b24_response *resp, const b24_error *err)
{
	b24_php_many *many = ctx;
	b24_php_many_entry *e = &many->entries[index];
	b24_error decode_err;
	zval value;

	if (rc == 0 && !b24_php_decode_result(resp, &value)) {
		b24_error_set(&decode_err, B24_E_RESPONSE, B24_INVALID_JSON, resp->status,
			"the answer is not a JSON object with a result");
		b24_php_log_failure(e->pc, ZSTR_VAL(e->method), &decode_err);
		err = &decode_err;
		rc = -1;
	}
	if (rc != 0) {
		/* a store's exception belongs to this call's failure only */
		b24_php_exception_make(err, &value);
	}
	if (e->key) {
		zend_hash_update(Z_ARRVAL_P(many->results), e->key, &value);
	} else {
		zend_hash_index_update(Z_ARRVAL_P(many->results), e->idx, &value);
	}
	b24_php_store_drop_exception();
}

static void b24_php_many_free(b24_php_many *many)
{
	uint32_t i;

	for (i = 0; i < many->count; i++) {
		b24_buf_free(&many->entries[i].body);
	}
	efree(many->entries);
	efree(many->reqs);
}

PHP_FUNCTION(b24_call_many)
{
	HashTable *calls, *options = NULL;
	b24_php_many many;
	b24_multi *m;
	b24_error err;
	uint32_t i, n;
	int concurrency;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(calls)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24_php_many_options(options, &concurrency)) {
		RETURN_THROWS();
	}
	n = zend_hash_num_elements(calls);
	array_init_size(return_value, n);
	many.entries = ecalloc(n ? n : 1, sizeof(*many.entries));
	many.reqs = ecalloc(n ? n : 1, sizeof(*many.reqs));
	many.count = 0;
	many.results = return_value;
	ok = b24_php_many_read(&many, calls);
	if (ok && n > 0 && !(m = b24_php_multi(&err))) {
		b24_php_throw(&err);
		ok = false;
	}
	if (ok && n > 0) {
		for (i = 0; i < n; i++) {
			b24_php_log_attach(many.entries[i].pc);
		}
		b24_php_store_drop_exception();
		b24_multi_run(m, many.reqs, n, concurrency, b24_php_many_done, &many, &err);
		/* the loggers run now that the core has returned (b24_log.c) */
		ok = b24_php_log_flush();
	}
	b24_php_many_free(&many);
	if (!ok) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		RETURN_THROWS();
	}
}
