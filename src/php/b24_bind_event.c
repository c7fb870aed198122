/*
 * b24: b24_bind_event(), B24Placement::bindEvent() and unbindEvent().
 *
 * The arguments, the settings (options, then the b24.* INI entries) and the
 * checks that must fail before anything goes over the wire are here; the
 * REST-or-frame decision, the calls and the per-portal record are the
 * core's (src/core/b24_bind_event, b24_bindings).
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_exceptions.h"

#include "b24_placement_private.h"
#include "b24_bind_event.h"
#include "b24_bindings.h"
#include "b24_catalog.h"

/* ---- the bindings file ---- */

bool b24_php_bindings_where(zval *file_opt, b24_php_client *pc, const char *member_id,
	b24_buf *path, b24_buf *portal)
{
	b24_php_placement_settings ini;

	b24_php_placement_ini(&ini);
	if (!b24_bind_event_file(file_opt ? Z_STRVAL_P(file_opt) : NULL, ini.bindings_file,
			pc ? b24_client_store_path(pc->core) : NULL, B24_G(store), path)) {
		return false;
	}
	b24_bind_event_portal(pc ? pc->core : NULL, member_id, portal);
	return true;
}

void b24_php_bindings_missing(void)
{
	const char *space, *cls = get_active_class_name(&space);

	zend_throw_error(NULL, "%s%s%s(): no bindings file: set the option \"bindings_file\" or "
		"b24.bindings_file, or give the client a token store (the file is kept next to it)",
		cls, space, get_active_function_name());
}

/* ---- b24_bind_event() ---- */

enum { PLB_ALLOW_LOCAL, PLB_FRAME_URL, PLB_ERROR_URL, PLB_AUTH_TYPE, PLB_EVENT_TYPE, PLB_FILE,
	PLB_RECHECK, PLB_COUNT };
static const b24_php_opt b24_php_bind_event_rows[PLB_COUNT] = {
	{ "allow_local", B24_PHP_OPT_BOOL, PLB_ALLOW_LOCAL },
	{ "frame_url", B24_PHP_OPT_STRING, PLB_FRAME_URL },
	{ "error_handler_url", B24_PHP_OPT_STRING, PLB_ERROR_URL },
	{ "auth_type", B24_PHP_OPT_INT, PLB_AUTH_TYPE },
	{ "event_type", B24_PHP_OPT_STRING, PLB_EVENT_TYPE },
	{ "bindings_file", B24_PHP_OPT_STRING, PLB_FILE },
	{ "recheck", B24_PHP_OPT_BOOL, PLB_RECHECK },
};
static const b24_php_opts b24_php_bind_event_opts = B24_PHP_PLACEMENT_OPTS(b24_php_bind_event_rows);

/* One call's request and the buffers it points into. */
typedef struct b24_php_bind_event_call {
	b24_bind_event_req req;
	b24_php_client *pc;
	b24_buf file;
	b24_buf portal;
} b24_php_bind_event_call;

/* The event name, argument 1: an interface event of the catalog or a REST event name. */
static bool b24_php_bind_event_check_event(zend_string *event, const b24_event_info **info)
{
	const char *suggestion;
	enum b24_event_kind kind = b24_catalog_classify_event(ZSTR_VAL(event), ZSTR_LEN(event), &suggestion);

	char shown[B24_PHP_MSG_VALUE_SIZE];

	*info = kind == B24_EVENT_INTERFACE ? b24_catalog_event(ZSTR_VAL(event), ZSTR_LEN(event)) : NULL;
	if (kind == B24_EVENT_INTERFACE || kind == B24_EVENT_REST) {
		return true;
	}
	if (ZSTR_LEN(event) == 0) {
		zend_argument_value_error(1, "must not be empty");
	} else if (kind == B24_EVENT_UNKNOWN_INTERFACE && suggestion) {
		zend_argument_value_error(1, "is not an interface event: \"%s\"; did you mean \"%s\"? "
			"(a portal ignores unknown interface events silently)", b24_php_msg_value(shown, event), suggestion);
	} else if (kind == B24_EVENT_UNKNOWN_INTERFACE) {
		zend_argument_value_error(1, "is not an interface event: \"%s\" is none of the %zu of "
			"the catalog (a portal ignores unknown interface events silently)",
			b24_php_msg_value(shown, event), b24_catalog_event_count());
	} else {
		zend_argument_value_error(1, "must be an interface event such as "
			"\"BackgroundCallCard::answerButtonClick\" or a REST event name (letters, digits "
			"and \"_\", starting with \"On\"), \"%s\" given", b24_php_msg_value(shown, event));
	}
	return false;
}

