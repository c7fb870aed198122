/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: e9081c4c10b0b00ccac7699f56218774c75c37e7 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_set_logger, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, logger, IS_OBJECT, 1)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(b24_set_logger);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(b24_set_logger, arginfo_b24_set_logger)
	ZEND_FE_END
};
