/*
 * b24: the module. Registers the classes and functions of b24.stub.php,
 * the INI settings, and owns libcurl's global state and the request-scoped
 * state of B24_G().
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "php_ini.h"
#include "ext/standard/info.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_attributes.h"

#include <curl/curl.h>
#include <json_c_version.h>

#include "b24_private.h"
#include "b24_multi.h"
#include "b24_pool.h"
B24_PHP_CODE_BEGIN
#include "b24_arginfo.h"
B24_PHP_CODE_END

ZEND_DECLARE_MODULE_GLOBALS(b24)

static PHP_GINIT_FUNCTION(b24)
{
#if defined(COMPILE_DL_B24) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(b24_globals, 0, sizeof(*b24_globals));
}

/*
 * What lives as long as the process (or thread): the rate stores, and a
 * thread's pool under ZTS (in NTS MSHUTDOWN has freed it already).
 */
static PHP_GSHUTDOWN_FUNCTION(b24)
{
	b24_php_budget_shutdown(&b24_globals->rate_stores);
	if (b24_globals->pool) {
		b24_pool_free(b24_globals->pool);
		b24_globals->pool = NULL;
	}
	b24_multi_free(b24_globals->multi);
	b24_globals->multi = NULL;
}

void b24_php_class_objects(zend_class_entry *ce, zend_object_handlers *handlers,
	zend_object *(*create)(zend_class_entry *ce), size_t offset, zend_object_free_obj_t free_obj,
	zend_object_get_debug_info_t debug_info)
{
	ce->create_object = create;
	memcpy(handlers, &std_object_handlers, sizeof(zend_object_handlers));
	handlers->offset = (int) offset;
	handlers->free_obj = free_obj;
	handlers->clone_obj = NULL;
	handlers->get_debug_info = debug_info;
	handlers->compare = zend_objects_not_comparable;
	B24_CE_SET_HANDLERS(ce, handlers);
}

static void b24_php_register_classes(void)
{
	zend_class_entry *by_kind[B24_E_API + 1];
	zend_class_entry *base = register_class_B24Exception(spl_ce_RuntimeException);

	by_kind[B24_E_NONE] = base;
	by_kind[B24_E_TRANSPORT] = register_class_B24TransportException(base);
	by_kind[B24_E_AUTH] = register_class_B24AuthException(base);
	by_kind[B24_E_ACCESS] = register_class_B24AccessException(base);
	by_kind[B24_E_METHOD_NOT_FOUND] = register_class_B24MethodNotFoundException(base);
	by_kind[B24_E_LIMIT] = register_class_B24LimitException(base);
	by_kind[B24_E_SERVER] = register_class_B24ServerException(base);
	by_kind[B24_E_RESPONSE] = register_class_B24ResponseException(base);
	by_kind[B24_E_API] = register_class_B24ApiException(base);
	b24_php_exceptions_init(by_kind);
	b24_php_client_minit(register_class_B24Client());
}

static PHP_MINIT_FUNCTION(b24)
{
#if defined(COMPILE_DL_B24) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	/* libcurl counts these calls, so b24 next to ext/curl is fine */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}
	b24_php_ini_register(type, module_number);
	b24_php_decode_minit();
	b24_php_register_classes();
	/* the #[\SensitiveParameter] of the functions' client arguments */
	register_b24_symbols(module_number);
	b24_php_token_store_minit();
	b24_php_app_minit();
	b24_php_file_store_minit();
	b24_php_pdo_store_minit();
	b24_php_placement_minit();
	b24_php_log_minit(type);
	b24_php_each_minit();
	b24_php_crest_minit();
	b24_php_multi_minit(type, module_number);
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(b24)
{
	b24_php_ini_unregister(type, module_number);
	b24_php_decode_mshutdown();
	/* the kept connections close while libcurl's global state still stands */
	b24_php_multi_shutdown();
	b24_php_pool_shutdown();
	curl_global_cleanup();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(b24)
{
#if defined(COMPILE_DL_B24) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	(void) type; (void) module_number;
	B24_G(default_client) = NULL;
	ZVAL_UNDEF(&B24_G(logger));
	ZVAL_UNDEF(&B24_G(log_queue));
	return SUCCESS;
}

/*
 * B24Client objects may be freed after this (the object store is destroyed
 * later in the shutdown); they only borrow their transports, so scrubbing or
 * emptying the pool here is safe.
 */
static PHP_RSHUTDOWN_FUNCTION(b24)
{
	(void) type; (void) module_number;
	b24_php_default_client_release();
	b24_php_log_rshutdown();
	b24_php_store_drop_exception();
	b24_php_pool_rshutdown();
	b24_php_multi_rshutdown();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(b24)
{
	const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);

	php_info_print_table_start();
	php_info_print_table_row(2, "b24 support", "enabled");
	php_info_print_table_row(2, "Version", PHP_B24_VERSION);
	php_info_print_table_row(2, "libcurl", curl->version);
	php_info_print_table_row(2, "TLS backend", curl->ssl_version ? curl->ssl_version : "none");
	php_info_print_table_row(2, "HTTP/2", (curl->features & CURL_VERSION_HTTP2) ? "supported" : "not supported");
	php_info_print_table_row(2, "json-c", json_c_version());
	php_info_print_table_end();
	b24_php_pool_minfo();
	b24_php_ini_minfo(zend_module);
}

static const zend_module_dep b24_php_deps[] = {
	ZEND_MOD_REQUIRED("json")
	ZEND_MOD_END
};

zend_module_entry b24_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,                      /* ini entries: registered in MINIT */
	b24_php_deps,                  /* dependencies */
	"b24",                     /* name */
	ext_functions,             /* functions */
	PHP_MINIT(b24),
	PHP_MSHUTDOWN(b24),
	PHP_RINIT(b24),
	PHP_RSHUTDOWN(b24),
	PHP_MINFO(b24),
	PHP_B24_VERSION,
	PHP_MODULE_GLOBALS(b24),
	PHP_GINIT(b24),
	PHP_GSHUTDOWN(b24),
	NULL,                      /* post-deactivate */
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_B24
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(b24)
#endif
