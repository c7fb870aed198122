/*
 * b24_redact: every secret form replaced, control bytes and invalid UTF-8
 * escaped, fixed point, cut texts, and the error path that uses it.
 */
#include <stdio.h>

#include "b24_test.h"
#include "b24_errors.h"
#include "b24_redact.h"

static void expect_redacted(const char *in, const char *want)
{
	b24_buf out = B24_BUF_INIT;

	CHECK_INT(b24_redact(in, strlen(in), &out), 0);
	CHECK_STR(b24_buf_cstr(&out), want);
	b24_buf_free(&out);
}

static void test_redact(void)
{
	expect_redacted("https://p.bitrix24.com/rest/1/abc123secret/crm.lead.add.json",
		"https://p.bitrix24.com/rest/1/***/crm.lead.add.json");
	expect_redacted("Failed to connect to p.bitrix24.com: https://p.bitrix24.com/rest/12/Xy_9/ x",
		"Failed to connect to p.bitrix24.com: https://p.bitrix24.com/rest/12/***/ x");
	expect_redacted("https://p/rest/crm.lead.add.json?auth=tok123&x=1",
		"https://p/rest/crm.lead.add.json?auth=***&x=1");
	expect_redacted("fields%5BTITLE%5D=A&AUTH=tok",
		"fields%5BTITLE%5D=A&AUTH=***");
	expect_redacted("client_id=app.1&grant_type=refresh_token&client_secret=s3&refresh_token=r1",
		"client_id=app.1&grant_type=refresh_token&client_secret=***&refresh_token=***");
	expect_redacted("access_token=a b", "access_token=*** b");
	expect_redacted("auth%5Baccess_token%5D=a1&auth%5Bapplication_token%5D=a2&auth%5Bdomain%5D=d",
		"auth%5Baccess_token%5D=***&auth%5Bapplication_token%5D=***&auth%5Bdomain%5D=d");
	expect_redacted("auth[refresh_token]=r&event=X", "auth[refresh_token]=***&event=X");
	expect_redacted("{\"access_token\":\"a\\\"b\",\"refresh_token\" : \"r\",\"scope\":\"crm\"}",
		"{\"access_token\":\"***\",\"refresh_token\" : \"***\",\"scope\":\"crm\"}");
	expect_redacted("cmd%5Ba%5D=user.get%3Fauth%3Dtok1%26ID%3D1&halt=0",
		"cmd%5Ba%5D=user.get%3Fauth%3D***&halt=0");
	expect_redacted("https://user:pa55@host/x", "https://user:***@host/x");
	expect_redacted("https://user@host/x", "https://user@host/x");
	/* not secrets: other keys that merely end in the same letters */
	expect_redacted("oauth=x&author=y&authority=z", "oauth=x&author=y&authority=z");
	expect_redacted("/rest/api/x", "/rest/api/x");
	expect_redacted("", "");
	expect_redacted("auth=", "auth=***");
	/* the install form's names, and CRest's constant as a settings key */
	expect_redacted("AUTH_ID=a1&AUTH_EXPIRES=3600&REFRESH_ID=r1&member_id=m",
		"AUTH_ID=***&AUTH_EXPIRES=3600&REFRESH_ID=***&member_id=m");
	expect_redacted("{\"C_REST_CLIENT_SECRET\":\"s\",\"C_REST_CLIENT_ID\":\"app\"}",
		"{\"C_REST_CLIENT_SECRET\":\"***\",\"C_REST_CLIENT_ID\":\"app\"}");
}

/* Keys of structured values: matched whole, case ignored, never read past the length. */
static void test_secret_key(void)
{
	static const char *const secret[] = { "access_token", "REFRESH_TOKEN", "client_secret",
		"application_token", "auth", "AUTH_ID", "refresh_id", "C_REST_CLIENT_SECRET" };
	static const char *const plain[] = { "", "auth_", "author", "oauth", "member_id", "domain",
		"access_token_x", "C_REST_CLIENT_ID", "expires_in", "client_id" };
	size_t i;

	for (i = 0; i < sizeof(secret) / sizeof(secret[0]); i++) {
		CHECK_INT(b24_redact_secret_key(secret[i], strlen(secret[i])), 1);
	}
	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
		CHECK_INT(b24_redact_secret_key(plain[i], strlen(plain[i])), 0);
	}
	CHECK_INT(b24_redact_secret_key("authority", 4), 1);
}

