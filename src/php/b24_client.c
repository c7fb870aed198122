/*
 * b24: class B24Client.
 * The object holds a b24_php_client; construction reads the config (a
 * webhook URL or an array of known keys, each of one type), everything else
 * is the core's. Nothing secret is reachable from PHP: var_dump() and
 * friends see a redacted summary, serialization and cloning are refused.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"

#include "b24_private.h"
#include "b24_url.h"
#include "b24_envelope.h"
#include "b24_retry.h"

zend_class_entry *b24_ce_Client;
static zend_object_handlers b24_client_handlers;

typedef struct b24_client_object {
	b24_php_client client;
	zend_object std;
} b24_client_object;

static inline b24_client_object *b24_client_obj(zend_object *obj)
{
	return (b24_client_object *) ((char *) obj - XtOffsetOf(b24_client_object, std));
}

b24_php_client *b24_client_from_zval(zval *object)
{
	b24_php_client *pc = &b24_client_obj(Z_OBJ_P(object))->client;

	if (UNEXPECTED(!pc->core)) {
		zend_throw_error(NULL, "B24Client object is not constructed");
		return NULL;
	}
	return pc;
}

/* ---- the client as the binding uses it ---- */

static void b24_php_client_reset_last(b24_php_client *pc)
{
	zval_ptr_dtor(&pc->last_total);
	zval_ptr_dtor(&pc->last_next);
	zval_ptr_dtor(&pc->last_time);
	ZVAL_NULL(&pc->last_total);
	ZVAL_NULL(&pc->last_next);
	ZVAL_NULL(&pc->last_time);
	pc->last_time_raw_set = false;
}

bool b24_php_client_open(b24_php_client *pc, const b24_client_config *cfg, const char *what)
{
	b24_error err;

	b24_error_clear(&err);
	ZVAL_NULL(&pc->last_total);
	ZVAL_NULL(&pc->last_next);
	ZVAL_NULL(&pc->last_time);
	pc->core = b24_client_new(cfg, &err);
	if (pc->core) {
		return true;
	}
	if (err.kind == B24_E_API && strcmp(err.code, B24_INVALID_ARGUMENT) == 0) {
		zend_value_error("%s: %s", what, err.description);
	} else {
		b24_throw(&err);
	}
	return false;
}

void b24_php_client_close(b24_php_client *pc)
{
	if (pc->core) {
		b24_client_free(pc->core);
		pc->core = NULL;
	}
	b24_php_client_reset_last(pc);
	b24_buf_free(&pc->last_time_raw);
	b24_buf_free(&pc->member_text);
}

bool b24_check_method(const zend_string *method, uint32_t arg_num)
{
	if (UNEXPECTED(!b24_client_method_valid(ZSTR_VAL(method), ZSTR_LEN(method)))) {
		zend_argument_value_error(arg_num, "must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)");
		return false;
	}
	return true;
}

int b24_php_client_send(b24_php_client *pc, const char *method, HashTable *params,
	uint32_t params_arg, b24_response *resp, b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	bool encoded;
	int rc;

	b24_error_clear(err);
	memset(resp, 0, sizeof(*resp));
	encoded = pc->json ? b24_encode_json(&body, params, params_arg) : b24_encode_form(&body, params);
	if (UNEXPECTED(!encoded)) {
		b24_buf_free(&body);
		if (!EG(exception)) {
			b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory while encoding the parameters");
			return -1;
		}
		return B24_SEND_THROWN;
	}
	rc = b24_client_call(pc->core, method, body.data ? body.data : "", body.len, pc->json, resp, err);
	b24_buf_free(&body);
	return rc;
}

/* ---- construction ---- */

/* Keys of the config array, in the order the docs list them. */
#define B24_CONFIG_KEYS(X) \
	X(webhook, STRING) X(client_id, STRING) X(client_secret, STRING) \
	X(access_token, STRING) X(refresh_token, STRING) X(client_endpoint, STRING) \
	X(member_id, STRING) X(oauth_server, STRING) X(store, STRING) \
	X(timeout, SECONDS) X(connect_timeout, SECONDS) X(ca_file, STRING) \
	X(verify_tls, BOOL) X(user_agent, STRING) X(json, BOOL) X(allow_local, BOOL) \
	X(rate_limit, STRING) X(rate_wait_max, SECONDS) X(retries, INT)