/* The options that only event.bind takes; false with a ValueError. */
static bool b24_php_bind_event_check_rest_options(zval **o, const b24_event_info *info, zend_string *event)
{
	if (o[PLB_EVENT_TYPE] && strcmp(Z_STRVAL_P(o[PLB_EVENT_TYPE]), "online") != 0
			&& strcmp(Z_STRVAL_P(o[PLB_EVENT_TYPE]), "offline") != 0) {
		zend_argument_value_error(3, "option \"event_type\" must be \"online\" or \"offline\"");
		return false;
	}
	if (info && (o[PLB_AUTH_TYPE] || o[PLB_EVENT_TYPE])) {
		char shown[B24_PHP_MSG_VALUE_SIZE];

		zend_argument_value_error(3, "options \"auth_type\" and \"event_type\" are for REST events, "
			"\"%s\" is an interface event", b24_php_msg_value(shown, event));
		return false;
	}
	return true;
}

/* The frame bridge's URLs, checked now although only it uses them: a bad setting fails first. */
static bool b24_php_bind_event_frame_urls(b24_bind_event_req *r, zval **o, bool allow_local)
{
	b24_php_placement_settings ini;

	b24_php_placement_ini(&ini);
	r->frame_url = o[PLB_FRAME_URL] ? (Z_STRLEN_P(o[PLB_FRAME_URL]) ? Z_STRVAL_P(o[PLB_FRAME_URL]) : NULL)
		: ini.frame_url;
	r->error_handler_url = o[PLB_ERROR_URL] ? (Z_STRLEN_P(o[PLB_ERROR_URL]) ? Z_STRVAL_P(o[PLB_ERROR_URL]) : NULL)
		: ini.error_handler_url;
	if (!r->info) {
		return true;
	}
	if (r->frame_url && !b24_php_placement_check_setting(r->frame_url, allow_local,
			"the frame page URL (frame_url)")) {
		return false;
	}
	return !r->error_handler_url || b24_php_placement_check_setting(r->error_handler_url, allow_local,
		"the error handler URL (error_handler_url)");
}

/* Everything b24_bind_event() checks before anything goes over the wire. */
static bool b24_php_bind_event_prepare(b24_php_bind_event_call *c, zend_string *event, zend_string *handler,
	HashTable *options, zval *client)
{
	b24_bind_event_req *r = &c->req;
	zval *o[PLB_COUNT];
	bool allow_local;

	r->event = ZSTR_VAL(event);
	r->handler = ZSTR_VAL(handler);
	if (!b24_php_bind_event_check_event(event, &r->info)
			|| !b24_php_options_parse(options, &b24_php_bind_event_opts, o, 3)
			|| !b24_php_bind_event_check_rest_options(o, r->info, event) || !(c->pc = b24_php_pick_client(client))) {
		return false;
	}
	allow_local = b24_php_placement_allow_local(o[PLB_ALLOW_LOCAL], c->pc);
	if (!b24_php_placement_check_handler(handler, allow_local, 2)
			|| !b24_php_bind_event_frame_urls(r, o, allow_local)) {
		return false;
	}
	r->recheck = o[PLB_RECHECK] && Z_TYPE_P(o[PLB_RECHECK]) == IS_TRUE;
	r->has_auth_type = o[PLB_AUTH_TYPE] != NULL;
	r->auth_type = o[PLB_AUTH_TYPE] ? (long long) Z_LVAL_P(o[PLB_AUTH_TYPE]) : 0;
	r->event_type = o[PLB_EVENT_TYPE] ? Z_STRVAL_P(o[PLB_EVENT_TYPE]) : NULL;
	r->now = b24_php_placement_now();
	if (b24_php_bindings_where(o[PLB_FILE], c->pc, NULL, &c->file, &c->portal)) {
		r->file = b24_buf_cstr(&c->file);
		r->portal = b24_buf_cstr(&c->portal);
	}
	return true;
}