static void test_escapes(void)
{
	expect_redacted("a\r\nX-Injected: yes\t\x7f", "a\\x0d\\x0aX-Injected: yes\\x09\\x7f");
	expect_redacted("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
	/* a lone continuation byte, an overlong '/', a surrogate, a cut sequence */
	expect_redacted("\x80|\xc0\xaf|\xed\xa0\x80|\xe2\x82", "\\x80|\\xc0\\xaf|\\xed\\xa0\\x80|\\xe2\\x82");
	/* a newline before a key still starts it */
	expect_redacted("x\nauth=tok", "x\\x0aauth=***");
}

static void test_webhook_spellings(void)
{
	expect_redacted("{\"url\":\"https:\\/\\/p.bitrix24.com\\/rest\\/1\\/c0de_42\\/\"}",
		"{\"url\":\"https:\\/\\/p.bitrix24.com\\/rest\\/1\\/***\\/\"}");
	expect_redacted("next=https%3A%2F%2Fp.bitrix24.com%2Frest%2F7%2Fc0de42%2Fx",
		"next=https%3A%2F%2Fp.bitrix24.com%2Frest%2F7%2F***%2Fx");
	expect_redacted("/REST/1/Code/", "/REST/1/***/");
}

/* Redacting what was redacted changes nothing. */
/* A control byte inside a URL's password: the whole password is hidden at once. */
static void test_password_control_byte(void)
{
	b24_buf out = B24_BUF_INIT;

	/* found by fuzz_url: NUL bytes before the user part, then user:password@ */
	static const char nul[] = "httvps://\x8a\x05\0\0\0\0\0\0\0\0s:pwps:\xc5@po/";
	b24_buf twice = B24_BUF_INIT;

	CHECK_INT(b24_redact("https://user:pa\x01ss@host/", 24, &out), 0);
	CHECK_STR(b24_buf_cstr(&out), "https://user:***@host/");
	b24_buf_reset(&out);
	CHECK_INT(b24_redact(nul, sizeof(nul) - 1, &out), 0);
	CHECK_INT(b24_redact(out.data, out.len, &twice), 0);
	CHECK_STR(b24_buf_cstr(&twice), b24_buf_cstr(&out));
	CHECK(strstr(b24_buf_cstr(&out), "pwps") == NULL);
	b24_buf_free(&out);
	b24_buf_free(&twice);
}

static void test_fixed_point(void)
{
	static const char *const texts[] = {
		"https://p/rest/1/abc/ auth=x \r\n \xff {\"access_token\":\"t\"} https://u:p@h/",
		"a\\x0d\\x0aauth=***", "\x01\x02auth%5Bx%5D=1",
		/* found by fuzz_url: the control byte that ends a value is escaped, the value must not swallow it next time */
		"https://app.ex:mple/handler?access_token=ab\x01\x01\x01c",
		/* found by fuzz_url: a control byte inside user:password must not end it on one pass only */
		"https://user:pa\x01ss@host/", "x https://u:p\x7f\x02 y@h z",
		/* found by fuzz_url: the "/" that ended user:password went with the auth]= value */
		"x://\x01!auth]=http:/r\x01\x02q.\xf0:\x03\x04" "171@p/",
	};
	size_t i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		b24_buf once = B24_BUF_INIT, twice = B24_BUF_INIT;

		CHECK_INT(b24_redact(texts[i], strlen(texts[i]), &once), 0);
		CHECK_INT(b24_redact(once.data, once.len, &twice), 0);
		CHECK_STR(b24_buf_cstr(&twice), b24_buf_cstr(&once));
		b24_buf_free(&once);
		b24_buf_free(&twice);
	}
}

/* Every prefix of a text with secrets: no byte of a secret survives the cut. */
static void test_prefixes(void)
{
	static const char text[] = "e https://p/rest/1/SECRETA/ auth=SECRETB {\"refresh_token\":\"SECRETC\"}";
	size_t n;

	for (n = 0; n <= sizeof(text) - 1; n++) {
		b24_buf out = B24_BUF_INIT;

		CHECK_INT(b24_redact(text, n, &out), 0);
		CHECK(strstr(b24_buf_cstr(&out), "SEC") == NULL && strstr(b24_buf_cstr(&out), "CRET") == NULL);
		b24_buf_free(&out);
	}
}