enum b24_config_key {
#define X(name, type) B24_CFG_##name,
	B24_CONFIG_KEYS(X)
#undef X
	B24_CFG_COUNT
};

enum b24_config_type { B24_CFG_STRING, B24_CFG_SECONDS, B24_CFG_BOOL, B24_CFG_INT };

static const struct {
	const char *name;
	size_t len;
	enum b24_config_type type;
} b24_config_keys[B24_CFG_COUNT] = {
#define X(name, type) { #name, sizeof(#name) - 1, B24_CFG_##type },
	B24_CONFIG_KEYS(X)
#undef X
};

static int b24_config_key_find(const zend_string *key)
{
	int i;

	for (i = 0; i < B24_CFG_COUNT; i++) {
		if (ZSTR_LEN(key) == b24_config_keys[i].len
				&& memcmp(ZSTR_VAL(key), b24_config_keys[i].name, b24_config_keys[i].len) == 0) {
			return i;
		}
	}
	return -1;
}

static bool b24_config_type_ok(zval *value, enum b24_config_type type)
{
	switch (type) {
		case B24_CFG_STRING:
			return Z_TYPE_P(value) == IS_STRING;
		case B24_CFG_SECONDS:
			return Z_TYPE_P(value) == IS_LONG || Z_TYPE_P(value) == IS_DOUBLE;
		case B24_CFG_BOOL:
			return Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE;
		case B24_CFG_INT:
			return Z_TYPE_P(value) == IS_LONG;
	}
	return false;
}

static const char *b24_config_type_name(enum b24_config_type type)
{
	return type == B24_CFG_STRING ? "string" : type == B24_CFG_SECONDS ? "int|float"
		: type == B24_CFG_INT ? "int" : "bool";
}

/*
 * Looks up every key once and checks its type, so that the rest reads a
 * plain table. values[i] is NULL for absent keys and for null values.
 */
static bool b24_config_collect(HashTable *config, zval *values[B24_CFG_COUNT])
{
	zend_string *key;
	zend_ulong idx;
	zval *value;
	int i;

	memset(values, 0, sizeof(zval *) * B24_CFG_COUNT);
	ZEND_HASH_FOREACH_KEY_VAL_IND(config, idx, key, value) {
		if (!key) {
			zend_argument_value_error(1, "contains the unknown key " ZEND_ULONG_FMT, idx);
			return false;
		}
		i = b24_config_key_find(key);
		if (i < 0) {
			zend_argument_value_error(1, "contains the unknown key \"%s\"", ZSTR_VAL(key));
			return false;
		}
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) == IS_NULL) {
			continue;
		}
		if (!b24_config_type_ok(value, b24_config_keys[i].type)) {
			zend_argument_type_error(1, "key \"%s\" must be of type %s, %s given",
				b24_config_keys[i].name, b24_config_type_name(b24_config_keys[i].type),
				zend_zval_type_name(value));
			return false;
		}
		values[i] = value;
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* Seconds as a positive finite number up to a day, in milliseconds. */
bool b24_seconds_to_ms(double seconds, long *ms)
{
	if (!(seconds > 0.0) || seconds > 86400.0) {
		return false;
	}
	*ms = (long) (seconds * 1000.0 + 0.5);
	if (*ms < 1) {
		*ms = 1;
	}
	return true;
}

static bool b24_config_seconds(zval *value, const char *name, long *ms)
{
	double seconds = Z_TYPE_P(value) == IS_LONG ? (double) Z_LVAL_P(value) : Z_DVAL_P(value);

	if (!b24_seconds_to_ms(seconds, ms)) {
		zend_argument_value_error(1, "key \"%s\" must be a number of seconds above 0 and at most 86400", name);
		return false;
	}
	return true;
}

