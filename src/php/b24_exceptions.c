/*
 * b24: the exception classes and the one function that throws them.
 * The class is chosen by the core's error kind; the message is
 * "<code>: <description>", both of which the core keeps free of secrets.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_exceptions.h"

#include "b24_private.h"
#include "b24_envelope.h"

zend_class_entry *b24_php_ce_Exception;

/* Indexed by enum b24_error_kind; filled in MINIT. */
static zend_class_entry *b24_php_kind_ce[B24_E_API + 1];

void b24_php_exceptions_init(zend_class_entry *const by_kind[B24_E_API + 1])
{
	memcpy(b24_php_kind_ce, by_kind, sizeof(b24_php_kind_ce));
	b24_php_ce_Exception = by_kind[B24_E_NONE];
}

static zend_class_entry *b24_php_exception_ce(int kind)
{
	if (kind < 0 || kind > B24_E_API) {
		return b24_php_kind_ce[B24_E_API];
	}
	return b24_php_kind_ce[kind];
}

/*
 * The exception of err, not thrown (a batch gives one per failed command).
 * The code is kept as the portal sent it, even empty (its answer for a
 * missing CRM item); the message then is the description alone.
 */
void b24_php_exception_make(const b24_error *err, zval *out)
{
	zend_string *message = zend_strpprintf(0, "%s%s%s", err->code, err->code[0] ? ": " : "", err->description);
	zend_object *ex, *previous = b24_php_store_take_exception();

	object_init_ex(out, b24_php_exception_ce(err->kind));
	ex = Z_OBJ_P(out);
	zend_update_property_stringl(zend_ce_exception, ex, ZEND_STRL("message"), ZSTR_VAL(message), ZSTR_LEN(message));
	zend_string_release(message);
	if (previous && strcmp(err->code, B24_STORE_FAILED) == 0) {
		/* what a token store's method threw, which this failure is */
		zend_exception_set_previous(ex, previous);
	} else if (previous) {
		OBJ_RELEASE(previous);
	}
	zend_update_property_string(b24_php_ce_Exception, ex, ZEND_STRL("errorCode"), err->code);
	zend_update_property_string(b24_php_ce_Exception, ex, ZEND_STRL("description"), err->description);
	zend_update_property_long(b24_php_ce_Exception, ex, ZEND_STRL("httpStatus"), (zend_long) err->http_status);
	if (err->retry_after > 0) {
		zend_update_property_long(b24_php_ce_Exception, ex, ZEND_STRL("retryAfter"), (zend_long) err->retry_after);
	}
}

const char *b24_php_msg_value(char *buf, const zend_string *value)
{
	b24_redact_into(buf, B24_PHP_MSG_VALUE_SIZE, ZSTR_VAL(value), ZSTR_LEN(value));
	return buf;
}

void b24_php_throw(const b24_error *err)
{
	zval ex;

	b24_php_exception_make(err, &ex);
	zend_throw_exception_object(&ex);
}

/* A batch command's error, {error, error_description} or a bare code, as a b24_error of its class. */
void b24_php_error_of_command(zval *entry, long http_status, b24_error *err)
{
	zval *code = entry, *desc = NULL;

	ZVAL_DEREF(entry);
	if (Z_TYPE_P(entry) == IS_ARRAY) {
		code = zend_hash_str_find_deref(Z_ARRVAL_P(entry), ZEND_STRL("error"));
		desc = zend_hash_str_find_deref(Z_ARRVAL_P(entry), ZEND_STRL("error_description"));
	}
	if (!code || Z_TYPE_P(code) != IS_STRING) {
		b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, http_status, "a batch command failed without an error code");
		return;
	}
	if (!desc || Z_TYPE_P(desc) != IS_STRING) {
		desc = NULL;
	}
	/* the envelope's rule: class of the code, description else catalog text else code */
	b24_envelope_error_set(http_status, Z_STRVAL_P(code), Z_STRLEN_P(code),
		desc ? Z_STRVAL_P(desc) : "", desc ? Z_STRLEN_P(desc) : 0, err);
}

static void b24_php_exception_read(INTERNAL_FUNCTION_PARAMETERS, const char *name, size_t len)
{
	zval *prop, rv;

	ZEND_PARSE_PARAMETERS_NONE();
	prop = zend_read_property(b24_php_ce_Exception, Z_OBJ_P(ZEND_THIS), name, len, 1, &rv);
	RETURN_COPY_DEREF(prop);
}

PHP_METHOD(B24Exception, getErrorCode)
{
	b24_php_exception_read(INTERNAL_FUNCTION_PARAM_PASSTHRU, ZEND_STRL("errorCode"));
}

PHP_METHOD(B24Exception, getDescription)
{
	b24_php_exception_read(INTERNAL_FUNCTION_PARAM_PASSTHRU, ZEND_STRL("description"));
}

PHP_METHOD(B24Exception, getHttpStatus)
{
	b24_php_exception_read(INTERNAL_FUNCTION_PARAM_PASSTHRU, ZEND_STRL("httpStatus"));
}

PHP_METHOD(B24Exception, getRetryAfter)
{
	b24_php_exception_read(INTERNAL_FUNCTION_PARAM_PASSTHRU, ZEND_STRL("retryAfter"));
}
