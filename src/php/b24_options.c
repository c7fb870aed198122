/*
 * b24: the one reader of the option arrays of the API (B24Client's config,
 * and the $options of the placement methods).
 *
 * One rule for every array: keys are matched without regard to ASCII case,
 * so the upper-case REST spellings (TITLE, LANG_ALL, ...) and the documented
 * lower-case ones both work; two keys that differ only in case are refused,
 * as are keys that are not strings and keys of no row. A null value counts as
 * absent. Everything else is a ValueError/TypeError naming the argument.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_private.h"

static const char *b24_php_opt_type_name(b24_php_opt_type type)
{
	switch (type) {
		case B24_PHP_OPT_STRING:
		case B24_PHP_OPT_HEADER: return "string";
		case B24_PHP_OPT_BOOL: return "bool";
		case B24_PHP_OPT_INT: return "int";
		case B24_PHP_OPT_NUMBER: return "int|float";
		case B24_PHP_OPT_ARRAY: return "array";
		case B24_PHP_OPT_OBJECT: return "object";
		case B24_PHP_OPT_CALLABLE: return "callable";
		case B24_PHP_OPT_STORE: return "string|B24TokenStore";
	}
	return "mixed";
}

static bool b24_php_opt_type_ok(const zval *value, b24_php_opt_type type)
{
	switch (type) {
		case B24_PHP_OPT_STRING:
		case B24_PHP_OPT_HEADER: return Z_TYPE_P(value) == IS_STRING;
		case B24_PHP_OPT_BOOL: return Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE;
		case B24_PHP_OPT_INT: return Z_TYPE_P(value) == IS_LONG;
		case B24_PHP_OPT_NUMBER: return Z_TYPE_P(value) == IS_LONG || Z_TYPE_P(value) == IS_DOUBLE;
		case B24_PHP_OPT_ARRAY: return Z_TYPE_P(value) == IS_ARRAY;
		case B24_PHP_OPT_OBJECT: return Z_TYPE_P(value) == IS_OBJECT;
		case B24_PHP_OPT_CALLABLE: return zend_is_callable((zval *) value, 0, NULL);
		case B24_PHP_OPT_STORE:
			return Z_TYPE_P(value) == IS_STRING
				|| (Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), b24_php_ce_TokenStore));
	}
	return false;
}

/*
 * The bytes a string of this type must not hold (besides NUL, which ends
 * the set), or NULL for a type that is not a string. Every string option
 * becomes a C string (a path, URL, token or name) that would end at a NUL,
 * silently dropping the rest; a header value with CR or LF would add header
 * lines of the caller's choosing.
 */
static const char *b24_php_opt_refused(b24_php_opt_type type, const char **what)
{
	switch (type) {
		case B24_PHP_OPT_STRING:
		case B24_PHP_OPT_STORE:     /* a path when a string */
			*what = "any null bytes";
			return "";
		case B24_PHP_OPT_HEADER:
			*what = "CR, LF or NUL bytes";
			return "\r\n";
		default:
			return NULL;
	}
}

/* A string value free of the bytes its type refuses, else false with the error thrown. */
static bool b24_php_opt_bytes_ok(const b24_php_opts *spec, const b24_php_opt *row, const zval *value,
	uint32_t arg)
{
	const char *what, *refused = b24_php_opt_refused(row->type, &what);
	size_t len;

	if (!refused || Z_TYPE_P(value) != IS_STRING) {
		return true;
	}
	len = Z_STRLEN_P(value);
	/* strcspn stops at NUL too: a stop short of the end is a refused byte */
	if (strcspn(Z_STRVAL_P(value), refused) == len) {
		return true;
	}
	zend_argument_value_error(arg, "%s \"%s\" must not contain %s", spec->noun, row->name, what);
	return false;
}

/* The row of a key, or NULL. */
static const b24_php_opt *b24_php_opt_find(const b24_php_opts *spec, const zend_string *key)
{
	size_t i, len;

	for (i = 0; i < spec->count; i++) {
		len = strlen(spec->table[i].name);
		if (ZSTR_LEN(key) == len && zend_binary_strcasecmp(ZSTR_VAL(key), len, spec->table[i].name, len) == 0) {
			return &spec->table[i];
		}
	}
	return NULL;
}

/* One key and its value: the row it names, or NULL with the error thrown. */
static const b24_php_opt *b24_php_opt_check(const b24_php_opts *spec, zend_string *key, zval *value,
	uint64_t seen, uint32_t arg)
{
	const b24_php_opt *row;
	char shown[B24_PHP_MSG_VALUE_SIZE];

	if (!key) {
		zend_argument_value_error(arg, "must have string keys");
		return NULL;
	}
	if (!(row = b24_php_opt_find(spec, key))) {
		zend_argument_value_error(arg, "contains the unknown %s \"%s\"", spec->noun, b24_php_msg_value(shown, key));
		return NULL;
	}
	if (seen & ((uint64_t) 1 << row->target)) {
		zend_argument_value_error(arg, "contains the %s \"%s\" twice (%ss are case-insensitive)",
			spec->noun, row->name, spec->noun);
		return NULL;
	}
	if (Z_TYPE_P(value) != IS_NULL && !b24_php_opt_type_ok(value, row->type)) {
		zend_argument_type_error(arg, "%s \"%s\" must be of type %s, %s given", spec->noun,
			b24_php_msg_value(shown, key), b24_php_opt_type_name(row->type), zend_zval_type_name(value));
		return NULL;
	}
	if (!b24_php_opt_bytes_ok(spec, row, value, arg)) {
		return NULL;
	}
	return row;
}

bool b24_php_options_parse(HashTable *ht, const b24_php_opts *spec, zval **values, uint32_t arg)
{
	zend_string *key;
	zval *value;
	const b24_php_opt *row;
	uint64_t seen = 0;

	ZEND_ASSERT(spec->count <= 64);
	memset(values, 0, sizeof(zval *) * spec->count);
	if (!ht) {
		return true;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL_IND(ht, key, value) {
		ZVAL_DEREF(value);
		if (!(row = b24_php_opt_check(spec, key, value, seen, arg))) {
			memset(values, 0, sizeof(zval *) * spec->count);
			return false;
		}
		seen |= (uint64_t) 1 << row->target;
		values[row->target] = Z_TYPE_P(value) == IS_NULL ? NULL : value;
	} ZEND_HASH_FOREACH_END();
	return true;
}
