/*
 * b24_json_strict: RFC 8259 text only, whatever json-c's version; text in
 * any language reads (json-c 0.18's own strict flag refuses it).
 */
#include <string.h>

#include <json-c/json.h>

#include "b24_test.h"
#include "b24_json_strict.h"
#include "b24_envelope.h"

static int ok(const char *text)
{
	return b24_json_strict_ok(text, strlen(text));
}

/* b24_json_parse() of text: 1 when it gives an object. */
static int parses(const char *text)
{
	json_object *o = b24_json_parse(text, strlen(text));
	int r = o != NULL;

	json_object_put(o);
	return r;
}

static void test_text_in_any_language(void)
{
	CHECK(ok("{\"error\":\"ERROR_CORE\",\"error_description\":\"\xd0\x9d\xd0\xb5\xd1\x82 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb0\"}"));
	CHECK(parses("{\"a\":\"caf\xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x98\x80\"}"));
	CHECK(parses("{\n  \"a\": [1, -2.5e3, true, false, null, \"x\\\"y\\u00e9\"]\n}\n"));
}

static void test_invalid_utf8_refused(void)
{
	CHECK(!ok("{\"a\":\"AB\xff\xfe\"}"));
	CHECK(!ok("{\"a\":\"d\xc3\"}"));
	CHECK(!ok("{\"a\":\"\xc0\xaf\"}"));           /* overlong */
	CHECK(!ok("{\"a\":\"\xed\xa0\x80\"}"));       /* a surrogate */
	CHECK(!ok("{\"a\":\"\xf5\x80\x80\x80\"}"));   /* past U+10FFFF */
	CHECK(!parses("{\"a\":\"AB\xff\xfe\"}"));
}

static void test_lenient_forms_refused(void)
{
	CHECK(!parses("{'a':1}"));
	CHECK(!parses("{\"a\":1,}"));
	CHECK(!parses("[1,2, ]"));
	CHECK(!parses("{\"a\":1 /* c */}"));
	CHECK(!parses("// c\n{\"a\":1}"));
	CHECK(!parses("{\"a\":NaN}"));
	CHECK(!parses("{\"a\":\"tab\there\"}"));
	CHECK(parses("{\"a\":\"a,}\"}"));                /* inside a string nothing counts */
}

int main(void)
{
	B24T_RUN(test_text_in_any_language);
	B24T_RUN(test_invalid_utf8_refused);
	B24T_RUN(test_lenient_forms_refused);
	return b24t_finish();
}
