/*
 * b24: class B24App — an OAuth application's install and the page that
 * finishes it. The request's fields are mapped onto the core's
 * b24_install_request (both forms onto one set of names), checked by the
 * core, confirmed by the authorization server's app.info, and only then
 * written to the B24TokenStore. event() and B24Event are b24_app_event.c.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <stddef.h>
#include <time.h>

#include "php_b24_compat.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/standard/html.h"

#include "b24_app_private.h"
#include "b24_app_arginfo.h"

zend_class_entry *b24_php_ce_App;
static zend_object_handlers b24_php_app_handlers;

/* Where each field of an install is in either form; client_endpoint is built from DOMAIN. */
typedef struct b24_php_install_field {
	const char *event;         /* auth[<event>], NULL when the event form has none */
	const char *placement;     /* the PLACEMENT=DEFAULT name, NULL when none */
	size_t slot;               /* offsetof(b24_install_request, ...) */
} b24_php_install_field;

#define B24_PHP_SLOT(f) offsetof(b24_install_request, f)

static const b24_php_install_field b24_php_install_fields[] = {
	{ "access_token", "AUTH_ID", B24_PHP_SLOT(access_token) },
	{ "refresh_token", "REFRESH_ID", B24_PHP_SLOT(refresh_token) },
	{ "expires_in", "AUTH_EXPIRES", B24_PHP_SLOT(expires_in) },
	{ "domain", "DOMAIN", B24_PHP_SLOT(domain) },
	{ "member_id", "member_id", B24_PHP_SLOT(member_id) },
	{ "client_endpoint", NULL, B24_PHP_SLOT(client_endpoint) },
	{ "server_endpoint", "SERVER_ENDPOINT", B24_PHP_SLOT(server_endpoint) },
	{ "application_token", "APPLICATION_TOKEN", B24_PHP_SLOT(application_token) },
	{ "scope", "APPLICATION_SCOPE", B24_PHP_SLOT(scope) },
	{ "status", "status", B24_PHP_SLOT(status) },
	{ "user_id", NULL, B24_PHP_SLOT(user_id) },
	{ NULL, "PROTOCOL", B24_PHP_SLOT(protocol) },
};

#define B24_PHP_INSTALL_FIELDS (sizeof(b24_php_install_fields) / sizeof(*b24_php_install_fields))

/* An install request as the core sees it, and the strings made for it. */
typedef struct b24_php_install_input {
	b24_install_request r;
	zend_string *held[B24_PHP_INSTALL_FIELDS + 2];
	size_t held_count;
	const b24_php_install_field *bad; /* a field of a type no text is made of (an array) */
} b24_php_install_input;

HashTable *b24_php_app_request_global(void)
{
	zval *g;

	zend_is_auto_global_str(ZEND_STRL("_REQUEST"));
	g = zend_hash_str_find_deref(&EG(symbol_table), ZEND_STRL("_REQUEST"));
	return g && Z_TYPE_P(g) == IS_ARRAY ? Z_ARRVAL_P(g) : NULL;
}

zend_string *b24_php_app_string(HashTable *ht, const char *name)
{
	zval *v = ht ? zend_hash_str_find_deref(ht, name, strlen(name)) : NULL;

	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STR_P(v) : NULL;
}

static const char **b24_php_install_slot(b24_install_request *r, const b24_php_install_field *f)
{
	return (const char **) ((char *) r + f->slot);
}

static const char *b24_php_install_hold(b24_php_install_input *in, zend_string *s)
{
	in->held[in->held_count++] = s;
	return ZSTR_VAL(s);
}

/* One field: a string as it is, an integer written out, absent as NULL; anything else is bad. */
static void b24_php_install_take(b24_php_install_input *in, HashTable *from, const b24_php_install_field *f,
	const char *name)
{
	zval *v = name && from ? zend_hash_str_find_deref(from, name, strlen(name)) : NULL;
	const char **slot = b24_php_install_slot(&in->r, f);

	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		*slot = Z_STRVAL_P(v);
	} else if (Z_TYPE_P(v) == IS_LONG) {
		*slot = b24_php_install_hold(in, zend_long_to_str(Z_LVAL_P(v)));
	} else if (!in->bad) {
		in->bad = f;
	}
}

/* The form of the request: ONAPPINSTALL with an auth array, else PLACEMENT=DEFAULT, else none. */
static enum b24_install_form b24_php_install_form(HashTable *request)
{
	zend_string *event = b24_php_app_string(request, "event");
	zend_string *placement = b24_php_app_string(request, "PLACEMENT");
	zval *auth = request ? zend_hash_str_find_deref(request, ZEND_STRL("auth")) : NULL;

