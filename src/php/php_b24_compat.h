/*
 * b24: the one place where PHP versions differ.
 * Every PHP_VERSION_ID test of the binding lives here; the other files use
 * the macros below and compile unchanged on PHP 8.1 to 8.5 (and 8.6's
 * release candidates).
 */
#ifndef PHP_B24_COMPAT_H
#define PHP_B24_COMPAT_H

/*
 * Code of PHP's making is compiled with -Wunused-parameter off, as php-src
 * compiles itself; b24's own code keeps the warning. Between these two:
 *  - PHP's headers: 8.5's zend_operators.h has an inline function with an
 *    unused parameter (zend_dval_to_lval_cap()'s `s`);
 *  - gen_stub's arginfo headers: register_*_symbols(int module_number)
 *    uses module_number only on some versions.
 * The binding's files therefore include PHP through this header, first.
 */
#if defined(__GNUC__)
# define B24_PHP_CODE_BEGIN _Pragma("GCC diagnostic push") \
	_Pragma("GCC diagnostic ignored \"-Wunused-parameter\"")
# define B24_PHP_CODE_END _Pragma("GCC diagnostic pop")
#else
# define B24_PHP_CODE_BEGIN
# define B24_PHP_CODE_END
#endif

B24_PHP_CODE_BEGIN
#include "php.h"
B24_PHP_CODE_END

#if PHP_VERSION_ID < 80100
# error "b24 needs PHP 8.1 or newer"
#endif

/*
 * Since 8.3 zend_object_std_init() takes the handlers from the class entry;
 * before it, create_object must set them on each object. Doing both is
 * harmless, so create_object always calls B24_OBJECT_SET_HANDLERS().
 */
#if PHP_VERSION_ID >= 80300
# define B24_CE_SET_HANDLERS(ce, h) ((ce)->default_object_handlers = (h))
#else
# define B24_CE_SET_HANDLERS(ce, h) ((void) 0)
#endif
#define B24_OBJECT_SET_HANDLERS(obj, h) ((obj)->handlers = (h))

/*
 * http_build_query() sends a backed enum as its value and refuses a unit
 * enum with a ValueError since 8.4; before, an enum was an object whose
 * properties (name, value) were sent. The form encoder follows the PHP it
 * runs on.
 */
#if PHP_VERSION_ID >= 80400
# define B24_FORM_ENUM_AS_VALUE 1
#else
# define B24_FORM_ENUM_AS_VALUE 0
#endif

/*
 * php_module_startup() lost its count of additional modules in 8.2 (one
 * module or NULL since). Only fuzz/fuzz_decode.c starts an engine itself.
 */
#if PHP_VERSION_ID >= 80200
# define B24_PHP_MODULE_STARTUP(sapi, module) php_module_startup((sapi), (module))
#else
# define B24_PHP_MODULE_STARTUP(sapi, module) php_module_startup((sapi), (module), 1)
#endif

/*
 * CHECK_NULL_PATH() is gone in 8.6; zend_str_has_nul_byte() is there since
 * 8.2. Every string that becomes a C string (a path, a URL, a token) is
 * checked with B24_STR_HAS_NUL().
 */
#if PHP_VERSION_ID >= 80200
# define B24_STR_HAS_NUL(s) zend_str_has_nul_byte(s)
#else
# define B24_STR_HAS_NUL(s) (strlen(ZSTR_VAL(s)) != ZSTR_LEN(s))
#endif

/*
 * ext/json keeps json_last_error() in its globals: a code until 8.5, the
 * code with a line and a column (error_details) since 8.6. b24 encodes with
 * php_json_encode_ex() and puts the user's state back whole
 * (b24_php_json_encode_quiet()). For files that include ext/json/php_json.h.
 */
#if PHP_VERSION_ID >= 80600
# define B24_JSON_ERROR_STATE php_json_error_details
# define B24_JSON_G_ERROR JSON_G(error_details)
# define B24_JSON_G_ERROR_CODE JSON_G(error_details).code
#else
# define B24_JSON_ERROR_STATE php_json_error_code
# define B24_JSON_G_ERROR JSON_G(error_code)
# define B24_JSON_G_ERROR_CODE JSON_G(error_code)
#endif

/*
 * Differences that need no guard, kept here so that nobody adds one:
 *  - php_info_html_esc() is gone from 8.4's headers: b24_ini.c calls
 *    php_escape_html_entities() as it did, on every version;
 *  - php_json_parser_init() changed its signature in 8.3: b24_decode.c uses
 *    php_json_parser_init_ex() with its own methods, the same since 8.0;
 *  - 8.4 deprecates implicitly nullable parameter types in PHP code: the
 *    stubs declare ?T explicitly;
 *  - XtOffsetOf() is gone in 8.6: the binding uses C's offsetof(), which
 *    every version's headers bring (<stddef.h>).
 * Compiled against (README, "PHP versions"): 8.2 (Debian bookworm), 8.4
 * (Debian trixie), 8.4 debug ZTS (Debian's source package), 8.5 (Debian
 * experimental), 8.6.0RC3 (Debian experimental: built only, see README).
 * 8.1 and 8.3 are not compiled against here.
 */

/* php_random_bytes_silent() moved to ext/random in 8.2. */
B24_PHP_CODE_BEGIN
#if PHP_VERSION_ID >= 80200
# include "ext/random/php_random.h"
#else
# include "ext/standard/php_random.h"
#endif
B24_PHP_CODE_END

#endif /* PHP_B24_COMPAT_H */
