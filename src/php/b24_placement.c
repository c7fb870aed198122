/*
 * b24: class B24Placement and b24_bind_event().
 *
 * Placements are registered over REST (placement.bind/unbind/get/list).
 * Interface events are not: portals raise them inside the placement's frame
 * only, and the REST placement.bindEvent of the retracted documentation
 * answers ERROR_METHOD_NOT_FOUND. b24_bind_event() therefore asks the portal
 * once, remembers the answer in the bindings file (src/core/b24_bindings),
 * and otherwise binds the app's frame page to the placement that raises the
 * event and records the binding; the frame page (renderFrame(), rendered by
 * src/core/b24_frame) subscribes it in the browser and forwards each
 * occurrence, signed, to the handler, which checks it with verifyEvent().
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <ctype.h>
#include <time.h>

#include "php.h"
#include "php_ini.h"
#include "SAPI.h"
#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "zend_interfaces.h"

#include "b24_private.h"
#include "b24_bindings.h"
#include "b24_catalog.h"
#include "b24_frame.h"
#include "b24_hmac.h"
#include "b24_url.h"
#include "b24_placement_arginfo.h"

/* What b24_bind_event() needs and the B24Client summary does not show. */
#define B24_BAD_REQUEST "B24_BAD_REQUEST"

PHP_INI_BEGIN()
	PHP_INI_ENTRY("b24.frame_url", "", PHP_INI_ALL, NULL)
	PHP_INI_ENTRY("b24.error_handler_url", "", PHP_INI_ALL, NULL)
	PHP_INI_ENTRY("b24.sdk_url", "", PHP_INI_ALL, NULL)
	PHP_INI_ENTRY("b24.bindings_file", "", PHP_INI_ALL, NULL)
PHP_INI_END()

static zend_class_entry *b24_ce_Placement;
static zend_object_handlers b24_placement_handlers;

/* ---- the object ---- */

typedef struct b24_placement_object {
	zend_string *code;
	zval client;               /* the B24Client given, or UNDEF: the default client */
	zval request;              /* fromRequest(): the non-secret fields, else UNDEF */
	zval options;              /* fromRequest(): PLACEMENT_OPTIONS decoded, else UNDEF */
	zend_string *auth_id;      /* the request's secrets, never shown */
	zend_string *refresh_id;
	zend_string *app_token;
	zend_object std;
} b24_placement_object;

static inline b24_placement_object *pl_obj(zend_object *obj)
{
	return (b24_placement_object *) ((char *) obj - XtOffsetOf(b24_placement_object, std));
}

static zend_object *pl_create(zend_class_entry *ce)
{
	b24_placement_object *o = zend_object_alloc(sizeof(b24_placement_object), ce);

	o->code = NULL;
	ZVAL_UNDEF(&o->client);
	ZVAL_UNDEF(&o->request);
	ZVAL_UNDEF(&o->options);
	o->auth_id = o->refresh_id = o->app_token = NULL;
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	B24_OBJECT_SET_HANDLERS(&o->std, &b24_placement_handlers);
	return &o->std;
}

static void pl_release_secret(zend_string **s)
{
	if (*s) {
		/* Tokens do not linger in freed memory. */
		if (!ZSTR_IS_INTERNED(*s) && GC_REFCOUNT(*s) == 1) {
			ZEND_SECURE_ZERO(ZSTR_VAL(*s), ZSTR_LEN(*s));
		}
		zend_string_release(*s);
		*s = NULL;
	}
}

static void pl_free(zend_object *obj)
{
	b24_placement_object *o = pl_obj(obj);

	if (o->code) {
		zend_string_release(o->code);
	}
	zval_ptr_dtor(&o->client);
	zval_ptr_dtor(&o->request);
	zval_ptr_dtor(&o->options);
	pl_release_secret(&o->auth_id);
	pl_release_secret(&o->refresh_id);
	pl_release_secret(&o->app_token);
	zend_object_std_dtor(obj);
}

/* var_dump() and print_r() see the code and the request's public fields, never a token. */
static HashTable *pl_debug_info(zend_object *obj, int *is_temp)
{
	b24_placement_object *o = pl_obj(obj);
	zval info;

	*is_temp = 1;
	array_init(&info);
	if (o->code) {
		add_assoc_str(&info, "code", zend_string_copy(o->code));
	}
	add_assoc_bool(&info, "client", Z_TYPE(o->client) == IS_OBJECT);
	if (Z_TYPE(o->request) == IS_ARRAY) {
		Z_TRY_ADDREF(o->request);
		add_assoc_zval(&info, "request", &o->request);
		add_assoc_bool(&info, "user_token", o->auth_id != NULL);
	}
	return Z_ARRVAL(info);
}

/* ---- small helpers ---- */

static long long pl_now(void)
{
	return (long long) time(NULL);
}

/* An AUTH/API/... exception from the core's error, or nothing when one is pending. */
static void pl_throw(const b24_error *err)
{
	if (!EG(exception)) {
		b24_throw(err);
	}
}

/* A B24Exception of the given kind with a formatted description. */
static void pl_throwf(int kind, const char *code, const char *fmt, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

static void pl_throwf(int kind, const char *code, const char *fmt, ...)
{
	b24_error err;
	va_list ap;

	va_start(ap, fmt);
	b24_error_vset(&err, kind, code, 0, fmt, ap);
	va_end(ap);
	b24_throw(&err);
}

static const char *pl_ini(const char *name, size_t len)
{
	const char *v = zend_ini_string_ex((char *) name, len, 0, NULL);

	return v && v[0] ? v : NULL;
}

static b24_php_client *pl_pick_client(zval *client)
{
	return client && Z_TYPE_P(client) == IS_OBJECT ? b24_client_from_zval(client) : b24_default_client();
}

/* 1 for [A-Za-z0-9_]+ of at most 128 bytes. */
static int pl_code_shaped(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > 128) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) s[i];

		if (!(isalnum(c) || c == '_')) {
			return 0;
		}
	}
	return 1;
}

/* An upper-cased copy of an ASCII code (zend_string_toupper() is 8.2+). */
static zend_string *pl_upper(const char *s, size_t len)
{
	zend_string *out = zend_string_alloc(len, 0);
	size_t i;

	for (i = 0; i < len; i++) {
		ZSTR_VAL(out)[i] = (char) toupper((unsigned char) s[i]);
	}
	ZSTR_VAL(out)[len] = '\0';
	return out;
}

/* ---- options arrays ---- */

enum pl_opt_type { PL_STRING, PL_BOOL, PL_INT, PL_ARRAY };

typedef struct pl_opt {
	const char *name;
	enum pl_opt_type type;
} pl_opt;

static const char *pl_opt_type_name(enum pl_opt_type t)
{
	return t == PL_STRING ? "string" : t == PL_BOOL ? "bool" : t == PL_INT ? "int" : "array";
}

static bool pl_opt_type_ok(zval *v, enum pl_opt_type t)
{
	switch (t) {
		case PL_STRING: return Z_TYPE_P(v) == IS_STRING;
		case PL_BOOL: return Z_TYPE_P(v) == IS_TRUE || Z_TYPE_P(v) == IS_FALSE;
		case PL_INT: return Z_TYPE_P(v) == IS_LONG;
		case PL_ARRAY: return Z_TYPE_P(v) == IS_ARRAY;
	}
	return false;
}

/*
 * Reads an options array against a table (keys case-insensitive, so the
 * documented upper-case REST names work too); out[i] is NULL when absent or
 * null. A ValueError/TypeError on argument `arg` for anything unknown.
 */
static bool pl_options(HashTable *ht, const pl_opt *table, size_t n, zval **out, uint32_t arg)
{
	zend_string *key;
	zval *v;
	size_t i;

	memset(out, 0, sizeof(zval *) * n);
	if (!ht) {
		return true;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, v) {
		if (!key) {
			zend_argument_value_error(arg, "must have string keys");
			return false;
		}
		for (i = 0; i < n && strcasecmp(ZSTR_VAL(key), table[i].name) != 0; i++) {
		}
		if (i == n) {
			zend_argument_value_error(arg, "contains the unknown option \"%s\"", ZSTR_VAL(key));
			return false;
		}
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) == IS_NULL) {
			continue;
		}
		if (!pl_opt_type_ok(v, table[i].type)) {
			zend_argument_type_error(arg, "option \"%s\" must be of type %s, %s given",
				ZSTR_VAL(key), pl_opt_type_name(table[i].type), zend_zval_type_name(v));
			return false;
		}
		out[i] = v;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static const char *pl_opt_str(zval *v)
{
	return v && Z_STRLEN_P(v) ? Z_STRVAL_P(v) : NULL;
}

/* ---- handler URLs ---- */

/*
 * b24_url_check_handler() with allow_local also admitting plain http: a
 * local development server rarely has a certificate, and the portal that
 * accepts local handlers (the emulator) accepts http too.
 */
