/*
 * b24_placement: placement.bind/unbind/get/list and the install algorithm.
 * See b24_placement.h.
 */
#include "b24_placement.h"

#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "b24_catalog.h"
#include "b24_envelope.h"
#include "b24_form.h"

/* Keys of the REST methods: plain ASCII, so already in their encoded form. */
static int pl_pair(b24_buf *body, const char *key, const char *value)
{
	return b24_form_pair(body, key, strlen(key), value, strlen(value));
}

int b24_placement_bind_body(const b24_placement_req *r, b24_buf *body)
{
	int rc = pl_pair(body, "PLACEMENT", r->code);

	rc |= pl_pair(body, "HANDLER", r->handler);
	if (r->extra && r->extra_len) {
		rc |= b24_buf_append_char(body, '&');
		rc |= b24_buf_append(body, r->extra, r->extra_len);
	}
	if (r->has_user_id) {
		rc |= b24_form_pair_long(body, "USER_ID", 7, r->user_id);
	}
	return rc ? -1 : 0;
}

int b24_placement_unbind_body(const char *code, const char *handler, const long long *user_id,
	b24_buf *body)
{
	int rc = pl_pair(body, "PLACEMENT", code);

	if (handler) {
		rc |= pl_pair(body, "HANDLER", handler);
	}
	if (user_id) {
		rc |= b24_form_pair_long(body, "USER_ID", 7, *user_id);
	}
	return rc ? -1 : 0;
}

int b24_placement_list_body(const char *scope, int full, b24_buf *body)
{
	int rc = 0;

	if (scope) {
		rc |= pl_pair(body, "SCOPE", scope);
	}
	if (full) {
		rc |= pl_pair(body, "FULL", "1");
	}
	return rc ? -1 : 0;
}

int b24_placement_frame_body(const char *code, const char *handler, const char *error_handler_url,
	b24_buf *body)
{
	int rc = pl_pair(body, "PLACEMENT", code);

	rc |= pl_pair(body, "HANDLER", handler);
	if (error_handler_url
			&& b24_catalog_requires_option(b24_catalog_placement(code, strlen(code)), "errorHandlerUrl")) {
		rc |= pl_pair(body, "OPTIONS%5BerrorHandlerUrl%5D", error_handler_url);
	}
	return rc ? -1 : 0;
}

/* ---- answers ---- */

/* The parsed answer and its result member (NULL when there is none). */
static json_object *pl_parse(const char *body, size_t len, json_object **result)
{
	json_object *root = body ? b24_json_parse(body, len) : NULL;

	*result = NULL;
	if (root && (!json_object_is_type(root, json_type_object)
			|| !json_object_object_get_ex(root, "result", result))) {
		*result = NULL;
	}
	return root;
}

static const char *pl_member_str(json_object *item, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(item, key, &v) || !json_object_is_type(v, json_type_string)) {
		return NULL;
	}
	return json_object_get_string(v);
}

int b24_placement_err_already_bound(const b24_error *err)
{
	return strcasecmp(err->code, "ERROR_CORE") == 0 && strstr(err->description, "already binded") != NULL;
}

enum b24_bind_outcome b24_placement_bind_outcome(int rc, const char *body, size_t len,
	const b24_error *err)
{
	json_object *root, *result;
	int ok;

	if (rc != 0) {
		if (b24_placement_err_already_bound(err)) {
			return B24_BIND_ALREADY;
		}
		return strcasecmp(err->code, "ERROR_PLACEMENT_MAX_COUNT") == 0 ? B24_BIND_FULL : B24_BIND_FAILED;
	}
	root = pl_parse(body, len, &result);
	ok = result && json_object_is_type(result, json_type_boolean) && json_object_get_boolean(result);
	json_object_put(root);
	return ok ? B24_BIND_BOUND : B24_BIND_REFUSED;
}

long b24_placement_unbind_count(const char *body, size_t len)
{
	return b24_placement_result_count(body, len) / 2;
}

