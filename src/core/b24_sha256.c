/*
 * b24_sha256: SHA-256 after FIPS 180-4, section 6.2. See b24_sha256.h.
 */
#include <string.h>

#include "b24_sha256.h"

static const uint32_t b24_sha256_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define B24_ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static uint32_t b24_load_be32(const unsigned char *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static void b24_store_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static void b24_sha256_schedule(const unsigned char *block, uint32_t w[64])
{
	int t;

	for (t = 0; t < 16; t++) {
		w[t] = b24_load_be32(block + 4 * t);
	}
	for (t = 16; t < 64; t++) {
		uint32_t s0 = B24_ROTR(w[t - 15], 7) ^ B24_ROTR(w[t - 15], 18) ^ (w[t - 15] >> 3);
		uint32_t s1 = B24_ROTR(w[t - 2], 17) ^ B24_ROTR(w[t - 2], 19) ^ (w[t - 2] >> 10);

		w[t] = w[t - 16] + s0 + w[t - 7] + s1;
	}
}

static void b24_sha256_block(uint32_t state[8], const unsigned char *block)
{
	uint32_t w[64], v[8], t1, t2;
	int t, i;

	b24_sha256_schedule(block, w);
	for (i = 0; i < 8; i++) {
		v[i] = state[i];
	}
	for (t = 0; t < 64; t++) {
		t1 = v[7] + (B24_ROTR(v[4], 6) ^ B24_ROTR(v[4], 11) ^ B24_ROTR(v[4], 25))
			+ ((v[4] & v[5]) ^ (~v[4] & v[6])) + b24_sha256_k[t] + w[t];
		t2 = (B24_ROTR(v[0], 2) ^ B24_ROTR(v[0], 13) ^ B24_ROTR(v[0], 22))
			+ ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
		memmove(v + 1, v, 7 * sizeof(uint32_t));
		v[4] += t1;
		v[0] = t1 + t2;
	}
	for (i = 0; i < 8; i++) {
		state[i] += v[i];
	}
}

void b24_sha256_init(b24_sha256_ctx *ctx)
{
	static const uint32_t h0[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	};

	memcpy(ctx->state, h0, sizeof(h0));
	ctx->total = 0;
	ctx->fill = 0;
}

void b24_sha256_update(b24_sha256_ctx *ctx, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t take;

	ctx->total += len;
	while (len) {
		if (ctx->fill == 0 && len >= B24_SHA256_BLOCK_LEN) {
			b24_sha256_block(ctx->state, p);
			p += B24_SHA256_BLOCK_LEN;
			len -= B24_SHA256_BLOCK_LEN;
			continue;
		}
		take = B24_SHA256_BLOCK_LEN - ctx->fill;
		take = take < len ? take : len;
		memcpy(ctx->block + ctx->fill, p, take);
		ctx->fill += take;
		p += take;
		len -= take;
		if (ctx->fill == B24_SHA256_BLOCK_LEN) {
			b24_sha256_block(ctx->state, ctx->block);
			ctx->fill = 0;
		}
	}
}

void b24_sha256_final(b24_sha256_ctx *ctx, unsigned char out[B24_SHA256_DIGEST_LEN])
{
	uint64_t bits = ctx->total * 8;
	int i;

	ctx->block[ctx->fill++] = 0x80;
	if (ctx->fill > B24_SHA256_BLOCK_LEN - 8) {
		memset(ctx->block + ctx->fill, 0, B24_SHA256_BLOCK_LEN - ctx->fill);
		b24_sha256_block(ctx->state, ctx->block);
		ctx->fill = 0;
	}
	memset(ctx->block + ctx->fill, 0, B24_SHA256_BLOCK_LEN - 8 - ctx->fill);
	b24_store_be32(ctx->block + 56, (uint32_t)(bits >> 32));
	b24_store_be32(ctx->block + 60, (uint32_t)bits);
	b24_sha256_block(ctx->state, ctx->block);
	for (i = 0; i < 8; i++) {
		b24_store_be32(out + 4 * i, ctx->state[i]);
	}
	/* the context may have held key material (HMAC) */
	memset(ctx, 0, sizeof(*ctx));
}

void b24_sha256(const void *data, size_t len, unsigned char out[B24_SHA256_DIGEST_LEN])
{
	b24_sha256_ctx ctx;

	b24_sha256_init(&ctx);
	b24_sha256_update(&ctx, data, len);
	b24_sha256_final(&ctx, out);
}
