/*
 * b24: class B24Client.
 * The object holds a b24_php_client; construction reads the config
 * (b24_client_config.c), a call goes the one call path (b24_call.c),
 * everything else is the core's. Nothing secret is reachable from PHP: var_dump() and
 * friends see a redacted summary, serialization and cloning are refused.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_private.h"
#include "b24_url.h"
#include "b24_redact.h"

zend_class_entry *b24_php_ce_Client;
static zend_object_handlers b24_php_client_handlers;

typedef struct b24_php_client_object {
	b24_php_client client;
	zend_object std;
} b24_php_client_object;

static inline b24_php_client_object *b24_php_client_obj(zend_object *obj)
{
	return (b24_php_client_object *) ((char *) obj - offsetof(b24_php_client_object, std));
}

b24_php_client *b24_php_client_from_zval(zval *object)
{
	b24_php_client *pc = &b24_php_client_obj(Z_OBJ_P(object))->client;

	if (UNEXPECTED(!pc->core)) {
		zend_throw_error(NULL, "B24Client object is not constructed");
		return NULL;
	}
	return pc;
}

PHP_METHOD(B24Client, __construct)
{
	b24_php_client *pc = &b24_php_client_obj(Z_OBJ_P(ZEND_THIS))->client;
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
	b24_php_pool_source(&cfg.transports);
	if (!b24_php_client_config_read(&cfg, pc, config_ht, config_str)
			|| !b24_php_client_open(pc, &cfg, "B24Client::__construct(): Argument #1 ($config)")) {
		RETURN_THROWS();
	}
}

/* ---- call() and the last answer ---- */

PHP_METHOD(B24Client, call)
{
	zend_string *method;
	HashTable *params = (HashTable *) &zend_empty_array;
	b24_php_client *pc;
	b24_response resp;
	b24_error err;
	b24_php_call_outcome outcome;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
	ZEND_PARSE_PARAMETERS_END();

	if (!(pc = b24_php_client_from_zval(ZEND_THIS)) || !b24_php_check_method(method, 1)) {
		RETURN_THROWS();
	}
	/* a failed call leaves lastTotal() and friends null */
	b24_php_client_reset_last(pc);
	outcome = b24_php_call(pc, ZSTR_VAL(method), params, 2, B24_PHP_DECODE_RESULT, return_value, &resp, &err);
	if (outcome == B24_PHP_CALL_FAILED) {
		b24_php_throw(&err);
	}
	if (outcome != B24_PHP_CALL_OK) {
		RETURN_THROWS();
	}
}

B24_PHP_MEMBER_METHOD(B24Client, lastTotal, b24_php_client_from_zval, b24_php_client, last_total)
B24_PHP_MEMBER_METHOD(B24Client, lastNext, b24_php_client_from_zval, b24_php_client, last_next)

PHP_METHOD(B24Client, lastTime)
{
	b24_php_client *pc;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(pc = b24_php_client_from_zval(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (pc->last_time_raw_set) {
		pc->last_time_raw_set = false;
		b24_php_client_take_time(pc, pc->last_time_raw.data, pc->last_time_raw.len);
	}
	RETURN_COPY(&pc->last_time);
}

/* ---- object handlers ---- */

static zend_object *b24_php_client_create(zend_class_entry *ce)
{
	b24_php_client_object *obj = zend_object_alloc(sizeof(b24_php_client_object), ce);

	memset(&obj->client, 0, sizeof(obj->client));
	ZVAL_NULL(&obj->client.last_total);
	ZVAL_NULL(&obj->client.last_next);
	ZVAL_NULL(&obj->client.last_time);
	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	B24_OBJECT_SET_HANDLERS(&obj->std, &b24_php_client_handlers);
	return &obj->std;
}

/* Tolerates an object whose constructor never ran or failed. */
static void b24_php_client_free_obj(zend_object *object)
{
	b24_php_client_close(&b24_php_client_obj(object)->client);
	zend_object_std_dtor(object);
}

/* The host of the client's base URL, for the summary. */
static void b24_php_client_add_portal(zval *info, const char *base)
{
	b24_url url;

	if (b24_url_parse(base, strlen(base), &url) == 0) {
		add_assoc_stringl(info, "portal", base + url.host.off, url.host.len);
	}
}

static void b24_php_client_add_endpoint(zval *info, const char *base)
{
	b24_buf redacted = B24_BUF_INIT;

	if (b24_redact(base, strlen(base), &redacted) == 0) {
		add_assoc_stringl(info, "endpoint", b24_buf_cstr(&redacted), redacted.len);
	}
	b24_buf_free(&redacted);
}

/* var_dump(), print_r() and debug_zval_dump() see this summary, never a secret. */
static HashTable *b24_php_client_debug_info(zend_object *object, int *is_temp)
{
	b24_php_client *pc = &b24_php_client_obj(object)->client;
	zval info;

	*is_temp = 1;
	array_init(&info);
	if (!pc->core) {
		add_assoc_bool(&info, "constructed", 0);
		return Z_ARRVAL(info);
	}
	add_assoc_string(&info, "mode", b24_client_is_webhook(pc->core) ? "webhook" : "oauth");
	b24_php_client_add_portal(&info, b24_client_base(pc->core));
	b24_php_client_add_endpoint(&info, b24_client_base(pc->core));
	add_assoc_bool(&info, "json", pc->json);
	if (!Z_ISUNDEF(pc->logger)) {
		/* the class only: a logger's own state is not the client's to show */
		add_assoc_str(&info, "logger", zend_string_copy(Z_OBJCE(pc->logger)->name));
	}
	return Z_ARRVAL(info);
}

/*
 * The values the client holds that may lead back to it: the logger and a
 * B24TokenStore object (a store that keeps its clients is a cycle).
 */
static HashTable *b24_php_client_get_gc(zend_object *object, zval **table, int *n)
{
	b24_php_client *pc = &b24_php_client_obj(object)->client;
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	zval *store = pc->core ? b24_php_token_store_zval(b24_client_token_store(pc->core)) : NULL;

	zend_get_gc_buffer_add_zval(buf, &pc->logger);
	if (store) {
		zend_get_gc_buffer_add_zval(buf, store);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(object);
}

void b24_php_client_minit(zend_class_entry *ce)
{
	b24_php_ce_Client = ce;
	b24_php_class_objects(ce, &b24_php_client_handlers, b24_php_client_create,
		offsetof(b24_php_client_object, std), b24_php_client_free_obj, b24_php_client_debug_info);
	b24_php_client_handlers.get_gc = b24_php_client_get_gc;
}
