/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 80537eb6f4eba5fd556bb1977a7bb30d292985f6 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_call, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_call_batch, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, calls, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, halt, _IS_BOOL, 0, "false")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_bind_event, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_pool_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24Client___construct, 0, 0, 1)
	ZEND_ARG_TYPE_MASK(0, config, MAY_BE_ARRAY|MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Client_call, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Client_lastTotal, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_B24Client_lastNext arginfo_class_B24Client_lastTotal

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Client_lastTime, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_B24Client_each, 0, 1, Generator, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Client_fetchAll, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Client_batch, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, commands, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, halt, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Exception_getErrorCode, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24Exception_getDescription arginfo_class_B24Exception_getErrorCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Exception_getHttpStatus, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24Exception_getRetryAfter arginfo_class_B24Client_lastTotal


ZEND_FUNCTION(b24_call);
ZEND_FUNCTION(b24_call_batch);
ZEND_FUNCTION(b24_bind_event);
ZEND_FUNCTION(b24_pool_stats);
ZEND_METHOD(B24Client, __construct);
ZEND_METHOD(B24Client, call);
ZEND_METHOD(B24Client, lastTotal);
ZEND_METHOD(B24Client, lastNext);
ZEND_METHOD(B24Client, lastTime);
ZEND_METHOD(B24Client, each);
ZEND_METHOD(B24Client, fetchAll);
ZEND_METHOD(B24Client, batch);
ZEND_METHOD(B24Exception, getErrorCode);
ZEND_METHOD(B24Exception, getDescription);
ZEND_METHOD(B24Exception, getHttpStatus);
ZEND_METHOD(B24Exception, getRetryAfter);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(b24_call, arginfo_b24_call)
	ZEND_FE(b24_call_batch, arginfo_b24_call_batch)
	ZEND_FE(b24_bind_event, arginfo_b24_bind_event)
	ZEND_FE(b24_pool_stats, arginfo_b24_pool_stats)
	ZEND_FE_END
};


static const zend_function_entry class_B24Client_methods[] = {
	ZEND_ME(B24Client, __construct, arginfo_class_B24Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Client, call, arginfo_class_B24Client_call, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Client, lastTotal, arginfo_class_B24Client_lastTotal, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Client, lastNext, arginfo_class_B24Client_lastNext, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Client, lastTime, arginfo_class_B24Client_lastTime, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Client, each, arginfo_class_B24Client_each, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Client, fetchAll, arginfo_class_B24Client_fetchAll, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Client, batch, arginfo_class_B24Client_batch, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_B24Exception_methods[] = {
	ZEND_ME(B24Exception, getErrorCode, arginfo_class_B24Exception_getErrorCode, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Exception, getDescription, arginfo_class_B24Exception_getDescription, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Exception, getHttpStatus, arginfo_class_B24Exception_getHttpStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Exception, getRetryAfter, arginfo_class_B24Exception_getRetryAfter, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_B24TransportException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24AuthException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24AccessException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24MethodNotFoundException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24LimitException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24ServerException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24ResponseException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24ApiException_methods[] = {
	ZEND_FE_END
};

static void register_b24_symbols(int module_number)
{

#if (PHP_VERSION_ID >= 80200)
	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_call", sizeof("b24_call") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_call_batch", sizeof("b24_call_batch") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_bind_event", sizeof("b24_bind_event") - 1), 3, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif
}

static zend_class_entry *register_class_B24Client(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24Client", class_B24Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}

static zend_class_entry *register_class_B24Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24Exception", class_B24Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	zval property_errorCode_default_value;
	ZVAL_EMPTY_STRING(&property_errorCode_default_value);
	zend_string *property_errorCode_name = zend_string_init("errorCode", sizeof("errorCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errorCode_name, &property_errorCode_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_errorCode_name);

	zval property_description_default_value;
	ZVAL_EMPTY_STRING(&property_description_default_value);
	zend_string *property_description_name = zend_string_init("description", sizeof("description") - 1, 1);
	zend_declare_typed_property(class_entry, property_description_name, &property_description_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_description_name);

	zval property_httpStatus_default_value;
	ZVAL_LONG(&property_httpStatus_default_value, 0);
	zend_string *property_httpStatus_name = zend_string_init("httpStatus", sizeof("httpStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_httpStatus_name, &property_httpStatus_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_httpStatus_name);

	zval property_retryAfter_default_value;
	ZVAL_NULL(&property_retryAfter_default_value);
	zend_string *property_retryAfter_name = zend_string_init("retryAfter", sizeof("retryAfter") - 1, 1);
	zend_declare_typed_property(class_entry, property_retryAfter_name, &property_retryAfter_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_retryAfter_name);

	return class_entry;
}

static zend_class_entry *register_class_B24TransportException(zend_class_entry *class_entry_B24Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24TransportException", class_B24TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24Exception);

	return class_entry;
}

static zend_class_entry *register_class_B24AuthException(zend_class_entry *class_entry_B24Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24AuthException", class_B24AuthException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24Exception);

	return class_entry;
}

static zend_class_entry *register_class_B24AccessException(zend_class_entry *class_entry_B24Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24AccessException", class_B24AccessException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24Exception);

	return class_entry;
}

static zend_class_entry *register_class_B24MethodNotFoundException(zend_class_entry *class_entry_B24Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24MethodNotFoundException", class_B24MethodNotFoundException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24Exception);

	return class_entry;
}

static zend_class_entry *register_class_B24LimitException(zend_class_entry *class_entry_B24Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24LimitException", class_B24LimitException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24Exception);

	return class_entry;
}

static zend_class_entry *register_class_B24ServerException(zend_class_entry *class_entry_B24Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24ServerException", class_B24ServerException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24Exception);

	return class_entry;
}

static zend_class_entry *register_class_B24ResponseException(zend_class_entry *class_entry_B24Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24ResponseException", class_B24ResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24Exception);

	return class_entry;
}

static zend_class_entry *register_class_B24ApiException(zend_class_entry *class_entry_B24Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24ApiException", class_B24ApiException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24Exception);

	return class_entry;
}
