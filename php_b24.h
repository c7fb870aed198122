/*
 * b24: a native Bitrix24 REST client for PHP.
 * Public header: what other extensions and the build need to know of b24.
 */
#ifndef PHP_B24_H
#define PHP_B24_H

extern zend_module_entry b24_module_entry;
#define phpext_b24_ptr &b24_module_entry

/* Kept equal to the release in package.xml; `php scripts/package-xml.php --check` checks it. */
#define PHP_B24_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_B24)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif /* PHP_B24_H */