static int pl_check_url(const char *url, size_t len, bool allow_local)
{
	int rc = b24_url_check_handler(url, len, allow_local);

	if (rc == B24_URL_NOT_HTTPS && allow_local && len > 7 && strncasecmp(url, "http://", 7) == 0
			&& len < B24_URL_MAX_LEN) {
		char *https = emalloc(len + 2);

		memcpy(https, "https://", 8);
		memcpy(https + 8, url + 7, len - 7);
		rc = b24_url_check_handler(https, len + 1, allow_local);
		efree(https);
	}
	return rc;
}

static const char *pl_url_hint(int rc)
{
	return rc == B24_URL_LOCAL_HOST || rc == B24_URL_NOT_HTTPS
		? " (portals refuse it; for local development set the option \"allow_local\" or b24.allow_local=1)"
		: "";
}

/* A handler URL given as argument `arg`; ValueError when refused. */
static bool pl_check_handler_arg(zend_string *url, bool allow_local, uint32_t arg)
{
	int rc = pl_check_url(ZSTR_VAL(url), ZSTR_LEN(url), allow_local);

	if (rc != B24_URL_OK) {
		zend_argument_value_error(arg, "is refused: %s%s", b24_url_check_message(rc), pl_url_hint(rc));
		return false;
	}
	return true;
}

/* A URL from an option or INI setting, named `what` in the ValueError. */
static bool pl_check_handler_setting(const char *url, bool allow_local, const char *what)
{
	int rc = pl_check_url(url, strlen(url), allow_local);

	if (rc != B24_URL_OK) {
		const char *space, *cls = get_active_class_name(&space);

		zend_value_error("%s%s%s(): %s is refused: %s%s", cls, space, get_active_function_name(), what,
			b24_url_check_message(rc), pl_url_hint(rc));
		return false;
	}
	return true;
}

static bool pl_allow_local(zval *opt, b24_php_client *pc)
{
	if (opt) {
		return Z_TYPE_P(opt) == IS_TRUE;
	}
	return (pc && pc->allow_local) || B24_G(allow_local);
}

/* ---- REST calls ---- */

/*
 * One call with the binding's encoder; 0 with the decoded "result" in
 * *result, -1 with err (nothing thrown), B24_SEND_THROWN.
 */
static int pl_call(b24_php_client *pc, const char *method, HashTable *params, zval *result,
	b24_error *err)
{
	b24_response resp;
	zval envelope, *r;
	int rc;

	ZVAL_UNDEF(result);
	rc = b24_php_client_send(pc, method, params ? params : (HashTable *) &zend_empty_array, 2,
		&resp, err);
	if (rc != 0) {
		return rc;
	}
	if (!b24_decode_json(&envelope, resp.body, resp.body_len) || Z_TYPE(envelope) != IS_ARRAY
			|| !(r = zend_hash_str_find(Z_ARRVAL(envelope), ZEND_STRL("result")))) {
		zval_ptr_dtor(&envelope);
		b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, resp.status,
			"the answer to %s is not a JSON object with a result", method);
		return -1;
	}
	ZVAL_COPY(result, r);
	zval_ptr_dtor(&envelope);
	return 0;
}

/* pl_call() that throws; true with the result. */
static bool pl_call_or_throw(b24_php_client *pc, const char *method, HashTable *params, zval *result)
{
	b24_error err;
	int rc = pl_call(pc, method, params, result, &err);

	if (rc != 0) {
		if (rc != B24_SEND_THROWN) {
			pl_throw(&err);
		}
		return false;
	}
	return true;
}

static bool pl_err_is(const b24_error *err, const char *code)
{
	return strcasecmp(err->code, code) == 0;
}

/* ERROR_CORE "Unable to set placement handler: Handler already binded". */
static bool pl_err_already_bound(const b24_error *err)
{
	return pl_err_is(err, "ERROR_CORE") && strstr(err->description, "already binded") != NULL;
}

/* ---- the portal's record ---- */

/* Where the bindings of this client's portal are kept, and under which key. */
typedef struct pl_record {
	b24_buf path;
	b24_buf portal;
} pl_record;

static void pl_record_free(pl_record *r)
{
	b24_buf_free(&r->path);
	b24_buf_free(&r->portal);
}

/* member_id, or the portal host for a client without one (a webhook). */
static void pl_portal_key(b24_php_client *pc, zval *member_opt, b24_buf *out)
{
	const b24_token *t;
	const char *base;
	b24_url url;

	if (member_opt) {
		b24_buf_append(out, Z_STRVAL_P(member_opt), Z_STRLEN_P(member_opt));
		return;
	}
	t = b24_client_token(pc->core);
	if (t && t->member_id && t->member_id[0]) {
		b24_buf_append_str(out, t->member_id);
		return;
	}
	base = b24_client_base(pc->core);
	if (b24_url_parse(base, strlen(base), &url) == 0) {
		b24_buf_append(out, base + url.host.off, url.host.len);
	}
}

/*
 * The bindings file: the option, b24.bindings_file, or next to the token
 * store (the client's, else b24.store). false when none is configured.
 */
static bool pl_record_path(zval *file_opt, b24_php_client *pc, b24_buf *path)
{
	const char *ini = pl_ini(ZEND_STRL("b24.bindings_file"));
	const char *store = pc ? b24_client_store_path(pc->core) : NULL;

	if (file_opt && Z_STRLEN_P(file_opt)) {
		b24_buf_append(path, Z_STRVAL_P(file_opt), Z_STRLEN_P(file_opt));
	} else if (ini) {
		b24_buf_append_str(path, ini);
	} else if (store && store[0]) {
		b24_bindings_path_for_store(store, path);
	} else if (B24_G(store) && B24_G(store)[0]) {
		b24_bindings_path_for_store(B24_G(store), path);
	} else {
		return false;
	}
	return true;
}

static void pl_no_record_error(void)
{
	const char *space, *cls = get_active_class_name(&space);

	zend_throw_error(NULL, "%s%s%s(): no bindings file: set the option \"bindings_file\" or "
		"b24.bindings_file, or give the client a token store (the file is kept next to it)",
		cls, space, get_active_function_name());
}

/* ---- b24_bind_event() ---- */

typedef struct pl_bind_req {
	zend_string *event;
	zend_string *handler;
	b24_php_client *pc;
	bool allow_local;
	bool recheck;
	const char *frame_url;
	const char *error_handler_url;
	zval *auth_type;
	zval *event_type;
	zval *file;
	const b24_event_info *info;   /* interface events only */
} pl_bind_req;

static const pl_opt pl_bind_opts[] = {
	{ "allow_local", PL_BOOL }, { "frame_url", PL_STRING }, { "error_handler_url", PL_STRING },
	{ "auth_type", PL_INT }, { "event_type", PL_STRING }, { "bindings_file", PL_STRING },
	{ "recheck", PL_BOOL },
};
enum { PLB_ALLOW_LOCAL, PLB_FRAME_URL, PLB_ERROR_URL, PLB_AUTH_TYPE, PLB_EVENT_TYPE, PLB_FILE,
	PLB_RECHECK, PLB_COUNT };

/* The event name, argument 1: an interface event of the catalog or a REST event name. */
static bool pl_check_event(zend_string *event, const b24_event_info **info)
{
	const char *suggestion;
	enum b24_event_kind kind = b24_catalog_classify_event(ZSTR_VAL(event), ZSTR_LEN(event), &suggestion);

	*info = NULL;
	if (kind == B24_EVENT_INTERFACE) {
		*info = b24_catalog_event(ZSTR_VAL(event), ZSTR_LEN(event));
		return true;
	}
	if (kind == B24_EVENT_REST) {
		return true;
	}
	if (ZSTR_LEN(event) == 0) {
		zend_argument_value_error(1, "must not be empty");
	} else if (kind == B24_EVENT_UNKNOWN_INTERFACE && suggestion) {
		zend_argument_value_error(1, "is not an interface event: \"%s\"; did you mean \"%s\"? "
			"(a portal ignores unknown interface events silently)", ZSTR_VAL(event), suggestion);
	} else if (kind == B24_EVENT_UNKNOWN_INTERFACE) {
		zend_argument_value_error(1, "is not an interface event: \"%s\" is none of the %zu of "
			"the catalog (a portal ignores unknown interface events silently)",
			ZSTR_VAL(event), b24_catalog_event_count());
	} else {
		zend_argument_value_error(1, "must be an interface event such as "
			"\"BackgroundCallCard::answerButtonClick\" or a REST event name (letters, digits "
			"and \"_\", starting with \"On\"), \"%s\" given", ZSTR_VAL(event));
	}
	return false;
}

