/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7172e2c6cda6870bd5337e0dde8d6e95344653f8 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24App___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24App_install, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, request, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_B24App_event, 0, 0, B24Event, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, request, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24App_installFinishPage, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, sdkUrl, IS_STRING, 0, "\'//api.bitrix24.com/api/v1/\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, installed, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24Event___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Event_name, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Event_data, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24Event_memberId arginfo_class_B24Event_name

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Event_timestamp, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_B24Event_client, 0, 0, B24Client, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(B24App, __construct);
ZEND_METHOD(B24App, install);
ZEND_METHOD(B24App, event);
ZEND_METHOD(B24App, installFinishPage);
ZEND_METHOD(B24Event, __construct);
ZEND_METHOD(B24Event, name);
ZEND_METHOD(B24Event, data);
ZEND_METHOD(B24Event, memberId);
ZEND_METHOD(B24Event, timestamp);
ZEND_METHOD(B24Event, client);


static const zend_function_entry class_B24App_methods[] = {
	ZEND_ME(B24App, __construct, arginfo_class_B24App___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(B24App, install, arginfo_class_B24App_install, ZEND_ACC_PUBLIC)
	ZEND_ME(B24App, event, arginfo_class_B24App_event, ZEND_ACC_PUBLIC)
	ZEND_ME(B24App, installFinishPage, arginfo_class_B24App_installFinishPage, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_B24Event_methods[] = {
	ZEND_ME(B24Event, __construct, arginfo_class_B24Event___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(B24Event, name, arginfo_class_B24Event_name, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Event, data, arginfo_class_B24Event_data, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Event, memberId, arginfo_class_B24Event_memberId, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Event, timestamp, arginfo_class_B24Event_timestamp, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Event, client, arginfo_class_B24Event_client, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_B24App(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24App", class_B24App_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "install", sizeof("install") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "event", sizeof("event") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}

static zend_class_entry *register_class_B24Event(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24Event", class_B24Event_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
