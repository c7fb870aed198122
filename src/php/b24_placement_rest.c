/*
 * b24: the REST methods of B24Placement — bind(), install(), unbind(),
 * get(), list(). Arguments are parsed and checked here; the bodies, the
 * install algorithm and the reading of answers are the core's
 * (src/core/b24_placement).
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_exceptions.h"

#include "b24_placement_private.h"
#include "b24_placement.h"

/* The answer's JSON text (a list or object) as a PHP array. */
static void b24_php_placement_return_json(b24_buf *json, zval *return_value)
{
	if (!b24_php_decode_json(return_value, b24_buf_cstr(json), json->len) || Z_TYPE_P(return_value) != IS_ARRAY) {
		zval_ptr_dtor(return_value);
		array_init(return_value);
	}
}

/* ---- bind() and install() ---- */

enum { PLP_TITLE, PLP_DESCRIPTION, PLP_GROUP_NAME, PLP_LANG_ALL, PLP_OPTIONS, PLP_USER_ID,
	PLP_ALLOW_LOCAL, PLP_COUNT };
static const b24_php_opt b24_php_placement_bind_rows[PLP_COUNT] = {
	{ "title", B24_PHP_OPT_STRING, PLP_TITLE },
	{ "description", B24_PHP_OPT_STRING, PLP_DESCRIPTION },
	{ "group_name", B24_PHP_OPT_STRING, PLP_GROUP_NAME },
	{ "lang_all", B24_PHP_OPT_ARRAY, PLP_LANG_ALL },
	{ "options", B24_PHP_OPT_ARRAY, PLP_OPTIONS },
	{ "user_id", B24_PHP_OPT_INT, PLP_USER_ID },
	{ "allow_local", B24_PHP_OPT_BOOL, PLP_ALLOW_LOCAL },
};
static const b24_php_opts b24_php_placement_bind_opts = B24_PHP_PLACEMENT_OPTS(b24_php_placement_bind_rows);
/* The REST names of the fields that go to the body as the caller gave them. */
static const char *const b24_php_placement_bind_keys[PLP_USER_ID] = {
	"TITLE", "DESCRIPTION", "GROUP_NAME", "LANG_ALL", "OPTIONS"
};

/*
 * The request of bind() and install(): the fields after HANDLER encoded as
 * http_build_query() does into `extra`. false when thrown.
 */
static bool b24_php_placement_bind_req(b24_php_placement_object *o, b24_php_client *pc, zend_string *handler,
	HashTable *options, b24_placement_req *req, b24_buf *extra)
{
	zval *v[PLP_COUNT], fields;
	int i;
	bool ok;

	if (!b24_php_options_parse(options, &b24_php_placement_bind_opts, v, 2)
			|| !b24_php_placement_check_handler(handler, b24_php_placement_allow_local(v[PLP_ALLOW_LOCAL], pc), 1)) {
		return false;
	}
	array_init(&fields);
	for (i = 0; i < PLP_USER_ID; i++) {
		if (v[i]) {
			Z_TRY_ADDREF_P(v[i]);
			add_assoc_zval(&fields, b24_php_placement_bind_keys[i], v[i]);
		}
	}
	ok = b24_php_encode_form(extra, Z_ARRVAL(fields), 2);
	zval_ptr_dtor(&fields);
	memset(req, 0, sizeof(*req));
	req->code = ZSTR_VAL(o->code);
	req->handler = ZSTR_VAL(handler);
	req->extra = extra->data;
	req->extra_len = extra->len;
	req->has_user_id = v[PLP_USER_ID] != NULL;
	req->user_id = v[PLP_USER_ID] ? (long long) Z_LVAL_P(v[PLP_USER_ID]) : 0;
	if (!ok && !EG(exception)) {
		zend_throw_error(NULL, "out of memory while encoding the options");
	}
	return ok;
}

