/*
 * b24_hmac: HMAC-SHA256 (RFC 2104), constant-time comparison and hex text,
 * for signing and verifying frame-bridge messages and event tokens.
 */
#ifndef B24_HMAC_H
#define B24_HMAC_H

#include <stddef.h>
#include "b24_sha256.h"

void b24_hmac_sha256(const void *key, size_t key_len, const void *msg, size_t msg_len,
	unsigned char out[B24_SHA256_DIGEST_LEN]);

/*
 * 1 when a and b are equal, else 0, in time that depends only on the
 * lengths (different lengths compare unequal without reading the bytes).
 */
int b24_ct_equal(const void *a, size_t a_len, const void *b, size_t b_len);

/* Lowercase hex of `len` bytes into out[2 * len + 1] (NUL-terminated). */
void b24_hex_encode(const unsigned char *in, size_t len, char *out);
/*
 * Decodes 2 * out_len hex digits (either case) from `in`. 0, or -1 when
 * in_len != 2 * out_len or a digit is invalid.
 */
int b24_hex_decode(const char *in, size_t in_len, unsigned char *out, size_t out_len);

#endif /* B24_HMAC_H */
