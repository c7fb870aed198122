/*
 * b24: a native Bitrix24 REST client for PHP.
 * Public header: what other extensions and the build need to know of b24.
 */
#ifndef PHP_B24_H
#define PHP_B24_H

extern zend_module_entry b24_module_entry;
#define phpext_b24_ptr &b24_module_entry

/* Kept equal to the release in package.xml; scripts/check-package.php checks it. */
#define PHP_B24_VERSION "0.1.0"

#ifdef PHP_WIN32
# define PHP_B24_API __declspec(dllexport)
#elif defined(__GNUC__) && __GNUC__ >= 4
# define PHP_B24_API __attribute__ ((visibility("default")))
#else
# define PHP_B24_API
#endif

#if defined(ZTS) && defined(COMPILE_DL_B24)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif /* PHP_B24_H */
