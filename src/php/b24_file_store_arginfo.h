/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 402b96ed43f734aa83cda0aa37cd87c827635d6a */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24FileTokenStore___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, dir, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24FileTokenStore_load, 0, 1, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24FileTokenStore_save, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, tokens, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24FileTokenStore_delete, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24FileTokenStore_lock, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timeout, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24FileTokenStore_unlock arginfo_class_B24FileTokenStore_delete


ZEND_METHOD(B24FileTokenStore, __construct);
ZEND_METHOD(B24FileTokenStore, load);
ZEND_METHOD(B24FileTokenStore, save);
ZEND_METHOD(B24FileTokenStore, delete);
ZEND_METHOD(B24FileTokenStore, lock);
ZEND_METHOD(B24FileTokenStore, unlock);


static const zend_function_entry class_B24FileTokenStore_methods[] = {
	ZEND_ME(B24FileTokenStore, __construct, arginfo_class_B24FileTokenStore___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(B24FileTokenStore, load, arginfo_class_B24FileTokenStore_load, ZEND_ACC_PUBLIC)
	ZEND_ME(B24FileTokenStore, save, arginfo_class_B24FileTokenStore_save, ZEND_ACC_PUBLIC)
	ZEND_ME(B24FileTokenStore, delete, arginfo_class_B24FileTokenStore_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(B24FileTokenStore, lock, arginfo_class_B24FileTokenStore_lock, ZEND_ACC_PUBLIC)
	ZEND_ME(B24FileTokenStore, unlock, arginfo_class_B24FileTokenStore_unlock, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_B24FileTokenStore(zend_class_entry *class_entry_B24TokenStore)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24FileTokenStore", class_B24FileTokenStore_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;
	zend_class_implements(class_entry, 1, class_entry_B24TokenStore);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "save", sizeof("save") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
