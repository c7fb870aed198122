/*
 * b24: B24App::event() and class B24Event. An incoming event is believed
 * only when the portal it names (auth[member_id]) is one the store keeps and
 * its auth[application_token] is the one kept at install, compared in
 * constant time; ONAPPUNINSTALL, checked the same way, empties the store of
 * that portal.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_exceptions.h"

#include "b24_app_private.h"
#include "b24_hmac.h"

zend_class_entry *b24_php_ce_Event;
static zend_object_handlers b24_php_event_handlers;

typedef struct b24_php_event_object {
	zend_string *name;         /* NULL until made by B24App::event() */
	zend_string *member_id;
	zval data;
	zval timestamp;            /* IS_LONG or IS_NULL */
	zval app;                  /* the B24App that verified it, for client() */
	zend_object std;
} b24_php_event_object;

static inline b24_php_event_object *b24_php_event_obj(zend_object *obj)
{
	return (b24_php_event_object *) ((char *) obj - offsetof(b24_php_event_object, std));
}

/* The kept application_token of a portal; NULL with the exception thrown. */
static zend_string *b24_php_event_kept_token(zval *store, zend_string *member_id)
{
	zval set;
	zend_string *token = NULL;

	ZVAL_UNDEF(&set);
	if (!b24_php_store_call(store, "load", member_id, NULL, &set)) {
		zval_ptr_dtor(&set);
		b24_php_store_failed("the token store could not load the portal");
		return NULL;
	}
	if (Z_TYPE(set) != IS_ARRAY) {
		b24_php_app_throw(B24_UNKNOWN_PORTAL, "the event names a portal this application is not installed on");
	} else if (!(token = b24_php_app_string(Z_ARRVAL(set), "application_token"))) {
		b24_php_app_throw(B24_APP_TOKEN_INVALID, "no application_token was kept at install: the event cannot be verified");
	} else {
		zend_string_addref(token);
	}
	zval_ptr_dtor(&set);
	return token;
}

/* event, auth[member_id], auth[application_token] present and well-formed; false with the exception. */
static bool b24_php_event_read(HashTable *request, zend_string **name, zend_string **member, zend_string **token)
{
	zval *auth = request ? zend_hash_str_find_deref(request, ZEND_STRL("auth")) : NULL;

	*name = b24_php_app_string(request, "event");
	if (!*name || !b24_install_event_name_valid(ZSTR_VAL(*name)) || !auth || Z_TYPE_P(auth) != IS_ARRAY) {
		b24_php_app_throw(B24_EVENT_MALFORMED, "the request is not a REST event (no event name or no auth)");
		return false;
	}
	*member = b24_php_app_string(Z_ARRVAL_P(auth), "member_id");
	if (!*member || !b24_install_member_id_valid(ZSTR_VAL(*member))) {
		b24_php_app_throw(B24_EVENT_MALFORMED, "the event's auth[member_id] is missing or malformed");
		return false;
	}
	*token = b24_php_app_string(Z_ARRVAL_P(auth), "application_token");
	if (!*token) {
		b24_php_app_throw(B24_APP_TOKEN_MISSING, "the event carries no auth[application_token]");
		return false;
	}
	return true;
}

static bool b24_php_event_verify(zval *store, zend_string *member, zend_string *token)
{
	zend_string *kept = b24_php_event_kept_token(store, member);
	bool same;

	if (!kept) {
		return false;
	}
	same = b24_ct_equal(ZSTR_VAL(kept), ZSTR_LEN(kept), ZSTR_VAL(token), ZSTR_LEN(token));
	zend_string_release(kept);
	if (!same) {
		b24_php_app_throw(B24_APP_TOKEN_INVALID, "the event's application_token is not the one kept at install");
	}
	return same;
}

static void b24_php_event_fill(zval *rv, zval *app, HashTable *request, zend_string *name, zend_string *member)
{
	b24_php_event_object *e;
	zval *data = zend_hash_str_find_deref(request, ZEND_STRL("data"));
	zend_string *ts = b24_php_app_string(request, "ts");
	long long when;

	object_init_ex(rv, b24_php_ce_Event);
	e = b24_php_event_obj(Z_OBJ_P(rv));
	e->name = zend_string_copy(name);
	e->member_id = zend_string_copy(member);
	if (data && Z_TYPE_P(data) == IS_ARRAY) {
		ZVAL_COPY(&e->data, data);
	} else {
		array_init(&e->data);
	}
	if (ts && b24_install_number(ZSTR_VAL(ts), &when)) {
		ZVAL_LONG(&e->timestamp, (zend_long) when);
	}
	ZVAL_COPY(&e->app, app);
}