/* Everything b24_bind_event() checks before anything goes over the wire. */
static bool pl_bind_prepare(pl_bind_req *r, zend_string *event, zend_string *handler,
	HashTable *options, zval *client)
{
	zval *o[PLB_COUNT];

	memset(r, 0, sizeof(*r));
	r->event = event;
	r->handler = handler;
	if (!pl_check_event(event, &r->info) || !pl_options(options, pl_bind_opts, PLB_COUNT, o, 3)) {
		return false;
	}
	if (o[PLB_EVENT_TYPE] && strcmp(Z_STRVAL_P(o[PLB_EVENT_TYPE]), "online") != 0
			&& strcmp(Z_STRVAL_P(o[PLB_EVENT_TYPE]), "offline") != 0) {
		zend_argument_value_error(3, "option \"event_type\" must be \"online\" or \"offline\"");
		return false;
	}
	if (r->info && (o[PLB_AUTH_TYPE] || o[PLB_EVENT_TYPE])) {
		zend_argument_value_error(3, "options \"auth_type\" and \"event_type\" are for REST events, "
			"\"%s\" is an interface event", ZSTR_VAL(event));
		return false;
	}
	if (!(r->pc = pl_pick_client(client))) {
		return false;
	}
	r->allow_local = pl_allow_local(o[PLB_ALLOW_LOCAL], r->pc);
	if (!pl_check_handler_arg(handler, r->allow_local, 2)) {
		return false;
	}
	r->recheck = o[PLB_RECHECK] && Z_TYPE_P(o[PLB_RECHECK]) == IS_TRUE;
	r->frame_url = o[PLB_FRAME_URL] ? pl_opt_str(o[PLB_FRAME_URL]) : pl_ini(ZEND_STRL("b24.frame_url"));
	r->error_handler_url = o[PLB_ERROR_URL] ? pl_opt_str(o[PLB_ERROR_URL])
		: pl_ini(ZEND_STRL("b24.error_handler_url"));
	r->auth_type = o[PLB_AUTH_TYPE];
	r->event_type = o[PLB_EVENT_TYPE];
	r->file = o[PLB_FILE];
	/* Checked now although only the frame bridge uses them: a bad setting fails before any call. */
	if (r->info && r->frame_url && !pl_check_handler_setting(r->frame_url, r->allow_local,
			"the frame page URL (frame_url)")) {
		return false;
	}
	return !r->info || !r->error_handler_url || pl_check_handler_setting(r->error_handler_url,
		r->allow_local, "the error handler URL (error_handler_url)");
}

/* Records a binding when a bindings file is configured; false with an exception. */
static bool pl_remember(const pl_bind_req *r, const pl_record *rec, const char *via,
	const char *placement)
{
	b24_error err;

	if (rec->path.len == 0) {
		return true;
	}
	if (b24_bindings_record(rec->path.data, b24_buf_cstr(&rec->portal), ZSTR_VAL(r->event),
			ZSTR_VAL(r->handler), via, placement, pl_now(), &err) < 0) {
		pl_throw(&err);
		return false;
	}
	return true;
}

static void pl_remember_state(const pl_record *rec, int state)
{
	b24_error err;

	/* Only a cache: a failure costs one more question to the portal later. */
	if (rec->path.len) {
		b24_bindings_set_rest_state(rec->path.data, b24_buf_cstr(&rec->portal), state, pl_now(), &err);
	}
}

/* event.bind for a REST event; "Handler already binded" is success. */
static int pl_bind_rest_event(const pl_bind_req *r, const pl_record *rec)
{
	zval params, result;
	b24_error err;
	bool ok;
	int rc;

	array_init(&params);
	add_assoc_str(&params, "event", zend_string_copy(r->event));
	add_assoc_str(&params, "handler", zend_string_copy(r->handler));
	if (r->auth_type) {
		add_assoc_long(&params, "auth_type", Z_LVAL_P(r->auth_type));
	}
	if (r->event_type) {
		add_assoc_str(&params, "event_type", zend_string_copy(Z_STR_P(r->event_type)));
	}
	rc = pl_call(r->pc, "event.bind", Z_ARRVAL(params), &result, &err);
	zval_ptr_dtor(&params);
	/* Bound before (a second install): what the caller wanted is there. */
	if (rc == -1 && pl_err_already_bound(&err)) {
		rc = 0;
		ZVAL_TRUE(&result);
	}
	if (rc != 0) {
		if (rc != B24_SEND_THROWN) {
			pl_throw(&err);
		}
		return -1;
	}
	ok = Z_TYPE(result) == IS_TRUE;
	zval_ptr_dtor(&result);
	if (ok && !pl_remember(r, rec, "rest", "")) {
		return -1;
	}
	return ok;
}

/*
 * REST placement.bindEvent as the source document shows it. 1/0 for the
 * portal's result, -1 thrown, 2 when the portal has no such method.
 */
static int pl_bind_event_rest(const pl_bind_req *r, const pl_record *rec, int known_state)
{
	zval params, result;
	b24_error err;
	int rc;
	bool ok;

	array_init(&params);
	add_assoc_str(&params, "PLACEMENT", zend_string_copy(r->event));
	add_assoc_str(&params, "HANDLER", zend_string_copy(r->handler));
	rc = pl_call(r->pc, "placement.bindEvent", Z_ARRVAL(params), &result, &err);
	zval_ptr_dtor(&params);
	if (rc != 0) {
		if (rc == -1 && err.kind == B24_E_METHOD_NOT_FOUND) {
			pl_remember_state(rec, B24_REST_MISSING);
			return 2;
		}
		if (rc != B24_SEND_THROWN) {
			pl_throw(&err);
		}
		return -1;
	}
	ok = Z_TYPE(result) == IS_TRUE;
	zval_ptr_dtor(&result);
	if (known_state != B24_REST_PRESENT) {
		pl_remember_state(rec, B24_REST_PRESENT);
	}
	if (ok && !pl_remember(r, rec, "rest", r->info->placement)) {
		return -1;
	}
	return ok;
}

