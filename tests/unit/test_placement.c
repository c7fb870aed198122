/*
 * Unit tests of b24_placement: the bodies of placement.bind/unbind/list,
 * what answers mean (bind outcome, unbind count, placement.get filtered),
 * and the flows — bind, install, unbind, get, list — against the test
 * server's placement registry (tests/unit/server/router.php), over HTTP.
 */
#include <stdio.h>
#include <string.h>

#include "b24_placement.h"
#include "b24_test.h"
#include "b24_test_server.h"

static const char *dir;
static b24_client *client;
static char log_text[8192];

#define ALREADY "Unable to set placement handler: Handler already binded"

/* ---- bodies ---- */

static void test_bind_body(void)
{
	b24_placement_req r = { "CRM_DEAL_DETAIL_TAB", "https://a.example/t?x=1&y", NULL, 0, 0, 0 };
	b24_buf body = B24_BUF_INIT;

	CHECK_INT(b24_placement_bind_body(&r, &body), 0);
	CHECK_STR(b24_buf_cstr(&body), "PLACEMENT=CRM_DEAL_DETAIL_TAB&HANDLER=https%3A%2F%2Fa.example%2Ft%3Fx%3D1%26y");
	b24_buf_reset(&body);
	r.extra = "TITLE=Tab&OPTIONS%5Bw%5D=1";
	r.extra_len = strlen(r.extra);
	r.has_user_id = 1;
	r.user_id = 3;
	CHECK_INT(b24_placement_bind_body(&r, &body), 0);
	CHECK_STR(b24_buf_cstr(&body), "PLACEMENT=CRM_DEAL_DETAIL_TAB&HANDLER=https%3A%2F%2Fa.example%2Ft%3Fx%3D1%26y"
		"&TITLE=Tab&OPTIONS%5Bw%5D=1&USER_ID=3");
	b24_buf_free(&body);
}

static void test_other_bodies(void)
{
	b24_buf body = B24_BUF_INIT;
	long long uid = 0;

	b24_placement_unbind_body("LEFT_MENU", NULL, NULL, &body);
	CHECK_STR(b24_buf_cstr(&body), "PLACEMENT=LEFT_MENU");
	b24_buf_reset(&body);
	b24_placement_unbind_body("LEFT_MENU", "https://a.example/m", &uid, &body);
	CHECK_STR(b24_buf_cstr(&body), "PLACEMENT=LEFT_MENU&HANDLER=https%3A%2F%2Fa.example%2Fm&USER_ID=0");
	b24_buf_reset(&body);
	b24_placement_list_body(NULL, 0, &body);
	CHECK_INT(body.len, 0);
	b24_placement_list_body("crm", 1, &body);
	CHECK_STR(b24_buf_cstr(&body), "SCOPE=crm&FULL=1");
	b24_buf_reset(&body);
	/* Only a placement whose catalog row requires errorHandlerUrl gets it. */
	b24_placement_frame_body("PAGE_BACKGROUND_WORKER", "https://a.example/f", "https://a.example/e", &body);
	CHECK_STR(b24_buf_cstr(&body), "PLACEMENT=PAGE_BACKGROUND_WORKER&HANDLER=https%3A%2F%2Fa.example%2Ff"
		"&OPTIONS%5BerrorHandlerUrl%5D=https%3A%2F%2Fa.example%2Fe");
	b24_buf_reset(&body);
	b24_placement_frame_body("CALL_CARD", "https://a.example/f", "https://a.example/e", &body);
	CHECK_STR(b24_buf_cstr(&body), "PLACEMENT=CALL_CARD&HANDLER=https%3A%2F%2Fa.example%2Ff");
	b24_buf_free(&body);
}

/* ---- answers ---- */

static enum b24_bind_outcome outcome_of(const char *code, const char *description)
{
	b24_error err;

	b24_error_set(&err, B24_E_API, code, 400, "%s", description);
	return b24_placement_bind_outcome(-1, NULL, 0, &err);
}

static void test_bind_outcome(void)
{
	b24_error err;

	b24_error_clear(&err);
	CHECK_INT(b24_placement_bind_outcome(0, "{\"result\":true}", 15, &err), B24_BIND_BOUND);
	CHECK_INT(b24_placement_bind_outcome(0, "{\"result\":false}", 16, &err), B24_BIND_REFUSED);
	CHECK_INT(b24_placement_bind_outcome(0, "{\"result\":1}", 12, &err), B24_BIND_REFUSED);
	CHECK_INT(outcome_of("ERROR_CORE", ALREADY), B24_BIND_ALREADY);
	CHECK_INT(outcome_of("error_core", ALREADY), B24_BIND_ALREADY);
	CHECK_INT(outcome_of("ERROR_CORE", "Unable to set placement handler"), B24_BIND_FAILED);
	CHECK_INT(outcome_of("ERROR_PLACEMENT_MAX_COUNT", "Max count"), B24_BIND_FULL);
	CHECK_INT(outcome_of("ERROR_WRONG_HANDLER_URL", "bad"), B24_BIND_FAILED);
}

