/*
 * b24: answers to PHP values.
 *
 * The body is decoded by ext/json's own scanner and parser, so the result is
 * exactly json_decode($body, true). php_json_decode_ex() is not used because
 * it stores its status in JSON_G(error_code), which is the user's
 * json_last_error(). The builders below are the parser's defaults for
 * associative arrays with two differences that change no value: empty
 * containers are the shared immutable empty array until something is added,
 * and object keys that every answer repeats (envelope, time, common fields)
 * are replaced by interned strings made once in MINIT, so a page of fifty
 * rows does not allocate each field name fifty times. The builders also keep
 * the binding off php_json_parser_init(), whose signature changed in 8.3.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"

#include "b24_private.h"
#include "b24_json_budget.h"

/* Nesting depth json_decode() allows by default. */
#define B24_DECODE_DEPTH PHP_JSON_PARSER_DEFAULT_DEPTH

#define B24_JSON_KNOWN_KEYS(X) \
	X(result) X(time) X(total) X(next) X(error) X(error_description) \
	X(start) X(finish) X(duration) X(processing) X(date_start) X(date_finish) \
	X(operating) X(operating_reset_at) \
	X(result_error) X(result_total) X(result_next) X(result_time) \
	X(ID) X(TITLE) X(NAME) X(LAST_NAME) X(SECOND_NAME) X(EMAIL) X(PHONE) \
	X(VALUE) X(VALUE_TYPE) X(TYPE_ID) X(STATUS_ID) X(STAGE_ID) X(CATEGORY_ID) \
	X(OPPORTUNITY) X(CURRENCY_ID) X(COMMENTS) X(OPENED) X(CLOSED) X(SOURCE_ID) \
	X(COMPANY_ID) X(CONTACT_ID) X(ASSIGNED_BY_ID) X(CREATED_BY_ID) X(MODIFY_BY_ID) \
	X(DATE_CREATE) X(DATE_MODIFY) X(id) X(title)

/* name -> interned zend_string; filled in MINIT, read-only afterwards. */
static HashTable b24_php_json_keys;

void b24_php_decode_minit(void)
{
	zend_string *key;

	zend_hash_init(&b24_php_json_keys, 64, NULL, NULL, 1);
#define X(name) \
	key = zend_new_interned_string(zend_string_init(#name, sizeof(#name) - 1, 1)); \
	zend_hash_add_new_ptr(&b24_php_json_keys, key, key);
	B24_JSON_KNOWN_KEYS(X)
#undef X
}

void b24_php_decode_mshutdown(void)
{
	/* the interned strings themselves belong to the engine */
	zend_hash_destroy(&b24_php_json_keys);
}

static zend_always_inline void b24_php_json_separate(zval *container)
{
	if (!Z_REFCOUNTED_P(container)) {
		array_init(container);
	}
}

static int b24_php_json_array_create(php_json_parser *parser, zval *array)
{
	(void) parser;
	ZVAL_EMPTY_ARRAY(array);
	return SUCCESS;
}

static int b24_php_json_array_append(php_json_parser *parser, zval *array, zval *value)
{
	(void) parser;
	b24_php_json_separate(array);
	zend_hash_next_index_insert(Z_ARRVAL_P(array), value);
	return SUCCESS;
}

static int b24_php_json_object_update(php_json_parser *parser, zval *object, zend_string *key, zval *value)
{
	zend_string *known = zend_hash_find_ptr(&b24_php_json_keys, key);

	(void) parser;
	b24_php_json_separate(object);
	/* symtable: "123" becomes the integer key 123, as in json_decode() */
	zend_symtable_update(Z_ARRVAL_P(object), known ? known : key, value);
	zend_string_release_ex(key, 0);
	return SUCCESS;
}

static const php_json_parser_methods b24_php_json_methods = {
	b24_php_json_array_create,
	b24_php_json_array_append,
	NULL,
	NULL,
	b24_php_json_array_create,      /* objects are associative arrays */
	b24_php_json_object_update,
	NULL,
	NULL,
};

static bool b24_php_decode_depth(zval *out, const char *body, size_t len, int depth)
{
	php_json_parser parser;

	ZVAL_UNDEF(out);
	/* the core refuses an answer over the budget first; this covers every other text */
	if (UNEXPECTED(len == 0) || !b24_json_within_budget(body, len)) {
		return false;
	}
	php_json_parser_init_ex(&parser, out, body, len, PHP_JSON_OBJECT_AS_ARRAY, depth,
		&b24_php_json_methods);
	if (php_json_parse(&parser) != 0) {
		/* the parser has freed what it built before the error */
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

bool b24_php_decode_json(zval *out, const char *body, size_t len)
{
	return b24_php_decode_depth(out, body, len, B24_DECODE_DEPTH);
}

/* The envelope object is one level: its members may nest one level less. */
bool b24_php_decode_json_member(zval *out, const char *text, size_t len)
{
	return b24_php_decode_depth(out, text, len, B24_DECODE_DEPTH - 1);
}
