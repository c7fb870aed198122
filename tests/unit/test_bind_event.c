/*
 * Unit tests of b24_bind_event: the route of an event, where the bindings
 * file lives, the portal's key, and the flows — event.bind, REST
 * placement.bindEvent, the frame bridge and the memory of portals without
 * REST — against the test server's registry (tests/unit/server/router.php).
 */
#include <stdio.h>
#include <string.h>

#include "b24_bind_event.h"
#include "b24_bindings.h"
#include "b24_test.h"
#include "b24_test_server.h"

#define EV "BackgroundCallCard::answerButtonClick"
#define FRAME "https://app.example/frame"
#define ERRURL "https://app.example/error"
#define HANDLER "https://app.example/h"

static const char *dir;
static char file[512];
static b24_client *client;
static char log_text[8192];

static const b24_event_info *event(const char *name)
{
	return b24_catalog_event(name, strlen(name));
}

static void test_route(void)
{
	CHECK_INT(b24_bind_event_route(NULL, B24_REST_MISSING, 0), B24_ROUTE_EVENT_BIND);
	CHECK_INT(b24_bind_event_route(event(EV), B24_REST_UNKNOWN, 0), B24_ROUTE_REST);
	CHECK_INT(b24_bind_event_route(event(EV), B24_REST_PRESENT, 0), B24_ROUTE_REST);
	CHECK_INT(b24_bind_event_route(event(EV), B24_REST_MISSING, 0), B24_ROUTE_FRAME);
	CHECK_INT(b24_bind_event_route(event(EV), B24_REST_MISSING, 1), B24_ROUTE_REST);
}

static void test_file_and_portal(void)
{
	b24_buf out = B24_BUF_INIT;

	CHECK_INT(b24_bind_event_file("/o.json", "/ini.json", "/s/settings.json", "/d/settings.json", &out), 1);
	CHECK_STR(b24_buf_cstr(&out), "/o.json");
	b24_buf_reset(&out);
	CHECK_INT(b24_bind_event_file("", "/ini.json", "/s/settings.json", NULL, &out), 1);
	CHECK_STR(b24_buf_cstr(&out), "/ini.json");
	b24_buf_reset(&out);
	CHECK_INT(b24_bind_event_file(NULL, "", "/s/settings.json", "/d/settings.json", &out), 1);
	CHECK_STR(b24_buf_cstr(&out), "/s/" B24_BINDINGS_FILE);
	b24_buf_reset(&out);
	CHECK_INT(b24_bind_event_file(NULL, NULL, "", "/d/settings.json", &out), 1);
	CHECK_STR(b24_buf_cstr(&out), "/d/" B24_BINDINGS_FILE);
	b24_buf_reset(&out);
	CHECK_INT(b24_bind_event_file(NULL, NULL, NULL, "", &out), 0);
	CHECK_INT(out.len, 0);
	b24_bind_event_portal(NULL, "mem1", &out);
	CHECK_STR(b24_buf_cstr(&out), "mem1");
	b24_buf_free(&out);

	CHECK(b24_bind_event_needs_error_url(event(EV)));
	CHECK(!b24_bind_event_needs_error_url(event("CallCard::BeforeClose")));
	CHECK(!b24_bind_event_needs_error_url(event("onCrmEntityIsNeedToCreate")));
	CHECK(!b24_bind_event_needs_error_url(NULL));
}

/* ---- flows ---- */

static const char *calls(void)
{
	CHECK_INT(b24t_registry_log(dir, log_text, sizeof(log_text)), 0);
	return log_text;
}

static void reset(const char *json)
{
	CHECK_INT(b24t_registry_reset(dir, json), 0);
	remove(file);
}

static b24_bind_event_req req(const char *name)
{
	b24_bind_event_req r;

	memset(&r, 0, sizeof(r));
	r.event = name;
	r.handler = HANDLER;
	r.info = event(name);
	r.frame_url = FRAME;
	r.error_handler_url = ERRURL;
	r.file = file;
	r.portal = "mem1";
	r.now = 1000;
	return r;
}

/* The portal's record: rest state, then "event via placement" per binding. */
static void record_is(int state, const char *want)
{
	b24_binding_list l;
	b24_error err;
	char text[1024] = "";
	size_t i;

	CHECK_INT(b24_bindings_read(file, "mem1", 1000, &l, &err), 0);
	CHECK_INT(l.rest_state, state);
	for (i = 0; i < l.count; i++) {
		snprintf(text + strlen(text), sizeof(text) - strlen(text), "%s%s via %s %s", i ? "; " : "",
			l.items[i].event, l.items[i].via, l.items[i].placement);
	}
	CHECK_STR(text, want);
	b24_binding_list_free(&l);
}

