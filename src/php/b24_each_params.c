/*
 * b24: the parameters of B24Client::each(). The method's row of
 * catalog/lists.tsv says whether it takes a cursor; the caller's
 * parameters may still rule it out: an order other than by ID ascending,
 * or a >ID bound that is not an integer. With the cursor, order and the
 * caller's >ID / >=ID bound leave the parameters (the bound becomes the
 * first cursor) and the core adds its own; the ID key joins a select that
 * lacks it (both pagings need the IDs, the cursor for its bound, counted
 * paging for the loop guard) and is taken out of the items again.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_each_private.h"

typedef enum b24_php_each_bound {
	B24_PHP_EACH_NO_BOUND,
	B24_PHP_EACH_GT,
	B24_PHP_EACH_GE,
} b24_php_each_bound;

static bool b24_php_each_same(const char *s, size_t len, const char *name)
{
	size_t n = strlen(name);

	return len == n && zend_binary_strcasecmp(s, len, name, n) == 0;
}

static bool b24_php_each_key_is(const zend_string *key, const char *name)
{
	return key && b24_php_each_same(ZSTR_VAL(key), ZSTR_LEN(key), name);
}

/* >ID or >=ID (the method's ID key, any case), else none. */
static b24_php_each_bound b24_php_each_bound_of(const zend_string *key, const char *id)
{
	if (!key || ZSTR_LEN(key) < 2 || ZSTR_VAL(key)[0] != '>') {
		return B24_PHP_EACH_NO_BOUND;
	}
	if (ZSTR_VAL(key)[1] == '=') {
		return b24_php_each_same(ZSTR_VAL(key) + 2, ZSTR_LEN(key) - 2, id) ? B24_PHP_EACH_GE : B24_PHP_EACH_NO_BOUND;
	}
	return b24_php_each_same(ZSTR_VAL(key) + 1, ZSTR_LEN(key) - 1, id) ? B24_PHP_EACH_GT : B24_PHP_EACH_NO_BOUND;
}

/* A <ID or <=ID key of filter (the method's ID key, any case). */
static bool b24_php_each_upper(HashTable *filter, const char *id)
{
	zend_string *key;
	size_t skip;

	ZEND_HASH_FOREACH_STR_KEY(filter, key) {
		if (!key || ZSTR_LEN(key) < 2 || ZSTR_VAL(key)[0] != '<') {
			continue;
		}
		skip = ZSTR_VAL(key)[1] == '=' ? 2 : 1;
		if (b24_php_each_same(ZSTR_VAL(key) + skip, ZSTR_LEN(key) - skip, id)) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

bool b24_php_each_int(zval *v, long long *out)
{
	zend_long l;

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_LONG) {
		*out = (long long) Z_LVAL_P(v);
		return true;
	}
	if (Z_TYPE_P(v) == IS_STRING && is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), &l, NULL, false) == IS_LONG) {
		*out = (long long) l;
		return true;
	}
	return false;
}

