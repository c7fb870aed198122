/*
 * b24: b24_call_batch(), CRest::callBatch() with its input and output: each
 * command is "method" or "method?<http_build_query(params)>", sent as
 * cmd[id] with halt, the decoded answer returned as is. Unlike CRest, more
 * than 50 commands are sent as several batch requests whose per-command maps
 * are merged, instead of being cut; a $result[id] reference to a command of
 * an earlier request, which the portal cannot resolve, gets its value from
 * the merged answer (b24_batch_plan.c, shared with B24Client::batch()).
 * This file merges the answers.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_batch_private.h"

static void b24_php_batch_merge_map(zval *into, zval *from)
{
	zend_string *key;
	zend_ulong idx;
	zval *value;

	if (Z_TYPE_P(from) != IS_ARRAY) {
		return;
	}
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(from), idx, key, value) {
		Z_TRY_ADDREF_P(value);
		if (key) {
			zend_hash_update(Z_ARRVAL_P(into), key, value);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(into), idx, value);
		}
	} ZEND_HASH_FOREACH_END();
}

static zval *b24_php_batch_result(zval *answer)
{
	zval *result = zend_hash_str_find(Z_ARRVAL_P(answer), ZEND_STRL("result"));

	return result && Z_TYPE_P(result) == IS_ARRAY ? result : NULL;
}

/*
 * Adds a later chunk's answer to the first: each per-command map of
 * "result" is merged by command id; "time" becomes the latest request's.
 */
static void b24_php_batch_merge(zval *merged, zval *answer)
{
	static const char *const maps[] = { "result", "result_error", "result_total", "result_next", "result_time" };
	zval *into = b24_php_batch_result(merged), *from = b24_php_batch_result(answer), *src, *dst, empty, *time;
	size_t i;

	if (!into || !from) {
		return;
	}
	SEPARATE_ARRAY(into);
	for (i = 0; i < sizeof(maps) / sizeof(maps[0]); i++) {
		if (!(src = zend_hash_str_find(Z_ARRVAL_P(from), maps[i], strlen(maps[i])))) {
			continue;
		}
		dst = zend_hash_str_find(Z_ARRVAL_P(into), maps[i], strlen(maps[i]));
		if (!dst || Z_TYPE_P(dst) != IS_ARRAY) {
			array_init(&empty);
			dst = zend_hash_str_update(Z_ARRVAL_P(into), maps[i], strlen(maps[i]), &empty);
		}
		SEPARATE_ARRAY(dst);
		b24_php_batch_merge_map(dst, src);
	}
	if ((time = zend_hash_str_find(Z_ARRVAL_P(answer), ZEND_STRL("time")))) {
		Z_TRY_ADDREF_P(time);
		zend_hash_str_update(Z_ARRVAL_P(merged), ZEND_STRL("time"), time);
	}
}

/* halt: a chunk with a failed command ends the batch, as the portal does inside one. */
static bool b24_php_batch_failed(zval *answer)
{
	zval *result = b24_php_batch_result(answer), *errors;

	if (!result) {
		return true;
	}
	errors = zend_hash_str_find(Z_ARRVAL_P(result), ZEND_STRL("result_error"));
	return errors && Z_TYPE_P(errors) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(errors)) > 0;
}

/* A later chunk failed as a whole: its error keys go next to what earlier chunks gave. */
static void b24_php_batch_add_error(zval *merged, zval *answer)
{
	zend_string *key;
	zval *value;

	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(answer), key, value) {
		if (key && strncmp(ZSTR_VAL(key), "error", 5) == 0) {
			Z_TRY_ADDREF_P(value);
			zend_hash_update(Z_ARRVAL_P(merged), key, value);
		}
	} ZEND_HASH_FOREACH_END();
}

/*
 * Folds one chunk's answer into the merged one. false when the batch ends
 * here: the request failed as a whole, or halt is set and a command failed.
 */
static bool b24_php_batch_fold(zval *merged, zval *answer, bool halt)
{
	bool failed = zend_hash_str_exists(Z_ARRVAL_P(answer), ZEND_STRL("error"));
	bool more = !failed && !(halt && b24_php_batch_failed(answer));

	if (Z_ISUNDEF_P(merged)) {
		ZVAL_COPY_VALUE(merged, answer);
		return more;
	}
	if (failed) {
		b24_php_batch_add_error(merged, answer);
	} else {
		b24_php_batch_merge(merged, answer);
	}
	zval_ptr_dtor(answer);
	return more;
}

/* The per-command results merged so far, for the references of the next request. */
static HashTable *b24_php_batch_results(zval *merged)
{
	zval *result = Z_ISUNDEF_P(merged) ? NULL : b24_php_batch_result(merged), *map;

	map = result ? zend_hash_str_find(Z_ARRVAL_P(result), ZEND_STRL("result")) : NULL;
	return map && Z_TYPE_P(map) == IS_ARRAY ? Z_ARRVAL_P(map) : NULL;
}

bool b24_php_batch_send(b24_php_client *pc, b24_php_batch_plan *plan, bool halt, zval *merged)
{
	zval params, answer;
	bool ok;

	while (b24_php_batch_left(plan) > 0) {
		b24_php_batch_next(plan, b24_php_batch_results(merged), halt, &params, NULL);
		ok = b24_php_call_answer(pc, "batch", Z_ARRVAL(params), 1, &answer);
		zval_ptr_dtor(&params);
		if (!ok) {
			return false;
		}
		if (!b24_php_batch_fold(merged, &answer, halt)) {
			break;
		}
	}
	return true;
}

PHP_FUNCTION(b24_call_batch)
{
	HashTable *calls;
	b24_php_batch_plan plan;
	bool halt = false;
	zval *client = NULL, merged;
	b24_php_client *pc;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(calls)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(halt)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_php_ce_Client)
	ZEND_PARSE_PARAMETERS_END();

	ok = b24_php_batch_plan_make(&plan, calls, false);
	if (ok && b24_php_batch_left(&plan) == 0) {
		b24_php_batch_plan_free(&plan);
		RETURN_EMPTY_ARRAY();
	}
	if (ok && !client && b24_php_default_not_installed()) {
		b24_php_batch_plan_free(&plan);
		b24_php_return_not_installed(return_value);
		return;
	}
	ZVAL_UNDEF(&merged);
	ok = ok && (pc = b24_php_pick_client(client)) && b24_php_batch_send(pc, &plan, halt, &merged);
	b24_php_batch_plan_free(&plan);
	if (!ok) {
		zval_ptr_dtor(&merged);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&merged);
}
