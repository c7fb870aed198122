/*
 * b24: class B24Placement — its object, its settings (read from B24_G(),
 * registered in b24_ini.c), codes and the catalog's events, and the
 * helpers its other files share (handler URLs). The REST methods are in
 * b24_placement_rest.c, placement requests in b24_placement_request.c, the
 * frame bridge in b24_placement_frame.c, event bindings in b24_bind_event.c.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <ctype.h>
#include <time.h>

#include "php_b24_compat.h"
#include "zend_exceptions.h"
#include "zend_attributes.h"
#include "zend_interfaces.h"

#include "b24_placement_private.h"
#include "b24_catalog.h"
#include "b24_url.h"
#include "b24_placement_arginfo.h"

zend_class_entry *b24_php_ce_Placement;
static zend_object_handlers b24_php_placement_handlers;

static const char *b24_php_placement_ini_value(const char *value)
{
	return value && value[0] ? value : NULL;
}

void b24_php_placement_ini(b24_php_placement_settings *out)
{
	out->frame_url = b24_php_placement_ini_value(B24_G(frame_url));
	out->error_handler_url = b24_php_placement_ini_value(B24_G(error_handler_url));
	out->sdk_url = b24_php_placement_ini_value(B24_G(sdk_url));
	out->bindings_file = b24_php_placement_ini_value(B24_G(bindings_file));
}

/* ---- the object ---- */

static zend_object *b24_php_placement_create(zend_class_entry *ce)
{
	b24_php_placement_object *o = zend_object_alloc(sizeof(b24_php_placement_object), ce);

	o->code = NULL;
	ZVAL_UNDEF(&o->client);
	ZVAL_UNDEF(&o->request);
	ZVAL_UNDEF(&o->options);
	o->auth_id = o->refresh_id = o->app_token = NULL;
	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	B24_OBJECT_SET_HANDLERS(&o->std, &b24_php_placement_handlers);
	return &o->std;
}

static void b24_php_placement_release_secret(zend_string **s)
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

static void b24_php_placement_free(zend_object *obj)
{
	b24_php_placement_object *o = b24_php_placement_obj(obj);

	if (o->code) {
		zend_string_release(o->code);
	}
	zval_ptr_dtor(&o->client);
	zval_ptr_dtor(&o->request);
	zval_ptr_dtor(&o->options);
	b24_php_placement_release_secret(&o->auth_id);
	b24_php_placement_release_secret(&o->refresh_id);
	b24_php_placement_release_secret(&o->app_token);
	zend_object_std_dtor(obj);
}

