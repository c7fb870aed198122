/*
 * b24_url: parsing, the configured URL forms, handler URL validation with
 * every local range, and redaction of secrets.
 */
#include "b24_test.h"
#include "b24_url.h"

static void test_parse(void)
{
	static const char u[] = "https://user:pw@Host.example:8443/a/b?x=1&y=2#frag";
	b24_url p;

	CHECK_INT(b24_url_parse(u, sizeof(u) - 1, &p), 0);
	CHECK_MEM(u + p.scheme.off, p.scheme.len, "https");
	CHECK(p.has_userinfo);
	CHECK_MEM(u + p.userinfo.off, p.userinfo.len, "user:pw");
	CHECK_MEM(u + p.host.off, p.host.len, "Host.example");
	CHECK_INT(p.port, 8443);
	CHECK_MEM(u + p.path.off, p.path.len, "/a/b");
	CHECK_MEM(u + p.query.off, p.query.len, "x=1&y=2");
	CHECK_MEM(u + p.fragment.off, p.fragment.len, "frag");

	CHECK_INT(b24_url_parse("https://[::1]:8080/x", 20, &p), 0);
	CHECK(p.host_is_ipv6);
	CHECK_MEM("https://[::1]:8080/x" + p.host.off, p.host.len, "::1");
	CHECK_INT(p.port, 8080);
	CHECK_INT(b24_url_parse("https://h", 9, &p), 0);
	CHECK_INT(p.port, -1);
	CHECK_INT(p.path.len, 0);

	CHECK_INT(b24_url_parse("no-scheme.example/x", 19, &p), -1);
	CHECK_INT(b24_url_parse("https:/x", 8, &p), -1);
	CHECK_INT(b24_url_parse("https://h:99999/", 16, &p), -1);
	CHECK_INT(b24_url_parse("https://h:8x/", 13, &p), -1);
	CHECK_INT(b24_url_parse("https://[::1/", 13, &p), -1);
	CHECK_INT(b24_url_parse("https://h/a b", 13, &p), -1);
}

/* Runs a base function and compares its output, or expects a failure (want NULL). */
static void expect_base(int (*fn)(const char *, size_t, int, b24_buf *, b24_error *),
	const char *url, int flags, const char *want)
{
	b24_buf out = B24_BUF_INIT;
	b24_error err;

	b24_error_clear(&err);
	if (want) {
		CHECK_INT(fn(url, strlen(url), flags, &out, &err), 0);
		CHECK_STR(b24_buf_cstr(&out), want);
	} else {
		CHECK_INT(fn(url, strlen(url), flags, &out, &err), -1);
		CHECK_INT(err.kind, B24_E_API);
		CHECK_STR(err.code, B24_INVALID_ARGUMENT);
		/* the secret code never appears in the message */
		CHECK(strstr(err.description, "s3cr3tcode") == NULL);
	}
	b24_buf_free(&out);
}

