/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8e513e992cc459c534bcfce81986e523737be313 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_call_many, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, calls, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_FUNCTION(b24_call_many);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(b24_call_many, arginfo_b24_call_many)
	ZEND_FE_END
};

static void register_b24_multi_symbols(int module_number)
{

#if (PHP_VERSION_ID >= 80200)
	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_call_many", sizeof("b24_call_many") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif
}
