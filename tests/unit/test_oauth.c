/*
 * b24_oauth: token answers (and their error answers), the refresh request
 * body in CRest's field order, merging a refresh into a stored set.
 */
#include <stdlib.h>

#include "b24_test.h"
#include "b24_oauth.h"
#include "b24_url.h"

static const char answer[] =
	"{\"access_token\":\"a-new\",\"expires\":1780319382,\"expires_in\":3600,\"scope\":\"crm,placement\","
	"\"domain\":\"oauth.bitrix.info\",\"server_endpoint\":\"https:\\/\\/oauth.bitrix.info\\/rest\\/\","
	"\"status\":\"L\",\"client_endpoint\":\"https:\\/\\/portal.bitrix24.com\\/rest\\/\","
	"\"member_id\":\"d897063e\",\"user_id\":1,\"refresh_token\":\"r-new\"}";

static void test_parse_answer(void)
{
	b24_token t;
	b24_error err;

	b24_token_init(&t);
	CHECK_INT(b24_oauth_parse_token(answer, sizeof(answer) - 1, 200, &t, &err), 0);
	CHECK_STR(t.access_token, "a-new");
	CHECK_STR(t.refresh_token, "r-new");
	CHECK_STR(t.client_endpoint, "https://portal.bitrix24.com/rest/");
	CHECK_STR(t.server_endpoint, "https://oauth.bitrix.info/rest/");
	CHECK_STR(t.domain, "oauth.bitrix.info");
	CHECK_STR(t.member_id, "d897063e");
	CHECK_STR(t.scope, "crm,placement");
	CHECK_STR(t.status, "L");
	CHECK_INT(t.expires, 1780319382);
	CHECK_INT(t.expires_in, 3600);
	CHECK_INT(t.user_id, 1);
	CHECK(t.application_token == NULL);
	b24_token_free(&t);
}

/*
 * A stored set (settings.json, events): numbers as strings (events send
 * "3600"), unknown keys and odd types ignored.
 */
static void test_parse_loose_types(void)
{
	static const char body[] = "{\"access_token\":\"a\",\"expires_in\":\"3600\",\"user_id\":\"7\","
		"\"expires\":\"soon\",\"scope\":[\"crm\"],\"member_id\":12345,\"extra\":{\"x\":1}}";
	b24_token t;

	b24_token_init(&t);
	CHECK_INT(b24_token_parse_json(body, sizeof(body) - 1, &t), 0);
	CHECK_INT(t.expires_in, 3600);
	CHECK_INT(t.user_id, 7);
	CHECK_INT(t.expires, 0);
	CHECK(t.scope == NULL);
	CHECK_STR(t.member_id, "12345");
	b24_token_free(&t);
}

/*
 * An OAuth answer is read strictly: numbers may be numeric strings, but a
 * known key of another type refuses the answer (it would be stored as
 * something the next reader refuses).
 */
static void test_parse_strict_types(void)
{
	static const char *const bodies[] = {
		"{\"access_token\":\"a\",\"client_endpoint\":123}",
		"{\"access_token\":\"a\",\"expires\":\"soon\"}",
		"{\"access_token\":\"a\",\"scope\":[\"crm\"]}",
		"{\"access_token\":\"a\",\"member_id\":12345}",
		"{\"access_token\":[\"a\"]}",
		NULL
	};
	static const char good[] = "{\"access_token\":\"a\",\"expires_in\":\"3600\",\"user_id\":\"7\",\"extra\":{}}";
	b24_token t;
	b24_error err;
	size_t i;

	b24_token_init(&t);
	for (i = 0; bodies[i]; i++) {
		CHECK_INT(b24_oauth_parse_token(bodies[i], strlen(bodies[i]), 200, &t, &err), -1);
		CHECK_STR(err.code, B24_INVALID_JSON);
		CHECK(t.access_token == NULL);
	}
	CHECK_INT(b24_oauth_parse_token(good, sizeof(good) - 1, 200, &t, &err), 0);
	CHECK_INT(t.expires_in, 3600);
	CHECK_INT(t.user_id, 7);
	b24_token_free(&t);
}

/* What may be kept: token characters and lengths, endpoints, text, numbers. */
static void test_token_check(void)
{
	char big[4098];
	const char *why = NULL;
	b24_token t;

	b24_token_init(&t);
	b24_token_set(&t.access_token, "abc", 3);
	b24_token_set(&t.client_endpoint, "https://portal.bitrix24.com/rest/", 33);
	b24_token_set(&t.server_endpoint, "https://oauth.bitrix.info/rest/", 31);
	t.expires_in = 3600;
	CHECK_INT(b24_token_check(&t, 0, &why), 0);
	CHECK(why == NULL);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	b24_token_set(&t.refresh_token, big, 4097);
	CHECK_INT(b24_token_check(&t, 0, &why), -1);
	CHECK(why && strstr(why, "refresh_token") != NULL);
	b24_token_set(&t.refresh_token, big, 4096);
	CHECK_INT(b24_token_check(&t, 0, &why), 0);
	b24_token_set(&t.refresh_token, "a\xff", 2);
	CHECK_INT(b24_token_check(&t, 0, &why), -1);
	b24_token_set(&t.refresh_token, "r", 1);
	b24_token_set(&t.scope, "crm\xc3", 4);
	CHECK_INT(b24_token_check(&t, 0, &why), -1);
	CHECK(why && strstr(why, "scope") != NULL);
	b24_token_set(&t.scope, "crm", 3);
	b24_token_set(&t.client_endpoint, "http://portal.bitrix24.com/rest/", 32);
	CHECK_INT(b24_token_check(&t, 0, &why), -1);
	CHECK(why && strstr(why, "client_endpoint") != NULL);
	CHECK_INT(b24_token_check(&t, B24_URL_ALLOW_HTTP, &why), 0);
	t.expires_in = -5;
	CHECK_INT(b24_token_check(&t, B24_URL_ALLOW_HTTP, &why), -1);
	b24_token_free(&t);
}

