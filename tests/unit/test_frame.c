/*
 * Unit tests of b24_frame: signatures as the frame page template documents
 * them (checked against PHP's hash_hmac), every refusal of b24_frame_verify(),
 * and the rendering of placeholders with their escaping.
 */
#include <stdio.h>
#include <string.h>

#include "b24_frame.h"
#include "b24_test.h"


#define SECRET "s3cret"
#define EVENT "BackgroundCallCard::answerButtonClick"
#define HANDLER "https://app.example/h"
/* php -r 'echo hash_hmac("sha256", "m1|" . EVENT . "|" . HANDLER . "|2000000000", "s3cret");' */
#define KNOWN_SIG "92f6ae668948f3b0bfa83d50030f957a57cc0988aecf55f6ebeeee763ffc268f"

static void test_sign(void)
{
	b24_buf out = B24_BUF_INIT;
	b24_error err;

	CHECK(b24_frame_sign(SECRET, 6, "m1", EVENT, HANDLER, 2000000000LL, &out, &err) == 0);
	CHECK(strcmp(b24_buf_cstr(&out), KNOWN_SIG) == 0);
	b24_buf_reset(&out);
	CHECK(b24_frame_sign("", 0, "m1", EVENT, HANDLER, 1, &out, &err) == -1);
	CHECK(strcmp(err.code, "B24_INVALID_ARGUMENT") == 0);
	CHECK(strstr(err.description, "client secret") != NULL);
	CHECK(b24_frame_sign(SECRET, 6, "", EVENT, HANDLER, 1, &out, &err) == -1);
	CHECK(b24_frame_sign(SECRET, 6, "m|1", EVENT, HANDLER, 1, &out, &err) == -1);
	CHECK(out.len == 0);
	b24_buf_free(&out);
}

static int verify(const char *member, const char *event, const char *sig, long long expiry,
	const char *handler, const char *expected, long long now, b24_error *err)
{
	b24_frame_event ev = { member, event, sig, expiry };

	b24_error_clear(err);
	return b24_frame_verify(SECRET, 6, &ev, handler, expected, now, err);
}