static const char *b24_config_str(zval *values[B24_CFG_COUNT], int key)
{
	return values[key] ? Z_STRVAL_P(values[key]) : NULL;
}

/* A webhook URL that the core refuses is a ValueError that names where it came from. */
bool b24_check_webhook(const char *url, size_t len, b24_error *err)
{
	b24_buf base = B24_BUF_INIT;
	int rc = b24_url_webhook_base(url, len, 0, &base, err);

	b24_buf_free(&base);
	return rc == 0;
}

static bool b24_config_urls(zval *values[B24_CFG_COUNT])
{
	b24_buf base = B24_BUF_INIT;
	b24_error err;
	int rc = 0, key = -1;

	b24_error_clear(&err);
	if (values[B24_CFG_webhook]) {
		key = B24_CFG_webhook;
		rc = b24_check_webhook(Z_STRVAL_P(values[key]), Z_STRLEN_P(values[key]), &err) ? 0 : -1;
	}
	if (rc == 0 && !values[B24_CFG_webhook] && values[B24_CFG_client_endpoint]) {
		key = B24_CFG_client_endpoint;
		rc = b24_url_client_endpoint(Z_STRVAL_P(values[key]), Z_STRLEN_P(values[key]), 0, &base, &err);
	}
	if (rc == 0 && !values[B24_CFG_webhook] && values[B24_CFG_oauth_server]) {
		b24_buf_reset(&base);
		key = B24_CFG_oauth_server;
		rc = b24_url_oauth_server(Z_STRVAL_P(values[key]), Z_STRLEN_P(values[key]), 0, &base, &err);
	}
	b24_buf_free(&base);
	if (rc != 0) {
		zend_argument_value_error(1, "key \"%s\" is not valid: %s", b24_config_keys[key].name, err.description);
		return false;
	}
	return true;
}

/* rate_limit, rate_wait_max and retries over the INI values. */
static bool b24_config_pace(zval *values[B24_CFG_COUNT], b24_pace_config *pace)
{
	zval *v;

	b24_rate_php_defaults(pace);
	if ((v = values[B24_CFG_rate_limit]) && b24_rate_parse(Z_STRVAL_P(v), &pace->limit) != 0) {
		zend_argument_value_error(1, "key \"rate_limit\" must be \"burst/drain\" (e.g. \"50/2\") or \"0\"");
		return false;
	}
	if ((v = values[B24_CFG_rate_wait_max]) && !b24_rate_php_wait_max(
			Z_TYPE_P(v) == IS_LONG ? (double) Z_LVAL_P(v) : Z_DVAL_P(v), &pace->wait_max_ms)) {
		zend_argument_value_error(1, "key \"rate_wait_max\" must be a number of seconds from 0 to 86400");
		return false;
	}
	if ((v = values[B24_CFG_retries])) {
		if (Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > B24_RETRY_MAX) {
			zend_argument_value_error(1, "key \"retries\" must be between 0 and %d", B24_RETRY_MAX);
			return false;
		}
		pace->retries = (int) Z_LVAL_P(v);
	}
	return true;
}

