/*
 * b24_bindings: the bindings file (see b24_bindings.h for its format and
 * locking). Every change is one transaction: lock, re-read, edit the json-c
 * tree, write atomically, unlock.
 */
#include "b24_bindings.h"
#include "b24_json_strict.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "b24_file.h"
#include "b24_envelope.h"

/* A portal's file is small; anything larger is not ours. */
#define B24_BINDINGS_MAX_BYTES (4L * 1024 * 1024)
#define B24_BINDINGS_LOCK_TIMEOUT_MS 10000L

static void bindings_fail(b24_error *err, const char *path, const char *what)
{
	int errnum = errno;
	b24_buf shown = B24_BUF_INIT;

	b24_error_set(err, B24_E_AUTH, B24_STORE_FAILED, 0, "bindings file %s: %s%s%s",
		b24_redact_value(&shown, path, strlen(path)), what, errnum ? ": " : "", errnum ? strerror(errnum) : "");
	b24_buf_free(&shown);
}

void b24_binding_list_free(b24_binding_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++) {
		free(l->items[i].event);
		free(l->items[i].handler);
		free(l->items[i].via);
		free(l->items[i].placement);
	}
	free(l->items);
	memset(l, 0, sizeof(*l));
}

int b24_bindings_path_for_store(const char *store_path, b24_buf *out)
{
	const char *slash = strrchr(store_path, '/');

	if (slash) {
		b24_buf_append(out, store_path, (size_t) (slash - store_path) + 1);
	}
	b24_buf_append_str(out, B24_BINDINGS_FILE);
	return b24_buf_ok(out) ? 0 : -1;
}

/* Reads the whole file into `text`; B24_STORE_MISSING-like 1 when absent. */
static int bindings_slurp(const char *path, b24_buf *text, b24_error *err)
{
	int rc = b24_file_read(path, B24_BINDINGS_MAX_BYTES, text);

	if (rc == B24_FILE_OK || rc == B24_FILE_MISSING) {
		return rc == B24_FILE_MISSING;
	}
	bindings_fail(err, path, rc == B24_FILE_E_OPEN ? "cannot open"
		: rc == B24_FILE_E_TOO_LARGE ? "too large" : "cannot read");
	return -1;
}

/* The file's root object; a missing or empty file gives an empty one. */
static json_object *bindings_load(const char *path, b24_error *err)
{
	b24_buf text = B24_BUF_INIT;
	json_object *root = NULL;
	int rc = bindings_slurp(path, &text, err);

	if (rc < 0) {
		b24_buf_free(&text);
		return NULL;
	}
	if (rc == 0 && text.len > 0) {
		/* strict JSON, the whole file, as every reader of the core */
		root = b24_json_parse(text.data, text.len);
		if (!root || !json_object_is_type(root, json_type_object)) {
			json_object_put(root);
			errno = 0;
			bindings_fail(err, path, "not a JSON object");
			b24_buf_free(&text);
			return NULL;
		}
	}
	b24_buf_free(&text);
	if (!root) {
		root = json_object_new_object();
	}
	return root;
}

/* The "portals" → portal object, created when `create` (NULL otherwise). */
static json_object *bindings_portal(json_object *root, const char *portal, int create)
{
	json_object *portals, *p;

	if (!json_object_object_get_ex(root, "portals", &portals)
		|| !json_object_is_type(portals, json_type_object)) {
		if (!create) {
			return NULL;
		}
		portals = json_object_new_object();
		json_object_object_add(root, "portals", portals);
	}
	if (!json_object_object_get_ex(portals, portal, &p)
		|| !json_object_is_type(p, json_type_object)) {
		if (!create) {
			return NULL;
		}
		p = json_object_new_object();
		json_object_object_add(portals, portal, p);
	}
	return p;
}

static json_object *bindings_array(json_object *p, int create)
{
	json_object *a;

	if (json_object_object_get_ex(p, "bindings", &a) && json_object_is_type(a, json_type_array)) {
		return a;
	}
	if (!create) {
		return NULL;
	}
	a = json_object_new_array();
	json_object_object_add(p, "bindings", a);
	return a;
}

static const char *bindings_str(json_object *o, const char *key)
{
	json_object *v;

	if (json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string)) {
		return json_object_get_string(v);
	}
	return "";
}

