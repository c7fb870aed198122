/*
 * b24_envelope: classification of many answers, including the ones portals
 * and proxies really send (HTML 502 pages, errors with status 200, REST 3
 * error objects, truncated and empty bodies).
 */
#include <stdio.h>

#include "b24_test.h"
#include "b24_envelope.h"

/* Classifies and checks the outcome: want_code NULL means success. */
static void expect(long status, const char *body, int truncated, int want_kind, const char *want_code)
{
	b24_error err;
	int rc = b24_envelope_classify(status, body, strlen(body), truncated, &err);

	if (!want_code) {
		if (rc != B24_ENVELOPE_OK) {
			b24t_fail(__FILE__, __LINE__, "%ld %s: expected success, got %s", status, body, err.code);
		}
		return;
	}
	if (rc != B24_ENVELOPE_ERROR || err.kind != want_kind || strcmp(err.code, want_code) != 0
			|| err.http_status != status) {
		b24t_fail(__FILE__, __LINE__, "%ld %.60s: got rc %d kind %d code %s, expected kind %d code %s",
			status, body, rc, err.kind, err.code, want_kind, want_code);
	}
}

static void test_success(void)
{
	expect(200, "{\"result\":{\"ID\":\"1\"},\"time\":{\"start\":1.5}}", 0, 0, NULL);
	expect(200, " \r\n\t{\"result\":true}", 0, 0, NULL);
	expect(200, "{\"result\":[],\"total\":0,\"time\":{}}", 0, 0, NULL);
	/* not the fast path: key order or spacing differ, still a success */
	expect(200, "{\"time\":{},\"result\":5}", 0, 0, NULL);
	expect(200, "{ \"result\" : null }", 0, 0, NULL);
	expect(201, "{\"result\":1}", 0, 0, NULL);
	CHECK(b24_envelope_fast_result("{\"result\"", 9));
	CHECK(b24_envelope_fast_result("\n{\"result\":1}", 13));
	CHECK(!b24_envelope_fast_result("{\"resul", 7));
	CHECK(!b24_envelope_fast_result("{ \"result\":1}", 13));
}

