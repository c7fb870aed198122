/*
 * b24_json_out: string escaping byte-identical to PHP 8.2's json_encode()
 * (expected strings produced with it), and its UTF-8 validation.
 */
#include "b24_test.h"
#include "b24_json_out.h"

/* Escapes `in` with `flags` and compares the result. */
static void expect(const char *in, size_t len, int flags, const char *want)
{
	b24_buf b = B24_BUF_INIT;

	CHECK_INT(b24_json_escape(&b, in, len, flags), B24_JSON_OK);
	CHECK_MEM(b.data, b.len, want);
	b24_buf_free(&b);
}

#define EXPECT(lit, flags, want) expect(lit, sizeof(lit) - 1, flags, want)
#define PLAIN 0
#define BARE (B24_JSON_UNESCAPED_UNICODE | B24_JSON_UNESCAPED_SLASHES)

static void test_escape_ascii(void)
{
	EXPECT("", PLAIN, "\"\"");
	EXPECT("a\"b\\\\c/d", PLAIN, "\"a\\\"b\\\\\\\\c\\/d\"");
	EXPECT("a\"b\\\\c/d", BARE, "\"a\\\"b\\\\\\\\c/d\"");
	EXPECT("\b\f\n\r\t\x01\x1f\x7f", PLAIN, "\"\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\"");
	EXPECT("nul\0byte", PLAIN, "\"nul\\u0000byte\"");
}

static void test_escape_unicode(void)
{
	EXPECT("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", PLAIN, "\"\\u00e9\\u20ac\\ud83d\\ude00\"");
	EXPECT("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", BARE, "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"");
	/* line and paragraph separators stay escaped even with UNESCAPED_UNICODE */
	EXPECT("\xe2\x80\xa8\xe2\x80\xa9", PLAIN, "\"\\u2028\\u2029\"");
	EXPECT("\xe2\x80\xa8\xe2\x80\xa9", BARE, "\"\\u2028\\u2029\"");
	EXPECT("\xef\xbf\xbf\xf4\x8f\xbf\xbf", PLAIN, "\"\\uffff\\udbff\\udfff\"");
	EXPECT("\xef\xbf\xbf\xf4\x8f\xbf\xbf", BARE, "\"\xef\xbf\xbf\xf4\x8f\xbf\xbf\"");
}

/* json_encode() returns false for each of these (JSON_ERROR_UTF8). */
static void test_invalid_utf8(void)
{
	static const char *const bad[] = {
		"\xed\xa0\x80",          /* surrogate U+D800 */
		"\xc0\x80",              /* overlong NUL */
		"\xe0\x80\xaf",          /* overlong '/' */
		"\xf4\x90\x80\x80",      /* above U+10FFFF */
		"\xf0\x9f\x98",          /* truncated */
		"\x80",                  /* lone continuation */
		"ok\xff",
		NULL
	};
	b24_buf b = B24_BUF_INIT;
	size_t i, off;

	b24_buf_append_str(&b, "prefix");
	for (i = 0; bad[i]; i++) {
		CHECK_INT(b24_json_escape(&b, bad[i], strlen(bad[i]), 0), B24_JSON_BAD_UTF8);
		CHECK_STR(b.data, "prefix");
		CHECK(!b24_utf8_valid(bad[i], strlen(bad[i]), NULL));
	}
	CHECK(!b24_utf8_valid("ok\xff", 3, &off));
	CHECK_INT(off, 2);
	CHECK(b24_utf8_valid("\xc3\xa9 ok", 5, NULL));
	b24_buf_free(&b);
}

static void test_key(void)
{
	b24_buf b = B24_BUF_INIT;

	b24_buf_append_char(&b, '{');
	CHECK_INT(b24_json_key(&b, "auth", 4, 0), B24_JSON_OK);
	CHECK_INT(b24_json_escape(&b, "t/k", 3, 0), B24_JSON_OK);
	b24_buf_append_char(&b, '}');
	CHECK_STR(b.data, "{\"auth\":\"t\\/k\"}");
	b24_buf_free(&b);
}

int main(void)
{
	B24T_RUN(test_escape_ascii);
	B24T_RUN(test_escape_unicode);
	B24T_RUN(test_invalid_utf8);
	B24T_RUN(test_key);
	return b24t_finish();
}
