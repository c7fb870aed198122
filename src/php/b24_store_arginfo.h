/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9104265e1d236232d4f33b84930d64f983927d92 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24TokenStore_load, 0, 1, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24TokenStore_save, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, tokens, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24TokenStore_delete, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24TokenStore_lock, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timeout, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24TokenStore_unlock arginfo_class_B24TokenStore_delete




static const zend_function_entry class_B24TokenStore_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(B24TokenStore, load, arginfo_class_B24TokenStore_load, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(B24TokenStore, save, arginfo_class_B24TokenStore_save, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(B24TokenStore, delete, arginfo_class_B24TokenStore_delete, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(B24TokenStore, lock, arginfo_class_B24TokenStore_lock, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(B24TokenStore, unlock, arginfo_class_B24TokenStore_unlock, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};

static zend_class_entry *register_class_B24TokenStore(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24TokenStore", class_B24TokenStore_methods);
	class_entry = zend_register_internal_interface(&ce);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "save", sizeof("save") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
