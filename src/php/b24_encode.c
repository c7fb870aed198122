/*
 * b24: PHP parameters to request bodies.
 *
 * The form body is what http_build_query($params) gives with PHP's defaults
 * (ext/standard/http.c): the walk below mirrors PHP's — order kept, null,
 * resources and empty arrays omitted, an array met again inside itself
 * skipped, objects by their public properties, enums as the running PHP
 * treats them — and the bytes come from the core's b24_form primitives.
 * Unlike PHP's, the walk stops at B24_FORM_MAX_DEPTH nested arrays (the
 * nesting json_encode() allows), a ValueError, long before the C stack ends
 * (PHP's own http_build_query() overflows it at about 50,000 levels).
 * The JSON body is json_encode() of each value inside a top-level object,
 * so that the core can add "auth" to it.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "zend_enum.h"

#include "b24_private.h"
#include "b24_form.h"
#include "b24_json_out.h"

/* Arrays and objects nested in each other, the parameters array included. */
#define B24_FORM_MAX_DEPTH 512

typedef struct b24_php_form {
	b24_buf *body;
	b24_buf key;
	uint32_t arg_num;   /* the parameters' argument, for the ValueError */
	unsigned depth;
} b24_php_form;

static bool b24_php_form_walk(b24_php_form *f, HashTable *ht, bool nested, bool is_object);

/* Only public properties are sent: mangled names belong to private or protected ones. */
static zend_always_inline bool b24_php_form_skip_property(const zend_string *name)
{
	return ZSTR_LEN(name) > 0 && ZSTR_VAL(name)[0] == '\0';
}

static bool b24_php_form_key(b24_buf *key, bool nested, zend_string *name, zend_ulong idx)
{
	bool root = !nested;

	if (name) {
		return (root ? b24_form_key_root(key, ZSTR_VAL(name), ZSTR_LEN(name))
			: b24_form_key_push(key, ZSTR_VAL(name), ZSTR_LEN(name))) == 0;
	}
	return (root ? b24_form_key_root_index(key, (long long) idx)
		: b24_form_key_push_index(key, (long long) idx)) == 0;
}

zend_string *b24_php_float_text(double d)
{
	/* 8.5 warns inside the conversion itself: a NAN is spelt here, as PHP spells it */
	return zend_isnan(d) ? zend_string_init("NAN", 3, 0) : zend_double_to_str(d);
}

static bool b24_php_form_scalar(b24_buf *body, const b24_buf *key, zval *value)
{
	zend_string *str;
	int rc;

	switch (Z_TYPE_P(value)) {
		case IS_STRING:
			rc = b24_form_pair(body, key->data, key->len, Z_STRVAL_P(value), Z_STRLEN_P(value));
			break;
		case IS_LONG:
			rc = b24_form_pair_long(body, key->data, key->len, (long long) Z_LVAL_P(value));
			break;
		case IS_TRUE:
			rc = b24_form_pair(body, key->data, key->len, "1", 1);
			break;
		case IS_FALSE:
			rc = b24_form_pair(body, key->data, key->len, "0", 1);
			break;
		default:
			/* a float: null, arrays and objects never come here */
			str = b24_php_float_text(Z_DVAL_P(value));
			rc = b24_form_pair(body, key->data, key->len, ZSTR_VAL(str), ZSTR_LEN(str));
			zend_string_release(str);
			break;
	}
	return rc == 0;
}

static bool b24_php_form_nested(b24_php_form *f, HashTable *parent, zval *value)
{
	HashTable *child = Z_TYPE_P(value) == IS_ARRAY ? Z_ARRVAL_P(value) : Z_OBJPROP_P(value);
	bool protect = !(GC_FLAGS(parent) & GC_IMMUTABLE);
	bool ok;

	if (f->depth >= B24_FORM_MAX_DEPTH) {
		zend_argument_value_error(f->arg_num, "is nested deeper than %d levels", B24_FORM_MAX_DEPTH);
		return false;
	}
	if (protect) {
		GC_PROTECT_RECURSION(parent);
	}
	f->depth++;
	ok = b24_php_form_walk(f, child, true, Z_TYPE_P(value) == IS_OBJECT);
	f->depth--;
	if (protect) {
		GC_UNPROTECT_RECURSION(parent);
	}
	return ok;
}

/*
 * An enum where PHP sends it as a value (B24_FORM_ENUM_AS_VALUE): the
 * backing value, or NULL with a ValueError for a unit enum.
 */
static zval *b24_php_form_enum_value(zval *value)
{
	zend_class_entry *ce = Z_OBJCE_P(value);

	if (ce->enum_backing_type == IS_UNDEF) {
		zend_value_error("Unbacked enum %s cannot be converted to a string", ZSTR_VAL(ce->name));
		return NULL;
	}
	return zend_enum_fetch_case_value(Z_OBJ_P(value));
}