/* 1 when placement.get lists `code` bound to `handler`. */
static bool pl_listed(zval *got, const char *code, const char *handler)
{
	zval *item, *p, *h;

	if (Z_TYPE_P(got) != IS_ARRAY) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(got), item) {
		if (Z_TYPE_P(item) == IS_ARRAY
				&& (p = zend_hash_str_find(Z_ARRVAL_P(item), ZEND_STRL("placement"))) && Z_TYPE_P(p) == IS_STRING
				&& (h = zend_hash_str_find(Z_ARRVAL_P(item), ZEND_STRL("handler"))) && Z_TYPE_P(h) == IS_STRING
				&& strcasecmp(Z_STRVAL_P(p), code) == 0 && strcmp(Z_STRVAL_P(h), handler) == 0) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* placement.bind of the frame page to one placement; "already binded" is success. */
static bool pl_bind_frame_page(const pl_bind_req *r, const char *code)
{
	zval params, options, result;
	b24_error err;
	int rc;

	array_init(&params);
	add_assoc_string(&params, "PLACEMENT", code);
	add_assoc_string(&params, "HANDLER", r->frame_url);
	if (b24_catalog_requires_option(b24_catalog_placement(code, strlen(code)), "errorHandlerUrl")) {
		array_init(&options);
		add_assoc_string(&options, "errorHandlerUrl", r->error_handler_url);
		add_assoc_zval(&params, "OPTIONS", &options);
	}
	rc = pl_call(r->pc, "placement.bind", Z_ARRVAL(params), &result, &err);
	zval_ptr_dtor(&params);
	zval_ptr_dtor(&result);
	if (rc == 0 || (rc == -1 && pl_err_already_bound(&err))) {
		return true;
	}
	if (rc == -1 && pl_err_is(&err, "ERROR_PLACEMENT_MAX_COUNT")) {
		pl_throwf(B24_E_API, err.code, "%s is single-instance and already bound to another "
			"handler of this app: bind the frame page there instead (frame_url) or unbind it first "
			"(portal: %s)", code, err.description);
		return false;
	}
	if (rc != B24_SEND_THROWN) {
		pl_throw(&err);
	}
	return false;
}

/* What the developer must configure for the frame bridge; false with the exception. */
static bool pl_frame_configured(const pl_bind_req *r, bool needs_error_url)
{
	if (!r->frame_url) {
		pl_throwf(B24_E_METHOD_NOT_FOUND, "ERROR_METHOD_NOT_FOUND", "this portal has no REST "
			"placement.bindEvent: interface events such as %s are raised only in the browser, "
			"inside the %s frame. Configure the app's frame page (option \"frame_url\" or "
			"b24.frame_url: a URL of the app that answers with B24Placement::renderFrame()); b24 "
			"then binds it to %s and the page forwards the event to the handler",
			ZSTR_VAL(r->event), r->info->placement, r->info->placement);
		return false;
	}
	if (needs_error_url && !r->error_handler_url) {
		pl_throwf(B24_E_METHOD_NOT_FOUND, "ERROR_METHOD_NOT_FOUND", "this portal has no REST "
			"placement.bindEvent, and binding the frame page to PAGE_BACKGROUND_WORKER needs an "
			"error handler URL (option \"error_handler_url\" or b24.error_handler_url): the portal "
			"reports there when it drops a slow background worker");
		return false;
	}
	return true;
}

/*
 * The frame bridge: every placement raising the event bound to the frame
 * page (idempotently: placement.get first), then the binding recorded.
 */
static int pl_bind_event_frame(const pl_bind_req *r, const pl_record *rec)
{
	const char *list = r->info->placement;
	zval got;
	bool ok = true;

	if (!pl_frame_configured(r, strstr(list, "PAGE_BACKGROUND_WORKER") != NULL)) {
		return -1;
	}
	if (rec->path.len == 0) {
		pl_no_record_error();
		return -1;
	}
	if (!pl_call_or_throw(r->pc, "placement.get", NULL, &got)) {
		return -1;
	}
	while (ok && *list) {
		size_t n = strcspn(list, ",");
		char code[129];

		snprintf(code, sizeof(code), "%.*s", (int) (n < 128 ? n : 128), list);
		if (!pl_listed(&got, code, r->frame_url)) {
			ok = pl_bind_frame_page(r, code);
		}
		list += n + (list[n] == ',');
	}
	zval_ptr_dtor(&got);
	if (!ok || !pl_remember(r, rec, "frame", r->info->placement)) {
		return -1;
	}
	return 1;
}

/* b24_bind_event() and B24Placement::bindEvent(): 1/0 for true/false, -1 thrown. */
static int pl_bind_event(pl_bind_req *r)
{
	pl_record rec = { B24_BUF_INIT, B24_BUF_INIT };
	b24_binding_list known;
	b24_error err;
	int rc, state = B24_REST_UNKNOWN;

	pl_portal_key(r->pc, NULL, &rec.portal);
	if (pl_record_path(r->file, r->pc, &rec.path)) {
		if (b24_bindings_read(rec.path.data, b24_buf_cstr(&rec.portal), pl_now(), &known, &err) != 0) {
			pl_throw(&err);
			pl_record_free(&rec);
			return -1;
		}
		state = known.rest_state;
		b24_binding_list_free(&known);
	}
	if (!r->info) {
		rc = pl_bind_rest_event(r, &rec);
	} else {
		rc = state == B24_REST_MISSING && !r->recheck ? 2 : pl_bind_event_rest(r, &rec, state);
		if (rc == 2) {
			rc = pl_bind_event_frame(r, &rec);
		}
	}
	pl_record_free(&rec);
	return rc;
}

PHP_FUNCTION(b24_bind_event)
{
	zend_string *event, *handler;
	HashTable *options = NULL;
	zval *client = NULL;
	pl_bind_req r;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_STR(event)
		Z_PARAM_STR(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_ce_Client)
	ZEND_PARSE_PARAMETERS_END();

	if (!pl_bind_prepare(&r, event, handler, options, client)) {
		RETURN_THROWS();
	}
	rc = pl_bind_event(&r);
	if (rc < 0) {
		RETURN_THROWS();
	}
	RETURN_BOOL(rc == 1);
}

/* ---- B24Placement: codes ---- */

/* Upper-cased copy of a well-formed code; ValueError on argument `arg` otherwise. */
static zend_string *pl_code_arg(zend_string *code, uint32_t arg)
{
	if (!pl_code_shaped(ZSTR_VAL(code), ZSTR_LEN(code))) {
		if (memchr(ZSTR_VAL(code), '<', ZSTR_LEN(code))) {
			zend_argument_value_error(arg, "is a template: build the code with B24Placement::dynamic()");
		} else {
			zend_argument_value_error(arg, "must be a placement code (1 to 128 of A-Z, 0-9 and \"_\")");
		}
		return NULL;
	}
	return pl_upper(ZSTR_VAL(code), ZSTR_LEN(code));
}

static b24_placement_object *pl_this(zval *this_zv)
{
	b24_placement_object *o = pl_obj(Z_OBJ_P(this_zv));

	if (UNEXPECTED(!o->code)) {
		zend_throw_error(NULL, "B24Placement object is not constructed");
		return NULL;
	}
	return o;
}

static b24_php_client *pl_this_client(b24_placement_object *o)
{
	return pl_pick_client(Z_TYPE(o->client) == IS_OBJECT ? &o->client : NULL);
}

PHP_METHOD(B24Placement, __construct)
{
	b24_placement_object *o = pl_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *code;
	zval *client = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_ce_Client)
	ZEND_PARSE_PARAMETERS_END();

	if (o->code) {
		zend_throw_error(NULL, "B24Placement object is already constructed");
		RETURN_THROWS();
	}
	if (!(o->code = pl_code_arg(code, 1))) {
		RETURN_THROWS();
	}
	if (client) {
		ZVAL_COPY(&o->client, client);
	}
}

PHP_METHOD(B24Placement, code)
{
	b24_placement_object *o;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(o = pl_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(o->code);
}

/* The nine CRM_DYNAMIC_<id>_* templates share this head. */
#define PL_DYNAMIC_HEAD "CRM_DYNAMIC_"
#define PL_DYNAMIC_TEMPLATE "CRM_DYNAMIC_<id>_"

PHP_METHOD(B24Placement, dynamic)
{
	zend_long id;
	zend_string *suffix;
	const char *s;
	size_t len;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(id)
		Z_PARAM_STR(suffix)
	ZEND_PARSE_PARAMETERS_END();

	if (id < 1) {
		zend_argument_value_error(1, "must be a smart-process type id (1 or more)");
		RETURN_THROWS();
	}
	s = ZSTR_VAL(suffix);
	len = ZSTR_LEN(suffix);
	/* The template constant (CRM_DYNAMIC_ID_DETAIL_TAB's value) names its suffix. */
	if (len > sizeof(PL_DYNAMIC_TEMPLATE) - 1 && strncasecmp(s, PL_DYNAMIC_TEMPLATE, sizeof(PL_DYNAMIC_TEMPLATE) - 1) == 0) {
		s += sizeof(PL_DYNAMIC_TEMPLATE) - 1;
		len -= sizeof(PL_DYNAMIC_TEMPLATE) - 1;
	}
	if (!pl_code_shaped(s, len) || len > 64) {
		zend_argument_value_error(2, "must be a placement suffix such as \"DETAIL_TAB\" "
			"(A-Z, 0-9 and \"_\") or a CRM_DYNAMIC_ID_* constant");
		RETURN_THROWS();
	}
	{
		zend_string *out = strpprintf(0, PL_DYNAMIC_HEAD ZEND_LONG_FMT "_%.*s", id, (int) len, s);
		zend_string *upper = pl_upper(ZSTR_VAL(out), ZSTR_LEN(out));

		zend_string_release(out);
		RETURN_STR(upper);
	}
}

PHP_METHOD(B24Placement, isKnown)
{
	zend_string *code;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(code)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(b24_catalog_placement(ZSTR_VAL(code), ZSTR_LEN(code)) != NULL);
}

PHP_METHOD(B24Placement, events)
{
	b24_placement_object *o;
	size_t i, n = b24_catalog_event_count();

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(o = pl_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	array_init(return_value);
	for (i = 0; i < n; i++) {
		const b24_event_info *ev = b24_catalog_event_at(i);

		if (b24_catalog_event_raised_by(ev, ZSTR_VAL(o->code), ZSTR_LEN(o->code))) {
			add_next_index_string(return_value, ev->event);
		}
	}
}

/* ---- B24Placement: REST ---- */

static const pl_opt pl_bind_place_opts[] = {
	{ "title", PL_STRING }, { "description", PL_STRING }, { "group_name", PL_STRING },
	{ "lang_all", PL_ARRAY }, { "options", PL_ARRAY }, { "user_id", PL_INT },
	{ "allow_local", PL_BOOL },
};
enum { PLP_TITLE, PLP_DESCRIPTION, PLP_GROUP_NAME, PLP_LANG_ALL, PLP_OPTIONS, PLP_USER_ID,
	PLP_ALLOW_LOCAL, PLP_COUNT };
static const char *const pl_bind_place_keys[PLP_ALLOW_LOCAL] = {
	"TITLE", "DESCRIPTION", "GROUP_NAME", "LANG_ALL", "OPTIONS", "USER_ID"
};

/* The placement.bind parameters of bind() and install(); false when thrown. */
static bool pl_bind_params(b24_placement_object *o, b24_php_client *pc, zend_string *handler,
	HashTable *options, zval *params, zval **user_id)
{
	zval *v[PLP_COUNT];
	int i;

	if (!pl_options(options, pl_bind_place_opts, PLP_COUNT, v, 2)
			|| !pl_check_handler_arg(handler, pl_allow_local(v[PLP_ALLOW_LOCAL], pc), 1)) {
		return false;
	}
	array_init(params);
	add_assoc_str(params, "PLACEMENT", zend_string_copy(o->code));
	add_assoc_str(params, "HANDLER", zend_string_copy(handler));
	for (i = 0; i < PLP_ALLOW_LOCAL; i++) {
		if (v[i]) {
			Z_TRY_ADDREF_P(v[i]);
			add_assoc_zval(params, pl_bind_place_keys[i], v[i]);
		}
	}
	*user_id = v[PLP_USER_ID];
	return true;
}

/* placement.unbind; the real number removed (the portal counts each twice), -1 thrown. */
static zend_long pl_unbind(b24_placement_object *o, b24_php_client *pc, zend_string *handler,
	zval *user_id)
{
	zval params, result, *count;
	zend_long n = 0;

	array_init(&params);
	add_assoc_str(&params, "PLACEMENT", zend_string_copy(o->code));
	if (handler) {
		add_assoc_str(&params, "HANDLER", zend_string_copy(handler));
	}
	if (user_id) {
		add_assoc_long(&params, "USER_ID", Z_LVAL_P(user_id));
	}
	if (!pl_call_or_throw(pc, "placement.unbind", Z_ARRVAL(params), &result)) {
		zval_ptr_dtor(&params);
		return -1;
	}
	zval_ptr_dtor(&params);
	if (Z_TYPE(result) == IS_ARRAY && (count = zend_hash_str_find(Z_ARRVAL(result), ZEND_STRL("count")))) {
		n = zval_get_long(count) / 2;
	}
	zval_ptr_dtor(&result);
	return n;
}

PHP_METHOD(B24Placement, unbind)
{
	zend_string *handler = NULL;
	zend_long user_id = 0;
	bool user_id_null = true;
	b24_placement_object *o;
	b24_php_client *pc;
	zval uid;
	zend_long n;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(handler)
		Z_PARAM_LONG_OR_NULL(user_id, user_id_null)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = pl_this(ZEND_THIS)) || !(pc = pl_this_client(o))) {
		RETURN_THROWS();
	}
	ZVAL_LONG(&uid, user_id);
	n = pl_unbind(o, pc, handler && ZSTR_LEN(handler) ? handler : NULL, user_id_null ? NULL : &uid);
	if (n < 0) {
		RETURN_THROWS();
	}
	RETURN_LONG(n);
}