static void test_verify(void)
{
	b24_error err;
	const long long exp = 2000000000LL, now = 1900000000LL;

	CHECK(verify("m1", EVENT, KNOWN_SIG, exp, HANDLER, NULL, now, &err) == 0);
	CHECK(verify("m1", EVENT, KNOWN_SIG, exp, HANDLER, "m1", now, &err) == 0);
	/* Upper-case hex is the same MAC. */
	CHECK(verify("m1", EVENT, "92F6AE668948F3B0BFA83D50030F957A57CC0988AECF55F6EBEEEE763FFC268F",
		exp, HANDLER, NULL, now, &err) == 0);

	CHECK(verify("m1", EVENT, "", exp, HANDLER, NULL, now, &err) == -1);
	CHECK(strcmp(err.code, B24_SIGNATURE_MISSING) == 0 && err.kind == B24_E_AUTH);
	CHECK(verify("m1", EVENT, NULL, exp, HANDLER, NULL, now, &err) == -1);
	CHECK(strcmp(err.code, B24_SIGNATURE_MISSING) == 0);

	/* Forged: one digit changed, the expiry moved, another event, handler or portal. */
	CHECK(verify("m1", EVENT, "02f6ae668948f3b0bfa83d50030f957a57cc0988aecf55f6ebeeee763ffc268f",
		exp, HANDLER, NULL, now, &err) == -1);
	CHECK(strcmp(err.code, B24_SIGNATURE_INVALID) == 0 && err.kind == B24_E_AUTH);
	CHECK(verify("m1", EVENT, KNOWN_SIG, exp + 1, HANDLER, NULL, now, &err) == -1);
	CHECK(strcmp(err.code, B24_SIGNATURE_INVALID) == 0);
	CHECK(verify("m1", "BackgroundCallCard::skipButtonClick", KNOWN_SIG, exp, HANDLER, NULL, now, &err) == -1);
	CHECK(verify("m1", EVENT, KNOWN_SIG, exp, "https://app.example/other", NULL, now, &err) == -1);
	CHECK(verify("m2", EVENT, KNOWN_SIG, exp, HANDLER, NULL, now, &err) == -1);
	CHECK(strcmp(err.code, B24_SIGNATURE_INVALID) == 0);
	CHECK(verify("m1", EVENT, "not-hex", exp, HANDLER, NULL, now, &err) == -1);
	CHECK(verify("m1", EVENT, KNOWN_SIG "00", exp, HANDLER, NULL, now, &err) == -1);
	CHECK(strcmp(err.code, B24_SIGNATURE_INVALID) == 0);

	/* Expired: authentic but too old (the boundary second counts as expired). */
	CHECK(verify("m1", EVENT, KNOWN_SIG, exp, HANDLER, NULL, exp, &err) == -1);
	CHECK(strcmp(err.code, B24_SIGNATURE_EXPIRED) == 0);
	CHECK(verify("m1", EVENT, KNOWN_SIG, exp, HANDLER, NULL, exp + 60, &err) == -1);
	CHECK(strstr(err.description, "expired 60 s ago") != NULL);
	/* an extreme clock or expiry: no overflowed or absurd count of seconds */
	{
		b24_buf sig = B24_BUF_INIT;
		const long long early = -9223372036854775807LL + 3;

		CHECK(b24_frame_sign(SECRET, 6, "m1", EVENT, HANDLER, early, &sig, &err) == 0);
		CHECK(verify("m1", EVENT, b24_buf_cstr(&sig), early, HANDLER, NULL, 9223372036854775807LL, &err) == -1);
		CHECK(strcmp(err.code, B24_SIGNATURE_EXPIRED) == 0);
		CHECK(strstr(err.description, "s ago") == NULL && strchr(err.description, '-') == NULL);
		b24_buf_free(&sig);
	}
	CHECK(verify("m1", EVENT, KNOWN_SIG, exp, HANDLER, NULL, 9223372036854775807LL, &err) == -1);
	CHECK(strcmp(err.code, B24_SIGNATURE_EXPIRED) == 0);
	CHECK(strstr(err.description, "s ago") == NULL);

	/* Authentic, for another portal than the handler serves. */
	CHECK(verify("m1", EVENT, KNOWN_SIG, exp, HANDLER, "m2", now, &err) == -1);
	CHECK(strcmp(err.code, B24_WRONG_PORTAL) == 0);

	/* No secret: fail closed. */
	{
		b24_frame_event ev = { "m1", EVENT, KNOWN_SIG, exp };

		CHECK(b24_frame_verify("", 0, &ev, HANDLER, NULL, now, &err) == -1);
		CHECK(strcmp(err.code, B24_SIGNATURE_INVALID) == 0);
	}
}

static void test_render(void)
{
	const b24_frame_binding bindings[] = {
		{ EVENT, HANDLER },
		{ "CallCard::BeforeClose", "https://app.example/x?a=1&b=</script>" },
	};
	b24_frame_page page = { "https://cdn.example/sdk.js?v=1&x=\"", "m1", SECRET, 6, bindings, 2,
		2000000000LL };
	const char *prefix = "<a href=\"https://cdn.example/sdk.js?v=1&amp;x=&quot;\" m=\"m1\">"
		"[{\"event\":\"" EVENT "\",\"handler\":\"" HANDLER "\",\"expiry\":2000000000,"
		"\"sig\":\"" KNOWN_SIG "\"},"
		"{\"event\":\"CallCard::BeforeClose\","
		"\"handler\":\"https://app.example/x?a=1\\u0026b=\\u003C/script\\u003E\",\"expiry\":2000000000,"
		"\"sig\":\"";
	const char *tmpl = "<a href=\"{{SDK_URL}}\" m=\"{{MEMBER_ID}}\">{{BINDINGS_JSON}}</a>";
	b24_buf out = B24_BUF_INIT;
	b24_error err;
	size_t len;
	const char *real;

	CHECK(b24_frame_render_template(tmpl, strlen(tmpl), &page, &out, &err) == 0);
	CHECK(strncmp(b24_buf_cstr(&out), prefix, strlen(prefix)) == 0);
	CHECK(strcmp(out.data + out.len - 7, "\"}]</a>") == 0);
	CHECK(strstr(out.data, "</script>") == NULL);
	b24_buf_reset(&out);

	CHECK(b24_frame_render_template("x{{NOPE}}y", 9, &page, &out, &err) == -1);
	CHECK(strstr(err.description, "{{NOPE}}") != NULL);
	CHECK(out.len == 0);

	/* No bindings: an empty list, and the default SDK. */
	page.count = 0;
	page.sdk_url = NULL;
	CHECK(b24_frame_render(&page, &out, &err) == 0);
	CHECK(strstr(out.data, "[]</script>") != NULL);
	CHECK(strstr(out.data, B24_FRAME_DEFAULT_SDK_URL) != NULL);
	CHECK(strstr(out.data, "{{") == NULL);
	real = b24_frame_template(&len);
	CHECK(len > 0 && strstr(real, "{{BINDINGS_JSON}}") != NULL);
	/* The documentation comment is not shipped. */
	CHECK(strstr(real, "Placeholders:") == NULL);
	b24_buf_free(&out);
}

