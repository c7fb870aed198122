/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 94eb7a419d67471cc4a57ef305d1505737a65fa7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24PdoTokenStore___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, pdo, PDO, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, table, IS_STRING, 0, "\"b24_tokens\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24PdoTokenStore_createTable, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24PdoTokenStore_load, 0, 1, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24PdoTokenStore_save, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, tokens, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24PdoTokenStore_delete, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24PdoTokenStore_lock, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, memberId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timeout, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24PdoTokenStore_unlock arginfo_class_B24PdoTokenStore_delete


ZEND_METHOD(B24PdoTokenStore, __construct);
ZEND_METHOD(B24PdoTokenStore, createTable);
ZEND_METHOD(B24PdoTokenStore, load);
ZEND_METHOD(B24PdoTokenStore, save);
ZEND_METHOD(B24PdoTokenStore, delete);
ZEND_METHOD(B24PdoTokenStore, lock);
ZEND_METHOD(B24PdoTokenStore, unlock);


static const zend_function_entry class_B24PdoTokenStore_methods[] = {
	ZEND_ME(B24PdoTokenStore, __construct, arginfo_class_B24PdoTokenStore___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(B24PdoTokenStore, createTable, arginfo_class_B24PdoTokenStore_createTable, ZEND_ACC_PUBLIC)
	ZEND_ME(B24PdoTokenStore, load, arginfo_class_B24PdoTokenStore_load, ZEND_ACC_PUBLIC)
	ZEND_ME(B24PdoTokenStore, save, arginfo_class_B24PdoTokenStore_save, ZEND_ACC_PUBLIC)
	ZEND_ME(B24PdoTokenStore, delete, arginfo_class_B24PdoTokenStore_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(B24PdoTokenStore, lock, arginfo_class_B24PdoTokenStore_lock, ZEND_ACC_PUBLIC)
	ZEND_ME(B24PdoTokenStore, unlock, arginfo_class_B24PdoTokenStore_unlock, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_B24PdoTokenStore(zend_class_entry *class_entry_B24TokenStore)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24PdoTokenStore", class_B24PdoTokenStore_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;
	zend_class_implements(class_entry, 1, class_entry_B24TokenStore);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "save", sizeof("save") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