/* placement.get filtered to this code (and to a user when user_id is set). */
static bool pl_get(b24_placement_object *o, b24_php_client *pc, zval *user_id, zval *out)
{
	zval result, *item, *p, *u;

	if (!pl_call_or_throw(pc, "placement.get", NULL, &result)) {
		return false;
	}
	array_init(out);
	if (Z_TYPE(result) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(result), item) {
			if (Z_TYPE_P(item) != IS_ARRAY
					|| !(p = zend_hash_str_find(Z_ARRVAL_P(item), ZEND_STRL("placement")))
					|| Z_TYPE_P(p) != IS_STRING || strcasecmp(Z_STRVAL_P(p), ZSTR_VAL(o->code)) != 0) {
				continue;
			}
			u = zend_hash_str_find(Z_ARRVAL_P(item), ZEND_STRL("userId"));
			if (user_id && (!u || zval_get_long(u) != Z_LVAL_P(user_id))) {
				continue;
			}
			Z_TRY_ADDREF_P(item);
			add_next_index_zval(out, item);
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&result);
	return true;
}

PHP_METHOD(B24Placement, get)
{
	b24_placement_object *o;
	b24_php_client *pc;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(o = pl_this(ZEND_THIS)) || !(pc = pl_this_client(o)) || !pl_get(o, pc, NULL, return_value)) {
		RETURN_THROWS();
	}
}

/* 1 when `handler` is in the list, 2 when another handler is, 0 when empty. */
static int pl_bound_state(zval *bound, zend_string *handler)
{
	zval *item, *h;
	int state = 0;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(bound), item) {
		h = zend_hash_str_find(Z_ARRVAL_P(item), ZEND_STRL("handler"));
		if (h && Z_TYPE_P(h) == IS_STRING && zend_string_equals(Z_STR_P(h), handler)) {
			return 1;
		}
		state = 2;
	} ZEND_HASH_FOREACH_END();
	return state;
}

static bool pl_single_instance(zend_string *code)
{
	const b24_placement_info *info = b24_catalog_placement(ZSTR_VAL(code), ZSTR_LEN(code));

	return info && info->single;
}

/* bind, with "already binded" as success; 1 bound, 0 was bound, -1 thrown, 2 max count. */
static int pl_bind_once(b24_php_client *pc, zval *params)
{
	zval result;
	b24_error err;
	int rc = pl_call(pc, "placement.bind", Z_ARRVAL_P(params), &result, &err);

	zval_ptr_dtor(&result);
	if (rc == 0) {
		return 1;
	}
	if (rc == -1 && pl_err_already_bound(&err)) {
		return 0;
	}
	if (rc == -1 && pl_err_is(&err, "ERROR_PLACEMENT_MAX_COUNT")) {
		return 2;
	}
	if (rc != B24_SEND_THROWN) {
		pl_throw(&err);
	}
	return -1;
}

/* install(): 1 when it bound, 0 when it was bound so already, -1 thrown. */
static int pl_install(b24_placement_object *o, b24_php_client *pc, zend_string *handler,
	zval *params, zval *user_id)
{
	zval bound, all_users;
	int state, rc;

	/* Without a user, the all-users registration (userId 0) is the one to leave bound. */
	ZVAL_LONG(&all_users, 0);
	user_id = user_id ? user_id : &all_users;

	if (!pl_get(o, pc, user_id, &bound)) {
		return -1;
	}
	state = pl_bound_state(&bound, handler);
	zval_ptr_dtor(&bound);
	if (state == 1) {
		return 0;
	}
	/* A single-instance placement holds one handler: replace the other one. */
	if (state == 2 && pl_single_instance(o->code) && pl_unbind(o, pc, NULL, user_id) < 0) {
		return -1;
	}
	rc = pl_bind_once(pc, params);
	if (rc != 2) {
		return rc;
	}
	if (pl_unbind(o, pc, NULL, user_id) < 0) {
		return -1;
	}
	if ((rc = pl_bind_once(pc, params)) == 2) {
		pl_throwf(B24_E_API, "ERROR_PLACEMENT_MAX_COUNT", "%s still refuses a handler after "
			"its handlers were removed", ZSTR_VAL(o->code));
		return -1;
	}
	return rc;
}

/* bind() and install(): the same arguments, then one call or the idempotent sequence. */
static void pl_bind_method(INTERNAL_FUNCTION_PARAMETERS, bool install)
{
	zend_string *handler;
	HashTable *options = NULL;
	b24_placement_object *o;
	b24_php_client *pc;
	zval params, result, *user_id;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = pl_this(ZEND_THIS)) || !(pc = pl_this_client(o))
			|| !pl_bind_params(o, pc, handler, options, &params, &user_id)) {
		RETURN_THROWS();
	}
	if (install) {
		rc = pl_install(o, pc, handler, &params, user_id);
	} else if ((rc = pl_call_or_throw(pc, "placement.bind", Z_ARRVAL(params), &result) ? 0 : -1) == 0) {
		rc = Z_TYPE(result) == IS_TRUE;
		zval_ptr_dtor(&result);
	}
	zval_ptr_dtor(&params);
	if (rc < 0) {
		RETURN_THROWS();
	}
	RETURN_BOOL(rc == 1);
}

PHP_METHOD(B24Placement, bind)
{
	pl_bind_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_METHOD(B24Placement, install)
{
	pl_bind_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

static const pl_opt pl_list_opts[] = { { "scope", PL_STRING }, { "full", PL_BOOL } };

PHP_METHOD(B24Placement, list)
{
	HashTable *options = NULL;
	b24_placement_object *o;
	b24_php_client *pc;
	zval *v[2], params;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = pl_this(ZEND_THIS)) || !pl_options(options, pl_list_opts, 2, v, 1)
			|| !(pc = pl_this_client(o))) {
		RETURN_THROWS();
	}
	array_init(&params);
	if (v[0]) {
		add_assoc_str(&params, "SCOPE", zend_string_copy(Z_STR_P(v[0])));
	}
	if (v[1] && Z_TYPE_P(v[1]) == IS_TRUE) {
		add_assoc_bool(&params, "FULL", 1);
	}
	ok = pl_call_or_throw(pc, "placement.list", Z_ARRVAL(params), return_value);
	zval_ptr_dtor(&params);
	if (!ok) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(return_value) != IS_ARRAY) {
		zval_ptr_dtor(return_value);
		array_init(return_value);
	}
}