static bool b24_php_form_walk(b24_php_form *f, HashTable *ht, bool nested, bool is_object)
{
	zend_string *name;
	zend_ulong idx;
	zval *value;
	size_t mark = f->key.len;

	if (!ht || GC_IS_RECURSIVE(ht)) {
		return true;
	}
	ZEND_HASH_FOREACH_KEY_VAL_IND(ht, idx, name, value) {
		if (is_object && name && b24_php_form_skip_property(name)) {
			continue;
		}
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) == IS_NULL || Z_TYPE_P(value) == IS_RESOURCE) {
			continue;
		}
		if (B24_FORM_ENUM_AS_VALUE && Z_TYPE_P(value) == IS_OBJECT
				&& (Z_OBJCE_P(value)->ce_flags & ZEND_ACC_ENUM) && !(value = b24_php_form_enum_value(value))) {
			return false;
		}
		if (!b24_php_form_key(&f->key, nested, name, idx)) {
			return false;
		}
		if (Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_OBJECT) {
			if (!b24_php_form_nested(f, ht, value)) {
				return false;
			}
		} else if (!b24_php_form_scalar(f->body, &f->key, value)) {
			return false;
		}
		b24_buf_truncate(&f->key, mark);
	} ZEND_HASH_FOREACH_END();
	return true;
}

bool b24_php_encode_form(b24_buf *body, HashTable *params, uint32_t arg_num)
{
	b24_php_form f = { body, B24_BUF_INIT, arg_num, 1 };
	bool ok = b24_php_form_walk(&f, params, false, false);

	b24_buf_free(&f.key);
	return ok && b24_buf_ok(body);
}

/* json_encode() flags of JSON bodies: the server reads UTF-8 and plain slashes. */
#define B24_JSON_FLAGS (PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE)

bool b24_php_json_encode_quiet(smart_str *out, zval *value, int flags)
{
	B24_JSON_ERROR_STATE saved = B24_JSON_G_ERROR;
	bool ok = php_json_encode_ex(out, value, flags, PHP_JSON_PARSER_DEFAULT_DEPTH) == SUCCESS
		&& B24_JSON_G_ERROR_CODE == PHP_JSON_ERROR_NONE;

	B24_JSON_G_ERROR = saved;
	return ok;
}

/* One value through ext/json's encoder, appended to body. */
static bool b24_php_json_value(b24_buf *body, zval *value)
{
	smart_str out = {0};
	bool ok = b24_php_json_encode_quiet(&out, value, B24_JSON_FLAGS);

	if (ok && out.s) {
		ok = b24_buf_append(body, ZSTR_VAL(out.s), ZSTR_LEN(out.s)) == 0;
	}
	smart_str_free(&out);
	return ok;
}

/*
 * Names the parameter that JSON cannot carry, unless a jsonSerialize()
 * already threw; a key that is not UTF-8 is not printed as is.
 */
static void b24_php_json_error(uint32_t arg_num, zend_string *name, zend_ulong idx)
{
	if (EG(exception)) {
		return;
	}
	if (!name) {
		zend_argument_value_error(arg_num, "cannot be encoded as JSON (key " ZEND_ULONG_FMT ")", idx);
	} else if (b24_utf8_valid(ZSTR_VAL(name), ZSTR_LEN(name), NULL)) {
		char shown[B24_PHP_MSG_VALUE_SIZE];

		zend_argument_value_error(arg_num, "cannot be encoded as JSON (key \"%s\")", b24_php_msg_value(shown, name));
	} else {
		zend_argument_value_error(arg_num, "cannot be encoded as JSON (a key that is not UTF-8)");
	}
}

bool b24_php_encode_json(b24_buf *body, HashTable *params, uint32_t arg_num)
{
	zend_string *name;
	zend_ulong idx;
	zval *value;
	bool first = true;
	int rc;

	b24_buf_append_char(body, '{');
	ZEND_HASH_FOREACH_KEY_VAL_IND(params, idx, name, value) {
		if (!first) {
			b24_buf_append_char(body, ',');
		}
		first = false;
		if (name) {
			rc = b24_json_key(body, ZSTR_VAL(name), ZSTR_LEN(name), B24_JSON_UNESCAPED_SLASHES | B24_JSON_UNESCAPED_UNICODE);
		} else {
			b24_buf_append_char(body, '"');
			b24_buf_append_long(body, (long long) idx);
			rc = b24_buf_append(body, "\":", 2);
		}
		if (rc != 0 || !b24_php_json_value(body, value)) {
			b24_php_json_error(arg_num, name, idx);
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	b24_buf_append_char(body, '}');
	return b24_buf_ok(body);
}