static void test_webhook_base(void)
{
	expect_base(b24_url_webhook_base, "https://example.bitrix24.com/rest/1/s3cr3tcode/", 0,
		"https://example.bitrix24.com/rest/1/s3cr3tcode/");
	expect_base(b24_url_webhook_base, "https://example.bitrix24.com/rest/17/s3cr3tcode", 0,
		"https://example.bitrix24.com/rest/17/s3cr3tcode/");
	expect_base(b24_url_webhook_base, "HTTPS://Example.Bitrix24.COM:443/rest/1/s3cr3tcode/", 0,
		"https://example.bitrix24.com/rest/1/s3cr3tcode/");
	expect_base(b24_url_webhook_base, "https://portal.local:8443/rest/1/s3cr3tcode/", 0,
		"https://portal.local:8443/rest/1/s3cr3tcode/");
	expect_base(b24_url_webhook_base, "http://127.0.0.1:8080/rest/1/s3cr3tcode/", B24_URL_ALLOW_HTTP,
		"http://127.0.0.1:8080/rest/1/s3cr3tcode/");
	expect_base(b24_url_webhook_base, "https://localhost:38123/fast/rest/1/s3cr3tcode/", 0,
		"https://localhost:38123/fast/rest/1/s3cr3tcode/");
	expect_base(b24_url_webhook_base, "https://h/rest/x/rest/1/s3cr3tcode", 0, "https://h/rest/x/rest/1/s3cr3tcode/");
	expect_base(b24_url_webhook_base, "http://example.bitrix24.com/rest/1/s3cr3tcode/", 0, NULL);
	expect_base(b24_url_webhook_base, "https://example.bitrix24.com/rest/x/s3cr3tcode/", 0, NULL);
	expect_base(b24_url_webhook_base, "https://example.bitrix24.com/rest/1/", 0, NULL);
	expect_base(b24_url_webhook_base, "https://example.bitrix24.com/rest/1/s3cr3tcode/crm.lead.add", 0, NULL);
	expect_base(b24_url_webhook_base, "https://example.bitrix24.com/rest/1/s3cr3tcode/?x=1", 0, NULL);
	expect_base(b24_url_webhook_base, "https://example.bitrix24.com/rest/1/s3cr3tcode/#f", 0, NULL);
	expect_base(b24_url_webhook_base, "https://u:p@example.bitrix24.com/rest/1/s3cr3tcode/", 0, NULL);
	expect_base(b24_url_webhook_base, "https:///rest/1/s3cr3tcode/", 0, NULL);
	expect_base(b24_url_webhook_base, "https://example.bitrix24.com/rest/1/s3cr3tcode//", 0, NULL);
	expect_base(b24_url_webhook_base, "ftp://example.bitrix24.com/rest/1/s3cr3tcode/", 0, NULL);
}

static void test_client_endpoint_and_oauth_server(void)
{
	expect_base(b24_url_client_endpoint, "https://portal.bitrix24.com/rest/", 0,
		"https://portal.bitrix24.com/rest/");
	expect_base(b24_url_client_endpoint, "https://Portal.bitrix24.com/rest", 0,
		"https://portal.bitrix24.com/rest/");
	expect_base(b24_url_client_endpoint, "https://host/bitrix/rest/", 0, "https://host/bitrix/rest/");
	expect_base(b24_url_client_endpoint, "https://portal.bitrix24.com/", 0, NULL);
	expect_base(b24_url_client_endpoint, "https://portal.bitrix24.com/xrest/", 0, NULL);
	expect_base(b24_url_client_endpoint, "https://portal.bitrix24.com/rest/x", 0, NULL);
	expect_base(b24_url_client_endpoint, "https://portal.bitrix24.com/rest/1/s3cr3tcode/", 0, NULL);
	expect_base(b24_url_client_endpoint, "http://portal.bitrix24.com/rest/", 0, NULL);
	expect_base(b24_url_oauth_server, "https://oauth.bitrix.info/", 0, "https://oauth.bitrix.info/");
	expect_base(b24_url_oauth_server, "https://oauth.bitrix.info", 0, "https://oauth.bitrix.info/");
	expect_base(b24_url_oauth_server, "https://oauth.bitrix24.tech/rest/", 0, "https://oauth.bitrix24.tech/");
	expect_base(b24_url_oauth_server, "http://127.0.0.1:9/rest/", B24_URL_ALLOW_HTTP, "http://127.0.0.1:9/");
	expect_base(b24_url_oauth_server, "https://oauth.bitrix.info/oauth/token/", 0, NULL);
	expect_base(b24_url_oauth_server, "https://oauth.bitrix.info/?client_secret=x", 0, NULL);
}

static void test_origin(void)
{
	b24_buf o = B24_BUF_INIT;

	CHECK_INT(b24_url_origin("https://Portal.Example/rest/x.json?a=1", 38, &o), 0);
	CHECK_STR(o.data, "https://portal.example:443");
	CHECK_INT(b24_url_origin("http://h:8080/", 14, &o), 0);
	CHECK_STR(o.data, "http://h:8080");
	CHECK_INT(b24_url_origin("https://[::1]/", 14, &o), 0);
	CHECK_STR(o.data, "https://[::1]:443");
	CHECK_INT(b24_url_origin("ftp://h/", 8, &o), -1);
	CHECK_INT(b24_url_origin("https:///x", 10, &o), -1);
	b24_buf_free(&o);
}

