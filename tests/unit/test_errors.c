/*
 * b24_errors: the generated errors.tsv table and its lookups.
 */
#include "b24_test.h"
#include "b24_errors.h"

static void test_lookup(void)
{
	b24_error_info info;

	CHECK(b24_errors_find("expired_token", 13, &info));
	CHECK_STR(info.code, "expired_token");
	CHECK_INT(info.http_status, 401);
	CHECK_STR(info.class_name, "Auth");
	CHECK_INT(info.kind, B24_E_AUTH);
	CHECK_STR(info.crest_information, "expired token, cant get new auth? Check access oauth server.");
	/* case-insensitive both ways */
	CHECK(b24_errors_find("EXPIRED_TOKEN", 13, &info));
	CHECK(b24_errors_find("query_limit_exceeded", 20, &info));
	CHECK_INT(info.kind, B24_E_LIMIT);
	CHECK_INT(info.http_status, 503);
	CHECK_STR(info.crest_information, "Too many requests, maximum 2 query by second");
	/* exact case wins where the table has two spellings */
	CHECK(b24_errors_find("invalid_request", 15, &info));
	CHECK_STR(info.class_name, "Auth");
	CHECK(b24_errors_find("INVALID_REQUEST", 15, &info));
	CHECK_STR(info.class_name, "Api");
	/* a prefix is not a match */
	CHECK(!b24_errors_find("expired_tok", 11, &info));
	CHECK(!b24_errors_find("expired_tokens", 14, &info));
}

static void test_kinds(void)
{
	CHECK_INT(b24_errors_kind("ERROR_METHOD_NOT_FOUND", 22), B24_E_METHOD_NOT_FOUND);
	CHECK_INT(b24_errors_kind("insufficient_scope", 18), B24_E_ACCESS);
	CHECK_INT(b24_errors_kind("INTERNAL_SERVER_ERROR", 21), B24_E_SERVER);
	CHECK_INT(b24_errors_kind("OPERATION_TIME_LIMIT", 20), B24_E_LIMIT);
	CHECK_INT(b24_errors_kind("invalid_grant", 13), B24_E_AUTH);
	CHECK_INT(b24_errors_kind("PAYMENT_REQUIRED", 16), B24_E_ACCESS);
	CHECK_INT(b24_errors_kind("ERROR_PLACEMENT_MAX_COUNT", 25), B24_E_API);
	CHECK_INT(b24_errors_kind("SOMETHING_NEW", 13), B24_E_API);
	CHECK_STR(b24_errors_class("SOMETHING_NEW", 13), "Api");
	CHECK_STR(b24_errors_class("NO_AUTH_FOUND", 13), "Auth");
}

static void test_kind_classes(void)
{
	int k;

	for (k = B24_E_TRANSPORT; k <= B24_E_API; k++) {
		CHECK_INT(b24_error_kind_from_class(b24_error_kind_class(k)), k);
	}
	CHECK_STR(b24_error_kind_class(B24_E_METHOD_NOT_FOUND), "MethodNotFound");
	CHECK_STR(b24_error_kind_class(99), "Api");
	CHECK_INT(b24_error_kind_from_class("Nope"), B24_E_API);
}

/* Every row has a class that names a kind, and a plausible status. */
static void test_table_rows(void)
{
	b24_error_info info;
	size_t i, n = b24_errors_count();

	CHECK(n >= 30);
	for (i = 0; i < n; i++) {
		CHECK(b24_errors_at(i, &info));
		CHECK(info.http_status >= 200 && info.http_status < 600);
		CHECK_STR(b24_error_kind_class(info.kind), info.class_name);
		CHECK(info.crest_information != NULL);
	}
	CHECK(!b24_errors_at(n, &info));
}

/* catalog/codes.tsv: every class is one the binding throws ("" = B24Exception), no code is a portal's. */
#define B24T_CODE_ROW(code, cls, meaning) { code, cls, meaning },
static const struct { const char *code, *class_name, *meaning; } b24t_codes[] = {
	B24_CODES_ROWS(B24T_CODE_ROW)
};
#undef B24T_CODE_ROW

static void test_client_codes(void)
{
	b24_error_info info;
	size_t i, n = sizeof(b24t_codes) / sizeof(b24t_codes[0]);

	CHECK(n > 0);
	for (i = 0; i < n; i++) {
		const char *cls = b24t_codes[i].class_name;

		CHECK(strncmp(b24t_codes[i].code, "B24_", 4) == 0);
		CHECK(b24t_codes[i].meaning[0] != '\0');
		CHECK_STR(cls[0] ? b24_error_kind_class(b24_error_kind_from_class(cls)) : "", cls);
		CHECK(!b24_errors_find(b24t_codes[i].code, strlen(b24t_codes[i].code), &info));
	}
	CHECK_STR(B24_TIMEOUT, "B24_TIMEOUT");
}

static void test_error_set(void)
{
	b24_error e;
	char long_desc[1200];
	char long_code[400];

	b24_error_set(&e, B24_E_TRANSPORT, B24_TIMEOUT, 0, "after %d ms", 75000);
	CHECK_INT(e.kind, B24_E_TRANSPORT);
	CHECK_STR(e.code, "B24_TIMEOUT");
	CHECK_STR(e.description, "after 75000 ms");
	/* truncation keeps UTF-8 whole: 2-byte letters, odd cut */
	for (size_t i = 0; i + 1 < sizeof(long_desc); i += 2) {
		long_desc[i] = '\xd0';
		long_desc[i + 1] = '\xb6';
	}
	long_desc[sizeof(long_desc) - 1] = '\0';
	b24_error_set_code(&e, B24_E_API, "X", 1, 400, long_desc, strlen(long_desc));
	/* 450 letters of 2 bytes: 900 bytes shown, the marker says how long it was */
	CHECK_INT(strlen(e.description), 900 + strlen("...[1199 bytes]"));
	CHECK(strcmp(e.description + 900, "...[1199 bytes]") == 0);
	/* a code is never cut silently: whole up to B24_MSG_VALUE_MAX, then the marker */
	memset(long_code, 'C', sizeof(long_code));
	b24_error_set_code(&e, B24_E_API, long_code, 200, 400, "d", 1);
	CHECK_INT(strlen(e.code), 200);
	b24_error_set_code(&e, B24_E_API, long_code, sizeof(long_code), 400, "d", 1);
	CHECK_INT(strlen(e.code), 200 + strlen("...[400 bytes]"));
	CHECK(strcmp(e.code + 200, "...[400 bytes]") == 0);
	/* a formatted description longer than its buffer is capped the same way */
	b24_error_set(&e, B24_E_API, "X", 0, "%s|%s", long_desc, "tail");
	CHECK(strstr(e.description, "...[1204 bytes]") != NULL);
	b24_error_clear(&e);
	CHECK_INT(e.kind, B24_E_NONE);
	CHECK_STR(e.code, "");
	b24_error_set(NULL, B24_E_API, "X", 0, "ignored");
}

int main(void)
{
	B24T_RUN(test_lookup);
	B24T_RUN(test_kinds);
	B24T_RUN(test_kind_classes);
	B24T_RUN(test_table_rows);
	B24T_RUN(test_client_codes);
	B24T_RUN(test_error_set);
	return b24t_finish();
}