long b24_placement_result_count(const char *body, size_t len)
{
	json_object *result, *count, *root = pl_parse(body, len, &result);
	long n = 0;

	if (result && json_object_is_type(result, json_type_object)
			&& json_object_object_get_ex(result, "count", &count)) {
		n = (long) json_object_get_int64(count);
	}
	json_object_put(root);
	return n;
}

/* The item is a binding of `code` (and of the user when user_id is set). */
static int pl_item_matches(json_object *item, const char *code, const long long *user_id)
{
	const char *p = pl_member_str(item, "placement");
	json_object *u;

	if (!p || strcasecmp(p, code) != 0) {
		return 0;
	}
	if (!user_id) {
		return 1;
	}
	return json_object_object_get_ex(item, "userId", &u) && u && json_object_get_int64(u) == *user_id;
}

/* Calls fn for each matching item of a placement.get answer; -1 when it is not JSON. */
static int pl_each_match(const char *body, size_t len, const char *code, const long long *user_id,
	void (*fn)(json_object *item, void *ctx), void *ctx)
{
	json_object *result, *root = pl_parse(body, len, &result);
	size_t i, n;

	if (!root) {
		return -1;
	}
	n = result && json_object_is_type(result, json_type_array) ? json_object_array_length(result) : 0;
	for (i = 0; i < n; i++) {
		json_object *item = json_object_array_get_idx(result, i);

		if (item && json_object_is_type(item, json_type_object) && pl_item_matches(item, code, user_id)) {
			fn(item, ctx);
		}
	}
	json_object_put(root);
	return 0;
}

static void pl_collect(json_object *item, void *ctx)
{
	json_object_array_add((json_object *) ctx, json_object_get(item));
}

int b24_placement_filter(const char *body, size_t len, const char *code, const long long *user_id,
	b24_buf *out)
{
	json_object *list = json_object_new_array();
	int rc = pl_each_match(body, len, code, user_id, pl_collect, list);

	if (rc == 0 && b24_buf_append_str(out, json_object_to_json_string_ext(list,
			JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)) != 0) {
		rc = -1;
	}
	json_object_put(list);
	return rc;
}

typedef struct pl_state_ctx {
	const char *handler;
	enum b24_bound_state state;
} pl_state_ctx;

static void pl_state_of(json_object *item, void *ctx)
{
	pl_state_ctx *s = ctx;
	const char *h = pl_member_str(item, "handler");

	if (s->state != B24_BOUND_THIS) {
		s->state = h && strcmp(h, s->handler) == 0 ? B24_BOUND_THIS : B24_BOUND_OTHER;
	}
}

enum b24_bound_state b24_placement_bound_state(const char *body, size_t len, const char *code,
	const long long *user_id, const char *handler)
{
	pl_state_ctx s = { handler, B24_BOUND_NONE };

	pl_each_match(body, len, code, user_id, pl_state_of, &s);
	return s.state;
}

/* ---- calls ---- */

int b24_placement_call(b24_client *c, const char *method, const b24_buf *body, b24_response *resp,
	b24_error *err)
{
	json_object *result, *root;

	b24_error_clear(err);
	memset(resp, 0, sizeof(*resp));
	if (!b24_buf_ok(body)) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory while encoding %s", method);
		return -1;
	}
	if (b24_client_call(c, method, body->data ? body->data : "", body->len, 0, resp, err) != 0) {
		return -1;
	}
	root = pl_parse(resp->body, resp->body_len, &result);
	json_object_put(root);
	if (!result) {
		b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, resp->status,
			"the answer to %s is not a JSON object with a result", method);
		return -1;
	}
	return 0;
}

enum b24_bind_outcome b24_placement_bind(b24_client *c, const b24_placement_req *r, b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	b24_response resp;
	int rc;

	b24_placement_bind_body(r, &body);
	rc = b24_placement_call(c, "placement.bind", &body, &resp, err);
	b24_buf_free(&body);
	return b24_placement_bind_outcome(rc, resp.body, resp.body_len, err);
}

