/*
 * b24: C_REST_CURRENT_ENCODING, for sites whose strings are not UTF-8
 * (windows-1251 ...). Parameters go to UTF-8 before they are sent, answers
 * back to the site's charset; keys are converted as values are; integers,
 * floats, booleans and null stay what they are (CRest turns them into
 * strings).
 *
 * The conversion is PHP's own, called through the engine:
 * mb_convert_encoding() when ext/mbstring is loaded (a character the
 * target cannot hold becomes "?", never nothing), else iconv() with
 * //TRANSLIT (a transliteration or "?"; a string iconv still refuses is
 * kept unconverted rather than lost, and its notice is not raised). With
 * neither extension the call throws an Error that says so; an encoding PHP
 * does not know is the ValueError of mbstring (or of iconv's warning).
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "php_globals.h"
#include "zend_exceptions.h"

#include "b24_crest_private.h"

typedef struct b24_php_conv {
	zend_function *fn;
	bool iconv;                /* iconv(from, to//TRANSLIT, s) instead of mb_convert_encoding(s, to, from) */
	zval from;
	zval to;
} b24_php_conv;

const char *b24_php_crest_encoding(void)
{
	return b24_php_crest_constant(ZEND_STRL("C_REST_CURRENT_ENCODING"));
}

static bool b24_php_conv_init(b24_php_conv *conv, const char *from, const char *to)
{
	conv->fn = zend_hash_str_find_ptr(EG(function_table), ZEND_STRL("mb_convert_encoding"));
	conv->iconv = !conv->fn;
	if (!conv->fn && !(conv->fn = zend_hash_str_find_ptr(EG(function_table), ZEND_STRL("iconv")))) {
		zend_throw_error(NULL, "CRest: C_REST_CURRENT_ENCODING needs ext/mbstring or ext/iconv, "
			"and neither is loaded");
		return false;
	}
	ZVAL_STRING(&conv->from, from);
	if (conv->iconv) {
		ZVAL_STR(&conv->to, zend_strpprintf(0, "%s//TRANSLIT", to));
	} else {
		ZVAL_STRING(&conv->to, to);
	}
	return true;
}

static void b24_php_conv_free(b24_php_conv *conv)
{
	zval_ptr_dtor(&conv->from);
	zval_ptr_dtor(&conv->to);
}

/*
 * iconv() reports a string it cannot convert with a notice: no user error
 * handler sees it (EH_THROW turns only warnings into exceptions), nothing
 * is shown, and error_get_last() keeps what it held.
 */
static void b24_php_conv_quiet(zend_function *fn, zval *ret, zval *args)
{
	zend_error_handling handling;
	int reporting = EG(error_reporting);
	int type = PG(last_error_type), line = PG(last_error_lineno);
	zend_string *message = PG(last_error_message), *file = PG(last_error_file);

	if (message) {
		zend_string_addref(message);
	}
	if (file) {
		zend_string_addref(file);
	}
	zend_replace_error_handling(EH_THROW, zend_ce_value_error, &handling);
	EG(error_reporting) = 0;
	zend_call_known_function(fn, NULL, NULL, ret, 3, args, NULL);
	EG(error_reporting) = reporting;
	zend_restore_error_handling(&handling);
	if (PG(last_error_message) != message) {
		if (PG(last_error_message)) {
			zend_string_release(PG(last_error_message));
		}
		if (PG(last_error_file)) {
			zend_string_release(PG(last_error_file));
		}
		PG(last_error_type) = type;
		PG(last_error_lineno) = line;
		PG(last_error_message) = message;
		PG(last_error_file) = file;
		return;
	}
	if (message) {
		zend_string_release(message);
	}
	if (file) {
		zend_string_release(file);
	}
}

/* One string; false when the converter threw. */
static bool b24_php_conv_string(b24_php_conv *conv, zend_string *in, zval *out)
{
	zval args[3], ret;

	ZVAL_STR(&args[conv->iconv ? 2 : 0], in);
	ZVAL_COPY_VALUE(&args[conv->iconv ? 0 : 2], &conv->from);
	ZVAL_COPY_VALUE(&args[1], &conv->to);
	ZVAL_UNDEF(&ret);
	if (conv->iconv) {
		b24_php_conv_quiet(conv->fn, &ret, args);
	} else {
		zend_call_known_function(conv->fn, NULL, NULL, &ret, 3, args, NULL);
	}
	if (EG(exception)) {
		zval_ptr_dtor(&ret);
		return false;
	}
	if (Z_TYPE(ret) == IS_STRING) {
		ZVAL_COPY_VALUE(out, &ret);
	} else {
		zval_ptr_dtor(&ret);
		ZVAL_STR_COPY(out, in);
	}
	return true;
}

static bool b24_php_conv_value(b24_php_conv *conv, zval *out, zval *in);

static bool b24_php_conv_array(b24_php_conv *conv, zval *out, HashTable *in)
{
	zend_string *key;
	zend_ulong idx;
	zval *v, value, name;

	array_init_size(out, zend_hash_num_elements(in));
	ZEND_HASH_FOREACH_KEY_VAL(in, idx, key, v) {
		if (!b24_php_conv_value(conv, &value, v)) {
			zval_ptr_dtor(&value);
			return false;
		}
		if (!key) {
			zend_hash_index_update(Z_ARRVAL_P(out), idx, &value);
			continue;
		}
		if (!b24_php_conv_string(conv, key, &name)) {
			zval_ptr_dtor(&value);
			return false;
		}
		zend_symtable_update(Z_ARRVAL_P(out), Z_STR(name), &value);
		zval_ptr_dtor(&name);
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool b24_php_conv_value(b24_php_conv *conv, zval *out, zval *in)
{
	ZVAL_UNDEF(out);
	ZVAL_DEREF(in);
	if (Z_TYPE_P(in) == IS_STRING) {
		return b24_php_conv_string(conv, Z_STR_P(in), out);
	}
	if (Z_TYPE_P(in) == IS_ARRAY) {
		return b24_php_conv_array(conv, out, Z_ARRVAL_P(in));
	}
	ZVAL_COPY(out, in);
	return true;
}

bool b24_php_crest_convert(zval *out, zval *in, const char *from, const char *to)
{
	b24_php_conv conv;
	bool ok;

	ZVAL_UNDEF(out);
	if (!b24_php_conv_init(&conv, from, to)) {
		return false;
	}
	ok = b24_php_conv_value(&conv, out, in);
	b24_php_conv_free(&conv);
	if (!ok) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
	}
	return ok;
}
