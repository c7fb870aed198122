/*
 * b24: what the files of the binding share. Not installed, not public.
 */
#ifndef B24_PRIVATE_H
#define B24_PRIVATE_H

#include "php_b24_compat.h"
#include "php_b24.h"
#include "zend_smart_str_public.h"

#include "b24_errors.h"
#include "b24_buf.h"
#include "b24_http.h"
#include "b24_client.h"

/*
 * A connection to one portal as the binding sees it: the core client plus
 * what PHP shows of the last answer. Embedded in B24Client objects; the
 * default client of b24_call() is one of these in B24_G().
 */
typedef struct b24_php_client {
	b24_client *core;          /* NULL until constructed */
	bool json;                 /* JSON bodies instead of form bodies */
	zval last_total;           /* IS_NULL or the last answer's value */
	zval last_next;
	zval last_time;
	/*
	 * The last answer's time as JSON text while last_time_raw_set: few
	 * callers read lastTime(), so it is decoded when asked. The buffer is
	 * kept from call to call.
	 */
	b24_buf last_time_raw;
	bool last_time_raw_set;
	b24_buf member_text;       /* scratch: one member's text, NUL-terminated for ext/json */
	zval logger;               /* 'logger' of the config; UNDEF: the default of b24_set_logger() */
} b24_php_client;

ZEND_BEGIN_MODULE_GLOBALS(b24)
	/* INI: the default client of b24_call() / b24_call_batch() */
	char *webhook_url;
	char *client_id;
	char *client_secret;
	char *store;
	char *oauth_server;
	char *ca_file;
	double timeout;            /* seconds; 0 = the core's default */
	double connect_timeout;    /* seconds; 0 = the core's default */
	bool verify_tls;
	bool allow_local;
	/* INI: placements and interface events */
	char *frame_url;
	char *error_handler_url;
	char *sdk_url;
	char *bindings_file;
	/* INI b24.persistent*, and the transports of this process or thread (b24_pool.c) */
	bool persistent;
	zend_long persistent_max;
	zend_long persistent_idle; /* seconds */
	struct b24_pool *pool;     /* malloc'd; freed in MSHUTDOWN / GSHUTDOWN */
	struct b24_multi *multi;   /* b24_call_many()'s curl_multi handle, kept like the pool */
	/* INI: the shared request budget and repeats (b24_budget.c) */
	char *rate_limit;
	double rate_wait_max;      /* seconds, 0 = never wait */
	zend_long retries;
	char *runtime_dir;
	struct b24_php_rate_opened *rate_stores; /* kept for the process: clients borrow them */
	/* INI: class CRest (b24_crest*.c) */
	bool crest_compat;         /* system level: the class exists only when set at startup */
	char *crest_settings;

	/* request-scoped state, released in RSHUTDOWN */
	b24_php_client *default_client;
	zval logger;               /* b24_set_logger(); UNDEF: none (b24_log.c) */
	zval log_queue;            /* events of the running call, UNDEF when none */
	/* what a store's method threw, for the B24_STORE_FAILED it caused (b24_token_store.c) */
	zend_object *store_exception;
ZEND_END_MODULE_GLOBALS(b24)

ZEND_EXTERN_MODULE_GLOBALS(b24)
#define B24_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(b24, v)

/*
 * b24.c: the objects of a class whose C struct embeds its zend_object at
 * `offset`: created by `create`, freed by `free_obj`, dumped by
 * `debug_info`; never cloned, never compared.
 */
void b24_php_class_objects(zend_class_entry *ce, zend_object_handlers *handlers,
	zend_object *(*create)(zend_class_entry *ce), size_t offset, zend_object_free_obj_t free_obj,
	zend_object_get_debug_info_t debug_info);

/* b24_exceptions.c */
extern zend_class_entry *b24_php_ce_Exception;
/* MINIT: the classes by enum b24_error_kind, [B24_E_NONE] being B24Exception. */
void b24_php_exceptions_init(zend_class_entry *const by_kind[B24_E_API + 1]);
/* Throws the exception class of err->kind, with code, description and status. */
void b24_php_throw(const b24_error *err);
/*
 * A caller's value (a key, an entry's id, an event name, a placement code)
 * as a ValueError or TypeError repeats it: redacted, then capped at
 * B24_MSG_VALUE_MAX bytes with the marker (b24_redact.h), in buf.
 */
#define B24_PHP_MSG_VALUE_SIZE (B24_MSG_VALUE_MAX + B24_MSG_MARKER_MAX + 1)
const char *b24_php_msg_value(char *buf, const zend_string *value);
/* The same exception, made and not thrown, into *out. */
void b24_php_exception_make(const b24_error *err, zval *out);
/* A batch command's error entry ({error, error_description} or a bare code) as a b24_error. */
void b24_php_error_of_command(zval *entry, long http_status, b24_error *err);