PHP_METHOD(B24Placement, bindEvent)
{
	zend_string *event, *handler;
	HashTable *options = NULL;
	b24_placement_object *o;
	pl_bind_req r;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(event)
		Z_PARAM_STR(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = pl_this(ZEND_THIS))
			|| !pl_bind_prepare(&r, event, handler, options, Z_TYPE(o->client) == IS_OBJECT ? &o->client : NULL)) {
		RETURN_THROWS();
	}
	if (!b24_catalog_event_raised_by(r.info, ZSTR_VAL(o->code), ZSTR_LEN(o->code))) {
		zend_argument_value_error(1, "is not an interface event of %s (see B24Placement::events())",
			ZSTR_VAL(o->code));
		RETURN_THROWS();
	}
	rc = pl_bind_event(&r);
	if (rc < 0) {
		RETURN_THROWS();
	}
	RETURN_BOOL(rc == 1);
}

/* ---- B24Placement::fromRequest() ---- */

/* $_GET / $_POST as arrays (auto globals are created on first use). */
static HashTable *pl_superglobal(const char *name, size_t len)
{
	zval *g;

	zend_is_auto_global_str((char *) name, len);
	g = zend_hash_str_find(&EG(symbol_table), name, len);
	if (g) {
		ZVAL_DEREF(g);
	}
	return g && Z_TYPE_P(g) == IS_ARRAY ? Z_ARRVAL_P(g) : NULL;
}

/* A string field; NULL when absent, empty or not a string. */
static zend_string *pl_field(HashTable *ht, const char *name)
{
	zval *v = ht ? zend_hash_str_find_deref(ht, name, strlen(name)) : NULL;

	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STR_P(v) : NULL;
}

/* 1 for host[:port] made of letters, digits, '.', '-' (a portal's DOMAIN). */
static int pl_domain_shaped(zend_string *d)
{
	size_t i, colon = 0;

	if (ZSTR_LEN(d) > 253) {
		return 0;
	}
	for (i = 0; i < ZSTR_LEN(d); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(d)[i];

		if (c == ':' && !colon && i > 0) {
			colon = i;
		} else if (colon ? !isdigit(c) : !(isalnum(c) || c == '.' || c == '-')) {
			return 0;
		}
	}
	return !colon || colon + 1 < ZSTR_LEN(d);
}

static bool pl_required(zend_string *v, const char *name, const char *where)
{
	if (!v) {
		pl_throwf(B24_E_NONE, B24_BAD_REQUEST, "the placement request has no %s (%s)", name, where);
		return false;
	}
	return true;
}

/*
 * PLACEMENT_OPTIONS is a JSON string in practice, may be "undefined", empty,
 * invalid or a JSON scalar; an array (form-encoded) is taken as is. Never a
 * warning: *valid says whether it was an object.
 */
static void pl_decode_options(zval *raw, zval *out, bool *valid)
{
	zval decoded;

	/* Absent or empty is normal (DEFAULT, BI_ANALYTICS_MENU): only a broken value is flagged. */
	*valid = raw == NULL || (Z_TYPE_P(raw) == IS_STRING && Z_STRLEN_P(raw) == 0);
	if (raw && Z_TYPE_P(raw) == IS_ARRAY) {
		ZVAL_COPY(out, raw);
		*valid = true;
		return;
	}
	if (raw && Z_TYPE_P(raw) == IS_STRING && Z_STRLEN_P(raw) && Z_STRVAL_P(raw)[0] == '{'
			&& b24_decode_json(&decoded, Z_STRVAL_P(raw), Z_STRLEN_P(raw))) {
		if (Z_TYPE(decoded) == IS_ARRAY) {
			ZVAL_COPY_VALUE(out, &decoded);
			*valid = true;
			return;
		}
		zval_ptr_dtor(&decoded);
	}
	array_init(out);
}

static void pl_copy_field(zval *request, HashTable *from, const char *name)
{
	zend_string *v = pl_field(from, name);

	if (v) {
		add_assoc_str(request, name, zend_string_copy(v));
	}
}

static zend_string *pl_secret_copy(HashTable *from, const char *name)
{
	zend_string *v = pl_field(from, name);

	return v ? zend_string_init(ZSTR_VAL(v), ZSTR_LEN(v), 0) : NULL;
}

PHP_METHOD(B24Placement, fromRequest)
{
	HashTable *query = NULL, *body = NULL;
	static const char *const query_fields[] = { "DOMAIN", "PROTOCOL", "LANG", "APP_SID" };
	static const char *const body_fields[] = { "member_id", "status", "PLACEMENT",
		"APPLICATION_SCOPE", "SERVER_ENDPOINT", "AUTH_EXPIRES" };
	zend_string *domain, *member, *code;
	b24_placement_object *o;
	bool valid;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(query)
		Z_PARAM_ARRAY_HT_OR_NULL(body)
	ZEND_PARSE_PARAMETERS_END();

	query = query ? query : pl_superglobal(ZEND_STRL("_GET"));
	body = body ? body : pl_superglobal(ZEND_STRL("_POST"));
	domain = pl_field(query, "DOMAIN");
	member = pl_field(body, "member_id");
	code = pl_field(body, "PLACEMENT");
	if (!pl_required(domain, "DOMAIN", "query string") || !pl_required(member, "member_id", "body")
			|| !pl_required(code, "PLACEMENT", "body")) {
		RETURN_THROWS();
	}
	if (!pl_domain_shaped(domain)) {
		pl_throwf(B24_E_NONE, B24_BAD_REQUEST, "the placement request's DOMAIN is not a host name");
		RETURN_THROWS();
	}
	if (!pl_code_shaped(ZSTR_VAL(code), ZSTR_LEN(code))) {
		pl_throwf(B24_E_NONE, B24_BAD_REQUEST, "the placement request's PLACEMENT is not a placement code");
		RETURN_THROWS();
	}
	object_init_ex(return_value, b24_ce_Placement);
	o = pl_obj(Z_OBJ_P(return_value));
	o->code = pl_upper(ZSTR_VAL(code), ZSTR_LEN(code));
	array_init(&o->request);
	for (i = 0; i < sizeof(query_fields) / sizeof(*query_fields); i++) {
		pl_copy_field(&o->request, query, query_fields[i]);
	}
	for (i = 0; i < sizeof(body_fields) / sizeof(*body_fields); i++) {
		pl_copy_field(&o->request, body, body_fields[i]);
	}
	pl_decode_options(body ? zend_hash_str_find_deref(body, ZEND_STRL("PLACEMENT_OPTIONS")) : NULL,
		&o->options, &valid);
	add_assoc_bool(&o->request, "options_valid", valid);
	o->auth_id = pl_secret_copy(body, "AUTH_ID");
	o->refresh_id = pl_secret_copy(body, "REFRESH_ID");
	o->app_token = pl_secret_copy(body, "APPLICATION_TOKEN");
}

/* request() and options(): a copy of one of the fromRequest() arrays, [] otherwise. */
static void pl_return_array(INTERNAL_FUNCTION_PARAMETERS, size_t offset)
{
	b24_placement_object *o;
	zval *v;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(o = pl_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	v = (zval *) ((char *) o + offset);
	if (Z_TYPE_P(v) != IS_ARRAY) {
		RETURN_EMPTY_ARRAY();
	}
	RETURN_COPY(v);
}

PHP_METHOD(B24Placement, request)
{
	pl_return_array(INTERNAL_FUNCTION_PARAM_PASSTHRU, XtOffsetOf(b24_placement_object, request));
}

PHP_METHOD(B24Placement, options)
{
	pl_return_array(INTERNAL_FUNCTION_PARAM_PASSTHRU, XtOffsetOf(b24_placement_object, options));
}

PHP_METHOD(B24Placement, verifyApplicationToken)
{
	zend_string *expected;
	b24_placement_object *o;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(expected)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = pl_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	/* An empty stored token would match an absent one: never a success. */
	if (!o->app_token || ZSTR_LEN(expected) == 0) {
		RETURN_FALSE;
	}
	RETURN_BOOL(b24_ct_equal(ZSTR_VAL(o->app_token), ZSTR_LEN(o->app_token),
		ZSTR_VAL(expected), ZSTR_LEN(expected)));
}

static const char *const pl_client_refused[] = {
	"store", "webhook", "access_token", "refresh_token", "client_endpoint", "member_id", NULL
};

PHP_METHOD(B24Placement, client)
{
	HashTable *config = NULL;
	b24_placement_object *o;
	zval cfg, *protocol, *v;
	zend_string *key;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = pl_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (Z_TYPE(o->request) != IS_ARRAY) {
		zend_throw_error(NULL, "B24Placement::client() needs a placement made by B24Placement::fromRequest()");
		RETURN_THROWS();
	}
	if (!pl_required(o->auth_id, "AUTH_ID", "body: the user's token")) {
		RETURN_THROWS();
	}
	for (i = 0; config && pl_client_refused[i]; i++) {
		if (zend_hash_str_exists(config, pl_client_refused[i], strlen(pl_client_refused[i]))) {
			zend_argument_value_error(1, "must not contain \"%s\": the client acts with the "
				"request's user tokens and never writes a store", pl_client_refused[i]);
			RETURN_THROWS();
		}
	}
	array_init(&cfg);
	if (config) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(config, key, v) {
			if (key) {
				Z_TRY_ADDREF_P(v);
				add_assoc_zval_ex(&cfg, ZSTR_VAL(key), ZSTR_LEN(key), v);
			}
		} ZEND_HASH_FOREACH_END();
	}
	protocol = zend_hash_str_find(Z_ARRVAL(o->request), ZEND_STRL("PROTOCOL"));
	add_assoc_str(&cfg, "client_endpoint", strpprintf(0, "%s://%s/rest/",
		protocol && Z_TYPE_P(protocol) == IS_STRING && strcmp(Z_STRVAL_P(protocol), "0") == 0 ? "http" : "https",
		Z_STRVAL_P(zend_hash_str_find(Z_ARRVAL(o->request), ZEND_STRL("DOMAIN")))));
	add_assoc_str(&cfg, "access_token", zend_string_copy(o->auth_id));
	if (o->refresh_id) {
		add_assoc_str(&cfg, "refresh_token", zend_string_copy(o->refresh_id));
	}
	v = zend_hash_str_find(Z_ARRVAL(o->request), ZEND_STRL("member_id"));
	Z_TRY_ADDREF_P(v);
	add_assoc_zval(&cfg, "member_id", v);
	object_init_ex(return_value, b24_ce_Client);
	zend_call_known_instance_method_with_1_params(b24_ce_Client->constructor, Z_OBJ_P(return_value),
		NULL, &cfg);
	zval_ptr_dtor(&cfg);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		RETURN_THROWS();
	}
}