/* var_dump() and print_r() see the code and the request's public fields, never a token. */
static HashTable *b24_php_placement_debug_info(zend_object *obj, int *is_temp)
{
	b24_php_placement_object *o = b24_php_placement_obj(obj);
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

b24_php_placement_object *b24_php_placement_this(zval *this_zv)
{
	b24_php_placement_object *o = b24_php_placement_obj(Z_OBJ_P(this_zv));

	if (UNEXPECTED(!o->code)) {
		zend_throw_error(NULL, "B24Placement object is not constructed");
		return NULL;
	}
	return o;
}

b24_php_placement_object *b24_php_placement_request_this(zval *this_zv, const char *method)
{
	b24_php_placement_object *o = b24_php_placement_this(this_zv);

	if (o && Z_TYPE(o->request) != IS_ARRAY) {
		zend_throw_error(NULL, "B24Placement::%s() needs a placement made by B24Placement::fromRequest()",
			method);
		return NULL;
	}
	return o;
}

b24_php_client *b24_php_placement_client(b24_php_placement_object *o)
{
	return b24_php_pick_client(Z_TYPE(o->client) == IS_OBJECT ? &o->client : NULL);
}

/* ---- small helpers ---- */

long long b24_php_placement_now(void)
{
	return (long long) time(NULL);
}

void b24_php_placement_throw(const b24_error *err)
{
	if (!EG(exception)) {
		b24_php_throw(err);
	}
}

void b24_php_placement_throwf(int kind, const char *code, const char *fmt, ...)
{
	b24_error err;
	va_list ap;

	va_start(ap, fmt);
	b24_error_vset(&err, kind, code, 0, fmt, ap);
	va_end(ap);
	b24_php_throw(&err);
}

int b24_php_placement_code_shaped(const char *s, size_t len)
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

/* zend_string_toupper() is 8.2+. */
zend_string *b24_php_placement_upper(const char *s, size_t len)
{
	zend_string *out = zend_string_alloc(len, 0);
	size_t i;

	for (i = 0; i < len; i++) {
		ZSTR_VAL(out)[i] = (char) toupper((unsigned char) s[i]);
	}
	ZSTR_VAL(out)[len] = '\0';
	return out;
}

/* ---- handler URLs ---- */

/*
 * b24_url_check_handler() with allow_local also admitting plain http: a
 * local development server rarely has a certificate, and the portal that
 * accepts local handlers (the emulator) accepts http too.
 */
static int b24_php_placement_check_url(const char *url, size_t len, bool allow_local)
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

static const char *b24_php_placement_url_hint(int rc)
{
	return rc == B24_URL_LOCAL_HOST || rc == B24_URL_NOT_HTTPS
		? " (portals refuse it; for local development set the option \"allow_local\" or b24.allow_local=1)"
		: "";
}

bool b24_php_placement_url_shaped(const char *url, size_t len)
{
	return b24_php_placement_check_url(url, len, true) == B24_URL_OK;
}

bool b24_php_placement_check_handler(zend_string *url, bool allow_local, uint32_t arg)
{
	int rc = b24_php_placement_check_url(ZSTR_VAL(url), ZSTR_LEN(url), allow_local);

	if (rc != B24_URL_OK) {
		zend_argument_value_error(arg, "is refused: %s%s", b24_url_check_message(rc), b24_php_placement_url_hint(rc));
		return false;
	}
	return true;
}

bool b24_php_placement_check_setting(const char *url, bool allow_local, const char *what)
{
	int rc = b24_php_placement_check_url(url, strlen(url), allow_local);

	if (rc != B24_URL_OK) {
		const char *space, *cls = get_active_class_name(&space);

		zend_value_error("%s%s%s(): %s is refused: %s%s", cls, space, get_active_function_name(), what,
			b24_url_check_message(rc), b24_php_placement_url_hint(rc));
		return false;
	}
	return true;
}

bool b24_php_placement_allow_local(zval *opt, b24_php_client *pc)
{
	if (opt) {
		return Z_TYPE_P(opt) == IS_TRUE;
	}
	return (pc && pc->core && b24_client_allow_local(pc->core)) || B24_G(allow_local);
}

/* ---- construction, codes, events ---- */

/* Upper-cased copy of a well-formed code; ValueError on argument `arg` otherwise. */
static zend_string *b24_php_placement_code_arg(zend_string *code, uint32_t arg)
{
	if (!b24_php_placement_code_shaped(ZSTR_VAL(code), ZSTR_LEN(code))) {
		if (memchr(ZSTR_VAL(code), '<', ZSTR_LEN(code))) {
			zend_argument_value_error(arg, "is a template: build the code with B24Placement::dynamic()");
		} else {
			zend_argument_value_error(arg, "must be a placement code (1 to 128 of A-Z, 0-9 and \"_\")");
		}
		return NULL;
	}
	return b24_php_placement_upper(ZSTR_VAL(code), ZSTR_LEN(code));
}

PHP_METHOD(B24Placement, __construct)
{
	b24_php_placement_object *o = b24_php_placement_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *code;
	zval *client = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_php_ce_Client)
	ZEND_PARSE_PARAMETERS_END();

	if (o->code) {
		zend_throw_error(NULL, "B24Placement object is already constructed");
		RETURN_THROWS();
	}
	if (!(o->code = b24_php_placement_code_arg(code, 1))) {
		RETURN_THROWS();
	}
	if (client) {
		ZVAL_COPY(&o->client, client);
	}
}

PHP_METHOD(B24Placement, code)
{
	b24_php_placement_object *o;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(o = b24_php_placement_this(ZEND_THIS))) {
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
	zend_string *suffix, *out, *upper;
	const char *s;
	size_t len;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(id)
		Z_PARAM_PATH_STR(suffix)
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
	if (!b24_php_placement_code_shaped(s, len) || len > 64) {
		zend_argument_value_error(2, "must be a placement suffix such as \"DETAIL_TAB\" "
			"(A-Z, 0-9 and \"_\") or a CRM_DYNAMIC_ID_* constant");
		RETURN_THROWS();
	}
	out = strpprintf(0, PL_DYNAMIC_HEAD ZEND_LONG_FMT "_%.*s", id, (int) len, s);
	upper = b24_php_placement_upper(ZSTR_VAL(out), ZSTR_LEN(out));
	zend_string_release(out);
	RETURN_STR(upper);
}

PHP_METHOD(B24Placement, isKnown)
{
	zend_string *code;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(code)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(b24_catalog_placement(ZSTR_VAL(code), ZSTR_LEN(code)) != NULL);
}

PHP_METHOD(B24Placement, events)
{
	b24_php_placement_object *o;
	size_t i, n = b24_catalog_event_count();

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(o = b24_php_placement_this(ZEND_THIS))) {
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

/* ---- registration ---- */

void b24_php_placement_minit(void)
{
	zend_class_entry *ce = register_class_B24Placement();

	b24_php_ce_Placement = ce;
	b24_php_class_objects(ce, &b24_php_placement_handlers, b24_php_placement_create,
		offsetof(b24_php_placement_object, std), b24_php_placement_free, b24_php_placement_debug_info);
}