static void test_into(void)
{
	char small[B24_MSG_MARKER_MAX + 9], big[600];
	char input[4000];

	CHECK_INT(b24_redact_into(small, sizeof(small), "auth=secret", 11), 8);
	CHECK_STR(small, "auth=***");
	/* never cut inside an escape or a UTF-8 sequence, and never silently */
	CHECK_INT(b24_redact_into(small, sizeof(small), "abcdefg\n", 8), 7 + strlen("...[8 bytes]"));
	CHECK_STR(small, "abcdefg...[8 bytes]");
	CHECK_INT(b24_redact_into(small, sizeof(small), "abcdefg\xc3\xa9", 9), 7 + strlen("...[9 bytes]"));
	CHECK_STR(small, "abcdefg...[9 bytes]");
	CHECK_INT(b24_redact_into(small, sizeof(small), "abcdefgh", 8), 8);
	CHECK_STR(small, "abcdefgh");
	/* too small for the marker: nothing rather than a silent cut */
	CHECK_INT(b24_redact_into(small, 10, "abc", 3), 0);
	/* a long text: the part that fits, then the marker */
	memset(input, 'a', sizeof(input));
	memcpy(input + sizeof(input) - 12, "auth=SECRET!", 12);
	b24_redact_into(big, sizeof(big), input, sizeof(input));
	CHECK_INT(strlen(big), sizeof(big) - 1 - B24_MSG_MARKER_MAX + strlen("...[4000 bytes]"));
	CHECK(strstr(big, "...[4000 bytes]") != NULL);
}

/*
 * The cap: redaction first, then the cut. A secret that straddles the cap,
 * or that redaction shortens so that the text fits, never shows a byte.
 */
static void test_capped(void)
{
	b24_buf out = B24_BUF_INIT, tmp = B24_BUF_INIT;
	char text[600];
	size_t at;

	for (at = 150; at < 210; at++) {
		memset(text, 'x', sizeof(text));
		memcpy(text + at, "&auth=S3CRETS3CRETS3CRE&y", 25);
		b24_buf_reset(&out);
		CHECK_INT(b24_redact_capped(text, sizeof(text), 200, &out), 0);
		CHECK(strstr(b24_buf_cstr(&out), "S3C") == NULL && strstr(b24_buf_cstr(&out), "RET") == NULL);
		CHECK(strstr(b24_buf_cstr(&out), "...[600 bytes]") != NULL);
		b24_buf_reset(&out);
		memcpy(text + at, "/rest/1/W3BH00KW3BH00K/x", 24);
		CHECK_INT(b24_redact_capped(text, sizeof(text), 200, &out), 0);
		CHECK(strstr(b24_buf_cstr(&out), "W3B") == NULL && strstr(b24_buf_cstr(&out), "00K") == NULL);
	}
	/* a secret longer than the cap, redacted first: what follows it is shown whole */
	memset(text, 'T', sizeof(text));
	memcpy(text, "auth=", 5);
	memcpy(text + sizeof(text) - 6, "&tail!", 6);
	b24_buf_reset(&out);
	CHECK_INT(b24_redact_capped(text, sizeof(text), 200, &out), 0);
	CHECK_STR(b24_buf_cstr(&out), "auth=***&tail!");
	/* a value: B24_MSG_VALUE_MAX bytes, then the marker */
	memset(text, 'v', sizeof(text));
	CHECK_INT(strlen(b24_redact_value(&tmp, text, sizeof(text))), B24_MSG_VALUE_MAX + strlen("...[600 bytes]"));
	CHECK_STR(b24_redact_value(&tmp, "short\r\n", 7), "short\\x0d\\x0a");
	b24_buf_free(&out);
	b24_buf_free(&tmp);
}

/* What a portal says in error_description reaches no message as it came. */
static void test_error_set(void)
{
	static const char desc[] = "bad call https://p.bitrix24.com/rest/1/w3bh00kc0de/x.json?auth=t0ken "
		"{\"access_token\":\"acc3ss\"}\r\nX-Injected: 1";
	b24_error err;

	b24_error_set_code(&err, B24_E_API, "ERR\nauth=c0de", 13, 400, desc, sizeof(desc) - 1);
	CHECK_STR(err.code, "ERR\\x0aauth=***");
	CHECK(strstr(err.description, "w3bh00kc0de") == NULL);
	CHECK(strstr(err.description, "t0ken") == NULL);
	CHECK(strstr(err.description, "acc3ss") == NULL);
	CHECK(strchr(err.description, '\n') == NULL && strchr(err.description, '\r') == NULL);
	CHECK(strstr(err.description, "/rest/1/***/x.json?auth=***") != NULL);
	b24_error_set(&err, B24_E_TRANSPORT, B24_REDIRECT_REFUSED, 302, "redirect to %s", "https://h/rest/2/abc/\r\n");
	CHECK_STR(err.description, "redirect to https://h/rest/2/***/\\x0d\\x0a");
}

int main(void)
{
	B24T_RUN(test_redact);
	B24T_RUN(test_secret_key);
	B24T_RUN(test_escapes);
	B24T_RUN(test_webhook_spellings);
	B24T_RUN(test_fixed_point);
	B24T_RUN(test_password_control_byte);
	B24T_RUN(test_prefixes);
	B24T_RUN(test_into);
	B24T_RUN(test_capped);
	B24T_RUN(test_error_set);
	return b24t_finish();
}