	if (event && zend_string_equals_literal_ci(event, "ONAPPINSTALL") && auth && Z_TYPE_P(auth) == IS_ARRAY) {
		return B24_INSTALL_FORM_EVENT;
	}
	if (placement && zend_string_equals_literal_ci(placement, "DEFAULT")) {
		return B24_INSTALL_FORM_PLACEMENT;
	}
	return B24_INSTALL_FORM_NONE;
}

/* PLACEMENT=DEFAULT: the endpoint of DOMAIN, and the configured server when none is sent. */
static void b24_php_install_placement_defaults(b24_php_install_input *in, HashTable *config)
{
	zend_string *server = b24_php_app_string(config, "oauth_server");

	if (in->r.domain && *in->r.domain) {
		in->r.client_endpoint = b24_php_install_hold(in, strpprintf(0, "https://%s/rest/", in->r.domain));
	}
	if (!in->r.server_endpoint) {
		/* older portals send no SERVER_ENDPOINT: the configured server, else Bitrix24's */
		in->r.server_endpoint = server
			? b24_php_install_hold(in, strpprintf(0, "%s%srest/", ZSTR_VAL(server),
				ZSTR_VAL(server)[ZSTR_LEN(server) - 1] == '/' ? "" : "/"))
			: "https://oauth.bitrix.info/rest/";
	}
}

static void b24_php_install_read(b24_php_install_input *in, HashTable *request, HashTable *config)
{
	zval *auth = zend_hash_str_find_deref(request, ZEND_STRL("auth"));
	bool event = in->r.form == B24_INSTALL_FORM_EVENT;
	size_t i;

	for (i = 0; i < B24_PHP_INSTALL_FIELDS; i++) {
		const b24_php_install_field *f = &b24_php_install_fields[i];

		b24_php_install_take(in, event ? Z_ARRVAL_P(auth) : request, f, event ? f->event : f->placement);
	}
	if (!event) {
		b24_php_install_placement_defaults(in, config);
	}
}

static void b24_php_install_release(b24_php_install_input *in)
{
	while (in->held_count) {
		zend_string_release(in->held[--in->held_count]);
	}
}

/* The field as the request names it: auth[x] or the PLACEMENT=DEFAULT name. */
static zend_string *b24_php_install_field_name(enum b24_install_form form, const char *core_name)
{
	size_t i;

	for (i = 0; i < B24_PHP_INSTALL_FIELDS; i++) {
		const b24_php_install_field *f = &b24_php_install_fields[i];

		if ((f->event && strcmp(f->event, core_name) == 0) || (!f->event && strcmp(f->placement, core_name) == 0)) {
			if (form == B24_INSTALL_FORM_EVENT && f->event) {
				return strpprintf(0, "auth[%s]", f->event);
			}
			return zend_string_init_fast(f->placement ? f->placement : "DOMAIN",
				strlen(f->placement ? f->placement : "DOMAIN"));
		}
	}
	return zend_string_init_fast(core_name, strlen(core_name));
}

/* Asks the authorization server's app.info with the token whose app and portal it is. */
static enum b24_install_verdict b24_php_install_verify(HashTable *config, const b24_install_request *r,
	long long *user_id)
{
	zend_string *client_id = b24_php_app_string(config, "client_id");
	zval cfg, client;
	b24_response resp;
	b24_error err;
	enum b24_install_verdict v;

	ZVAL_ARR(&cfg, zend_array_dup(config));
	/* app.info lives at <server_endpoint>app.info; no refresh token: a refused token stays refused */
	add_assoc_string(&cfg, "client_endpoint", (char *) r->server_endpoint);
	add_assoc_string(&cfg, "access_token", (char *) r->access_token);
	object_init_ex(&client, b24_php_ce_Client);
	zend_call_known_instance_method_with_1_params(b24_php_ce_Client->constructor, Z_OBJ(client), NULL, &cfg);
	zval_ptr_dtor(&cfg);
	if (EG(exception)) {
		zend_clear_exception();
		zval_ptr_dtor(&client);
		return B24_INSTALL_VERIFY_FAILED;
	}
	b24_error_clear(&err);
	memset(&resp, 0, sizeof(resp));
	if (b24_client_call(b24_php_client_from_zval(&client)->core, "app.info", "", 0, 0, &resp, &err) != 0) {
		v = err.kind == B24_E_AUTH ? B24_INSTALL_TOKEN_REFUSED : B24_INSTALL_VERIFY_FAILED;
	} else {
		v = b24_install_check_app_info(resp.body, resp.body_len, ZSTR_VAL(client_id), r->member_id,
			r->domain, user_id);
	}
	zval_ptr_dtor(&client);
	return v;
}

