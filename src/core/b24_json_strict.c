#include <string.h>

#include "b24_json_strict.h"

/* Length of the valid UTF-8 sequence at p (1..4), 0 when it is not one. */
static size_t b24_json_utf8_len(const unsigned char *p, const unsigned char *end)
{
	size_t n, i;
	unsigned int cp;

	if (p[0] < 0x80) {
		return 1;
	}
	n = p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3 : p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : 0;
	if (n == 0 || (size_t)(end - p) < n) {
		return 0;
	}
	cp = p[0] & (0xFF >> (n + 1));
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			return 0;
		}
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	/* overlong forms, surrogates and code points past U+10FFFF are not UTF-8 */
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
		return 0;
	}
	return n;
}

/* The byte after a string's closing quote (p: after the opening one); NULL when it breaks a rule. */
static const unsigned char *b24_json_strict_string(const unsigned char *p, const unsigned char *end)
{
	size_t n;

	while (p < end) {
		if (*p == '"') {
			return p + 1;
		}
		if (*p < 0x20) {
			return NULL;
		}
		if (*p == '\\') {
			p += 2;           /* json-c judges the escape itself */
			continue;
		}
		if ((n = b24_json_utf8_len(p, end)) == 0) {
			return NULL;
		}
		p += n;
	}
	return NULL;
}

/* A byte that may stand outside strings: structure, numbers, true/false/null. */
static int b24_json_strict_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c != '\0' && strchr(" \t\r\n{}[]:,-+.eEtrufalsn", c) != NULL);
}

/* After a comma, the next byte that is not white space closes nothing. */
static int b24_json_strict_comma(const unsigned char *p, const unsigned char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
		p++;
	}
	return p < end && *p != '}' && *p != ']';
}

int b24_json_strict_ok(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + len;

	while (p < end) {
		if (*p == '"') {
			if (!(p = b24_json_strict_string(p + 1, end))) {
				return 0;
			}
			continue;
		}
		if (!b24_json_strict_byte(*p) || (*p == ',' && !b24_json_strict_comma(p + 1, end))) {
			return 0;
		}
		p++;
	}
	return 1;
}