static void test_unbind_count(void)
{
	const char *four = "{\"result\":{\"count\":4}}";

	/* The portal counts each removed handler twice. */
	CHECK_INT(b24_placement_unbind_count(four, strlen(four)), 2);
	CHECK_INT(b24_placement_result_count(four, strlen(four)), 4);
	CHECK_INT(b24_placement_unbind_count("{\"result\":[]}", 13), 0);
	CHECK_INT(b24_placement_unbind_count("{\"result\":{}}", 13), 0);
	CHECK_INT(b24_placement_unbind_count("not json", 8), 0);
}

static const char *got =
	"{\"result\":[{\"placement\":\"LEFT_MENU\",\"handler\":\"https://a.example/m\",\"userId\":0},"
	"{\"placement\":\"left_menu\",\"handler\":\"https://a.example/n\",\"userId\":\"3\",\"title\":\"\\u00e9/\"},"
	"{\"placement\":\"CALL_CARD\",\"handler\":\"https://a.example/m\",\"userId\":0},"
	"7,{\"handler\":\"https://a.example/m\"}]}";

static void test_filter(void)
{
	b24_buf out = B24_BUF_INIT;
	long long three = 3, zero = 0;

	CHECK_INT(b24_placement_filter(got, strlen(got), "LEFT_MENU", NULL, &out), 0);
	CHECK_STR(b24_buf_cstr(&out), "[{\"placement\":\"LEFT_MENU\",\"handler\":\"https://a.example/m\",\"userId\":0},"
		"{\"placement\":\"left_menu\",\"handler\":\"https://a.example/n\",\"userId\":\"3\",\"title\":\"\xc3\xa9/\"}]");
	b24_buf_reset(&out);
	CHECK_INT(b24_placement_filter(got, strlen(got), "left_menu", &three, &out), 0);
	CHECK_STR(b24_buf_cstr(&out), "[{\"placement\":\"left_menu\",\"handler\":\"https://a.example/n\",\"userId\":\"3\","
		"\"title\":\"\xc3\xa9/\"}]");
	b24_buf_reset(&out);
	CHECK_INT(b24_placement_filter(got, strlen(got), "CALL_CARD", &three, &out), 0);
	CHECK_STR(b24_buf_cstr(&out), "[]");
	b24_buf_reset(&out);
	CHECK_INT(b24_placement_filter("{\"result\":{}}", 13, "CALL_CARD", NULL, &out), 0);
	CHECK_STR(b24_buf_cstr(&out), "[]");
	CHECK_INT(b24_placement_filter("[", 1, "CALL_CARD", NULL, &out), -1);
	b24_buf_free(&out);

	CHECK_INT(b24_placement_bound_state(got, strlen(got), "LEFT_MENU", &zero, "https://a.example/m"), B24_BOUND_THIS);
	CHECK_INT(b24_placement_bound_state(got, strlen(got), "LEFT_MENU", &three, "https://a.example/m"), B24_BOUND_OTHER);
	CHECK_INT(b24_placement_bound_state(got, strlen(got), "LEFT_MENU", NULL, "https://a.example/n"), B24_BOUND_THIS);
	CHECK_INT(b24_placement_bound_state(got, strlen(got), "IM_TEXTAREA", NULL, "https://a.example/m"), B24_BOUND_NONE);
}

/* ---- flows, against the server's registry ---- */

/* The methods called since the registry was reset. */
static const char *calls(void)
{
	CHECK_INT(b24t_registry_log(dir, log_text, sizeof(log_text)), 0);
	return log_text;
}

static void reset(const char *json)
{
	CHECK_INT(b24t_registry_reset(dir, json), 0);
}

static b24_placement_req req(const char *code, const char *handler)
{
	b24_placement_req r = { code, handler, NULL, 0, 0, 0 };

	return r;
}

static void test_bind_flow(void)
{
	b24_placement_req r = req("LEFT_MENU", "https://a.example/m");
	b24_error err;

	reset("{}");
	CHECK_INT(b24_placement_bind(client, &r, &err), B24_BIND_BOUND);
	CHECK_INT(b24_placement_bind(client, &r, &err), B24_BIND_ALREADY);
	CHECK_STR(err.code, "ERROR_CORE");
	CHECK_STR(calls(), "placement.bind,placement.bind");
}

static void test_install_is_idempotent(void)
{
	b24_placement_req r = req("LEFT_MENU", "https://a.example/m");
	b24_error err;

	reset("{}");
	CHECK_INT(b24_placement_install(client, &r, &err), B24_BIND_BOUND);
	CHECK_INT(b24_placement_install(client, &r, &err), B24_BIND_ALREADY);
	CHECK_STR(calls(), "placement.get,placement.bind,placement.get");
}

