/*
 * b24: placement requests — what a portal sends to a placement's handler.
 * B24Placement::fromRequest() keeps the public fields and, apart, the
 * secrets (AUTH_ID, REFRESH_ID, APPLICATION_TOKEN), which only client() and
 * the token comparisons use.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <ctype.h>

#include "php_b24_compat.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "b24_placement_private.h"
#include "b24_hmac.h"

/* $_GET / $_POST as arrays (auto globals are created on first use). */
static HashTable *b24_php_request_superglobal(const char *name, size_t len)
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
static zend_string *b24_php_request_field(HashTable *ht, const char *name)
{
	zval *v = ht ? zend_hash_str_find_deref(ht, name, strlen(name)) : NULL;

	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STR_P(v) : NULL;
}

/* 1 for host[:port] made of letters, digits, '.', '-' (a portal's DOMAIN). */
static int b24_php_request_domain_shaped(zend_string *d)
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

static bool b24_php_request_required(zend_string *v, const char *name, const char *where)
{
	if (!v) {
		b24_php_placement_throwf(B24_E_NONE, B24_BAD_REQUEST, "the placement request has no %s (%s)", name, where);
		return false;
	}
	return true;
}

/*
 * PLACEMENT_OPTIONS is a JSON string in practice, may be "undefined", empty,
 * invalid or a JSON scalar; an array (form-encoded) is taken as is. Never a
 * warning: *valid says whether it was an object.
 */
static void b24_php_request_decode_options(zval *raw, zval *out, bool *valid)
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
			&& b24_php_decode_json(&decoded, Z_STRVAL_P(raw), Z_STRLEN_P(raw))) {
		if (Z_TYPE(decoded) == IS_ARRAY) {
			ZVAL_COPY_VALUE(out, &decoded);
			*valid = true;
			return;
		}
		zval_ptr_dtor(&decoded);
	}
	array_init(out);
}

static void b24_php_request_copy_field(zval *request, HashTable *from, const char *name)
{
	zend_string *v = b24_php_request_field(from, name);

	if (v) {
		add_assoc_str(request, name, zend_string_copy(v));
	}
}

static zend_string *b24_php_request_secret_copy(HashTable *from, const char *name)
{
	zend_string *v = b24_php_request_field(from, name);

	return v ? zend_string_init(ZSTR_VAL(v), ZSTR_LEN(v), 0) : NULL;
}

PHP_METHOD(B24Placement, fromRequest)
{
	HashTable *query = NULL, *body = NULL;
	static const char *const query_fields[] = { "DOMAIN", "PROTOCOL", "LANG", "APP_SID" };
	static const char *const body_fields[] = { "member_id", "status", "PLACEMENT",
		"APPLICATION_SCOPE", "SERVER_ENDPOINT", "AUTH_EXPIRES" };
	zend_string *domain, *member, *code;
	b24_php_placement_object *o;
	bool valid;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(query)
		Z_PARAM_ARRAY_HT_OR_NULL(body)
	ZEND_PARSE_PARAMETERS_END();

	query = query ? query : b24_php_request_superglobal(ZEND_STRL("_GET"));
	body = body ? body : b24_php_request_superglobal(ZEND_STRL("_POST"));
	domain = b24_php_request_field(query, "DOMAIN");
	member = b24_php_request_field(body, "member_id");
	code = b24_php_request_field(body, "PLACEMENT");
	if (!b24_php_request_required(domain, "DOMAIN", "query string") || !b24_php_request_required(member, "member_id", "body")
			|| !b24_php_request_required(code, "PLACEMENT", "body")) {
		RETURN_THROWS();
	}
	if (!b24_php_request_domain_shaped(domain)) {
		b24_php_placement_throwf(B24_E_NONE, B24_BAD_REQUEST, "the placement request's DOMAIN is not a host name");
		RETURN_THROWS();
	}
	if (!b24_php_placement_code_shaped(ZSTR_VAL(code), ZSTR_LEN(code))) {
		b24_php_placement_throwf(B24_E_NONE, B24_BAD_REQUEST, "the placement request's PLACEMENT is not a placement code");
		RETURN_THROWS();
	}
	object_init_ex(return_value, b24_php_ce_Placement);
	o = b24_php_placement_obj(Z_OBJ_P(return_value));
	o->code = b24_php_placement_upper(ZSTR_VAL(code), ZSTR_LEN(code));
	array_init(&o->request);
	for (i = 0; i < sizeof(query_fields) / sizeof(*query_fields); i++) {
		b24_php_request_copy_field(&o->request, query, query_fields[i]);
	}
	for (i = 0; i < sizeof(body_fields) / sizeof(*body_fields); i++) {
		b24_php_request_copy_field(&o->request, body, body_fields[i]);
	}
	b24_php_request_decode_options(body ? zend_hash_str_find_deref(body, ZEND_STRL("PLACEMENT_OPTIONS")) : NULL,
		&o->options, &valid);
	add_assoc_bool(&o->request, "options_valid", valid);
	o->auth_id = b24_php_request_secret_copy(body, "AUTH_ID");
	o->refresh_id = b24_php_request_secret_copy(body, "REFRESH_ID");
	o->app_token = b24_php_request_secret_copy(body, "APPLICATION_TOKEN");
}

/* request() and options(): a copy of one of the fromRequest() arrays (UNDEF otherwise: []). */
B24_PHP_MEMBER_METHOD(B24Placement, request, b24_php_placement_this, b24_php_placement_object, request)
B24_PHP_MEMBER_METHOD(B24Placement, options, b24_php_placement_this, b24_php_placement_object, options)

PHP_METHOD(B24Placement, verifyApplicationToken)
{
	zend_string *expected;
	b24_php_placement_object *o;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(expected)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = b24_php_placement_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	/* An empty stored token would match an absent one: never a success. */
	if (!o->app_token || ZSTR_LEN(expected) == 0) {
		RETURN_FALSE;
	}
	RETURN_BOOL(b24_ct_equal(ZSTR_VAL(o->app_token), ZSTR_LEN(o->app_token),
		ZSTR_VAL(expected), ZSTR_LEN(expected)));
}

static const char *const b24_php_request_client_refused[] = {
	"store", "webhook", "access_token", "refresh_token", "client_endpoint", "member_id", NULL
};

PHP_METHOD(B24Placement, client)
{
	HashTable *config = NULL;
	b24_php_placement_object *o;
	zval cfg, *protocol, *v;
	zend_string *key;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = b24_php_placement_request_this(ZEND_THIS, "client"))) {
		RETURN_THROWS();
	}
	if (!b24_php_request_required(o->auth_id, "AUTH_ID", "body: the user's token")) {
		RETURN_THROWS();
	}
	for (i = 0; config && b24_php_request_client_refused[i]; i++) {
		if (zend_hash_str_exists(config, b24_php_request_client_refused[i], strlen(b24_php_request_client_refused[i]))) {
			zend_argument_value_error(1, "must not contain \"%s\": the client acts with the "
				"request's user tokens and never writes a store", b24_php_request_client_refused[i]);
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
	object_init_ex(return_value, b24_php_ce_Client);
	zend_call_known_instance_method_with_1_params(b24_php_ce_Client->constructor, Z_OBJ_P(return_value),
		NULL, &cfg);
	zval_ptr_dtor(&cfg);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		RETURN_THROWS();
	}
}