static int check_handler(const char *url, int allow_local)
{
	return b24_url_check_handler(url, strlen(url), allow_local);
}

static void test_handler_rules(void)
{
	char longer[2100];

	CHECK_INT(check_handler("https://app.example.com/handler.php?x=1", 0), B24_URL_OK);
	CHECK_INT(check_handler("https://app.example.com", 0), B24_URL_OK);
	CHECK_INT(check_handler("http://app.example.com/h", 0), B24_URL_NOT_HTTPS);
	CHECK_INT(check_handler("/relative/path", 0), B24_URL_MALFORMED);
	CHECK_INT(check_handler("https:///h", 0), B24_URL_NO_HOST);
	CHECK_INT(check_handler("https://user:pw@app.example.com/h", 0), B24_URL_USERINFO);
	CHECK_INT(check_handler("https://user@app.example.com/h", 0), B24_URL_USERINFO);
	CHECK_INT(check_handler("https://app.example.com/h#top", 0), B24_URL_FRAGMENT);
	CHECK_INT(check_handler("https://app.example.com/a b", 0), B24_URL_BAD_CHAR);
	CHECK_INT(check_handler("https://app.example.com/a\nb", 0), B24_URL_BAD_CHAR);
	CHECK_INT(check_handler("https://localhost/h", 0), B24_URL_LOCAL_HOST);
	CHECK_INT(check_handler("https://localhost/h", 1), B24_URL_OK);
	CHECK_INT(check_handler("https://[::1]:8443/h", 0), B24_URL_LOCAL_HOST);
	CHECK_INT(check_handler("https://[2001:db8::1]/h", 0), B24_URL_OK);
	memset(longer, 'a', sizeof(longer));
	memcpy(longer, "https://app.example.com/", 24);
	CHECK_INT(b24_url_check_handler(longer, 2048, 0), B24_URL_OK);
	CHECK_INT(b24_url_check_handler(longer, 2049, 0), B24_URL_TOO_LONG);
	CHECK(strstr(b24_url_check_message(B24_URL_LOCAL_HOST), "local") != NULL);
	CHECK(strstr(b24_url_check_message(B24_URL_NOT_HTTPS), "https") != NULL);
}

static void expect_redacted(const char *in, const char *want)
{
	b24_buf out = B24_BUF_INIT;

	CHECK_INT(b24_url_redact(in, strlen(in), &out), 0);
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

static void test_secret_key(void)
{
	static const char *const secret[] = { "access_token", "REFRESH_TOKEN", "client_secret",
		"application_token", "auth", "AUTH_ID", "refresh_id", "C_REST_CLIENT_SECRET" };
	static const char *const plain[] = { "", "auth_", "author", "oauth", "member_id", "domain",
		"access_token_x", "C_REST_CLIENT_ID", "expires_in", "client_id" };
	size_t i;

	for (i = 0; i < sizeof(secret) / sizeof(secret[0]); i++) {
		CHECK_INT(b24_url_secret_key(secret[i], strlen(secret[i])), 1);
	}
	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
		CHECK_INT(b24_url_secret_key(plain[i], strlen(plain[i])), 0);
	}
	/* the length counts: a key is not read past it */
	CHECK_INT(b24_url_secret_key("authority", 4), 1);
}

int main(void)
{
	B24T_RUN(test_parse);
	B24T_RUN(test_webhook_base);
	B24T_RUN(test_client_endpoint_and_oauth_server);
	B24T_RUN(test_origin);
	B24T_RUN(test_handler_rules);
	B24T_RUN(test_redact);
	B24T_RUN(test_secret_key);
	return b24t_finish();
}