static void expect_error(long status, const char *body, int kind, const char *code)
{
	b24_token t;
	b24_error err;

	b24_token_init(&t);
	CHECK_INT(b24_oauth_parse_token(body, strlen(body), status, &t, &err), -1);
	CHECK_INT(err.kind, kind);
	CHECK_STR(err.code, code);
	CHECK(t.access_token == NULL);
	b24_token_free(&t);
}

static void test_error_answers(void)
{
	expect_error(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid grant\"}",
		B24_E_AUTH, "invalid_grant");
	expect_error(401, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client\"}",
		B24_E_AUTH, "invalid_client");
	expect_error(200, "{\"error\":\"PAYMENT_REQUIRED\",\"error_description\":\"Payment required\"}",
		B24_E_ACCESS, "PAYMENT_REQUIRED");
	expect_error(400, "{\"error\":\"invalid_request\"}", B24_E_AUTH, "invalid_request");
	expect_error(502, "<html>Bad Gateway</html>", B24_E_SERVER, B24_HTTP_ERROR);
	expect_error(200, "<html>?</html>", B24_E_RESPONSE, B24_INVALID_JSON);
	expect_error(200, "", B24_E_RESPONSE, B24_EMPTY_ANSWER);
	expect_error(200, "{\"refresh_token\":\"r\"}", B24_E_RESPONSE, B24_INVALID_JSON);
	expect_error(200, "{\"result\":true}", B24_E_RESPONSE, B24_INVALID_JSON);
}

static void test_refresh_request(void)
{
	b24_buf b = B24_BUF_INIT;

	CHECK_INT(b24_oauth_refresh_body(&b, "local.5f0e.123", "s3cr&t", "r+1 2"), 0);
	CHECK_STR(b.data, "client_id=local.5f0e.123&grant_type=refresh_token&client_secret=s3cr%26t"
		"&refresh_token=r%2B1+2");
	CHECK_INT(b24_oauth_token_url(&b, "https://oauth.bitrix24.tech/"), 0);
	CHECK_STR(b.data, "https://oauth.bitrix24.tech/oauth/token/");
	b24_buf_free(&b);
}

static void test_merge_refresh(void)
{
	b24_token stored, fresh, copy;

	b24_token_init(&stored);
	b24_token_init(&fresh);
	b24_token_init(&copy);
	b24_token_set(&stored.access_token, "a-old", 5);
	b24_token_set(&stored.refresh_token, "r-old", 5);
	b24_token_set(&stored.domain, "portal.bitrix24.com", 19);
	b24_token_set(&stored.application_token, "app-tok", 7);
	b24_token_set(&stored.member_id, "m1", 2);
	stored.user_id = 3;
	b24_token_set(&fresh.access_token, "a-new", 5);
	b24_token_set(&fresh.refresh_token, "r-new", 5);
	b24_token_set(&fresh.domain, "oauth.bitrix.info", 17);
	fresh.expires_in = 3600;
	CHECK_INT(b24_token_merge_refresh(&stored, &fresh), 0);
	CHECK_STR(stored.access_token, "a-new");
	CHECK_STR(stored.refresh_token, "r-new");
	CHECK_STR(stored.domain, "portal.bitrix24.com");
	CHECK_STR(stored.application_token, "app-tok");
	CHECK_STR(stored.member_id, "m1");
	CHECK_INT(stored.user_id, 3);
	CHECK_INT(stored.expires_in, 3600);
	CHECK_INT(b24_token_copy(&copy, &stored), 0);
	CHECK_STR(copy.domain, "portal.bitrix24.com");
	CHECK(copy.domain != stored.domain);
	CHECK_INT(copy.user_id, 3);
	CHECK_INT(b24_token_set(&copy.scope, NULL, 0), 0);
	CHECK(copy.scope == NULL);
	b24_token_free(&stored);
	b24_token_free(&fresh);
	b24_token_free(&copy);
}

int main(void)
{
	B24T_RUN(test_parse_answer);
	B24T_RUN(test_parse_loose_types);
	B24T_RUN(test_parse_strict_types);
	B24T_RUN(test_token_check);
	B24T_RUN(test_error_answers);
	B24T_RUN(test_refresh_request);
	B24T_RUN(test_merge_refresh);
	return b24t_finish();
}