static void test_server_errors(void)
{
	expect(401, "{\"error\":\"expired_token\",\"error_description\":\"The access token provided has expired.\"}",
		0, B24_E_AUTH, "expired_token");
	expect(401, "{\"error\":\"EXPIRED_TOKEN\"}", 0, B24_E_AUTH, "EXPIRED_TOKEN");
	expect(503, "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}",
		0, B24_E_LIMIT, "QUERY_LIMIT_EXCEEDED");
	expect(429, "{\"error\":\"OPERATION_TIME_LIMIT\"}", 0, B24_E_LIMIT, "OPERATION_TIME_LIMIT");
	expect(404, "{\"error\":\"ERROR_METHOD_NOT_FOUND\",\"error_description\":\"Method not found!\"}",
		0, B24_E_METHOD_NOT_FOUND, "ERROR_METHOD_NOT_FOUND");
	expect(403, "{\"error\":\"insufficient_scope\"}", 0, B24_E_ACCESS, "insufficient_scope");
	expect(500, "{\"error\":\"INTERNAL_SERVER_ERROR\"}", 0, B24_E_SERVER, "INTERNAL_SERVER_ERROR");
	expect(400, "{\"error\":\"ERROR_CORE\",\"error_description\":\"x\"}", 0, B24_E_API, "ERROR_CORE");
	expect(400, "{\"error\":\"SOME_NEW_CODE\"}", 0, B24_E_API, "SOME_NEW_CODE");
	/* a portal's code spelled like b24's own stays the portal's (found by fuzz_envelope) */
	expect(401, "{\"error\":\"B24_HTTP_ERROR\",\"err\x7fon\":\"a\"}", 0, B24_E_API, "B24_HTTP_ERROR");
	/* portals answer placement errors with 200 */
	expect(200, "{\"error\":\"ERROR_PLACEMENT_MAX_COUNT\",\"error_description\":\"limit\"}",
		0, B24_E_API, "ERROR_PLACEMENT_MAX_COUNT");
	expect(200, "{\"error\":\"ERROR_ARGUMENT\",\"argument\":\"PLACEMENT\"}", 0, B24_E_API, "ERROR_ARGUMENT");
	/* an error next to a result is an error, whatever the key order (the fast path too) */
	expect(200, "{\"time\":{},\"result\":null,\"error\":\"ERROR_CORE\"}", 0, B24_E_API, "ERROR_CORE");
	expect(200, "{\"result\":null,\"error\":\"ERROR_CORE\"}", 0, B24_E_API, "ERROR_CORE");
	expect(200, "{\"error\":\"ERROR_CORE\",\"result\":1}", 0, B24_E_API, "ERROR_CORE");
	expect(200, "{\"result\":1,\"error\":\"\"}", 0, B24_E_API, "");
	expect(200, "{\"result\":{\"a\":[1,{\"b\":2}]},\"time\":{},\"error\":\"X\"}", 0, B24_E_API, "X");
	/* a key spelled with escapes is the same key */
	expect(200, "{\"result\":1,\"\\u0065rror\":\"X\"}", 0, B24_E_API, "X");
	/* "error" inside the result, or as a value, is no error member */
	expect(200, "{\"result\":{\"error\":\"X\"},\"x\":\"error\"}", 0, 0, NULL);
	expect(200, "{\"result\":[\"error\",{\"error\":1}],\"t\":[\"a\",\"error\"]}", 0, 0, NULL);
	expect(200, "{\"result\":\"a\\\"error\\\"\"}", 0, 0, NULL);
	/* null is absent; any other type is no code */
	expect(200, "{\"result\":1,\"error\":null}", 0, 0, NULL);
	expect(200, "{\"result\":1,\"error\":5}", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(200, "{\"error\":false,\"result\":1}", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(200, "{\"result\":1,\"error\":{\"message\":\"m\"}}", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	/* the status decides without an error member: 4xx/5xx fail, a 2xx object needs a result */
	expect(400, "{\"result\":1}", 0, B24_E_SERVER, B24_HTTP_ERROR);
	expect(200, "{\"foo\":1}", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	CHECK_INT(b24_envelope_shape_of("{\"foo\":1}", 9), B24_ENVELOPE_SHAPE_NEITHER);
	CHECK_INT(b24_envelope_shape_of("{\"result\":1,\"error\":\"X\"}", 24), B24_ENVELOPE_SHAPE_ERROR);
	CHECK_INT(b24_envelope_shape_of("{\"error\":5}", 11), B24_ENVELOPE_SHAPE_BAD_ERROR);
	CHECK_INT(b24_envelope_shape_of("{\"result\":1}", 12), B24_ENVELOPE_SHAPE_RESULT);
	CHECK_INT(b24_envelope_shape_of("[1]", 3), B24_ENVELOPE_SHAPE_NOT_OBJECT);
	/* RFC 8259 only: what json-c would take by default and ext/json refuses */
	expect(200, "{\"error\":\"X\",}", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(200, "{\"error\":'X'}", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(200, "{/* c */\"error\":\"X\"}", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(400, "{\"error\":\"X\",}", 0, B24_E_SERVER, B24_HTTP_ERROR);
	/* REST 3 shape */
	expect(400, "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION\",\"message\":\"m\"}}",
		0, B24_E_API, "BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION");
}

static void test_descriptions(void)
{
	b24_error err;
	static const char with[] = "{\"error\":\"ERROR_CORE\",\"error_description\":\"Deal \\u00e9 not found\"}";
	static const char without[] = "{\"error\":\"QUERY_LIMIT_EXCEEDED\"}";
	static const char unknown[] = "{\"error\":\"X_Y\"}";

	b24_envelope_classify(400, with, sizeof(with) - 1, 0, &err);
	CHECK_STR(err.description, "Deal \xc3\xa9 not found");
	b24_envelope_classify(503, without, sizeof(without) - 1, 0, &err);
	CHECK_STR(err.description, "Too many requests");
	b24_envelope_classify(400, unknown, sizeof(unknown) - 1, 0, &err);
	CHECK_STR(err.description, "X_Y");
}

/* The portal answers a missing CRM item with an empty code: an API error all the same. */
static void test_empty_code(void)
{
	b24_error err;
	static const char not_found[] = "{\"error\":\"\",\"error_description\":\"Not found\"}";
	static const char bare[] = "{\"error\":\"\"}";
	static const char rest3[] = "{\"error\":{\"code\":\"\",\"message\":\"Not found\"}}";

	CHECK_INT(b24_envelope_classify(400, not_found, sizeof(not_found) - 1, 0, &err), B24_ENVELOPE_ERROR);
	CHECK_INT(err.kind, B24_E_API);
	CHECK_STR(err.code, "");
	CHECK_STR(err.description, "Not found");
	CHECK_INT(err.http_status, 400);
	CHECK_INT(b24_envelope_classify(200, not_found, sizeof(not_found) - 1, 0, &err), B24_ENVELOPE_ERROR);
	CHECK_STR(err.code, "");
	CHECK_INT(b24_envelope_classify(400, rest3, sizeof(rest3) - 1, 0, &err), B24_ENVELOPE_ERROR);
	CHECK_STR(err.code, "");
	CHECK_STR(err.description, "Not found");
	b24_envelope_classify(400, bare, sizeof(bare) - 1, 0, &err);
	CHECK_INT(err.kind, B24_E_API);
	CHECK_STR(err.code, "");
	CHECK_STR(err.description, "the portal answered an error without a code or description");
}

static void test_not_json(void)
{
	b24_error err;
	static const char html[] = "<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>";

	expect(502, html, 0, B24_E_SERVER, B24_HTTP_ERROR);
	b24_envelope_classify(502, html, sizeof(html) - 1, 0, &err);
	CHECK(strstr(err.description, "502") != NULL);
	CHECK(strstr(err.description, "Bad Gateway") != NULL);
	CHECK(strchr(err.description, '\n') == NULL);
	expect(200, "<html>maintenance</html>", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(200, "{\"result\":", 0, 0, NULL);   /* fast path trusts the prefix; the decoder sees the rest */
	expect(200, "{\"time\":", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(200, "{\"time\":{}} trailing", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(200, "[1,2]", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(200, "\"result\"", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(200, "{\"time\":{}}", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(500, "{\"time\":{}}", 0, B24_E_SERVER, B24_HTTP_ERROR);
	expect(200, "{\"error\":42}", 0, B24_E_RESPONSE, B24_INVALID_JSON);
	expect(404, "Not Found", 0, B24_E_SERVER, B24_HTTP_ERROR);
}

static void test_empty_and_truncated(void)
{
	expect(200, "", 0, B24_E_RESPONSE, B24_EMPTY_ANSWER);
	expect(204, "", 0, B24_E_RESPONSE, B24_EMPTY_ANSWER);
	expect(502, "", 0, B24_E_SERVER, B24_HTTP_ERROR);
	expect(200, "{\"result\":[1,2", 1, B24_E_RESPONSE, B24_TRUNCATED);
	expect(200, "{\"result\":[1,2]}", 1, B24_E_RESPONSE, B24_TRUNCATED);
}

/* Secrets echoed inside an error page never reach the message. */
static void test_snippet_redacted(void)
{
	b24_error err;
	static const char body[] = "<pre>POST /rest/1/s3cr3tc0de/x.json auth=tok99</pre>";

	b24_envelope_classify(500, body, sizeof(body) - 1, 0, &err);
	CHECK(strstr(err.description, "s3cr3tc0de") == NULL);
	CHECK(strstr(err.description, "tok99") == NULL);
}

/* head, then `levels` nested empty arrays, then '}': the length written. */
static size_t nested_body(char *body, const char *head, size_t levels)
{
	size_t i, n = (size_t)sprintf(body, "%s", head);

	for (i = 0; i < levels; i++) {
		body[n++] = '[';
	}
	for (i = 0; i < levels; i++) {
		body[n++] = ']';
	}
	body[n++] = '}';
	body[n] = '\0';
	return n;
}

static void test_deep_nesting(void)
{
	char body[2100];
	size_t n = nested_body(body, "{\"time\":1,\"result\":", 300);
	b24_error err;

	CHECK_INT(b24_envelope_classify(200, body, n, 0, &err), B24_ENVELOPE_OK);
}

/* The split of `body`: rc, and the text of each kept member ("" when absent). */
static void expect_split(const char *body, int want_rc, const char *result, const char *total,
	const char *next, const char *time)
{
	b24_envelope_members m;
	int rc = b24_envelope_split(body, strlen(body), &m);

	CHECK_INT(rc, want_rc);
	if (rc != 0) {
		return;
	}
	CHECK_MEM(body + m.result.off, m.result.len, result);
	CHECK_MEM(body + m.total.off, m.total.len, total);
	CHECK_MEM(body + m.next.off, m.next.len, next);
	CHECK_MEM(body + m.time.off, m.time.len, time);
}

static void test_split(void)
{
	expect_split("{\"result\":{\"ID\":\"1\",\"N\":\"\\u00e9}\"},\"time\":{\"start\":1767225600.123456,"
		"\"date\":\"2026-01-01T00:00:00+00:00\",\"op\":0}}", 0,
		"{\"ID\":\"1\",\"N\":\"\\u00e9}\"}", "", "",
		"{\"start\":1767225600.123456,\"date\":\"2026-01-01T00:00:00+00:00\",\"op\":0}");
	expect_split(" { \"total\" : 5 , \"result\" : [1, \"]\"] ,\"next\":50,\"x\":[null,true,false,-0.5e+3,{}]} \n",
		0, "[1, \"]\"]", "5", "50", "");
	expect_split("{\"result\":\"a\\\"b\",\"time\":[],\"time\":{}}", 0, "\"a\\\"b\"", "", "", "{}");
	expect_split("{\"result\":-12.5}", 0, "-12.5", "", "", "");
	expect_split("{\"result\":null}", 0, "null", "", "", "");
	expect_split("{}", 0, "", "", "", "");
	/* what the split leaves to the full parser */
	expect_split("[1]", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,\"result\":2}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"res\\u0075lt\":1}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,\"time\":{\"a\":\"\xc3\xa9\"}}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,\"time\":{\"a\":\"\\n\"}}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,\"time\":01}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,\"time\":1.}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,\"time\":1e}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,\"time\":tru}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,\"time\":[1,]}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,\"time\":{\"a\"}}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1,}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1} x", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":[1,2}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":\"abc}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":}", -1, NULL, NULL, NULL, NULL);
	expect_split("{\"result\":1", -1, NULL, NULL, NULL, NULL);
}

static void test_split_depth(void)
{
	char body[300];
	b24_envelope_members m;

	CHECK_INT(b24_envelope_split(body, nested_body(body, "{\"result\":1,\"time\":", 64), &m), 0);
	CHECK_INT(b24_envelope_split(body, nested_body(body, "{\"result\":1,\"time\":", 65), &m), -1);
}

int main(void)
{
	B24T_RUN(test_success);
	B24T_RUN(test_server_errors);
	B24T_RUN(test_descriptions);
	B24T_RUN(test_empty_code);
	B24T_RUN(test_not_json);
	B24T_RUN(test_empty_and_truncated);
	B24T_RUN(test_snippet_redacted);
	B24T_RUN(test_deep_nesting);
	B24T_RUN(test_split);
	B24T_RUN(test_split_depth);
	return b24t_finish();
}
