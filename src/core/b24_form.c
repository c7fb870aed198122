/*
 * b24_form: http_build_query() primitives. See b24_form.h.
 */
#include "b24_form.h"

static const char b24_hex_upper[] = "0123456789ABCDEF";

static int b24_form_is_plain(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		|| c == '-' || c == '_' || c == '.';
}

int b24_form_urlencode(b24_buf *out, const char *s, size_t len)
{
	size_t i;
	char *w;

	/* worst case: every byte becomes %XX */
	if (len > ((size_t)-1 - 1) / 3 || b24_buf_reserve(out, len * 3) != 0) {
		out->failed = 1;
		return -1;
	}
	w = out->data + out->len;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (b24_form_is_plain(c)) {
			*w++ = (char)c;
		} else if (c == ' ') {
			*w++ = '+';
		} else {
			*w++ = '%';
			*w++ = b24_hex_upper[c >> 4];
			*w++ = b24_hex_upper[c & 15];
		}
	}
	out->len = (size_t)(w - out->data);
	out->data[out->len] = '\0';
	return 0;
}

int b24_form_key_root(b24_buf *key, const char *name, size_t len)
{
	b24_buf_reset(key);
	return b24_form_urlencode(key, name, len);
}

int b24_form_key_root_index(b24_buf *key, long long index)
{
	b24_buf_reset(key);
	return b24_buf_append_long(key, index);
}

int b24_form_key_push(b24_buf *key, const char *name, size_t len)
{
	b24_buf_append(key, "%5B", 3);
	b24_form_urlencode(key, name, len);
	return b24_buf_append(key, "%5D", 3);
}

int b24_form_key_push_index(b24_buf *key, long long index)
{
	b24_buf_append(key, "%5B", 3);
	b24_buf_append_long(key, index);
	return b24_buf_append(key, "%5D", 3);
}

static int b24_form_pair_start(b24_buf *body, const char *enc_key, size_t enc_key_len)
{
	if (body->len) {
		b24_buf_append_char(body, '&');
	}
	b24_buf_append(body, enc_key, enc_key_len);
	return b24_buf_append_char(body, '=');
}

int b24_form_pair(b24_buf *body, const char *enc_key, size_t enc_key_len,
	const char *value, size_t value_len)
{
	b24_form_pair_start(body, enc_key, enc_key_len);
	return b24_form_urlencode(body, value, value_len);
}

int b24_form_pair_long(b24_buf *body, const char *enc_key, size_t enc_key_len,
	long long value)
{
	b24_form_pair_start(body, enc_key, enc_key_len);
	return b24_buf_append_long(body, value);
}
