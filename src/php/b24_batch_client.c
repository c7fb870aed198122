/*
 * b24: B24Client::batch(), any number of commands with results keyed as the
 * commands. The requests and the references between them are the plan of
 * b24_batch_plan.c; this file reads each request's answer: a command's
 * result in its place, a failed command's error as a B24Exception object
 * there (thrown at once with halt), and a request that fails as a whole
 * thrown.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "b24_batch_private.h"
#include "b24_batch.h"

static zval *b24_php_batch_map(zval *batch, const char *name, size_t len)
{
	zval *map = Z_TYPE_P(batch) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(batch), name, len) : NULL;

	return map && Z_TYPE_P(map) == IS_ARRAY ? map : NULL;
}

static zval *b24_php_batch_entry_of(zval *map, zval *id)
{
	if (!map) {
		return NULL;
	}
	return Z_TYPE_P(id) == IS_STRING ? zend_hash_find(Z_ARRVAL_P(map), Z_STR_P(id))
		: zend_hash_index_find(Z_ARRVAL_P(map), (zend_ulong) Z_LVAL_P(id));
}

/* One command's outcome into *out: its result, or its error as an exception object. */
static void b24_php_batch_outcome(zval *batch, zval *id, long status, zval *out, bool *failed)
{
	zval *v;
	b24_error err;

	*failed = true;
	b24_error_clear(&err);
	if ((v = b24_php_batch_entry_of(b24_php_batch_map(batch, ZEND_STRL("result_error")), id))) {
		b24_php_error_of_command(v, status, &err);
	} else if ((v = b24_php_batch_entry_of(b24_php_batch_map(batch, ZEND_STRL("result")), id))) {
		*failed = false;
		ZVAL_COPY_DEREF(out, v);
		return;
	} else {
		b24_error_set(&err, B24_E_RESPONSE, B24_EMPTY_ANSWER, status, "the batch answer has no result for this command");
	}
	b24_php_exception_make(&err, out);
}

/* The answer of one request into results; false when halt threw a command's error. */
static bool b24_php_batch_take(zval *batch, HashTable *ids, long status, bool halt, zval *results)
{
	zval *id, outcome;
	bool failed;

	ZEND_HASH_FOREACH_VAL(ids, id) {
		b24_php_batch_outcome(batch, id, status, &outcome, &failed);
		if (failed && halt) {
			zend_throw_exception_object(&outcome);
			return false;
		}
		if (Z_TYPE_P(id) == IS_STRING) {
			zend_hash_update(Z_ARRVAL_P(results), Z_STR_P(id), &outcome);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(results), (zend_ulong) Z_LVAL_P(id), &outcome);
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* Sends every request in order; false with the exception thrown. */
static bool b24_php_batch_run(b24_php_client *pc, b24_php_batch_plan *plan, bool halt, zval *results)
{
	HashTable ids;
	zval params, batch;
	b24_response resp;
	b24_error err;
	b24_php_call_outcome outcome;
	bool ok = true;

	zend_hash_init(&ids, B24_BATCH_MAX, NULL, ZVAL_PTR_DTOR, 0);
	while (ok && b24_php_batch_left(plan) > 0) {
		zend_hash_clean(&ids);
		b24_php_batch_next(plan, Z_ARRVAL_P(results), halt, &params, &ids);
		outcome = b24_php_call(pc, "batch", Z_ARRVAL(params), 1, B24_PHP_DECODE_RESULT, &batch, &resp, &err);
		zval_ptr_dtor(&params);
		if (outcome == B24_PHP_CALL_FAILED) {
			b24_php_throw(&err);
		}
		ok = outcome == B24_PHP_CALL_OK && b24_php_batch_take(&batch, &ids, resp.status, halt, results);
		zval_ptr_dtor(&batch);
	}
	zend_hash_destroy(&ids);
	return ok;
}

/* No option yet: every key is unknown (concurrency is to come). */
static const b24_php_opts b24_php_batch_opts = { NULL, 0, "option" };

PHP_METHOD(B24Client, batch)
{
	HashTable *calls, *options = NULL;
	bool halt = false;
	b24_php_client *pc;
	b24_php_batch_plan plan;
	zval *values[1];
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(calls)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(halt)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!(pc = b24_php_client_from_zval(ZEND_THIS)) || !b24_php_options_parse(options, &b24_php_batch_opts, values, 3)) {
		RETURN_THROWS();
	}
	ok = b24_php_batch_plan_make(&plan, calls, true);
	array_init(return_value);
	ok = ok && b24_php_batch_run(pc, &plan, halt, return_value);
	b24_php_batch_plan_free(&plan);
	if (!ok) {
		RETURN_THROWS();
	}
}