/* ONAPPUNINSTALL, verified: the portal's tokens deleted, an info line for the app's logger. */
static bool b24_php_event_forget(b24_php_app_object *o, HashTable *request, zend_string *member)
{
	zval *auth = zend_hash_str_find_deref(request, ZEND_STRL("auth"));
	zend_string *domain = auth && Z_TYPE_P(auth) == IS_ARRAY ? b24_php_app_string(Z_ARRVAL_P(auth), "domain") : NULL;

	if (!b24_php_store_forget(&o->store, member)) {
		return false;
	}
	b24_php_log_app(b24_php_app_logger(Z_ARRVAL(o->config)), B24_LOG_APP_UNINSTALLED,
		domain ? ZSTR_VAL(domain) : "", ZSTR_VAL(member));
	return true;
}

PHP_METHOD(B24App, event)
{
	HashTable *request = NULL;
	b24_php_app_object *o;
	zend_string *name, *member, *token;
	HashTable *own;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(request)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = b24_php_app_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	request = request ? request : b24_php_app_request_global();
	/* a copy: its strings are used while the store's PHP code runs */
	own = request ? zend_array_dup(request) : NULL;
	if (b24_php_event_read(own, &name, &member, &token) && b24_php_event_verify(&o->store, member, token)
			&& (!zend_string_equals_literal_ci(name, "ONAPPUNINSTALL") || b24_php_event_forget(o, own, member))) {
		b24_php_event_fill(return_value, ZEND_THIS, own, name, member);
	}
	if (own) {
		zend_array_release(own);
	}
}

static b24_php_event_object *b24_php_event_this(zval *this_zv)
{
	b24_php_event_object *e = b24_php_event_obj(Z_OBJ_P(this_zv));

	if (UNEXPECTED(!e->name)) {
		zend_throw_error(NULL, "B24Event object is not constructed");
		return NULL;
	}
	return e;
}

/* private: only B24App::event() makes events */
PHP_METHOD(B24Event, __construct)
{
	(void) return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(B24Event, name)
{
	b24_php_event_object *e;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(e = b24_php_event_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(e->name);
}

PHP_METHOD(B24Event, memberId)
{
	b24_php_event_object *e;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(e = b24_php_event_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(e->member_id);
}

B24_PHP_MEMBER_METHOD(B24Event, data, b24_php_event_this, b24_php_event_object, data)

PHP_METHOD(B24Event, timestamp)
{
	b24_php_event_object *e;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(e = b24_php_event_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_COPY(&e->timestamp);
}

PHP_METHOD(B24Event, client)
{
	b24_php_event_object *e;
	b24_php_app_object *app;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(e = b24_php_event_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	app = b24_php_app_obj(Z_OBJ(e->app));
	if (!b24_php_app_portal_client(Z_ARRVAL(app->config), &app->store, e->member_id, return_value)) {
		RETURN_THROWS();
	}
}

static zend_object *b24_php_event_create(zend_class_entry *ce)
{
	b24_php_event_object *e = zend_object_alloc(sizeof(b24_php_event_object), ce);

	zend_object_std_init(&e->std, ce);
	object_properties_init(&e->std, ce);
	e->name = NULL;
	e->member_id = NULL;
	ZVAL_UNDEF(&e->data);
	ZVAL_NULL(&e->timestamp);
	ZVAL_UNDEF(&e->app);
	e->std.handlers = &b24_php_event_handlers;
	return &e->std;
}

static void b24_php_event_free_obj(zend_object *object)
{
	b24_php_event_object *e = b24_php_event_obj(object);

	if (e->name) {
		zend_string_release(e->name);
		zend_string_release(e->member_id);
	}
	zval_ptr_dtor(&e->data);
	zval_ptr_dtor(&e->app);
	zend_object_std_dtor(object);
}

/* The app it holds (and through it the store) may lead back to the event. */
static HashTable *b24_php_event_get_gc(zend_object *object, zval **table, int *n)
{
	b24_php_event_object *e = b24_php_event_obj(object);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buf, &e->data);
	zend_get_gc_buffer_add_zval(buf, &e->app);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(object);
}

/* The event's public fields; the auth block (tokens) is never kept. */
static HashTable *b24_php_event_debug_info(zend_object *object, int *is_temp)
{
	b24_php_event_object *e = b24_php_event_obj(object);
	zval info;

	*is_temp = 1;
	array_init(&info);
	if (!e->name) {
		add_assoc_bool(&info, "constructed", 0);
		return Z_ARRVAL(info);
	}
	add_assoc_str(&info, "name", zend_string_copy(e->name));
	add_assoc_str(&info, "member_id", zend_string_copy(e->member_id));
	Z_TRY_ADDREF(e->timestamp);
	add_assoc_zval(&info, "timestamp", &e->timestamp);
	Z_TRY_ADDREF(e->data);
	add_assoc_zval(&info, "data", &e->data);
	return Z_ARRVAL(info);
}

void b24_php_app_event_minit(zend_class_entry *ce)
{
	b24_php_ce_Event = ce;
	b24_php_class_objects(ce, &b24_php_event_handlers, b24_php_event_create,
		offsetof(b24_php_event_object, std), b24_php_event_free_obj, b24_php_event_debug_info);
	b24_php_event_handlers.get_gc = b24_php_event_get_gc;
}
