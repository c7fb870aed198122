/*
 * b24_hmac: HMAC-SHA256 (RFC 2104), constant-time compare, hex.
 * See b24_hmac.h.
 */
#include <string.h>

#include "b24_hmac.h"

/* Wipes secrets in a way the optimizer may not drop. */
static void b24_wipe(void *p, size_t len)
{
	volatile unsigned char *v = p;

	while (len--) {
		*v++ = 0;
	}
}

void b24_hmac_sha256(const void *key, size_t key_len, const void *msg, size_t msg_len,
	unsigned char out[B24_SHA256_DIGEST_LEN])
{
	unsigned char k[B24_SHA256_BLOCK_LEN], pad[B24_SHA256_BLOCK_LEN];
	unsigned char inner[B24_SHA256_DIGEST_LEN];
	b24_sha256_ctx ctx;
	size_t i;

	memset(k, 0, sizeof(k));
	if (key_len > B24_SHA256_BLOCK_LEN) {
		b24_sha256(key, key_len, k);
	} else if (key_len) {
		memcpy(k, key, key_len);
	}
	for (i = 0; i < sizeof(pad); i++) {
		pad[i] = k[i] ^ 0x36;
	}
	b24_sha256_init(&ctx);
	b24_sha256_update(&ctx, pad, sizeof(pad));
	b24_sha256_update(&ctx, msg, msg_len);
	b24_sha256_final(&ctx, inner);
	for (i = 0; i < sizeof(pad); i++) {
		pad[i] = k[i] ^ 0x5c;
	}
	b24_sha256_init(&ctx);
	b24_sha256_update(&ctx, pad, sizeof(pad));
	b24_sha256_update(&ctx, inner, sizeof(inner));
	b24_sha256_final(&ctx, out);
	b24_wipe(k, sizeof(k));
	b24_wipe(pad, sizeof(pad));
	b24_wipe(inner, sizeof(inner));
}

int b24_ct_equal(const void *a, size_t a_len, const void *b, size_t b_len)
{
	const volatile unsigned char *pa = a, *pb = b;
	unsigned char diff = 0;
	size_t i;

	if (a_len != b_len) {
		return 0;
	}
	for (i = 0; i < a_len; i++) {
		diff |= pa[i] ^ pb[i];
	}
	return diff == 0;
}

void b24_hex_encode(const unsigned char *in, size_t len, char *out)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < len; i++) {
		out[2 * i] = hex[in[i] >> 4];
		out[2 * i + 1] = hex[in[i] & 15];
	}
	out[2 * len] = '\0';
}

static int b24_hex_digit(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

int b24_hex_decode(const char *in, size_t in_len, unsigned char *out, size_t out_len)
{
	size_t i;

	if (in_len != 2 * out_len) {
		return -1;
	}
	for (i = 0; i < out_len; i++) {
		int hi = b24_hex_digit(in[2 * i]), lo = b24_hex_digit(in[2 * i + 1]);

		if (hi < 0 || lo < 0) {
			return -1;
		}
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	return 0;
}
