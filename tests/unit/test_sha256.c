/*
 * b24_sha256 and b24_hmac: FIPS 180-2 (appendix B) and RFC 4231 vectors,
 * constant-time compare and hex.
 */
#include <stdlib.h>

#include "b24_test.h"
#include "b24_sha256.h"
#include "b24_hmac.h"

static void check_sha(const void *data, size_t len, const char *hex)
{
	unsigned char d[32];
	char h[65];

	b24_sha256(data, len, d);
	b24_hex_encode(d, 32, h);
	CHECK_STR(h, hex);
}

static void test_fips_vectors(void)
{
	check_sha("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	check_sha("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
		"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	check_sha("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void test_million_a_incremental(void)
{
	b24_sha256_ctx ctx;
	unsigned char d[32], chunk[1000];
	char h[65];
	int i;

	memset(chunk, 'a', sizeof(chunk));
	b24_sha256_init(&ctx);
	for (i = 0; i < 1000; i++) {
		/* odd split sizes exercise the block buffer */
		b24_sha256_update(&ctx, chunk, 333);
		b24_sha256_update(&ctx, chunk, 667);
	}
	b24_sha256_final(&ctx, d);
	b24_hex_encode(d, 32, h);
	CHECK_STR(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void test_padding_edges(void)
{
	/* 55, 56, 63, 64 bytes: one or two final blocks */
	char a[64];

	memset(a, 'a', sizeof(a));
	check_sha(a, 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
	check_sha(a, 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
	check_sha(a, 63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
	check_sha(a, 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

static void check_hmac(const void *key, size_t key_len, const void *msg, size_t msg_len,
	const char *hex, size_t hex_len)
{
	unsigned char d[32];
	char h[65];

	b24_hmac_sha256(key, key_len, msg, msg_len, d);
	b24_hex_encode(d, 32, h);
	CHECK_MEM(h, hex_len, hex);
}

static void test_rfc4231(void)
{
	unsigned char k[131], m[50];

	memset(k, 0x0b, 20);
	check_hmac(k, 20, "Hi There", 8,
		"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", 64);
	check_hmac("Jefe", 4, "what do ya want for nothing?", 28,
		"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", 64);
	memset(k, 0xaa, 20);
	memset(m, 0xdd, 50);
	check_hmac(k, 20, m, 50,
		"773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe", 64);
	for (size_t i = 0; i < 25; i++) {
		k[i] = (unsigned char)(i + 1);
	}
	memset(m, 0xcd, 50);
	check_hmac(k, 25, m, 50,
		"82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b", 64);
	/* test case 5: truncated to 128 bits */
	memset(k, 0x0c, 20);
	check_hmac(k, 20, "Test With Truncation", 20, "a3b6167473100ee06e0c796c2955552b", 32);
	memset(k, 0xaa, 131);
	check_hmac(k, 131, "Test Using Larger Than Block-Size Key - Hash Key First", 54,
		"60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54", 64);
	check_hmac(k, 131, "This is a test using a larger than block-size key and a larger than "
		"block-size data. The key needs to be hashed before being used by the HMAC algorithm.", 152,
		"9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2", 64);
}

static void test_ct_equal_and_hex(void)
{
	unsigned char raw[4];

	CHECK(b24_ct_equal("abcd", 4, "abcd", 4));
	CHECK(!b24_ct_equal("abcd", 4, "abce", 4));
	CHECK(!b24_ct_equal("abcd", 4, "abc", 3));
	CHECK(b24_ct_equal("", 0, "", 0));
	CHECK_INT(b24_hex_decode("00fFa9", 6, raw, 3), 0);
	CHECK(raw[0] == 0 && raw[1] == 0xff && raw[2] == 0xa9);
	CHECK_INT(b24_hex_decode("0g", 2, raw, 1), -1);
	CHECK_INT(b24_hex_decode("abc", 3, raw, 2), -1);
}

int main(void)
{
	B24T_RUN(test_fips_vectors);
	B24T_RUN(test_million_a_incremental);
	B24T_RUN(test_padding_edges);
	B24T_RUN(test_rfc4231);
	B24T_RUN(test_ct_equal_and_hex);
	return b24t_finish();
}
