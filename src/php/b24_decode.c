/*
 * b24: answers to PHP values.
 * The body is decoded by ext/json's own scanner and parser, so the result is
 * exactly json_decode($body, true); php_json_decode_ex() is not used because
 * it stores its status in JSON_G(error_code) and so would change what the
 * user's json_last_error() reports.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"

#include "b24_private.h"

/* Nesting depth json_decode() allows by default. */
#define B24_DECODE_DEPTH PHP_JSON_PARSER_DEFAULT_DEPTH

bool b24_decode_json(zval *out, const char *body, size_t len)
{
	php_json_parser parser;

	ZVAL_UNDEF(out);
	if (UNEXPECTED(len == 0)) {
		return false;
	}
	php_json_parser_init(&parser, out, body, len, PHP_JSON_OBJECT_AS_ARRAY, B24_DECODE_DEPTH);
	if (php_json_parse(&parser) != 0) {
		/* the parser frees what it built before the error */
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}