/* b24_decode.c: json_decode($body, true) that leaves json_last_error() alone. */
bool b24_php_decode_json(zval *out, const char *body, size_t len);
/* The same for the value of a member of an answer's top-level object. */
bool b24_php_decode_json_member(zval *out, const char *text, size_t len);
/* MINIT / MSHUTDOWN: the interned keys of the decoder. */
void b24_php_decode_minit(void);
void b24_php_decode_mshutdown(void);

/* b24_encode.c */
/* http_build_query($params) appended to `body`; false when out of memory, or with a
 * ValueError on argument arg_num when nested deeper than 512 levels. */
bool b24_php_encode_form(b24_buf *body, HashTable *params, uint32_t arg_num);
/*
 * A float as PHP's (string) cast writes it (the precision INI honoured),
 * without the warning PHP 8.5 gives a NAN: http_build_query() sends "NAN"
 * too, and nothing b24 is given warns.
 */
zend_string *b24_php_float_text(double d);
/*
 * json_encode() of $params as a JSON object (a list too: its keys become
 * "0", "1", ...), appended to `body`. false with a ValueError thrown when a
 * value cannot be encoded (invalid UTF-8, INF/NAN, recursion).
 */
bool b24_php_encode_json(b24_buf *body, HashTable *params, uint32_t arg_num);
/*
 * json_encode() of one value into out with flags; json_last_error() is left
 * as the user had it (ext/json keeps it in its globals). False when the
 * value cannot be encoded.
 */
bool b24_php_json_encode_quiet(smart_str *out, zval *value, int flags);

/* b24_pool.c: the transports of this process, shared by every client. */
/* Between requests: scrubbed (b24.persistent = 1) or emptied. */
void b24_php_pool_rshutdown(void);
/* Frees the pool (MSHUTDOWN, before curl_global_cleanup(); GSHUTDOWN of a thread). */
void b24_php_pool_shutdown(void);
/* The "Kept connections" section of phpinfo() / php --ri b24. */
void b24_php_pool_minfo(void);
/* Makes `source` hand out the pool's transports: one per origin and trust settings. */
void b24_php_pool_source(b24_transport_source *source);
/* The pool's limits changed (b24.persistent_max / persistent_idle). */
void b24_php_pool_apply_limits(void);
/* The upper bounds of b24.persistent_max and b24.persistent_idle (seconds). */
#define B24_PHP_POOL_MAX_ORIGINS 1024
#define B24_PHP_POOL_MAX_IDLE 118

/*
 * b24_options.c: the one reader of option arrays (B24Client's config, the
 * $options of the placement methods). A table row names a key (lower case,
 * matched without regard to ASCII case), its type, and the slot of the
 * caller's values[] it fills; targets are unique and below the table's
 * count (at most 64).
 */
typedef enum b24_php_opt_type {
	B24_PHP_OPT_STRING,
	B24_PHP_OPT_HEADER,        /* a string sent in a request header: no CR, LF, NUL */
	B24_PHP_OPT_BOOL,
	B24_PHP_OPT_INT,
	B24_PHP_OPT_NUMBER,        /* int|float */
	B24_PHP_OPT_ARRAY,
	B24_PHP_OPT_OBJECT,
	B24_PHP_OPT_CALLABLE,
	B24_PHP_OPT_STORE,         /* a path (string) or a B24TokenStore object */
} b24_php_opt_type;

typedef struct b24_php_opt {
	const char *name;
	b24_php_opt_type type;
	unsigned target;
} b24_php_opt;

typedef struct b24_php_opts {
	const b24_php_opt *table;
	size_t count;              /* rows, and slots of values[] */
	const char *noun;          /* "key" or "option", for the messages */
} b24_php_opts;

/*
 * Reads `ht` (NULL: empty) against spec: values[target] is the value of
 * each key given, NULL for absent and null ones. false with a ValueError
 * (unknown key, not a string key, a key twice in two cases) or TypeError
 * on argument `arg` thrown.
 */
bool b24_php_options_parse(HashTable *ht, const b24_php_opts *spec, zval **values, uint32_t arg);

/*
 * b24_client_config.c: B24Client's $config into cfg, and pc's json and
 * logger; false with a ValueError/TypeError thrown.
 */
bool b24_php_client_config_read(b24_client_config *cfg, b24_php_client *pc, HashTable *array, zend_string *url);
/* B24App's $config without its store: B24Client's keys less a portal's; false with the error thrown. */
bool b24_php_client_config_check_app(HashTable *config);
/* Seconds (0, 86400] as milliseconds; false when out of range. */
bool b24_php_seconds_to_ms(double seconds, long *ms);
/* b24_url_webhook_base() as a test; err says why not. */
bool b24_php_check_webhook(const char *url, size_t len, b24_error *err);

