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

#include "php_b24_compat.h"
#include "zend_exceptions.h"

#include "b24_batch_private.h"
#include "b24_batch.h"
#include "b24_multi.h"

/* Requests of one batch() in flight at once, at most. */
#define B24_PHP_BATCH_MAX_CONCURRENCY 16

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

/* Requests of a batch in flight together: their parameters, ids and answers. */
typedef struct b24_php_batch_wave {
	size_t n;
	zval params[B24_PHP_BATCH_MAX_CONCURRENCY];
	HashTable ids[B24_PHP_BATCH_MAX_CONCURRENCY];
	b24_buf bodies[B24_PHP_BATCH_MAX_CONCURRENCY];
	zval batch[B24_PHP_BATCH_MAX_CONCURRENCY];     /* each answer's result, UNDEF when it failed */
	long status[B24_PHP_BATCH_MAX_CONCURRENCY];
	b24_error err[B24_PHP_BATCH_MAX_CONCURRENCY];
} b24_php_batch_wave;

/* The next requests that need no answer of each other: up to `concurrency`, at least one. */
static void b24_php_batch_wave_plan(b24_php_batch_plan *plan, zval *results, int concurrency, b24_php_batch_wave *w)
{
	size_t from = plan->sent;

	w->n = 0;
	do {
		zend_hash_init(&w->ids[w->n], B24_BATCH_MAX, NULL, ZVAL_PTR_DTOR, 0);
		b24_php_batch_next(plan, Z_ARRVAL_P(results), false, &w->params[w->n], &w->ids[w->n]);
		ZVAL_UNDEF(&w->batch[w->n]);
		b24_buf_init(&w->bodies[w->n]);
		w->n++;
	} while ((int) w->n < concurrency && b24_php_batch_left(plan) > 0 && !b24_php_batch_next_refers(plan, from));
}

static void b24_php_batch_wave_free(b24_php_batch_wave *w)
{
	size_t i;

	for (i = 0; i < w->n; i++) {
		zval_ptr_dtor(&w->params[i]);
		zend_hash_destroy(&w->ids[i]);
		b24_buf_free(&w->bodies[i]);
		zval_ptr_dtor(&w->batch[i]);
	}
}

/* A request's answer of the wave (b24_multi_done). */
static void b24_php_batch_wave_done(void *ctx, size_t i, int rc, const b24_response *resp, const b24_error *err)
{
	b24_php_batch_wave *w = ctx;

	w->status[i] = resp->status;
	if (rc != 0) {
		w->err[i] = *err;
	} else if (!b24_php_decode_result(resp, &w->batch[i])) {
		ZVAL_UNDEF(&w->batch[i]);
		b24_error_set(&w->err[i], B24_E_RESPONSE, B24_INVALID_JSON, resp->status,
			"the answer is not a JSON object with a result");
	}
}

/* The wave's requests sent together; their answers taken in order. false with the exception thrown. */
static bool b24_php_batch_wave_send(b24_php_client *pc, b24_php_batch_wave *w, zval *results)
{
	b24_multi_req reqs[B24_PHP_BATCH_MAX_CONCURRENCY];
	b24_multi *m;
	b24_error err;
	size_t i;

	for (i = 0; i < w->n; i++) {
		if (!(pc->json ? b24_php_encode_json(&w->bodies[i], Z_ARRVAL(w->params[i]), 1)
				: b24_php_encode_form(&w->bodies[i], Z_ARRVAL(w->params[i]), 1))) {
			if (!EG(exception)) {
				zend_throw_error(NULL, "Out of memory while encoding a batch request");
			}
			return false;
		}
		reqs[i] = (b24_multi_req) { pc->core, "batch", w->bodies[i].data ? w->bodies[i].data : "", w->bodies[i].len,
			pc->json };
		b24_error_clear(&w->err[i]);
	}
	if (!(m = b24_php_multi(&err))) {
		b24_php_throw(&err);
		return false;
	}
	b24_php_log_attach(pc);
	b24_multi_run(m, reqs, w->n, (int) w->n, b24_php_batch_wave_done, w, &err);
	if (!b24_php_log_flush()) {
		return false;
	}
	for (i = 0; i < w->n; i++) {
		if (Z_ISUNDEF(w->batch[i])) {
			b24_php_throw(&w->err[i]);
			return false;
		}
		b24_php_batch_take(&w->batch[i], &w->ids[i], w->status[i], false, results);
	}
	return true;
}

/* One request at a time, in order; false with the exception thrown. */
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

/*
 * Requests whose commands refer to none of each other's in flight
 * together, `concurrency` at most; results in command order. false with
 * the exception thrown.
 */
static bool b24_php_batch_run_parallel(b24_php_client *pc, b24_php_batch_plan *plan, int concurrency, zval *results)
{
	b24_php_batch_wave *w = emalloc(sizeof(*w));
	bool ok = true;

	while (ok && b24_php_batch_left(plan) > 0) {
		b24_php_batch_wave_plan(plan, results, concurrency, w);
		ok = b24_php_batch_wave_send(pc, w, results);
		b24_php_batch_wave_free(w);
	}
	efree(w);
	return ok;
}

static const b24_php_opt b24_php_batch_opt_rows[] = {
	{ "concurrency", B24_PHP_OPT_INT, 0 },
};
static const b24_php_opts b24_php_batch_opts = { b24_php_batch_opt_rows, 1, "option" };

/* $options: concurrency 1..B24_PHP_BATCH_MAX_CONCURRENCY (default 1); false with the error thrown. */
static bool b24_php_batch_options(HashTable *options, int *concurrency)
{
	zval *values[1];

	return b24_php_options_parse(options, &b24_php_batch_opts, values, 3)
		&& b24_php_concurrency(values[0], 1, B24_PHP_BATCH_MAX_CONCURRENCY, 3, concurrency);
}

PHP_METHOD(B24Client, batch)
{
	HashTable *calls, *options = NULL;
	bool halt = false;
	b24_php_client *pc;
	b24_php_batch_plan plan;
	int concurrency;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(calls)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(halt)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!(pc = b24_php_client_from_zval(ZEND_THIS)) || !b24_php_batch_options(options, &concurrency)) {
		RETURN_THROWS();
	}
	ok = b24_php_batch_plan_make(&plan, calls, true);
	array_init(return_value);
	/* halt stops at the first failed command: nothing after it may have been sent */
	if (ok && concurrency > 1 && !halt) {
		ok = b24_php_batch_run_parallel(pc, &plan, concurrency, return_value);
	} else {
		ok = ok && b24_php_batch_run(pc, &plan, halt, return_value);
	}
	b24_php_batch_plan_free(&plan);
	if (!ok) {
		RETURN_THROWS();
	}
}