static bool b24_config_from_array(b24_php_client *pc, b24_client_config *cfg, HashTable *config)
{
	zval *v[B24_CFG_COUNT];

	if (!b24_config_collect(config, v) || !b24_config_urls(v)) {
		return false;
	}
	if (!v[B24_CFG_webhook] && !v[B24_CFG_client_endpoint] && !v[B24_CFG_store]) {
		zend_argument_value_error(1,
			"must contain \"webhook\", or \"client_endpoint\" or \"store\" for an OAuth application");
		return false;
	}
	cfg->webhook_url = b24_config_str(v, B24_CFG_webhook);
	cfg->client_id = b24_config_str(v, B24_CFG_client_id);
	cfg->client_secret = b24_config_str(v, B24_CFG_client_secret);
	cfg->access_token = b24_config_str(v, B24_CFG_access_token);
	cfg->refresh_token = b24_config_str(v, B24_CFG_refresh_token);
	cfg->client_endpoint = b24_config_str(v, B24_CFG_client_endpoint);
	cfg->member_id = b24_config_str(v, B24_CFG_member_id);
	cfg->oauth_server = b24_config_str(v, B24_CFG_oauth_server);
	cfg->store_path = b24_config_str(v, B24_CFG_store);
	cfg->http.ca_file = b24_config_str(v, B24_CFG_ca_file);
	cfg->http.user_agent = b24_config_str(v, B24_CFG_user_agent);
	if (v[B24_CFG_timeout] && !b24_config_seconds(v[B24_CFG_timeout], "timeout", &cfg->http.timeout_ms)) {
		return false;
	}
	if (v[B24_CFG_connect_timeout]
			&& !b24_config_seconds(v[B24_CFG_connect_timeout], "connect_timeout", &cfg->http.connect_timeout_ms)) {
		return false;
	}
	if (v[B24_CFG_verify_tls]) {
		cfg->http.verify_tls = Z_TYPE_P(v[B24_CFG_verify_tls]) == IS_TRUE;
	}
	pc->json = v[B24_CFG_json] && Z_TYPE_P(v[B24_CFG_json]) == IS_TRUE;
	pc->allow_local = v[B24_CFG_allow_local] && Z_TYPE_P(v[B24_CFG_allow_local]) == IS_TRUE;
	return b24_config_pace(v, &cfg->pace);
}

static bool b24_config_from_string(b24_client_config *cfg, zend_string *url)
{
	b24_error err;

	b24_error_clear(&err);
	if (!b24_check_webhook(ZSTR_VAL(url), ZSTR_LEN(url), &err)) {
		zend_argument_value_error(1, "is not a valid webhook URL: %s", err.description);
		return false;
	}
	cfg->webhook_url = ZSTR_VAL(url);
	b24_rate_php_defaults(&cfg->pace);
	return true;
}

PHP_METHOD(B24Client, __construct)
{
	b24_php_client *pc = &b24_client_obj(Z_OBJ_P(ZEND_THIS))->client;
	HashTable *config_ht;
	zend_string *config_str;
	b24_client_config cfg;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT_OR_STR(config_ht, config_str)
	ZEND_PARSE_PARAMETERS_END();

	if (pc->core) {
		zend_throw_error(NULL, "B24Client object is already constructed");
		RETURN_THROWS();
	}
	b24_client_config_init(&cfg);
	b24_pool_source(&cfg.transports);
	if (config_str ? !b24_config_from_string(&cfg, config_str) : !b24_config_from_array(pc, &cfg, config_ht)) {
		RETURN_THROWS();
	}
	if (!b24_php_client_open(pc, &cfg, "B24Client::__construct(): Argument #1 ($config)")) {
		RETURN_THROWS();
	}
}

/* ---- call() and the last answer ---- */

/* Takes result, total, next and time out of a decoded envelope. */
static void b24_client_take_envelope(b24_php_client *pc, zval *envelope, zval *result)
{
	HashTable *ht = Z_ARRVAL_P(envelope);
	zval *v;

	ZVAL_COPY(result, zend_hash_str_find(ht, ZEND_STRL("result")));
	if ((v = zend_hash_str_find(ht, ZEND_STRL("total"))) && Z_TYPE_P(v) == IS_LONG) {
		ZVAL_COPY_VALUE(&pc->last_total, v);
	}
	if ((v = zend_hash_str_find(ht, ZEND_STRL("next"))) && Z_TYPE_P(v) == IS_LONG) {
		ZVAL_COPY_VALUE(&pc->last_next, v);
	}
	if ((v = zend_hash_str_find(ht, ZEND_STRL("time"))) && Z_TYPE_P(v) == IS_ARRAY) {
		ZVAL_COPY(&pc->last_time, v);
	}
}

/*
 * Answers up to this size are split and decoded member by member. The
 * members are copied (ext/json's scanner stops at a NUL only), so larger
 * answers, where time is a negligible part anyway, are decoded whole.
 */
#define B24_SPLIT_MAX_BODY 16384

