/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 163ead9064471469569ecee99f28d9b25678c2d8 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CRest_installApp, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CRest_call, 0, 0, 1)
	ZEND_ARG_INFO(0, method)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, params, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CRest_callBatch, 0, 0, 1)
	ZEND_ARG_INFO(0, arData)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, halt, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CRest_setLog, 0, 0, 1)
	ZEND_ARG_INFO(0, arData)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, type, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CRest_checkServer, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, print, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_CRest_getSettingData arginfo_class_CRest_installApp

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CRest_setSettingData, 0, 0, 1)
	ZEND_ARG_INFO(0, arSettings)
ZEND_END_ARG_INFO()


ZEND_METHOD(CRest, installApp);
ZEND_METHOD(CRest, call);
ZEND_METHOD(CRest, callBatch);
ZEND_METHOD(CRest, setLog);
ZEND_METHOD(CRest, checkServer);
ZEND_METHOD(CRest, getSettingData);
ZEND_METHOD(CRest, setSettingData);


static const zend_function_entry class_CRest_methods[] = {
	ZEND_ME(CRest, installApp, arginfo_class_CRest_installApp, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(CRest, call, arginfo_class_CRest_call, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(CRest, callBatch, arginfo_class_CRest_callBatch, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(CRest, setLog, arginfo_class_CRest_setLog, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(CRest, checkServer, arginfo_class_CRest_checkServer, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(CRest, getSettingData, arginfo_class_CRest_getSettingData, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(CRest, setSettingData, arginfo_class_CRest_setSettingData, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_CRest(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "CRest", class_CRest_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init("1.36", strlen("1.36"), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval const_BATCH_COUNT_value;
	ZVAL_LONG(&const_BATCH_COUNT_value, 50);
	zend_string *const_BATCH_COUNT_name = zend_string_init_interned("BATCH_COUNT", sizeof("BATCH_COUNT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BATCH_COUNT_name, &const_BATCH_COUNT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BATCH_COUNT_name);

	zval const_TYPE_TRANSPORT_value;
	zend_string *const_TYPE_TRANSPORT_value_str = zend_string_init("json", strlen("json"), 1);
	ZVAL_STR(&const_TYPE_TRANSPORT_value, const_TYPE_TRANSPORT_value_str);
	zend_string *const_TYPE_TRANSPORT_name = zend_string_init_interned("TYPE_TRANSPORT", sizeof("TYPE_TRANSPORT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TYPE_TRANSPORT_name, &const_TYPE_TRANSPORT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TYPE_TRANSPORT_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "setlog", sizeof("setlog") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "setsettingdata", sizeof("setsettingdata") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
