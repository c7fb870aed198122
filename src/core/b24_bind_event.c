/*
 * b24_bind_event: the REST-or-frame decision and the calls of each route.
 * See b24_bind_event.h.
 */
#include "b24_bind_event.h"

#include <stdio.h>
#include <string.h>

#include "b24_bindings.h"
#include "b24_form.h"
#include "b24_placement.h"
#include "b24_url.h"

enum b24_bind_event_route b24_bind_event_route(const b24_event_info *info, int rest_state, int recheck)
{
	if (!info) {
		return B24_ROUTE_EVENT_BIND;
	}
	return rest_state == B24_REST_MISSING && !recheck ? B24_ROUTE_FRAME : B24_ROUTE_REST;
}

int b24_bind_event_file(const char *option, const char *ini, const char *client_store,
	const char *default_store, b24_buf *out)
{
	if (option && option[0]) {
		b24_buf_append_str(out, option);
	} else if (ini && ini[0]) {
		b24_buf_append_str(out, ini);
	} else if (client_store && client_store[0]) {
		b24_bindings_path_for_store(client_store, out);
	} else if (default_store && default_store[0]) {
		b24_bindings_path_for_store(default_store, out);
	} else {
		return 0;
	}
	return 1;
}

void b24_bind_event_portal(const b24_client *c, const char *member_id, b24_buf *out)
{
	const b24_token *t = c ? b24_client_token(c) : NULL;
	const char *base;
	b24_url url;

	if (member_id) {
		b24_buf_append_str(out, member_id);
	} else if (t && t->member_id && t->member_id[0]) {
		b24_buf_append_str(out, t->member_id);
	} else if (c && (base = b24_client_base(c)) && b24_url_parse(base, strlen(base), &url) == 0) {
		b24_buf_append(out, base + url.host.off, url.host.len);
	}
}

/* Calls fn for each code of a comma-separated list until it returns non-zero; that value. */
static int be_each_code(const char *list, int (*fn)(const char *code, void *ctx), void *ctx)
{
	int rc = 0;

	while (rc == 0 && *list) {
		size_t n = strcspn(list, ",");
		char code[129];

		snprintf(code, sizeof(code), "%.*s", (int) (n < 128 ? n : 128), list);
		rc = fn(code, ctx);
		list += n + (list[n] == ',');
	}
	return rc;
}

static int be_requires_error_url(const char *code, void *ctx)
{
	(void) ctx;
	return b24_catalog_requires_option(b24_catalog_placement(code, strlen(code)), "errorHandlerUrl");
}

int b24_bind_event_needs_error_url(const b24_event_info *info)
{
	return info && be_each_code(info->placement, be_requires_error_url, NULL);
}

/* ---- the record ---- */

/* Records the binding when a file is configured; -1 with err. */
static int be_remember(const b24_bind_event_req *r, const char *via, const char *placement,
	b24_error *err)
{
	if (!r->file) {
		return 0;
	}
	return b24_bindings_record(r->file, r->portal, r->event, r->handler, via, placement, r->now, err) < 0
		? -1 : 0;
}

static void be_remember_state(const b24_bind_event_req *r, int state)
{
	b24_error ignored;

	/* Only a cache: a failure costs one more question to the portal later. */
	if (r->file) {
		b24_bindings_set_rest_state(r->file, r->portal, state, r->now, &ignored);
	}
}

/* BOUND (recorded via `via`) or REFUSED by the answer's result. */
static enum b24_bind_event_outcome be_result(const b24_bind_event_req *r, enum b24_bind_outcome o,
	const char *via, const char *placement, b24_error *err)
{
	if (o == B24_BIND_REFUSED) {
		return B24_BIND_EVENT_REFUSED;
	}
	if (o != B24_BIND_BOUND && o != B24_BIND_ALREADY) {
		return B24_BIND_EVENT_FAILED;
	}
	return be_remember(r, via, placement, err) == 0 ? B24_BIND_EVENT_BOUND : B24_BIND_EVENT_FAILED;
}

/* ---- the REST routes ---- */

/* event.bind; "Handler already binded" (a second install) is what the caller wanted. */
static enum b24_bind_event_outcome be_event_bind(b24_client *c, const b24_bind_event_req *r,
	b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	b24_response resp;
	int rc;

	b24_form_pair(&body, "event", 5, r->event, strlen(r->event));
	b24_form_pair(&body, "handler", 7, r->handler, strlen(r->handler));
	if (r->has_auth_type) {
		b24_form_pair_long(&body, "auth_type", 9, r->auth_type);
	}
	if (r->event_type) {
		b24_form_pair(&body, "event_type", 10, r->event_type, strlen(r->event_type));
	}
	rc = b24_placement_call(c, "event.bind", &body, &resp, err);
	b24_buf_free(&body);
	return be_result(r, b24_placement_bind_outcome(rc, resp.body, resp.body_len, err), "rest", "", err);
}

/* REST placement.bindEvent as the retracted document shows it; *missing when the portal has none. */
static enum b24_bind_event_outcome be_placement_bind_event(b24_client *c, const b24_bind_event_req *r,
	int known_state, int *missing, b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	b24_response resp;
	enum b24_bind_outcome o;
	int rc;

	b24_form_pair(&body, "PLACEMENT", 9, r->event, strlen(r->event));
	b24_form_pair(&body, "HANDLER", 7, r->handler, strlen(r->handler));
	rc = b24_placement_call(c, "placement.bindEvent", &body, &resp, err);
	b24_buf_free(&body);
	*missing = rc != 0 && err->kind == B24_E_METHOD_NOT_FOUND;
	if (*missing) {
		be_remember_state(r, B24_REST_MISSING);
		return B24_BIND_EVENT_FAILED;
	}
	if (rc != 0) {
		return B24_BIND_EVENT_FAILED;
	}
	o = b24_placement_bind_outcome(rc, resp.body, resp.body_len, err);
	if (known_state != B24_REST_PRESENT) {
		be_remember_state(r, B24_REST_PRESENT);
	}
	return be_result(r, o, "rest", r->info->placement, err);
}