/* Decodes one member's text; the buffers were reserved for the whole body. */
static bool b24_client_decode_member(b24_php_client *pc, zval *out, const char *body, const b24_span *span)
{
	b24_buf_reset(&pc->member_text);
	b24_buf_append(&pc->member_text, body + span->off, span->len);
	return b24_decode_json_member(out, pc->member_text.data, pc->member_text.len);
}

/* total and next are kept when they are integers. */
static void b24_client_take_long(b24_php_client *pc, zval *slot, const char *body, const b24_span *span)
{
	zval v;

	if (span->len && b24_client_decode_member(pc, &v, body, span)) {
		if (Z_TYPE(v) == IS_LONG) {
			ZVAL_COPY_VALUE(slot, &v);
		} else {
			zval_ptr_dtor(&v);
		}
	}
}

/* time is kept when it is an array. */
static void b24_client_take_time(b24_php_client *pc, const char *text, size_t len)
{
	zval v;

	if (b24_decode_json_member(&v, text, len)) {
		if (Z_TYPE(v) == IS_ARRAY) {
			ZVAL_COPY_VALUE(&pc->last_time, &v);
		} else {
			zval_ptr_dtor(&v);
		}
	}
}

/*
 * Decodes only the result of a split envelope, and total and next; time
 * stays text until lastTime() asks. false when the result is missing or
 * not JSON: then the whole body is not JSON with a result either.
 */
static bool b24_client_take_split(b24_php_client *pc, const char *body, const b24_envelope_members *m,
	zval *result)
{
	if (!m->result.len || !b24_client_decode_member(pc, result, body, &m->result)) {
		return false;
	}
	b24_client_take_long(pc, &pc->last_total, body, &m->total);
	b24_client_take_long(pc, &pc->last_next, body, &m->next);
	if (m->time.len) {
		b24_buf_append(&pc->last_time_raw, body + m->time.off, m->time.len);
		pc->last_time_raw_set = true;
	}
	return true;
}

/* Whether the answer goes the split way: small enough, room for its members, a simple envelope. */
static bool b24_client_split(b24_php_client *pc, const char *body, size_t len, b24_envelope_members *m)
{
	if (len > B24_SPLIT_MAX_BODY) {
		return false;
	}
	b24_buf_reset(&pc->member_text);
	b24_buf_reset(&pc->last_time_raw);
	return b24_buf_reserve(&pc->member_text, len) == 0 && b24_buf_reserve(&pc->last_time_raw, len) == 0
		&& b24_envelope_split(body, len, m) == 0;
}

/* An answer the core accepted but ext/json cannot read (or with no result). */
static void b24_throw_undecodable(long status)
{
	b24_error err;

	b24_error_set(&err, B24_E_RESPONSE, B24_INVALID_JSON, status, "the answer is not a JSON object with a result");
	b24_throw(&err);
}

PHP_METHOD(B24Client, call)
{
	zend_string *method;
	HashTable *params = (HashTable *) &zend_empty_array;
	b24_php_client *pc;
	b24_response resp;
	b24_error err;
	b24_envelope_members members;
	zval envelope;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
	ZEND_PARSE_PARAMETERS_END();

	if (!(pc = b24_client_from_zval(ZEND_THIS)) || !b24_check_method(method, 1)) {
		RETURN_THROWS();
	}
	b24_php_client_reset_last(pc);
	rc = b24_php_client_send(pc, ZSTR_VAL(method), params, 2, &resp, &err);
	if (rc == B24_SEND_THROWN) {
		RETURN_THROWS();
	}
	if (rc != 0) {
		b24_throw(&err);
		RETURN_THROWS();
	}
	if (b24_client_split(pc, resp.body, resp.body_len, &members)) {
		if (!b24_client_take_split(pc, resp.body, &members, return_value)) {
			b24_throw_undecodable(resp.status);
			RETURN_THROWS();
		}
		return;
	}
	if (!b24_decode_json(&envelope, resp.body, resp.body_len) || Z_TYPE(envelope) != IS_ARRAY
			|| !zend_hash_str_exists(Z_ARRVAL(envelope), ZEND_STRL("result"))) {
		zval_ptr_dtor(&envelope);
		b24_throw_undecodable(resp.status);
		RETURN_THROWS();
	}
	b24_client_take_envelope(pc, &envelope, return_value);
	zval_ptr_dtor(&envelope);
}

