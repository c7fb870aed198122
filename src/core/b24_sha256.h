/*
 * b24_sha256: SHA-256 (FIPS 180-4), incremental and one-shot. Needed for the
 * frame-bridge signatures (HMAC-SHA256) without pulling in a TLS library API.
 */
#ifndef B24_SHA256_H
#define B24_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define B24_SHA256_DIGEST_LEN 32
#define B24_SHA256_BLOCK_LEN  64

typedef struct b24_sha256_ctx {
	uint32_t state[8];
	uint64_t total;                        /* bytes hashed so far */
	unsigned char block[B24_SHA256_BLOCK_LEN];
	size_t fill;                           /* bytes waiting in block */
} b24_sha256_ctx;

void b24_sha256_init(b24_sha256_ctx *ctx);
void b24_sha256_update(b24_sha256_ctx *ctx, const void *data, size_t len);
/* Writes the digest and wipes the context. */
void b24_sha256_final(b24_sha256_ctx *ctx, unsigned char out[B24_SHA256_DIGEST_LEN]);
void b24_sha256(const void *data, size_t len, unsigned char out[B24_SHA256_DIGEST_LEN]);

#endif /* B24_SHA256_H */
