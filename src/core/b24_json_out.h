/*
 * b24_json_out: the few JSON writing helpers the core and the binding need
 * for JSON bodies, with PHP json_encode()'s exact string escaping.
 *
 * Default (flags 0) is json_encode() without options: '"' '\\' and '/'
 * escaped, \b \f \n \r \t short forms, other bytes < 0x20 as \u00XX,
 * every non-ASCII code point as \uXXXX (lowercase hex, surrogate pairs
 * above U+FFFF). Invalid UTF-8 is an error, as json_encode() fails with
 * JSON_ERROR_UTF8.
 */
#ifndef B24_JSON_OUT_H
#define B24_JSON_OUT_H

#include <stddef.h>
#include "b24_buf.h"

#define B24_JSON_UNESCAPED_SLASHES  1  /* '/' kept as is */
#define B24_JSON_UNESCAPED_UNICODE  2  /* UTF-8 kept, except U+2028/U+2029 */

#define B24_JSON_OK            0
#define B24_JSON_NOMEM        -1
#define B24_JSON_BAD_UTF8     -2

/*
 * Appends `s` as a quoted JSON string. On any error the buffer is cut back
 * to its length before the call and a B24_JSON_* code is returned.
 */
int b24_json_escape(b24_buf *out, const char *s, size_t len, int flags);

/* Appends "key": — an escaped key and a colon. */
int b24_json_key(b24_buf *out, const char *key, size_t len, int flags);

/*
 * 1 when `s` is valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF),
 * else 0; *bad_offset (optional) receives the offset of the first bad byte.
 */
int b24_utf8_valid(const char *s, size_t len, size_t *bad_offset);

#endif /* B24_JSON_OUT_H */