/* b24_client.c */
extern zend_class_entry *b24_php_ce_Client;
void b24_php_client_minit(zend_class_entry *ce);
/* The client inside a B24Client object; throws and returns NULL when unconstructed. */
b24_php_client *b24_php_client_from_zval(zval *object);
/*
 * Method `name` of `cls` without arguments that returns a copy of the zval
 * member `field` of its object: find($this) gives the `type` (NULL with an
 * exception thrown); a member never set (UNDEF) returns [].
 */
#define B24_PHP_MEMBER_METHOD(cls, name, find, type, field) \
	PHP_METHOD(cls, name) \
	{ \
		type *base; \
		ZEND_PARSE_PARAMETERS_NONE(); \
		if (!(base = find(ZEND_THIS))) { \
			RETURN_THROWS(); \
		} \
		if (Z_ISUNDEF(base->field)) { \
			RETURN_EMPTY_ARRAY(); \
		} \
		RETURN_COPY(&base->field); \
	}

/* b24_call.c: the one call path, send, classify, decode (see there). */
/* Creates the core client of pc; false with a ValueError or B24Exception thrown. */
bool b24_php_client_open(b24_php_client *pc, const b24_client_config *cfg, const char *what);
void b24_php_client_close(b24_php_client *pc);
/* lastTotal(), lastNext() and lastTime() back to null. */
void b24_php_client_reset_last(b24_php_client *pc);
/* Decodes the text of the last answer's time into pc->last_time. */
void b24_php_client_take_time(b24_php_client *pc, const char *text, size_t len);
/* ValueError for a bad method name; false when thrown. */
bool b24_php_check_method(const zend_string *method, uint32_t arg_num);

typedef enum b24_php_call_outcome {
	B24_PHP_CALL_OK,           /* *out holds the decoded value */
	B24_PHP_CALL_FAILED,       /* err says why, nothing thrown; resp holds what arrived */
	B24_PHP_CALL_THROWN,       /* an exception is thrown (parameters that cannot be encoded) */
} b24_php_call_outcome;

typedef enum b24_php_decode {
	/* the result member; total, next and time kept in pc for lastTotal() and friends */
	B24_PHP_DECODE_RESULT,
	/* the whole answer, an array, as CRest returns it */
	B24_PHP_DECODE_ANSWER,
} b24_php_decode;

/*
 * Sends method with params (NULL: none; params_arg names the argument in a
 * ValueError of the JSON encoder) and decodes the answer as `what` says
 * into *out (UNDEF unless OK). resp's body belongs to the transport and is
 * valid until the next request.
 */
b24_php_call_outcome b24_php_call(b24_php_client *pc, const char *method, HashTable *params,
	uint32_t params_arg, b24_php_decode what, zval *out, b24_response *resp, b24_error *err);

/* b24_functions.c: $client, or the default client; NULL with an exception thrown. */
b24_php_client *b24_php_pick_client(zval *client);
/* CRest's answer for an app that was never installed: error no_install_app. */
void b24_php_return_not_installed(zval *answer);
/* One call's answer as CRest returns it; false only when an exception was thrown. */
bool b24_php_call_answer(b24_php_client *pc, const char *method, HashTable *params,
	uint32_t params_arg, zval *answer);

/*
 * b24_default.c: the client of b24_call() without $client. Its connection
 * settings: the b24.* INI values, or CRest's constants when the INI's
 * webhook_url, client_id and client_secret are all empty (the names, for
 * messages).
 */
typedef struct b24_php_default_source {
	const char *webhook_name;
	const char *webhook;
	const char *client_id;
	const char *client_secret;
	bool verify_tls;
} b24_php_default_source;

void b24_php_default_source_read(b24_php_default_source *src);
/* A CRest constant's string value; NULL when undefined, empty or not a string. */
const char *b24_php_crest_constant(const char *name, size_t len);
/*
 * cfg from src and the INI settings (OAuth server, TLS, timeouts, the
 * pool, the budget), the store aside: the one reading of the default
 * client's settings, also used by class CRest. false with a ValueError
 * thrown for a malformed webhook URL.
 */
bool b24_php_default_config_fill(b24_client_config *cfg, const b24_php_default_source *src);
/* NULL with an exception thrown. */
b24_php_client *b24_php_default_client(void);
void b24_php_default_client_release(void);
/* The default client is an OAuth app whose store holds no installation yet. */
bool b24_php_default_not_installed(void);

/*
 * b24_log.c: the core's log events to a PHP logger (see there). Events are
 * queued while the core runs and delivered by b24_php_log_flush().
 */