/* b24_bind_event() and bindEvent() once the arguments are checked. */
static void b24_php_bind_event_run(b24_php_bind_event_call *c, zval *return_value)
{
	b24_error err;
	enum b24_bind_event_outcome outcome = b24_bind_event_run(c->pc->core, &c->req, &err);

	b24_php_log_flush();
	switch (outcome) {
		case B24_BIND_EVENT_BOUND:
			RETVAL_TRUE;
			break;
		case B24_BIND_EVENT_REFUSED:
			RETVAL_FALSE;
			break;
		case B24_BIND_EVENT_NO_FILE:
			b24_php_bindings_missing();
			break;
		case B24_BIND_EVENT_FAILED:
			b24_php_placement_throw(&err);
			break;
	}
}

static void b24_php_bind_event_call_free(b24_php_bind_event_call *c)
{
	b24_buf_free(&c->file);
	b24_buf_free(&c->portal);
}

PHP_FUNCTION(b24_bind_event)
{
	zend_string *event, *handler;
	HashTable *options = NULL;
	zval *client = NULL;
	b24_php_bind_event_call c = { { 0 }, NULL, B24_BUF_INIT, B24_BUF_INIT };

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_PATH_STR(event)
		Z_PARAM_PATH_STR(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_php_ce_Client)
	ZEND_PARSE_PARAMETERS_END();

	if (b24_php_bind_event_prepare(&c, event, handler, options, client)) {
		b24_php_bind_event_run(&c, return_value);
	}
	b24_php_bind_event_call_free(&c);
}

PHP_METHOD(B24Placement, bindEvent)
{
	zend_string *event, *handler;
	HashTable *options = NULL;
	b24_php_placement_object *o;
	b24_php_bind_event_call c = { { 0 }, NULL, B24_BUF_INIT, B24_BUF_INIT };

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_PATH_STR(event)
		Z_PARAM_PATH_STR(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = b24_php_placement_this(ZEND_THIS))
			|| !b24_php_bind_event_prepare(&c, event, handler, options, Z_TYPE(o->client) == IS_OBJECT ? &o->client : NULL)) {
		b24_php_bind_event_call_free(&c);
		RETURN_THROWS();
	}
	if (!b24_catalog_event_raised_by(c.req.info, ZSTR_VAL(o->code), ZSTR_LEN(o->code))) {
		char shown[B24_PHP_MSG_VALUE_SIZE];

		zend_argument_value_error(1, "is not an interface event of %s (see B24Placement::events())",
			b24_php_msg_value(shown, o->code));
	} else {
		b24_php_bind_event_run(&c, return_value);
	}
	b24_php_bind_event_call_free(&c);
}

/* ---- unbindEvent() ---- */

static const b24_php_opt b24_php_bind_event_file_rows[] = { { "bindings_file", B24_PHP_OPT_STRING, 0 } };
static const b24_php_opts b24_php_bind_event_file_opts = B24_PHP_PLACEMENT_OPTS(b24_php_bind_event_file_rows);

PHP_METHOD(B24Placement, unbindEvent)
{
	zend_string *event, *handler = NULL;
	zval *client = NULL, *file;
	HashTable *options = NULL;
	const b24_event_info *info;
	b24_buf path = B24_BUF_INIT, portal = B24_BUF_INIT;
	b24_php_client *pc;
	b24_error err;
	long removed = 0;
	int forgot = 0;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_PATH_STR(event)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR_OR_NULL(handler)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_php_ce_Client)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24_php_bind_event_check_event(event, &info)
			|| !b24_php_options_parse(options, &b24_php_bind_event_file_opts, &file, 4)
			|| !(pc = b24_php_pick_client(client))) {
		RETURN_THROWS();
	}
	if (!info && !handler) {
		zend_argument_value_error(2, "is required for a REST event: event.unbind needs it");
		RETURN_THROWS();
	}
	/* Interface events have no REST unbind: the frame page stops subscribing them. */
	removed = info ? 0 : b24_bind_event_unbind(pc->core, ZSTR_VAL(event), ZSTR_VAL(handler), &err);
	b24_php_log_flush();
	if (removed < 0) {
		b24_php_placement_throw(&err);
		RETURN_THROWS();
	}
	if (b24_php_bindings_where(file, pc, NULL, &path, &portal)) {
		forgot = b24_bindings_forget(path.data, b24_buf_cstr(&portal), ZSTR_VAL(event),
			handler ? ZSTR_VAL(handler) : NULL, &err);
	} else if (info) {
		b24_php_bindings_missing();
	}
	b24_buf_free(&path);
	b24_buf_free(&portal);
	if (forgot < 0) {
		b24_php_placement_throw(&err);
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(info ? forgot : removed);
}
