/*
 * b24: the one place where PHP versions differ.
 * Every PHP_VERSION_ID test of the binding lives here; the other files use
 * the macros below and compile unchanged on PHP 8.1 to 8.5.
 */
#ifndef PHP_B24_COMPAT_H
#define PHP_B24_COMPAT_H

#include "php.h"

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

/* php_random_bytes_silent() moved to ext/random in 8.2. */
#if PHP_VERSION_ID >= 80200
# include "ext/random/php_random.h"
#else
# include "ext/standard/php_random.h"
#endif

#endif /* PHP_B24_COMPAT_H */