static void test_install_replaces_single(void)
{
	b24_placement_req r = req("PAGE_BACKGROUND_WORKER", "https://a.example/w2");
	b24_buf out = B24_BUF_INIT;
	b24_error err;

	reset("{\"single\":[\"PAGE_BACKGROUND_WORKER\"],\"bound\":["
		"{\"placement\":\"PAGE_BACKGROUND_WORKER\",\"handler\":\"https://a.example/w1\",\"userId\":0},"
		"{\"placement\":\"PAGE_BACKGROUND_WORKER\",\"handler\":\"https://a.example/u3\",\"userId\":3}]}");
	CHECK_INT(b24_placement_install(client, &r, &err), B24_BIND_BOUND);
	CHECK_STR(calls(), "placement.get,placement.unbind,placement.bind");
	/* user 3's own handler stays */
	CHECK_INT(b24_placement_get(client, "PAGE_BACKGROUND_WORKER", NULL, &out, &err), 0);
	CHECK_STR(b24_buf_cstr(&out), "[{\"placement\":\"PAGE_BACKGROUND_WORKER\",\"handler\":\"https://a.example/u3\","
		"\"userId\":3},{\"placement\":\"PAGE_BACKGROUND_WORKER\",\"handler\":\"https://a.example/w2\","
		"\"userId\":0,\"title\":\"\",\"options\":[]}]");
	b24_buf_free(&out);
}

static void test_install_when_full(void)
{
	b24_placement_req r = req("LEFT_MENU", "https://a.example/m2");
	b24_error err;

	/* The catalog does not call LEFT_MENU single, this portal does: the bind says so. */
	reset("{\"single\":[\"LEFT_MENU\"],\"bound\":["
		"{\"placement\":\"LEFT_MENU\",\"handler\":\"https://a.example/m1\",\"userId\":0}]}");
	CHECK_INT(b24_placement_install(client, &r, &err), B24_BIND_BOUND);
	CHECK_STR(calls(), "placement.get,placement.bind,placement.unbind,placement.bind");
}

static void test_unbind_get_list(void)
{
	b24_placement_req a = req("IM_TEXTAREA", "https://a.example/a"), b = req("IM_TEXTAREA", "https://a.example/b");
	b24_buf out = B24_BUF_INIT, none = B24_BUF_INIT;
	b24_response resp;
	b24_error err;

	reset("{}");
	CHECK_INT(b24_placement_bind(client, &a, &err), B24_BIND_BOUND);
	CHECK_INT(b24_placement_bind(client, &b, &err), B24_BIND_BOUND);
	CHECK_INT(b24_placement_unbind(client, "IM_TEXTAREA", "https://a.example/a", NULL, &err), 1);
	CHECK_INT(b24_placement_unbind(client, "IM_TEXTAREA", NULL, NULL, &err), 1);
	CHECK_INT(b24_placement_unbind(client, "IM_TEXTAREA", NULL, NULL, &err), 0);
	CHECK_INT(b24_placement_get(client, "IM_TEXTAREA", NULL, &out, &err), 0);
	CHECK_STR(b24_buf_cstr(&out), "[]");
	b24_buf_reset(&out);
	CHECK_INT(b24_placement_list(client, "crm", 1, &out, &err), 0);
	CHECK_STR(b24_buf_cstr(&out), "[\"LEFT_MENU\",\"CALL_CARD\",\"crm\",\"1\"]");
	b24_buf_free(&out);
	/* an error answer is the portal's error */
	CHECK_INT(b24_placement_call(client, "placement.nothing", &none, &resp, &err), -1);
	CHECK_STR(err.code, "ERROR_METHOD_NOT_FOUND");
	CHECK_INT(err.kind, B24_E_METHOD_NOT_FOUND);
}

/* The flows need the test portal: without it they fail, they do not skip. */
static void test_portal_starts(void)
{
	client = b24t_registry_client(dir);
	CHECK(client != NULL);
}

/* A flow runs only with the portal; without it, it fails. */
#define B24T_FLOW(fn) b24t_run(#fn, client ? fn : test_no_portal)

static void test_no_portal(void)
{
	CHECK(client != NULL);
}

int main(void)
{
	dir = b24t_tmpdir();
	B24T_RUN(test_bind_body);
	B24T_RUN(test_other_bodies);
	B24T_RUN(test_bind_outcome);
	B24T_RUN(test_unbind_count);
	B24T_RUN(test_filter);
	B24T_RUN(test_portal_starts);
	B24T_FLOW(test_bind_flow);
	B24T_FLOW(test_install_is_idempotent);
	B24T_FLOW(test_install_replaces_single);
	B24T_FLOW(test_install_when_full);
	B24T_FLOW(test_unbind_get_list);
	if (client) {
		b24_client_free(client);
	}
	b24t_server_stop();
	return b24t_finish();
}