static void test_parse_event(void)
{
	const char *body = "{\"event\":\"CallCard::BeforeClose\",\"data\":{\"a\":[1,\"x/y\"]},"
		"\"member_id\":\"m1\",\"ts\":17,\"expiry\":2000,\"sig\":\"ab\"}";
	b24_frame_received ev;
	b24_error err;

	CHECK_INT(b24_frame_parse_event(body, strlen(body), &ev, &err), 0);
	CHECK_STR(ev.event, "CallCard::BeforeClose");
	CHECK_STR(ev.member_id, "m1");
	CHECK_STR(ev.sig, "ab");
	CHECK_INT(ev.expiry, 2000);
	CHECK_INT(ev.ts, 17);
	CHECK_STR(b24_buf_cstr(&ev.data), "{\"a\":[1,\"x/y\"]}");
	b24_frame_received_free(&ev);

	/* only an integer expiry is one; absent members are empty */
	body = "{\"expiry\":\"2000\",\"event\":7,\"data\":null}";
	CHECK_INT(b24_frame_parse_event(body, strlen(body), &ev, &err), 0);
	CHECK_INT(ev.expiry, 0);
	CHECK_STR(ev.event, "");
	CHECK_STR(ev.sig, "");
	CHECK_STR(b24_buf_cstr(&ev.data), "null");
	b24_frame_received_free(&ev);

	/* a list has no members; anything else is not a frame event */
	CHECK_INT(b24_frame_parse_event("[1]", 3, &ev, &err), 0);
	CHECK_STR(ev.sig, "");
	CHECK_INT(ev.data.len, 0);
	b24_frame_received_free(&ev);
	CHECK_INT(b24_frame_parse_event("\"x\"", 3, &ev, &err), -1);
	CHECK_STR(err.code, B24_SIGNATURE_MISSING);
	CHECK_INT(err.kind, B24_E_AUTH);
	b24_frame_received_free(&ev);
}

static void test_select(void)
{
	b24_binding items[] = {
		{ "CallCard::BeforeClose", "https://a/1", "frame", "CALL_CARD", 1 },
		{ "CallCard::BeforeClose", "https://a/2", "rest", "CALL_CARD", 1 },
		{ "BackgroundCallCard::initialized", "https://a/3", "frame", "PAGE_BACKGROUND_WORKER", 1 },
		{ "onCrmEntityIsNeedToCreate", "https://a/4", "frame", "CRM_DETAIL_SEARCH", 1 },
	};
	b24_binding_list list = { items, 4, 0, 0 };
	b24_frame_binding out[4];

	CHECK_INT(b24_frame_select(&list, NULL, 0, out), 3);
	CHECK_STR(out[1].handler, "https://a/3");
	CHECK_INT(b24_frame_select(&list, "CALL_CARD", 9, out), 1);
	CHECK_STR(out[0].handler, "https://a/1");
	/* a part of a code is another placement */
	CHECK_INT(b24_frame_select(&list, "CARD", 4, out), 0);
	CHECK_INT(b24_frame_select(&list, "crm_requisite_autocomplete", 26, out), 1);
	CHECK_STR(out[0].event, "onCrmEntityIsNeedToCreate");
	CHECK(b24_frame_subscribes("CallCard::BeforeClose", NULL, 0));
	CHECK(!b24_frame_subscribes("CallCard::BeforeClose", "PAGE_BACKGROUND_WORKER", 22));
}

int main(void)
{
	B24T_RUN(test_sign);
	B24T_RUN(test_verify);
	B24T_RUN(test_render);
	B24T_RUN(test_parse_event);
	B24T_RUN(test_select);
	return b24t_finish();
}
