/*
 * b24_json_out: JSON string escaping identical to PHP's json_encode().
 * See b24_json_out.h.
 */
#include <stdint.h>

#include "b24_json_out.h"

static const char b24_hex_lower[] = "0123456789abcdef";

/*
 * Decodes one UTF-8 sequence at s[0..len). Returns its length and the code
 * point in *cp, or 0 when the sequence is invalid (truncated, overlong,
 * surrogate, above U+10FFFF) — the same set that json_encode() rejects.
 */
static size_t b24_utf8_next(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t c = s[0], min;
	size_t n, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		n = 2; c &= 0x1f; min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3; c &= 0x0f; min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4; c &= 0x07; min = 0x10000;
	} else {
		return 0;
	}
	if (len < n) {
		return 0;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			return 0;
		}
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
		return 0;
	}
	*cp = c;
	return n;
}

int b24_utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		n = b24_utf8_next(p + i, len - i, &cp);
		if (!n) {
			if (bad_offset) {
				*bad_offset = i;
			}
			return 0;
		}
		i += n;
	}
	return 1;
}

static void b24_json_u16(b24_buf *out, uint32_t u)
{
	char e[6];

	e[0] = '\\';
	e[1] = 'u';
	e[2] = b24_hex_lower[(u >> 12) & 15];
	e[3] = b24_hex_lower[(u >> 8) & 15];
	e[4] = b24_hex_lower[(u >> 4) & 15];
	e[5] = b24_hex_lower[u & 15];
	b24_buf_append(out, e, 6);
}

/* An ASCII byte: short escapes, \u00XX for other controls, else itself. */
static void b24_json_ascii(b24_buf *out, unsigned char c, int flags)
{
	switch (c) {
	case '"': b24_buf_append(out, "\\\"", 2); return;
	case '\\': b24_buf_append(out, "\\\\", 2); return;
	case '\b': b24_buf_append(out, "\\b", 2); return;
	case '\f': b24_buf_append(out, "\\f", 2); return;
	case '\n': b24_buf_append(out, "\\n", 2); return;
	case '\r': b24_buf_append(out, "\\r", 2); return;
	case '\t': b24_buf_append(out, "\\t", 2); return;
	case '/':
		if (!(flags & B24_JSON_UNESCAPED_SLASHES)) {
			b24_buf_append(out, "\\/", 2);
			return;
		}
		break;
	default:
		if (c < 0x20) {
			b24_json_u16(out, c);
			return;
		}
	}
	b24_buf_append_char(out, (char)c);
}

/* A non-ASCII code point, as \uXXXX (pairs above U+FFFF) or raw bytes. */
static void b24_json_unicode(b24_buf *out, const char *raw, size_t n, uint32_t cp, int flags)
{
	if ((flags & B24_JSON_UNESCAPED_UNICODE) && cp != 0x2028 && cp != 0x2029) {
		b24_buf_append(out, raw, n);
	} else if (cp >= 0x10000) {
		cp -= 0x10000;
		b24_json_u16(out, 0xd800 | (cp >> 10));
		b24_json_u16(out, 0xdc00 | (cp & 0x3ff));
	} else {
		b24_json_u16(out, cp);
	}
}

int b24_json_escape(b24_buf *out, const char *s, size_t len, int flags)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t start = out->len, i = 0, n;
	uint32_t cp;

	b24_buf_reserve(out, len + 2);
	b24_buf_append_char(out, '"');
	while (i < len) {
		if (p[i] < 0x80) {
			b24_json_ascii(out, p[i], flags);
			i++;
			continue;
		}
		n = b24_utf8_next(p + i, len - i, &cp);
		if (!n) {
			b24_buf_truncate(out, start);
			return B24_JSON_BAD_UTF8;
		}
		b24_json_unicode(out, s + i, n, cp, flags);
		i += n;
	}
	if (b24_buf_append_char(out, '"') != 0) {
		b24_buf_truncate(out, start);
		return B24_JSON_NOMEM;
	}
	return B24_JSON_OK;
}

int b24_json_key(b24_buf *out, const char *key, size_t len, int flags)
{
	int rc = b24_json_escape(out, key, len, flags);

	if (rc != B24_JSON_OK) {
		return rc;
	}
	return b24_buf_append_char(out, ':') == 0 ? B24_JSON_OK : B24_JSON_NOMEM;
}