/* The token set of a confirmed install: CRest's settings.json keys. */
static void b24_php_install_token_set(zval *set, const b24_install_request *r, long long user_id)
{
	long long expires_in = 0;

	b24_install_number(r->expires_in, &expires_in);
	array_init(set);
	add_assoc_string(set, "access_token", (char *) r->access_token);
	add_assoc_string(set, "refresh_token", (char *) r->refresh_token);
	add_assoc_long(set, "expires", (zend_long) (time(NULL) + expires_in));
	add_assoc_long(set, "expires_in", (zend_long) expires_in);
	add_assoc_string(set, "domain", (char *) r->domain);
	add_assoc_string(set, "member_id", (char *) r->member_id);
	add_assoc_string(set, "client_endpoint", (char *) r->client_endpoint);
	add_assoc_string(set, "server_endpoint", (char *) r->server_endpoint);
	if (r->application_token && *r->application_token) {
		add_assoc_string(set, "application_token", (char *) r->application_token);
	}
	if (r->scope && *r->scope) {
		add_assoc_string(set, "scope", (char *) r->scope);
	}
	if (r->status && *r->status) {
		add_assoc_string(set, "status", (char *) r->status);
	}
	if (user_id >= 0) {
		add_assoc_long(set, "user_id", (zend_long) user_id);
	}
}

void b24_php_app_keep_token(zval *set, zval *kept)
{
	zend_string *member = b24_php_app_string(Z_ARRVAL_P(set), "member_id"), *old_member, *old_token;

	if (!kept || Z_TYPE_P(kept) != IS_ARRAY || zend_hash_str_exists(Z_ARRVAL_P(set), ZEND_STRL("application_token"))) {
		return;
	}
	old_member = b24_php_app_string(Z_ARRVAL_P(kept), "member_id");
	old_token = b24_php_app_string(Z_ARRVAL_P(kept), "application_token");
	/* the app opened after ONAPPINSTALL without APPLICATION_TOKEN keeps the event's, of the same portal only */
	if (old_token && (!old_member || zend_string_equals(old_member, member))) {
		add_assoc_str(set, "application_token", zend_string_copy(old_token));
	}
}

/* lock, load (for what the new set keeps of the old), save, unlock; false when the store failed. */
static bool b24_php_install_store(zval *store, zval *set)
{
	zend_string *member = b24_php_app_string(Z_ARRVAL_P(set), "member_id");
	zval kept;
	bool ok = false;

	ZVAL_UNDEF(&kept);
	if (b24_php_store_lock(store, member)) {
		if (b24_php_store_call(store, "load", member, NULL, &kept)) {
			b24_php_app_keep_token(set, &kept);
			ok = b24_php_store_call(store, "save", member, set, NULL);
		}
		zend_clear_exception();
		ok = b24_php_store_call(store, "unlock", member, NULL, NULL) && ok;
	}
	/* install() answers store_failed; the store's exception is not thrown on */
	zend_clear_exception();
	zval_ptr_dtor(&kept);
	return ok;
}

static b24_install_result b24_php_install_run(HashTable *config, b24_php_install_input *in, zval *set)
{
	b24_install_result res;
	long long user_id = -1, given;

	if (in->bad) {
		res.verdict = B24_INSTALL_BAD_FIELD;
		res.field = in->bad->event ? in->bad->event : in->bad->placement;
		return res;
	}
	res = b24_install_check(&in->r, ZSTR_VAL(b24_php_app_string(config, "oauth_server")
		? b24_php_app_string(config, "oauth_server") : ZSTR_EMPTY_ALLOC()));
	if (res.verdict != B24_INSTALL_OK) {
		return res;
	}
	res.field = NULL;
	if (in->r.user_id && b24_install_number(in->r.user_id, &given)) {
		user_id = given;
	}
	if ((res.verdict = b24_php_install_verify(config, &in->r, &user_id)) == B24_INSTALL_OK) {
		b24_php_install_token_set(set, &in->r, user_id);
	}
	return res;
}