static void b24_client_return_last(INTERNAL_FUNCTION_PARAMETERS, size_t offset)
{
	b24_php_client *pc;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(pc = b24_client_from_zval(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_COPY((zval *) ((char *) pc + offset));
}

PHP_METHOD(B24Client, lastTotal)
{
	b24_client_return_last(INTERNAL_FUNCTION_PARAM_PASSTHRU, XtOffsetOf(b24_php_client, last_total));
}

PHP_METHOD(B24Client, lastNext)
{
	b24_client_return_last(INTERNAL_FUNCTION_PARAM_PASSTHRU, XtOffsetOf(b24_php_client, last_next));
}

PHP_METHOD(B24Client, lastTime)
{
	b24_php_client *pc;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(pc = b24_client_from_zval(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (pc->last_time_raw_set) {
		pc->last_time_raw_set = false;
		b24_client_take_time(pc, pc->last_time_raw.data, pc->last_time_raw.len);
	}
	RETURN_COPY(&pc->last_time);
}

/* ---- object handlers ---- */

static zend_object *b24_client_create(zend_class_entry *ce)
{
	b24_client_object *obj = zend_object_alloc(sizeof(b24_client_object), ce);

	memset(&obj->client, 0, sizeof(obj->client));
	ZVAL_NULL(&obj->client.last_total);
	ZVAL_NULL(&obj->client.last_next);
	ZVAL_NULL(&obj->client.last_time);
	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	B24_OBJECT_SET_HANDLERS(&obj->std, &b24_client_handlers);
	return &obj->std;
}

/* Tolerates an object whose constructor never ran or failed. */
static void b24_client_free_obj(zend_object *object)
{
	b24_php_client_close(&b24_client_obj(object)->client);
	zend_object_std_dtor(object);
}

/* The host of the client's base URL, for the summary. */
static void b24_client_add_portal(zval *info, const char *base)
{
	b24_url url;

	if (b24_url_parse(base, strlen(base), &url) == 0) {
		add_assoc_stringl(info, "portal", base + url.host.off, url.host.len);
	}
}

static void b24_client_add_endpoint(zval *info, const char *base)
{
	b24_buf redacted = B24_BUF_INIT;

	if (b24_url_redact(base, strlen(base), &redacted) == 0) {
		add_assoc_stringl(info, "endpoint", b24_buf_cstr(&redacted), redacted.len);
	}
	b24_buf_free(&redacted);
}

/* var_dump(), print_r() and debug_zval_dump() see this summary, never a secret. */
static HashTable *b24_client_debug_info(zend_object *object, int *is_temp)
{
	b24_php_client *pc = &b24_client_obj(object)->client;
	zval info;

	*is_temp = 1;
	array_init(&info);
	if (!pc->core) {
		add_assoc_bool(&info, "constructed", 0);
		return Z_ARRVAL(info);
	}
	add_assoc_string(&info, "mode", b24_client_is_webhook(pc->core) ? "webhook" : "oauth");
	b24_client_add_portal(&info, b24_client_base(pc->core));
	b24_client_add_endpoint(&info, b24_client_base(pc->core));
	add_assoc_bool(&info, "json", pc->json);
	return Z_ARRVAL(info);
}

void b24_client_minit(zend_class_entry *ce)
{
	b24_ce_Client = ce;
	ce->create_object = b24_client_create;
	memcpy(&b24_client_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	b24_client_handlers.offset = XtOffsetOf(b24_client_object, std);
	b24_client_handlers.free_obj = b24_client_free_obj;
	b24_client_handlers.clone_obj = NULL;
	b24_client_handlers.get_debug_info = b24_client_debug_info;
	b24_client_handlers.compare = zend_objects_not_comparable;
	B24_CE_SET_HANDLERS(ce, &b24_client_handlers);
}
