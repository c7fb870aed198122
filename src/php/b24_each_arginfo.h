/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7ad0532f0295d7b3e479672809140bfa24171106 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24ListCursor___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24ListCursor_fetch, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()


ZEND_METHOD(B24ListCursor, __construct);
ZEND_METHOD(B24ListCursor, fetch);


static const zend_function_entry class_B24ListCursor_methods[] = {
	ZEND_ME(B24ListCursor, __construct, arginfo_class_B24ListCursor___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(B24ListCursor, fetch, arginfo_class_B24ListCursor_fetch, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_B24ListCursor(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "B24ListCursor", class_B24ListCursor_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