#include "b24_log.h"
/* TypeError (argument arg, config key `key` or NULL) unless logger is an object with a callable log(). */
bool b24_php_logger_check(zval *logger, uint32_t arg, const char *key);
/* Before a core call of pc: its sink when a logger applies, else none. */
void b24_php_log_attach(b24_php_client *pc);
/* After it: the queued events to their loggers; false when an exception (exit) is pending. */
bool b24_php_log_flush(void);
/* A failure the binding finds after the core call succeeded (an answer it cannot decode), logged at once. */
void b24_php_log_failure(b24_php_client *pc, const char *method, const b24_error *err);
/* An install or uninstall of an app on a portal, for `logger` (NULL: the default), logged at once. */
void b24_php_log_app(zval *logger, enum b24_log_app_event ev, const char *host, const char *member_id);
void b24_php_log_minit(int type);
void b24_php_log_rshutdown(void);

/* b24_crest.c: class CRest, registered when b24.crest_compat is on. */
void b24_php_crest_minit(void);

/* b24_token_store.c: interface B24TokenStore, token sets as arrays, the adapter of objects. */
extern zend_class_entry *b24_php_ce_TokenStore;
void b24_php_token_store_minit(void);
/*
 * A PHP array as a token set: known keys of their types (strings; ints or
 * numeric strings), unknown keys dropped, b24_token_check() passed. false
 * with *why naming the key (never a value).
 */
bool b24_php_token_from_array(HashTable *ht, b24_token *t, const char **why);
/*
 * The $tokens argument `arg` of a store's save() for portal member_id: a
 * token set (above) whose member_id, when it has one, is member_id. false
 * with a ValueError thrown.
 */
bool b24_php_token_arg(const zend_string *member_id, HashTable *tokens, uint32_t arg, b24_token *t);
/* A token set as a PHP array with CRest's settings.json keys (set fields only). */
void b24_php_token_to_array(const b24_token *t, zval *arr);
/* A member_id a store may be keyed by; false with a ValueError on argument `arg`. */
bool b24_php_member_id_check(const zend_string *member_id, uint32_t arg);
/* The core store operations on a B24TokenStore object, for portal member_id. */
void b24_php_token_store_object(b24_token_store *st, zend_object *object, zend_string *member_id);
/* The B24TokenStore object a store uses, NULL for a built-in store (for get_gc). */
zval *b24_php_token_store_zval(const b24_token_store *st);
/* The exception a store's method threw, taken (NULL when none); dropped in RSHUTDOWN. */
zend_object *b24_php_store_take_exception(void);
void b24_php_store_drop_exception(void);

/* b24_file_store.c: class B24FileTokenStore. */
extern zend_class_entry *b24_php_ce_FileTokenStore;
void b24_php_file_store_minit(void);
/* The folder of a constructed B24FileTokenStore, NULL when not constructed. */
const char *b24_php_file_store_dir(zend_object *obj);

/* b24_pdo_store.c: class B24PdoTokenStore. */
void b24_php_pdo_store_minit(void);

/* b24_app.c: classes B24App and B24Event. */
void b24_php_app_minit(void);
/* b24_each.c: class B24ListCursor, behind B24Client::each() and fetchAll(). */
void b24_php_each_minit(void);

/* b24_placement.c: class B24Placement. */
void b24_php_placement_minit(void);
/*
 * A handler URL as the portal may accept it: b24.frame_url and
 * b24.error_handler_url are checked with this when set, the rules that
 * depend on allow_local again when used.
 */
bool b24_php_placement_url_shaped(const char *url, size_t len);

/* b24_call_many.c: b24_call_many() and the process's curl_multi handle (b24_multi.h). */
void b24_php_multi_minit(int type, int module_number);
/*
 * The option "concurrency" (an int, or NULL: fallback) in 1..max into *out;
 * false with a ValueError on argument `arg`.
 */
bool b24_php_concurrency(zval *value, int fallback, int max, uint32_t arg, int *out);
/* The decoded result of a success's answer; false when it has none that ext/json reads. */
bool b24_php_decode_result(const b24_response *resp, zval *out);
/* The process's multi handle, made on first use; NULL with err. */
struct b24_multi *b24_php_multi(b24_error *err);
/* Between requests: scrubbed (b24.persistent = 1) or freed. */
void b24_php_multi_rshutdown(void);
/* Frees it (MSHUTDOWN, before curl_global_cleanup(); GSHUTDOWN of a thread). */
void b24_php_multi_shutdown(void);

/* b24_budget.c: the rate store of this process and the pace settings of the INI values. */
struct b24_rate_store *b24_php_budget_store(void);
void b24_php_budget_defaults(b24_pace_config *p);
/* Seconds 0..86400 as milliseconds; false when out of range. */
bool b24_php_budget_wait_max(double seconds, long *ms);
void b24_php_budget_shutdown(struct b24_php_rate_opened **list);

/* b24_ini.c */
void b24_php_ini_register(int type, int module_number);
void b24_php_ini_unregister(int type, int module_number);
void b24_php_ini_minfo(zend_module_entry *zend_module);

#endif /* B24_PRIVATE_H */
