/*
 * b24_form: the primitives of PHP's http_build_query() with its defaults
 * (ext/standard/http.c), so that form bodies are byte-identical to CRest's.
 *
 * The binding walks a PHP array and, for each scalar leaf, builds the
 * encoded key path in one b24_buf and appends "key=value" to the body:
 *
 *     size_t mark = key.len;
 *     b24_form_key_push(&key, "TITLE", 5);        -> fields%5BTITLE%5D
 *     b24_form_pair(&body, key.data, key.len, "A&B", 3);
 *     b24_buf_truncate(&key, mark);
 *
 * Rules kept from PHP: urlencode() of every key and value (RFC 1738),
 * nested keys as parent%5Bchild%5D, integer keys as bare decimals, pairs
 * joined with '&' (never arg_separator.output). Values that PHP omits
 * (null, empty arrays) are simply never passed here. Float text is PHP's
 * (string) cast and is produced by the binding; booleans are "1"/"0".
 */
#ifndef B24_FORM_H
#define B24_FORM_H

#include <stddef.h>
#include "b24_buf.h"

/*
 * urlencode(): keeps A-Z a-z 0-9 - _ . ; space -> '+'; every other byte
 * (including '~' and each byte of UTF-8) -> %XX with uppercase hex.
 */
int b24_form_urlencode(b24_buf *out, const char *s, size_t len);

/* Starts a key path with a top-level string key (encoded). */
int b24_form_key_root(b24_buf *key, const char *name, size_t len);
/* Starts a key path with a top-level integer key: the bare number. */
int b24_form_key_root_index(b24_buf *key, long long index);
/* Appends a nested string key: %5B<urlencoded name>%5D. */
int b24_form_key_push(b24_buf *key, const char *name, size_t len);
/* Appends a nested integer key: %5B<number>%5D. */
int b24_form_key_push_index(b24_buf *key, long long index);

/*
 * Appends one pair: '&' first when the body is not empty, then the already
 * encoded key, '=', and the urlencoded value.
 */
int b24_form_pair(b24_buf *body, const char *enc_key, size_t enc_key_len,
	const char *value, size_t value_len);
/* Same, with an integer value (decimal text). */
int b24_form_pair_long(b24_buf *body, const char *enc_key, size_t enc_key_len,
	long long value);

#endif /* B24_FORM_H */