/* ---- the frame bridge ---- */

static const pl_opt pl_frame_opts[] = {
	{ "placement", PL_STRING }, { "secret", PL_STRING }, { "ttl", PL_INT },
	{ "sdk_url", PL_STRING }, { "member_id", PL_STRING }, { "bindings_file", PL_STRING },
	{ "bindings", PL_ARRAY },
};
enum { PLF_PLACEMENT, PLF_SECRET, PLF_TTL, PLF_SDK_URL, PLF_MEMBER_ID, PLF_FILE, PLF_BINDINGS,
	PLF_COUNT };

/* Reads the portal's record: the portal key from member_id, else the client (then not NULL). */
static bool pl_read_record(b24_php_client *pc, zval *member_opt, zval *file_opt, b24_binding_list *list)
{
	pl_record rec = { B24_BUF_INIT, B24_BUF_INIT };
	b24_error err;
	bool ok = false;

	memset(list, 0, sizeof(*list));
	if (!pl_record_path(file_opt, pc, &rec.path)) {
		pl_no_record_error();
	} else {
		pl_portal_key(pc, member_opt, &rec.portal);
		ok = b24_bindings_read(rec.path.data, b24_buf_cstr(&rec.portal), pl_now(), list, &err) == 0;
		if (!ok) {
			pl_throw(&err);
		}
	}
	pl_record_free(&rec);
	return ok;
}

static const pl_opt pl_list_bind_opts[] = { { "bindings_file", PL_STRING } };

PHP_METHOD(B24Placement, bindings)
{
	zval *client = NULL, *file;
	HashTable *options = NULL;
	b24_binding_list list;
	b24_php_client *pc;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_ce_Client)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!pl_options(options, pl_list_bind_opts, 1, &file, 2) || !(pc = pl_pick_client(client))
			|| !pl_read_record(pc, NULL, file, &list)) {
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t) list.count);
	for (i = 0; i < list.count; i++) {
		zval item;

		array_init_size(&item, 5);
		add_assoc_string(&item, "event", list.items[i].event);
		add_assoc_string(&item, "handler", list.items[i].handler);
		add_assoc_string(&item, "via", list.items[i].via);
		add_assoc_string(&item, "placement", list.items[i].placement);
		add_assoc_long(&item, "bound_at", (zend_long) list.items[i].bound_at);
		add_next_index_zval(return_value, &item);
	}
	b24_binding_list_free(&list);
}

/* event.unbind for a REST event: the portal's count of removed handlers, -1 thrown. */
static zend_long pl_event_unbind(b24_php_client *pc, zend_string *event, zend_string *handler)
{
	zval params, result, *count;
	zend_long n = 0;
	bool ok;

	array_init(&params);
	add_assoc_str(&params, "event", zend_string_copy(event));
	if (handler) {
		add_assoc_str(&params, "handler", zend_string_copy(handler));
	}
	ok = pl_call_or_throw(pc, "event.unbind", Z_ARRVAL(params), &result);
	zval_ptr_dtor(&params);
	if (!ok) {
		return -1;
	}
	if (Z_TYPE(result) == IS_ARRAY && (count = zend_hash_str_find(Z_ARRVAL(result), ZEND_STRL("count")))) {
		n = zval_get_long(count);
	}
	zval_ptr_dtor(&result);
	return n;
}

PHP_METHOD(B24Placement, unbindEvent)
{
	zend_string *event, *handler = NULL;
	zval *client = NULL, *file;
	HashTable *options = NULL;
	const b24_event_info *info;
	pl_record rec = { B24_BUF_INIT, B24_BUF_INIT };
	b24_php_client *pc;
	b24_error err;
	zend_long removed = 0;
	int forgot = 0;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_STR(event)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(handler)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_ce_Client)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!pl_check_event(event, &info) || !pl_options(options, pl_list_bind_opts, 1, &file, 4)
			|| !(pc = pl_pick_client(client))) {
		RETURN_THROWS();
	}
	if (!info && !handler) {
		zend_argument_value_error(2, "is required for a REST event: event.unbind needs it");
		RETURN_THROWS();
	}
	/* Interface events have no REST unbind: the frame page stops subscribing them. */
	if (!info && (removed = pl_event_unbind(pc, event, handler)) < 0) {
		RETURN_THROWS();
	}
	if (pl_record_path(file, pc, &rec.path)) {
		pl_portal_key(pc, NULL, &rec.portal);
		forgot = b24_bindings_forget(rec.path.data, b24_buf_cstr(&rec.portal), ZSTR_VAL(event),
			handler ? ZSTR_VAL(handler) : NULL, &err);
	} else if (info) {
		pl_no_record_error();
	}
	pl_record_free(&rec);
	if (forgot < 0) {
		pl_throw(&err);
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(info ? forgot : removed);
}

/* The signing key: the option, the client's client_secret, else b24.client_secret. */
static const char *pl_frame_secret(zval *opt, b24_php_client *pc)
{
	const char *own = pc ? b24_client_secret(pc->core) : NULL;

	if (opt && Z_STRLEN_P(opt)) {
		return Z_STRVAL_P(opt);
	}
	if (own && own[0]) {
		return own;
	}
	return B24_G(client_secret) && B24_G(client_secret)[0] ? B24_G(client_secret) : NULL;
}

/* What a rendered page subscribes: pointers into the record or into the option. */
typedef struct pl_subs {
	b24_frame_binding *items;
	size_t count;
	b24_binding_list list;
} pl_subs;

static void pl_subs_add(pl_subs *subs, const char *event, const char *handler, zval *placement)
{
	if (!placement || b24_catalog_event_raised_by(b24_catalog_event(event, strlen(event)),
			Z_STRVAL_P(placement), Z_STRLEN_P(placement))) {
		subs->items[subs->count].event = event;
		subs->items[subs->count++].handler = handler;
	}
}

/* The option "bindings": a list of [event, handler] (or {event:, handler:}) pairs. */
static bool pl_subs_from_option(HashTable *ht, zval *placement, pl_subs *subs)
{
	zval *item, *event, *handler;

	subs->items = safe_emalloc(zend_hash_num_elements(ht) + 1, sizeof(*subs->items), 0);
	ZEND_HASH_FOREACH_VAL(ht, item) {
		ZVAL_DEREF(item);
		event = Z_TYPE_P(item) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(item), ZEND_STRL("event")) : NULL;
		handler = Z_TYPE_P(item) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(item), ZEND_STRL("handler")) : NULL;
		if (!event || !handler || Z_TYPE_P(event) != IS_STRING || Z_TYPE_P(handler) != IS_STRING) {
			zend_argument_value_error(2, "option \"bindings\" must be a list of "
				"[\"event\" => string, \"handler\" => string]");
			return false;
		}
		if (!b24_catalog_event(Z_STRVAL_P(event), Z_STRLEN_P(event))) {
			zend_argument_value_error(2, "option \"bindings\" names \"%s\", which is not an "
				"interface event", Z_STRVAL_P(event));
			return false;
		}
		pl_subs_add(subs, Z_STRVAL_P(event), Z_STRVAL_P(handler), placement);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The portal's record: its bindings made "frame". */
