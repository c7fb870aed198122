/*
 * b24: the exception classes and the one function that throws them.
 * The class is chosen by the core's error kind; the message is
 * "<code>: <description>", both of which the core keeps free of secrets.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "b24_private.h"

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
 * The code is kept as the portal sent it, even empty (its answer for a
 * missing CRM item); the message then is the description alone.
 */
void b24_php_throw(const b24_error *err)
{
	zend_object *ex, *previous = b24_php_store_take_exception();

	ex = zend_throw_exception_ex(b24_php_exception_ce(err->kind), 0, "%s%s%s", err->code,
		err->code[0] ? ": " : "", err->description);
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