/* The order is empty or by the ID key ascending alone. */
static bool b24_php_each_order_by_id(HashTable *order, const char *id)
{
	zend_string *key;
	zval *dir;

	ZEND_HASH_FOREACH_STR_KEY_VAL(order, key, dir) {
		ZVAL_DEREF(dir);
		if (!b24_php_each_key_is(key, id) || Z_TYPE_P(dir) != IS_STRING
				|| !zend_string_equals_literal_ci(Z_STR_P(dir), "asc")) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The caller's >ID / >=ID bounds as the first cursor; false when one is not an integer. */
static bool b24_php_each_after(HashTable *filter, const char *id, long long *after)
{
	zend_string *key;
	zval *value;
	b24_php_each_bound bound;
	long long v;

	ZEND_HASH_FOREACH_STR_KEY_VAL(filter, key, value) {
		if ((bound = b24_php_each_bound_of(key, id)) == B24_PHP_EACH_NO_BOUND) {
			continue;
		}
		if (!b24_php_each_int(value, &v)) {
			return false;
		}
		v = bound == B24_PHP_EACH_GE ? v - 1 : v;
		*after = v > *after ? v : *after;
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* select names the ID key or "*". */
static bool b24_php_each_selects_id(HashTable *select, const char *id)
{
	zval *v;

	ZEND_HASH_FOREACH_VAL(select, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) == IS_STRING && (b24_php_each_same(Z_STRVAL_P(v), Z_STRLEN_P(v), id)
				|| zend_string_equals_literal(Z_STR_P(v), "*"))) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* order, filter and select must be arrays; start is each()'s own. */
static bool b24_php_each_check(HashTable *params)
{
	static const char *const arrays[] = { "order", "filter", "select" };
	zend_string *key;
	zval *v;
	size_t i;

	ZEND_HASH_FOREACH_STR_KEY_VAL(params, key, v) {
		ZVAL_DEREF(v);
		if (b24_php_each_key_is(key, "start")) {
			zend_argument_value_error(2, "must not contain \"start\": each() pages the list itself");
			return false;
		}
		for (i = 0; i < sizeof(arrays) / sizeof(arrays[0]); i++) {
			if (b24_php_each_key_is(key, arrays[i]) && Z_TYPE_P(v) != IS_ARRAY) {
				char shown[B24_PHP_MSG_VALUE_SIZE];

				zend_argument_type_error(2, "key \"%s\" must be of type array, %s given", b24_php_msg_value(shown, key),
					zend_zval_type_name(v));
				return false;
			}
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The array value of a key of params (any case), or NULL. */
static HashTable *b24_php_each_find(HashTable *params, const char *name)
{
	zend_string *key;
	zval *v;

	ZEND_HASH_FOREACH_STR_KEY_VAL(params, key, v) {
		ZVAL_DEREF(v);
		if (b24_php_each_key_is(key, name) && Z_TYPE_P(v) == IS_ARRAY) {
			return Z_ARRVAL_P(v);
		}
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

/* Cursor or counted, the first cursor, and whether the ID key joins select. */
static void b24_php_each_decide(b24_php_each_plan *plan, HashTable *params)
{
	HashTable *order = b24_php_each_find(params, "order"), *filter = b24_php_each_find(params, "filter");
	HashTable *select = b24_php_each_find(params, "select");
	const char *id = plan->method.filter_id;

	plan->paging = plan->method.paging;
	if ((order && !b24_php_each_order_by_id(order, id)) || (filter && !b24_php_each_after(filter, id, &plan->after_id))) {
		plan->paging = B24_LIST_COUNTED;
	}
	if (plan->paging == B24_LIST_COUNTED) {
		plan->after_id = 0;
	}
	plan->remove_id = select && zend_hash_num_elements(select) > 0 && !b24_php_each_selects_id(select, id);
	plan->upper_bound = filter && b24_php_each_upper(filter, id);
}

/* The filter without the caller's >ID bounds (the cursor takes their place). */
static void b24_php_each_filter_copy(HashTable *filter, const char *id, zval *out)
{
	zend_string *key;
	zend_ulong idx;
	zval *v;

	array_init_size(out, zend_hash_num_elements(filter));
	ZEND_HASH_FOREACH_KEY_VAL(filter, idx, key, v) {
		if (b24_php_each_bound_of(key, id) != B24_PHP_EACH_NO_BOUND) {
			continue;
		}
		Z_TRY_ADDREF_P(v);
		if (key) {
			zend_hash_add_new(Z_ARRVAL_P(out), key, v);
		} else {
			zend_hash_index_add_new(Z_ARRVAL_P(out), idx, v);
		}
	} ZEND_HASH_FOREACH_END();
}

/* One parameter as it is sent: NULL when left out, else a new reference in *tmp or the value. */
static zval *b24_php_each_param(const b24_php_each_plan *plan, zend_string *key, zval *v, zval *tmp)
{
	bool cursor = plan->paging == B24_LIST_CURSOR;

	ZVAL_DEREF(v);
	if (cursor && b24_php_each_key_is(key, "order")) {
		return NULL;
	}
	if (cursor && b24_php_each_key_is(key, "filter")) {
		b24_php_each_filter_copy(Z_ARRVAL_P(v), plan->method.filter_id, tmp);
		return tmp;
	}
	if (plan->remove_id && b24_php_each_key_is(key, "select")) {
		ZVAL_ARR(tmp, zend_array_dup(Z_ARRVAL_P(v)));
		add_next_index_string(tmp, plan->method.filter_id);
		return tmp;
	}
	Z_TRY_ADDREF_P(v);
	return v;
}

/* The parameters that are sent, form-encoded into plan->base. */
static bool b24_php_each_encode(b24_php_each_plan *plan, HashTable *params)
{
	HashTable send;
	zend_string *key;
	zend_ulong idx;
	zval *v, tmp, *out;
	bool ok;

	zend_hash_init(&send, zend_hash_num_elements(params), NULL, ZVAL_PTR_DTOR, 0);
	ZEND_HASH_FOREACH_KEY_VAL(params, idx, key, v) {
		if (!(out = b24_php_each_param(plan, key, v, &tmp))) {
			continue;
		}
		if (key) {
			zend_hash_add_new(&send, key, out);
		} else {
			zend_hash_index_add_new(&send, idx, out);
		}
	} ZEND_HASH_FOREACH_END();
	ok = b24_php_encode_form(&plan->base, &send, 2);
	zend_hash_destroy(&send);
	if (!ok && !EG(exception)) {
		zend_throw_error(NULL, "Out of memory while encoding the parameters");
	}
	return ok;
}

bool b24_php_each_plan_make(b24_php_each_plan *plan, const zend_string *method, HashTable *params)
{
	b24_buf_init(&plan->base);
	plan->after_id = 0;
	b24_list_method_find(ZSTR_VAL(method), ZSTR_LEN(method), &plan->method);
	if (!b24_php_each_check(params)) {
		return false;
	}
	b24_php_each_decide(plan, params);
	return b24_php_each_encode(plan, params);
}