void b24_php_app_install_check(HashTable *config, HashTable *request, b24_php_app_checked *out)
{
	b24_php_install_input in;
	b24_install_result res;
	/* a copy: the fields are read by pointer while app.info is asked */
	HashTable *own = request ? zend_array_dup(request) : NULL;

	memset(&in, 0, sizeof(in));
	ZVAL_UNDEF(&out->set);
	out->field = NULL;
	in.r.form = own ? b24_php_install_form(own) : B24_INSTALL_FORM_NONE;
	if (in.r.form != B24_INSTALL_FORM_NONE) {
		b24_php_install_read(&in, own, config);
	}
	res = b24_php_install_run(config, &in, &out->set);
	out->form = in.r.form;
	out->verdict = res.verdict;
	if (res.verdict != B24_INSTALL_OK && res.field) {
		out->field = b24_php_install_field_name(in.r.form, res.field);
	}
	b24_php_install_release(&in);
	if (own) {
		zend_array_release(own);
	}
}

void b24_php_app_install_done(b24_php_app_checked *c)
{
	zval_ptr_dtor(&c->set);
	ZVAL_UNDEF(&c->set);
	if (c->field) {
		zend_string_release(c->field);
		c->field = NULL;
	}
}

void b24_php_app_install(HashTable *config, zval *store, HashTable *request, zval *return_value)
{
	b24_php_app_checked c;

	b24_php_app_install_check(config, request, &c);
	if (c.verdict == B24_INSTALL_OK && !b24_php_install_store(store, &c.set)) {
		c.verdict = B24_INSTALL_STORE_FAILED;
	}
	array_init(return_value);
	/* CRest: the event form installs an app without pages, the placement form shows one */
	add_assoc_bool(return_value, "rest_only", c.form != B24_INSTALL_FORM_PLACEMENT);
	add_assoc_bool(return_value, "install", c.verdict == B24_INSTALL_OK);
	if (c.verdict != B24_INSTALL_OK) {
		add_assoc_string(return_value, "error", (char *) b24_install_verdict_code(c.verdict));
		if (c.field) {
			add_assoc_str(return_value, "field", zend_string_copy(c.field));
		}
	} else {
		b24_php_log_app(b24_php_app_logger(config), B24_LOG_APP_INSTALLED,
			ZSTR_VAL(b24_php_app_string(Z_ARRVAL(c.set), "domain")),
			ZSTR_VAL(b24_php_app_string(Z_ARRVAL(c.set), "member_id")));
	}
	b24_php_app_install_done(&c);
}

zval *b24_php_app_logger(HashTable *config)
{
	zval *logger = zend_hash_str_find_deref(config, ZEND_STRL("logger"));

	return logger && Z_TYPE_P(logger) == IS_OBJECT ? logger : NULL;
}

b24_php_app_object *b24_php_app_this(zval *this_zv)
{
	b24_php_app_object *o = b24_php_app_obj(Z_OBJ_P(this_zv));

	if (UNEXPECTED(Z_ISUNDEF(o->config))) {
		zend_throw_error(NULL, "B24App object is not constructed");
		return NULL;
	}
	return o;
}