/* bind() and install(): the same arguments, then one call or the idempotent sequence. */
static void b24_php_placement_bind_method(INTERNAL_FUNCTION_PARAMETERS, bool install)
{
	zend_string *handler;
	HashTable *options = NULL;
	b24_php_placement_object *o;
	b24_php_client *pc;
	b24_placement_req req;
	b24_buf extra = B24_BUF_INIT;
	enum b24_bind_outcome outcome;
	b24_error err;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = b24_php_placement_this(ZEND_THIS)) || !(pc = b24_php_placement_client(o))
			|| !b24_php_placement_bind_req(o, pc, handler, options, &req, &extra)) {
		b24_buf_free(&extra);
		RETURN_THROWS();
	}
	outcome = install ? b24_placement_install(pc->core, &req, &err) : b24_placement_bind(pc->core, &req, &err);
	b24_buf_free(&extra);
	b24_php_log_flush();
	/* bind() reports the portal's errors as they are, "already binded" included. */
	if (outcome == B24_BIND_FAILED || (!install && outcome != B24_BIND_BOUND && outcome != B24_BIND_REFUSED)) {
		b24_php_placement_throw(&err);
		RETURN_THROWS();
	}
	RETURN_BOOL(outcome == B24_BIND_BOUND);
}

PHP_METHOD(B24Placement, bind)
{
	b24_php_placement_bind_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_METHOD(B24Placement, install)
{
	b24_php_placement_bind_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

/* ---- unbind(), get(), list() ---- */

PHP_METHOD(B24Placement, unbind)
{
	zend_string *handler = NULL;
	zend_long user_id = 0;
	bool user_id_null = true;
	b24_php_placement_object *o;
	b24_php_client *pc;
	long long uid;
	b24_error err;
	long n;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR_OR_NULL(handler)
		Z_PARAM_LONG_OR_NULL(user_id, user_id_null)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = b24_php_placement_this(ZEND_THIS)) || !(pc = b24_php_placement_client(o))) {
		RETURN_THROWS();
	}
	uid = (long long) user_id;
	n = b24_placement_unbind(pc->core, ZSTR_VAL(o->code),
		handler && ZSTR_LEN(handler) ? ZSTR_VAL(handler) : NULL, user_id_null ? NULL : &uid, &err);
	b24_php_log_flush();
	if (n < 0) {
		b24_php_placement_throw(&err);
		RETURN_THROWS();
	}
	RETURN_LONG(n);
}

PHP_METHOD(B24Placement, get)
{
	b24_php_placement_object *o;
	b24_php_client *pc;
	b24_buf json = B24_BUF_INIT;
	b24_error err;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(o = b24_php_placement_this(ZEND_THIS)) || !(pc = b24_php_placement_client(o))) {
		RETURN_THROWS();
	}
	if (b24_placement_get(pc->core, ZSTR_VAL(o->code), NULL, &json, &err) != 0) {
		b24_php_log_flush();
		b24_buf_free(&json);
		b24_php_placement_throw(&err);
		RETURN_THROWS();
	}
	b24_php_log_flush();
	b24_php_placement_return_json(&json, return_value);
	b24_buf_free(&json);
}

static const b24_php_opt b24_php_placement_list_rows[] = {
	{ "scope", B24_PHP_OPT_STRING, 0 }, { "full", B24_PHP_OPT_BOOL, 1 },
};
static const b24_php_opts b24_php_placement_list_opts = B24_PHP_PLACEMENT_OPTS(b24_php_placement_list_rows);

PHP_METHOD(B24Placement, list)
{
	HashTable *options = NULL;
	b24_php_placement_object *o;
	b24_php_client *pc;
	b24_buf json = B24_BUF_INIT;
	b24_error err;
	zval *v[2];

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = b24_php_placement_this(ZEND_THIS)) || !b24_php_options_parse(options, &b24_php_placement_list_opts, v, 1)
			|| !(pc = b24_php_placement_client(o))) {
		RETURN_THROWS();
	}
	if (b24_placement_list(pc->core, v[0] ? Z_STRVAL_P(v[0]) : NULL, v[1] && Z_TYPE_P(v[1]) == IS_TRUE,
			&json, &err) != 0) {
		b24_php_log_flush();
		b24_buf_free(&json);
		b24_php_placement_throw(&err);
		RETURN_THROWS();
	}
	b24_php_log_flush();
	b24_php_placement_return_json(&json, return_value);
	b24_buf_free(&json);
}