long b24_bind_event_unbind(b24_client *c, const char *event, const char *handler, b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	b24_response resp;
	int rc;

	b24_form_pair(&body, "event", 5, event, strlen(event));
	b24_form_pair(&body, "handler", 7, handler, strlen(handler));
	rc = b24_placement_call(c, "event.unbind", &body, &resp, err);
	b24_buf_free(&body);
	/* Unlike placement.unbind, event.unbind counts each handler once. */
	return rc == 0 ? b24_placement_result_count(resp.body, resp.body_len) : -1;
}

/* ---- the frame bridge ---- */

/* What the developer must configure for the frame bridge; -1 with err. */
static int be_frame_configured(const b24_bind_event_req *r, b24_error *err)
{
	if (!r->frame_url) {
		b24_error_set(err, B24_E_METHOD_NOT_FOUND, "ERROR_METHOD_NOT_FOUND", 0, "this portal has no "
			"REST placement.bindEvent: interface events such as %s are raised only in the browser, "
			"inside the %s frame. Configure the app's frame page (option \"frame_url\" or "
			"b24.frame_url: a URL of the app that answers with B24Placement::renderFrame()); b24 "
			"then binds it to %s and the page forwards the event to the handler",
			r->event, r->info->placement, r->info->placement);
		return -1;
	}
	if (b24_bind_event_needs_error_url(r->info) && !r->error_handler_url) {
		b24_error_set(err, B24_E_METHOD_NOT_FOUND, "ERROR_METHOD_NOT_FOUND", 0, "this portal has no "
			"REST placement.bindEvent, and binding the frame page to PAGE_BACKGROUND_WORKER needs an "
			"error handler URL (option \"error_handler_url\" or b24.error_handler_url): the portal "
			"reports there when it drops a slow background worker");
		return -1;
	}
	return 0;
}

typedef struct be_frame_ctx {
	b24_client *c;
	const b24_bind_event_req *r;
	b24_buf got;               /* the placement.get answer, copied: the next call reuses the transport */
	b24_error *err;
} be_frame_ctx;

/* Binds the frame page to one placement unless placement.get shows it there; -1 with err. */
static int be_frame_bind_one(const char *code, void *ctx)
{
	be_frame_ctx *f = ctx;
	b24_buf body = B24_BUF_INIT;
	b24_response resp;
	enum b24_bind_outcome o;
	int rc;

	if (b24_placement_bound_state(f->got.data, f->got.len, code, NULL, f->r->frame_url) == B24_BOUND_THIS) {
		return 0;
	}
	b24_placement_frame_body(code, f->r->frame_url, f->r->error_handler_url, &body);
	rc = b24_placement_call(f->c, "placement.bind", &body, &resp, f->err);
	b24_buf_free(&body);
	o = b24_placement_bind_outcome(rc, resp.body, resp.body_len, f->err);
	if (o == B24_BIND_FULL) {
		b24_error portal = *f->err;

		b24_error_set(f->err, B24_E_API, portal.code, 0, "%s is single-instance and already bound to "
			"another handler of this app: bind the frame page there instead (frame_url) or unbind "
			"it first (portal: %s)", code, portal.description);
	}
	return o == B24_BIND_FAILED || o == B24_BIND_FULL ? -1 : 0;
}

static enum b24_bind_event_outcome be_frame_bridge(b24_client *c, const b24_bind_event_req *r, b24_error *err)
{
	be_frame_ctx f = { c, r, B24_BUF_INIT, err };
	b24_buf none = B24_BUF_INIT;
	b24_response resp;
	int rc;

	if (be_frame_configured(r, err) != 0) {
		return B24_BIND_EVENT_FAILED;
	}
	if (!r->file) {
		return B24_BIND_EVENT_NO_FILE;
	}
	if (b24_placement_call(c, "placement.get", &none, &resp, err) != 0) {
		return B24_BIND_EVENT_FAILED;
	}
	b24_buf_append(&f.got, resp.body, resp.body_len);
	rc = be_each_code(r->info->placement, be_frame_bind_one, &f);
	b24_buf_free(&f.got);
	if (rc != 0 || be_remember(r, "frame", r->info->placement, err) != 0) {
		return B24_BIND_EVENT_FAILED;
	}
	return B24_BIND_EVENT_BOUND;
}

enum b24_bind_event_outcome b24_bind_event_run(b24_client *c, const b24_bind_event_req *r,
	b24_error *err)
{
	b24_binding_list known;
	enum b24_bind_event_outcome o;
	int state = B24_REST_UNKNOWN, missing = 0;

	b24_error_clear(err);
	if (r->file) {
		if (b24_bindings_read(r->file, r->portal, r->now, &known, err) != 0) {
			return B24_BIND_EVENT_FAILED;
		}
		state = known.rest_state;
		b24_binding_list_free(&known);
	}
	switch (b24_bind_event_route(r->info, state, r->recheck)) {
		case B24_ROUTE_EVENT_BIND:
			return be_event_bind(c, r, err);
		case B24_ROUTE_REST:
			o = be_placement_bind_event(c, r, state, &missing, err);
			if (!missing) {
				return o;
			}
			break;
		case B24_ROUTE_FRAME:
			break;
	}
	b24_error_clear(err);
	return be_frame_bridge(c, r, err);
}
