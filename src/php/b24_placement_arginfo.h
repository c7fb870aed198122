/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5d2fca12c23001a8d9d63e7cecb45533bb5a879a */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24Placement___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, code, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_code, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_bind, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_B24Placement_install arginfo_class_B24Placement_bind

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_unbind, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, handler, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, userId, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_list, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_get, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24Placement_events arginfo_class_B24Placement_get

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_bindEvent, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_dynamic, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, entityTypeId, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, suffix, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_isKnown, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_B24Placement_fromRequest, 0, 0, B24Placement, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, query, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_B24Placement_request arginfo_class_B24Placement_get

#define arginfo_class_B24Placement_options arginfo_class_B24Placement_get

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_B24Placement_client, 0, 0, B24Client, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_verifyApplicationToken, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, expected, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_bindings, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_unbindEvent, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, handler, IS_STRING, 1, "null")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_renderFrame, 0, 0, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_frame, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, applicationToken, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, client, B24Client, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24Placement_verifyEvent, 0, 3, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, secret, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(B24Placement, __construct);
ZEND_METHOD(B24Placement, code);
ZEND_METHOD(B24Placement, bind);
ZEND_METHOD(B24Placement, install);
ZEND_METHOD(B24Placement, unbind);
ZEND_METHOD(B24Placement, list);
ZEND_METHOD(B24Placement, get);
ZEND_METHOD(B24Placement, events);
ZEND_METHOD(B24Placement, bindEvent);
ZEND_METHOD(B24Placement, dynamic);
ZEND_METHOD(B24Placement, isKnown);
ZEND_METHOD(B24Placement, fromRequest);
ZEND_METHOD(B24Placement, request);
ZEND_METHOD(B24Placement, options);
ZEND_METHOD(B24Placement, client);
ZEND_METHOD(B24Placement, verifyApplicationToken);
ZEND_METHOD(B24Placement, bindings);
ZEND_METHOD(B24Placement, unbindEvent);
ZEND_METHOD(B24Placement, renderFrame);
ZEND_METHOD(B24Placement, frame);
ZEND_METHOD(B24Placement, verifyEvent);


static const zend_function_entry class_B24Placement_methods[] = {
	ZEND_ME(B24Placement, __construct, arginfo_class_B24Placement___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, code, arginfo_class_B24Placement_code, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, bind, arginfo_class_B24Placement_bind, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, install, arginfo_class_B24Placement_install, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, unbind, arginfo_class_B24Placement_unbind, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, list, arginfo_class_B24Placement_list, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, get, arginfo_class_B24Placement_get, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, events, arginfo_class_B24Placement_events, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, bindEvent, arginfo_class_B24Placement_bindEvent, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, dynamic, arginfo_class_B24Placement_dynamic, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, isKnown, arginfo_class_B24Placement_isKnown, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, fromRequest, arginfo_class_B24Placement_fromRequest, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, request, arginfo_class_B24Placement_request, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, options, arginfo_class_B24Placement_options, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, client, arginfo_class_B24Placement_client, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, verifyApplicationToken, arginfo_class_B24Placement_verifyApplicationToken, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, bindings, arginfo_class_B24Placement_bindings, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, unbindEvent, arginfo_class_B24Placement_unbindEvent, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, renderFrame, arginfo_class_B24Placement_renderFrame, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(B24Placement, frame, arginfo_class_B24Placement_frame, ZEND_ACC_PUBLIC)
	ZEND_ME(B24Placement, verifyEvent, arginfo_class_B24Placement_verifyEvent, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_B24Placement(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24Placement", class_B24Placement_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "verifyapplicationtoken", sizeof("verifyapplicationtoken") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "frame", sizeof("frame") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "verifyevent", sizeof("verifyevent") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
