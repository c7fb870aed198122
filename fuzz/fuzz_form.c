/*
 * The form encoder primitives (b24_form.h). The input is a sequence of
 * steps; each step's first byte picks a primitive, the bytes up to the next
 * 0xff are its text. The encoded key path and body must only ever hold
 * urlencode()'s alphabet, '=' and '&', and urlencode() must decode back to
 * its input (PHP's urldecode() rule).
 */
#include "fuzz.h"
#include "b24_form.h"

static int hexval(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

/* urldecode() of an urlencode() result: must give the original bytes. */
static void check_roundtrip(const uint8_t *in, size_t len)
{
	b24_buf enc = B24_BUF_INIT;
	size_t i, j = 0;

	FUZZ_ASSERT(b24_form_urlencode(&enc, (const char *) in, len) == 0);
	for (i = 0; i < enc.len; i++, j++) {
		char c = enc.data[i];
		int hi, lo;

		FUZZ_ASSERT(j < len);
		if (c == '%') {
			FUZZ_ASSERT(i + 2 < enc.len);
			hi = hexval(enc.data[i + 1]);
			lo = hexval(enc.data[i + 2]);
			FUZZ_ASSERT(hi >= 0 && lo >= 0);
			FUZZ_ASSERT((uint8_t) (hi << 4 | lo) == in[j]);
			i += 2;
		} else if (c == '+') {
			FUZZ_ASSERT(in[j] == ' ');
		} else {
			FUZZ_ASSERT((uint8_t) c == in[j]);
		}
	}
	FUZZ_ASSERT(j == len);
	b24_buf_free(&enc);
}

static void check_alphabet(const b24_buf *b)
{
	size_t i;

	for (i = 0; i < b->len; i++) {
		char c = b->data[i];

		FUZZ_ASSERT((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
			|| c == '-' || c == '_' || c == '.' || c == '+' || c == '%' || c == '='
			|| c == '&');
	}
}

static long long text_index(const uint8_t *p, size_t len)
{
	long long v = 0;

	memcpy(&v, p, len < sizeof(v) ? len : sizeof(v));
	return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	b24_buf key = B24_BUF_INIT, body = B24_BUF_INIT;
	size_t pos = 0;

	while (pos < size) {
		uint8_t op = data[pos++];
		const uint8_t *end = memchr(data + pos, 0xff, size - pos);
		size_t len = end ? (size_t) (end - (data + pos)) : size - pos;
		const char *text = (const char *) data + pos;

		switch (op % 7) {
		case 0: b24_buf_reset(&key); b24_form_key_root(&key, text, len); break;
		case 1: b24_buf_reset(&key); b24_form_key_root_index(&key, text_index(data + pos, len)); break;
		case 2: b24_form_key_push(&key, text, len); break;
		case 3: b24_form_key_push_index(&key, text_index(data + pos, len)); break;
		case 4: b24_form_pair(&body, key.data, key.len, text, len); break;
		case 5: b24_form_pair_long(&body, key.data, key.len, text_index(data + pos, len)); break;
		default: check_roundtrip(data + pos, len); break;
		}
		pos += len + (end != NULL);
	}
	FUZZ_ASSERT(b24_buf_ok(&key) && b24_buf_ok(&body));
	check_alphabet(&key);
	check_alphabet(&body);
	b24_buf_free(&key);
	b24_buf_free(&body);
	return 0;
}