/* Writes `root`, with a final newline, atomically over `path`. */
static int bindings_save(const char *path, json_object *root, b24_error *err)
{
	b24_buf text = B24_BUF_INIT;
	int rc;

	b24_buf_append_str(&text, json_object_to_json_string_ext(root,
		JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
	b24_buf_append_char(&text, '\n');
	if (b24_buf_ok(&text) && !b24_json_strict_ok(text.data, text.len)) {
		/* a value that is not UTF-8: the reader would refuse the file, so it is not written */
		errno = 0;
		bindings_fail(err, path, "a value is not UTF-8 text");
		b24_buf_free(&text);
		return -1;
	}
	if (!b24_buf_ok(&text)) {
		errno = ENOMEM;
		rc = B24_FILE_E_WRITE;
	} else {
		rc = b24_file_write_atomic(path, text.data, text.len);
	}
	if (rc != B24_FILE_OK) {
		bindings_fail(err, path, rc == B24_FILE_E_TEMP ? "cannot create a temporary file"
			: rc == B24_FILE_E_SYNC_DIR ? "cannot sync the directory" : "cannot write");
	}
	b24_buf_free(&text);
	return rc == B24_FILE_OK ? 0 : -1;
}

/* Takes the exclusive lock on "<path>.lock"; the descriptor, or -1. */
static int bindings_lock(const char *path, b24_error *err)
{
	int fd, rc = b24_file_lock(path, B24_BINDINGS_LOCK_TIMEOUT_MS, &fd);

	if (rc != B24_FILE_OK) {
		bindings_fail(err, path, rc == B24_FILE_E_LOCK_OPEN ? "cannot open the lock file" : "cannot lock");
		return -1;
	}
	return fd;
}

typedef int (*bindings_edit_fn)(json_object *portal, void *ctx);

/*
 * One transaction: lock, load, let `edit` change the portal's object, save
 * when it changed something (edit returns >= 0; the value is passed back).
 */
static int bindings_transact(const char *path, const char *portal, bindings_edit_fn edit,
	void *ctx, b24_error *err)
{
	json_object *root;
	int fd, rc;

	errno = 0;
	if ((fd = bindings_lock(path, err)) < 0) {
		return -1;
	}
	root = bindings_load(path, err);
	if (!root) {
		b24_file_unlock(fd);
		return -1;
	}
	rc = edit(bindings_portal(root, portal, 1), ctx);
	if (rc >= 0 && bindings_save(path, root, err) != 0) {
		rc = -1;
	}
	json_object_put(root);
	b24_file_unlock(fd);
	return rc;
}

static int bindings_state_from_text(const char *s)
{
	if (strcmp(s, "missing") == 0) {
		return B24_REST_MISSING;
	}
	if (strcmp(s, "present") == 0) {
		return B24_REST_PRESENT;
	}
	return B24_REST_UNKNOWN;
}

static int bindings_copy_item(json_object *o, b24_binding *b)
{
	memset(b, 0, sizeof(*b));
	b->event = strdup(bindings_str(o, "event"));
	b->handler = strdup(bindings_str(o, "handler"));
	b->via = strdup(bindings_str(o, "via"));
	b->placement = strdup(bindings_str(o, "placement"));
	{
		json_object *t;

		if (json_object_object_get_ex(o, "bound_at", &t)) {
			b->bound_at = (long long) json_object_get_int64(t);
		}
	}
	return (b->event && b->handler && b->via && b->placement) ? 0 : -1;
}

static int bindings_copy_portal(json_object *p, long long now, b24_binding_list *out)
{
	json_object *a = bindings_array(p, 0), *t;
	size_t i, n = a ? json_object_array_length(a) : 0;

	out->rest_state = bindings_state_from_text(bindings_str(p, "rest_bind_event"));
	if (json_object_object_get_ex(p, "rest_bind_event_checked", &t)) {
		out->rest_checked = (long long) json_object_get_int64(t);
	}
	if (out->rest_state != B24_REST_UNKNOWN
		&& now - out->rest_checked >= B24_BINDINGS_RECHECK_SECONDS) {
		out->rest_state = B24_REST_UNKNOWN;
	}
	if (n == 0) {
		return 0;
	}
	out->items = calloc(n, sizeof(*out->items));
	if (!out->items) {
		return -1;
	}
	for (i = 0; i < n; i++) {
		json_object *o = json_object_array_get_idx(a, i);

		if (!json_object_is_type(o, json_type_object)) {
			continue;
		}
		if (bindings_copy_item(o, &out->items[out->count++]) != 0) {
			return -1;
		}
	}
	return 0;
}

int b24_bindings_read(const char *path, const char *portal, long long now,
	b24_binding_list *out, b24_error *err)
{
	json_object *root, *p;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	errno = 0;
	root = bindings_load(path, err);
	if (!root) {
		return -1;
	}
	p = bindings_portal(root, portal, 0);
	if (p && bindings_copy_portal(p, now, out) != 0) {
		b24_binding_list_free(out);
		errno = ENOMEM;
		bindings_fail(err, path, "cannot read");
		rc = -1;
	}
	json_object_put(root);
	return rc;
}

typedef struct bindings_record_ctx {
	const char *event, *handler, *via, *placement;
	long long now;
} bindings_record_ctx;

static int bindings_same(json_object *o, const char *event, const char *handler)
{
	return strcmp(bindings_str(o, "event"), event) == 0
		&& (!handler || strcmp(bindings_str(o, "handler"), handler) == 0);
}

static int bindings_record_edit(json_object *p, void *ctx)
{
	const bindings_record_ctx *r = ctx;
	json_object *a = bindings_array(p, 1), *o = NULL;
	size_t i, n = json_object_array_length(a);
	int added = 1;

	for (i = 0; i < n && !o; i++) {
		json_object *it = json_object_array_get_idx(a, i);

		if (json_object_is_type(it, json_type_object) && bindings_same(it, r->event, r->handler)) {
			o = it;
			added = 0;
		}
	}
	if (!o) {
		o = json_object_new_object();
		json_object_object_add(o, "event", json_object_new_string(r->event));
		json_object_object_add(o, "handler", json_object_new_string(r->handler));
		json_object_array_add(a, o);
	}
	json_object_object_add(o, "via", json_object_new_string(r->via));
	json_object_object_add(o, "placement", json_object_new_string(r->placement ? r->placement : ""));
	json_object_object_add(o, "bound_at", json_object_new_int64(r->now));
	return added;
}

int b24_bindings_record(const char *path, const char *portal, const char *event,
	const char *handler, const char *via, const char *placement, long long now,
	b24_error *err)
{
	bindings_record_ctx r = { event, handler, via, placement, now };

	return bindings_transact(path, portal, bindings_record_edit, &r, err);
}

typedef struct bindings_forget_ctx {
	const char *event, *handler;
} bindings_forget_ctx;

static int bindings_forget_edit(json_object *p, void *ctx)
{
	const bindings_forget_ctx *f = ctx;
	json_object *a = bindings_array(p, 0);
	size_t i;
	int removed = 0;

	for (i = a ? json_object_array_length(a) : 0; i > 0; i--) {
		json_object *it = json_object_array_get_idx(a, i - 1);

		if (json_object_is_type(it, json_type_object) && bindings_same(it, f->event, f->handler)) {
			json_object_array_del_idx(a, i - 1, 1);
			removed++;
		}
	}
	return removed;
}

int b24_bindings_forget(const char *path, const char *portal, const char *event,
	const char *handler, b24_error *err)
{
	bindings_forget_ctx f = { event, handler };

	return bindings_transact(path, portal, bindings_forget_edit, &f, err);
}

typedef struct bindings_state_ctx {
	int state;
	long long now;
} bindings_state_ctx;

static int bindings_state_edit(json_object *p, void *ctx)
{
	const bindings_state_ctx *s = ctx;
	const char *text = s->state == B24_REST_MISSING ? "missing"
		: s->state == B24_REST_PRESENT ? "present" : "unknown";

	json_object_object_add(p, "rest_bind_event", json_object_new_string(text));
	json_object_object_add(p, "rest_bind_event_checked", json_object_new_int64(s->now));
	return 0;
}

int b24_bindings_set_rest_state(const char *path, const char *portal, int state,
	long long now, b24_error *err)
{
	bindings_state_ctx s = { state, now };

	return bindings_transact(path, portal, bindings_state_edit, &s, err);
}