/* Splits $config into the store and a copy of the rest (for B24Client's reader). */
static bool b24_php_app_split_config(HashTable *config, zval *rest, zval **store)
{
	zend_string *key;
	zval *v;

	*store = NULL;
	array_init(rest);
	ZEND_HASH_FOREACH_STR_KEY_VAL_IND(config, key, v) {
		ZVAL_DEREF(v);
		if (!key) {
			zend_argument_value_error(1, "must have string keys");
			return false;
		}
		if (!zend_string_equals_literal_ci(key, "store")) {
			Z_TRY_ADDREF_P(v);
			zend_hash_add_new(Z_ARRVAL_P(rest), key, v);
		} else if (*store) {
			zend_argument_value_error(1, "contains the key \"store\" twice (keys are case-insensitive)");
			return false;
		} else {
			*store = v;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The checked config with its keys in lower case, as the rest of the class reads them. */
static void b24_php_app_lower_keys(zval *rest, zval *out)
{
	zend_string *key, *lower;
	zval *v;

	array_init(out);
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(rest), key, v) {
		lower = zend_string_tolower(key);
		Z_TRY_ADDREF_P(v);
		zend_hash_update(Z_ARRVAL_P(out), lower, v);
		zend_string_release(lower);
	} ZEND_HASH_FOREACH_END();
}

PHP_METHOD(B24App, __construct)
{
	b24_php_app_object *o = b24_php_app_obj(Z_OBJ_P(ZEND_THIS));
	HashTable *config;
	zval rest, *store;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	if (!Z_ISUNDEF(o->config)) {
		zend_throw_error(NULL, "B24App object is already constructed");
		RETURN_THROWS();
	}
	/* the reader of B24Client's keys checks the rest, which also refuses keys given twice */
	if (!b24_php_app_split_config(config, &rest, &store) || !b24_php_client_config_check_app(Z_ARRVAL(rest))) {
		zval_ptr_dtor(&rest);
		RETURN_THROWS();
	}
	if (!store || Z_TYPE_P(store) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(store), b24_php_ce_TokenStore)) {
		zval_ptr_dtor(&rest);
		if (store) {
			zend_argument_type_error(1, "key \"store\" must be of type B24TokenStore, %s given", zend_zval_type_name(store));
		} else {
			zend_argument_value_error(1, "must contain \"store\" (a B24TokenStore)");
		}
		RETURN_THROWS();
	}
	b24_php_app_lower_keys(&rest, &o->config);
	zval_ptr_dtor(&rest);
	ZVAL_COPY(&o->store, store);
}

PHP_METHOD(B24App, install)
{
	HashTable *request = NULL;
	b24_php_app_object *o;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(request)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = b24_php_app_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	b24_php_app_install(Z_ARRVAL(o->config), &o->store, request ? request : b24_php_app_request_global(),
		return_value);
}

PHP_METHOD(B24App, installFinishPage)
{
	zend_string *sdk = NULL, *escaped;
	bool installed = true;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR(sdk)
		Z_PARAM_BOOL(installed)
	ZEND_PARSE_PARAMETERS_END();

	if (sdk && ZSTR_LEN(sdk) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	escaped = php_escape_html_entities((unsigned char *) (sdk ? ZSTR_VAL(sdk) : "//api.bitrix24.com/api/v1/"),
		sdk ? ZSTR_LEN(sdk) : strlen("//api.bitrix24.com/api/v1/"), 0, ENT_QUOTES | ENT_SUBSTITUTE, "UTF-8");
	RETVAL_STR(strpprintf(0,
		"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<script src=\"%s\"></script>\n</head>\n<body>\n%s</body>\n</html>\n",
		ZSTR_VAL(escaped), installed
			? "<script>BX24.init(function () { BX24.installFinish(); });</script>\ninstallation has been finished\n"
			: "installation error\n"));
	zend_string_release(escaped);
}

static zend_object *b24_php_app_create(zend_class_entry *ce)
{
	b24_php_app_object *o = zend_object_alloc(sizeof(b24_php_app_object), ce);

	zend_object_std_init(&o->std, ce);
	object_properties_init(&o->std, ce);
	ZVAL_UNDEF(&o->config);
	ZVAL_UNDEF(&o->store);
	o->std.handlers = &b24_php_app_handlers;
	return &o->std;
}

static void b24_php_app_free_obj(zend_object *object)
{
	b24_php_app_object *o = b24_php_app_obj(object);

	zval_ptr_dtor(&o->config);
	zval_ptr_dtor(&o->store);
	zend_object_std_dtor(object);
}

/* The config (a logger in it) and the store may lead back to the app: the cycle collector sees them. */
static HashTable *b24_php_app_get_gc(zend_object *object, zval **table, int *n)
{
	b24_php_app_object *o = b24_php_app_obj(object);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buf, &o->config);
	zend_get_gc_buffer_add_zval(buf, &o->store);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(object);
}

/* var_dump() sees the client_id and the store's class, never the secret. */
static HashTable *b24_php_app_debug_info(zend_object *object, int *is_temp)
{
	b24_php_app_object *o = b24_php_app_obj(object);
	zend_string *client_id;
	zval info;

	*is_temp = 1;
	array_init(&info);
	if (Z_ISUNDEF(o->config)) {
		add_assoc_bool(&info, "constructed", 0);
		return Z_ARRVAL(info);
	}
	if ((client_id = b24_php_app_string(Z_ARRVAL(o->config), "client_id"))) {
		add_assoc_str(&info, "client_id", zend_string_copy(client_id));
	}
	add_assoc_str(&info, "store", zend_string_copy(Z_OBJCE(o->store)->name));
	return Z_ARRVAL(info);
}

void b24_php_app_minit(void)
{
	b24_php_ce_App = register_class_B24App();
	b24_php_class_objects(b24_php_ce_App, &b24_php_app_handlers, b24_php_app_create,
		offsetof(b24_php_app_object, std), b24_php_app_free_obj, b24_php_app_debug_info);
	b24_php_app_handlers.get_gc = b24_php_app_get_gc;
	b24_php_app_event_minit(register_class_B24Event());
}