long b24_placement_unbind(b24_client *c, const char *code, const char *handler,
	const long long *user_id, b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	b24_response resp;
	int rc;

	b24_placement_unbind_body(code, handler, user_id, &body);
	rc = b24_placement_call(c, "placement.unbind", &body, &resp, err);
	b24_buf_free(&body);
	return rc == 0 ? b24_placement_unbind_count(resp.body, resp.body_len) : -1;
}

int b24_placement_get(b24_client *c, const char *code, const long long *user_id, b24_buf *out,
	b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	b24_response resp;

	if (b24_placement_call(c, "placement.get", &body, &resp, err) != 0) {
		return -1;
	}
	if (b24_placement_filter(resp.body, resp.body_len, code, user_id, out) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory while reading placement.get");
		return -1;
	}
	return 0;
}

int b24_placement_list(b24_client *c, const char *scope, int full, b24_buf *out, b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	b24_response resp;
	json_object *result, *root;
	int rc;

	b24_placement_list_body(scope, full, &body);
	rc = b24_placement_call(c, "placement.list", &body, &resp, err);
	b24_buf_free(&body);
	if (rc != 0) {
		return -1;
	}
	root = pl_parse(resp.body, resp.body_len, &result);
	if (result && (json_object_is_type(result, json_type_array) || json_object_is_type(result, json_type_object))) {
		b24_buf_append_str(out, json_object_to_json_string_ext(result,
			JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	} else {
		b24_buf_append_str(out, "[]");
	}
	json_object_put(root);
	return 0;
}

/* ---- install ---- */

/* What is bound now for the user (else for all users, userId 0). */
static int pl_install_state(b24_client *c, const b24_placement_req *r, const long long *uid,
	enum b24_bound_state *state, b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	b24_response resp;

	if (b24_placement_call(c, "placement.get", &body, &resp, err) != 0) {
		return -1;
	}
	*state = b24_placement_bound_state(resp.body, resp.body_len, r->code, uid, r->handler);
	return 0;
}

/* A bind of install(): any answer but an error changed the portal. */
static enum b24_bind_outcome pl_install_bind(b24_client *c, const b24_placement_req *r, b24_error *err)
{
	enum b24_bind_outcome o = b24_placement_bind(c, r, err);

	return o == B24_BIND_REFUSED ? B24_BIND_BOUND : o;
}

enum b24_bind_outcome b24_placement_install(b24_client *c, const b24_placement_req *r,
	b24_error *err)
{
	const b24_placement_info *info = b24_catalog_placement(r->code, strlen(r->code));
	long long all_users = 0;
	const long long *uid = r->has_user_id ? &r->user_id : &all_users;
	enum b24_bound_state state;
	enum b24_bind_outcome o;

	if (pl_install_state(c, r, uid, &state, err) != 0) {
		return B24_BIND_FAILED;
	}
	if (state == B24_BOUND_THIS) {
		return B24_BIND_ALREADY;
	}
	/* A single-instance placement holds one handler: replace the other one. */
	if (state == B24_BOUND_OTHER && info && info->single
			&& b24_placement_unbind(c, r->code, NULL, uid, err) < 0) {
		return B24_BIND_FAILED;
	}
	if ((o = pl_install_bind(c, r, err)) != B24_BIND_FULL) {
		return o;
	}
	if (b24_placement_unbind(c, r->code, NULL, uid, err) < 0) {
		return B24_BIND_FAILED;
	}
	if ((o = pl_install_bind(c, r, err)) == B24_BIND_FULL) {
		b24_error_set(err, B24_E_API, "ERROR_PLACEMENT_MAX_COUNT", 0, "%s still refuses a handler "
			"after its handlers were removed", r->code);
		return B24_BIND_FAILED;
	}
	return o;
}