static void test_frame_bridge(void)
{
	b24_bind_event_req r = req(EV);
	b24_error err;

	reset("{}");
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_BOUND);
	CHECK_STR(calls(), "placement.bindEvent,placement.get,placement.bind");
	record_is(B24_REST_MISSING, EV " via frame PAGE_BACKGROUND_WORKER");
	/* The portal's answer is remembered, the frame page is bound already. */
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_BOUND);
	CHECK_STR(calls(), "placement.bindEvent,placement.get,placement.bind,placement.get");
	r.recheck = 1;
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_BOUND);
	CHECK_STR(calls(), "placement.bindEvent,placement.get,placement.bind,placement.get,"
		"placement.bindEvent,placement.get");
}

static void test_frame_every_placement(void)
{
	b24_bind_event_req r = req("onCrmEntityIsNeedToCreate");
	b24_error err;

	reset("{\"bound\":[{\"placement\":\"CRM_REQUISITE_AUTOCOMPLETE\",\"handler\":\"" FRAME "\",\"userId\":0}]}");
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_BOUND);
	/* three placements raise it, one shows the frame page already */
	CHECK_STR(calls(), "placement.bindEvent,placement.get,placement.bind,placement.bind");
}

static void test_frame_needs_settings(void)
{
	b24_bind_event_req r = req(EV);
	b24_error err;

	reset("{}");
	r.frame_url = NULL;
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_FAILED);
	CHECK_INT(err.kind, B24_E_METHOD_NOT_FOUND);
	CHECK(strstr(err.description, "option \"frame_url\"") != NULL);
	r.frame_url = FRAME;
	r.error_handler_url = NULL;
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_FAILED);
	CHECK(strstr(err.description, "error_handler_url") != NULL);
	/* CALL_CARD needs no error handler URL, but the bridge needs a file */
	r = req("CallCard::BeforeClose");
	r.file = NULL;
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_NO_FILE);
	CHECK_STR(calls(), "placement.bindEvent,placement.bindEvent");
}

static void test_frame_single_instance(void)
{
	b24_bind_event_req r = req("CallCard::BeforeClose");
	b24_error err;

	reset("{\"single\":[\"CALL_CARD\"],\"bound\":[{\"placement\":\"CALL_CARD\",\"handler\":\"https://app.example/other\","
		"\"userId\":0}]}");
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_FAILED);
	CHECK_INT(err.kind, B24_E_API);
	CHECK_STR(err.code, "ERROR_PLACEMENT_MAX_COUNT");
	CHECK(strncmp(err.description, "CALL_CARD is single-instance", 28) == 0);
	record_is(B24_REST_MISSING, "");
}

static void test_rest_present(void)
{
	b24_bind_event_req r = req(EV);
	b24_error err;

	reset("{\"bindevent\":true}");
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_BOUND);
	CHECK_STR(calls(), "placement.bindEvent");
	record_is(B24_REST_PRESENT, EV " via rest PAGE_BACKGROUND_WORKER");
}

static void test_rest_event(void)
{
	b24_bind_event_req r = req("OnCrmDealAdd");
	b24_error err;

	reset("{}");
	CHECK(r.info == NULL);
	r.has_auth_type = 1;
	r.event_type = "online";
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_BOUND);
	/* a second install: "Handler already binded" is what was wanted */
	CHECK_INT(b24_bind_event_run(client, &r, &err), B24_BIND_EVENT_BOUND);
	CHECK_STR(calls(), "event.bind,event.bind");
	record_is(B24_REST_UNKNOWN, "OnCrmDealAdd via rest ");
	CHECK_INT(b24_bind_event_unbind(client, "OnCrmDealAdd", HANDLER, &err), 1);
	CHECK_INT(b24_bind_event_unbind(client, "OnCrmDealAdd", HANDLER, &err), 0);
}

/* The flows need the test portal: without it they fail, they do not skip. */
static void test_portal_starts(void)
{
	b24_buf key = B24_BUF_INIT;

	client = b24t_registry_client(dir);
	CHECK(client != NULL);
	if (!client) {
		return;
	}
	/* a webhook client has no member_id: the portal's host is its key */
	b24_bind_event_portal(client, NULL, &key);
	CHECK_STR(b24_buf_cstr(&key), "127.0.0.1");
	b24_buf_free(&key);
}

static void test_no_portal(void)
{
	CHECK(client != NULL);
}

/* A flow runs only with the portal; without it, it fails. */
#define B24T_FLOW(fn) b24t_run(#fn, client ? fn : test_no_portal)

int main(void)
{
	dir = b24t_tmpdir();
	snprintf(file, sizeof(file), "%s/" B24_BINDINGS_FILE, dir);
	B24T_RUN(test_route);
	B24T_RUN(test_file_and_portal);
	B24T_RUN(test_portal_starts);
	B24T_FLOW(test_frame_bridge);
	B24T_FLOW(test_frame_every_placement);
	B24T_FLOW(test_frame_needs_settings);
	B24T_FLOW(test_frame_single_instance);
	B24T_FLOW(test_rest_present);
	B24T_FLOW(test_rest_event);
	if (client) {
		b24_client_free(client);
	}
	b24t_server_stop();
	return b24t_finish();
}