static bool pl_subs_from_record(b24_php_client *pc, zval **v, pl_subs *subs)
{
	size_t i;

	if (!pl_read_record(pc, v[PLF_MEMBER_ID], v[PLF_FILE], &subs->list)) {
		return false;
	}
	subs->items = safe_emalloc(subs->list.count + 1, sizeof(*subs->items), 0);
	for (i = 0; i < subs->list.count; i++) {
		if (strcmp(subs->list.items[i].via, "frame") == 0) {
			pl_subs_add(subs, subs->list.items[i].event, subs->list.items[i].handler, v[PLF_PLACEMENT]);
		}
	}
	return true;
}

static void pl_subs_free(pl_subs *subs)
{
	if (subs->items) {
		efree(subs->items);
	}
	b24_binding_list_free(&subs->list);
}

/* Checks renderFrame()'s options; the signing secret, or NULL with an exception. */
static const char *pl_frame_check(zval **v, b24_php_client *pc)
{
	const char *secret;

	if (v[PLF_TTL] && (Z_LVAL_P(v[PLF_TTL]) < 60 || Z_LVAL_P(v[PLF_TTL]) > 30 * 86400)) {
		zend_argument_value_error(2, "option \"ttl\" must be 60 to 2592000 seconds");
		return NULL;
	}
	if (!(secret = pl_frame_secret(v[PLF_SECRET], pc))) {
		zend_throw_error(NULL, "B24Placement::renderFrame(): no secret to sign the page with: "
			"give the client a client_secret, or set the option \"secret\" or b24.client_secret");
	}
	return secret;
}

/*
 * renderFrame() and frame(): the page for the options, where member/placement
 * (frame(): the request's) win over the options. false with an exception.
 */
static bool pl_render(zval *client, HashTable *options, zval *member_id, zval *placement,
	zval *return_value)
{
	zval *v[PLF_COUNT];
	pl_subs subs;
	b24_frame_page page;
	b24_buf member = B24_BUF_INIT, html = B24_BUF_INIT;
	b24_error err;
	b24_php_client *pc = NULL;
	bool ok;

	memset(&subs, 0, sizeof(subs));
	memset(&page, 0, sizeof(page));
	if (!pl_options(options, pl_frame_opts, PLF_COUNT, v, 2)) {
		return false;
	}
	v[PLF_MEMBER_ID] = member_id ? member_id : v[PLF_MEMBER_ID];
	v[PLF_PLACEMENT] = placement ? placement : v[PLF_PLACEMENT];
	/* With member_id and no client the page needs no connection to the portal. */
	if ((client || !v[PLF_MEMBER_ID]) && !(pc = pl_pick_client(client))) {
		return false;
	}
	if (!(page.secret = pl_frame_check(v, pc))) {
		return false;
	}
	ok = v[PLF_BINDINGS] ? pl_subs_from_option(Z_ARRVAL_P(v[PLF_BINDINGS]), v[PLF_PLACEMENT], &subs)
		: pl_subs_from_record(pc, v, &subs);
	if (ok) {
		pl_portal_key(v[PLF_MEMBER_ID] ? NULL : pc, v[PLF_MEMBER_ID], &member);
		page.sdk_url = v[PLF_SDK_URL] ? Z_STRVAL_P(v[PLF_SDK_URL]) : pl_ini(ZEND_STRL("b24.sdk_url"));
		page.member_id = b24_buf_cstr(&member);
		page.secret_len = strlen(page.secret);
		page.bindings = subs.items;
		page.count = subs.count;
		page.expiry = pl_now() + (v[PLF_TTL] ? Z_LVAL_P(v[PLF_TTL]) : B24_FRAME_DEFAULT_TTL);
		if (b24_frame_render(&page, &html, &err) != 0) {
			if (strcmp(err.code, B24_INVALID_ARGUMENT) == 0) {
				zend_value_error("B24Placement::%s(): %s", get_active_function_name(), err.description);
			} else {
				pl_throw(&err);
			}
			ok = false;
		}
	}
	pl_subs_free(&subs);
	b24_buf_free(&member);
	if (ok) {
		RETVAL_STRINGL(b24_buf_cstr(&html), html.len);
	}
	b24_buf_free(&html);
	return ok;
}

PHP_METHOD(B24Placement, renderFrame)
{
	zval *client = NULL;
	HashTable *options = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_ce_Client)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!pl_render(client, options, NULL, NULL, return_value)) {
		RETURN_THROWS();
	}
}

PHP_METHOD(B24Placement, frame)
{
	zend_string *token;
	HashTable *options = NULL;
	zval *client = NULL;
	b24_placement_object *o;
	zval code;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(token)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_ce_Client)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = pl_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (Z_TYPE(o->request) != IS_ARRAY) {
		zend_throw_error(NULL, "B24Placement::frame() needs a placement made by B24Placement::fromRequest()");
		RETURN_THROWS();
	}
	/* The page carries valid signatures: only the portal's own request may get it. */
	if (!o->app_token || ZSTR_LEN(token) == 0 || !b24_ct_equal(ZSTR_VAL(o->app_token),
			ZSTR_LEN(o->app_token), ZSTR_VAL(token), ZSTR_LEN(token))) {
		pl_throwf(B24_E_AUTH, "B24_WRONG_APPLICATION_TOKEN", "the request's APPLICATION_TOKEN is "
			"%s this installation's: no frame page for it", o->app_token ? "not" : "missing, so not");
		RETURN_THROWS();
	}
	ZVAL_STR(&code, o->code);
	if (!pl_render(client, options, zend_hash_str_find(Z_ARRVAL(o->request), ZEND_STRL("member_id")),
			&code, return_value)) {
		RETURN_THROWS();
	}
}

static const pl_opt pl_verify_opts[] = { { "member_id", PL_STRING }, { "now", PL_INT } };

/* A string member of the decoded body, "" when absent or not a string. */
static const char *pl_body_str(HashTable *ht, const char *name)
{
	zval *v = zend_hash_str_find(ht, name, strlen(name));

	return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : "";
}

PHP_METHOD(B24Placement, verifyEvent)
{
	zend_string *body, *secret, *handler;
	HashTable *options = NULL;
	zval *v[2], decoded, *expiry, *data, *ts;
	b24_frame_event ev;
	b24_error err;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_STR(body)
		Z_PARAM_STR(secret)
		Z_PARAM_STR(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!pl_options(options, pl_verify_opts, 2, v, 4)) {
		RETURN_THROWS();
	}
	if (!b24_decode_json(&decoded, ZSTR_VAL(body), ZSTR_LEN(body)) || Z_TYPE(decoded) != IS_ARRAY) {
		zval_ptr_dtor(&decoded);
		pl_throwf(B24_E_AUTH, B24_SIGNATURE_MISSING, "the body is not a frame event "
			"(a JSON object with event, data, member_id, ts, expiry and sig)");
		RETURN_THROWS();
	}
	expiry = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("expiry"));
	ev.member_id = pl_body_str(Z_ARRVAL(decoded), "member_id");
	ev.event = pl_body_str(Z_ARRVAL(decoded), "event");
	ev.sig = pl_body_str(Z_ARRVAL(decoded), "sig");
	ev.expiry = expiry && Z_TYPE_P(expiry) == IS_LONG ? (long long) Z_LVAL_P(expiry) : 0;
	b24_error_clear(&err);
	if (b24_frame_verify(ZSTR_VAL(secret), ZSTR_LEN(secret), &ev, ZSTR_VAL(handler),
			v[0] ? Z_STRVAL_P(v[0]) : NULL, v[1] ? (long long) Z_LVAL_P(v[1]) : pl_now(), &err) != 0) {
		zval_ptr_dtor(&decoded);
		b24_throw(&err);
		RETURN_THROWS();
	}
	array_init_size(return_value, 5);
	add_assoc_string(return_value, "event", ev.event);
	data = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("data"));
	if (data) {
		Z_TRY_ADDREF_P(data);
		add_assoc_zval(return_value, "data", data);
	} else {
		add_assoc_null(return_value, "data");
	}
	add_assoc_string(return_value, "member_id", ev.member_id);
	ts = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("ts"));
	add_assoc_long(return_value, "ts", ts ? zval_get_long(ts) : 0);
	add_assoc_long(return_value, "expiry", (zend_long) ev.expiry);
	zval_ptr_dtor(&decoded);
}

/* ---- registration ---- */

void b24_placement_minit(INIT_FUNC_ARGS)
{
	zend_class_entry *ce = register_class_B24Placement();

	REGISTER_INI_ENTRIES();
	b24_ce_Placement = ce;
	ce->create_object = pl_create;
	memcpy(&b24_placement_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	b24_placement_handlers.offset = XtOffsetOf(b24_placement_object, std);
	b24_placement_handlers.free_obj = pl_free;
	b24_placement_handlers.clone_obj = NULL;
	b24_placement_handlers.get_debug_info = pl_debug_info;
	b24_placement_handlers.compare = zend_objects_not_comparable;
	B24_CE_SET_HANDLERS(ce, &b24_placement_handlers);
}
