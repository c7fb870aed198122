/*
 * b24: what the files of the binding share. Not installed, not public.
 */
#ifndef B24_PRIVATE_H
#define B24_PRIVATE_H

#include "php.h"
#include "php_b24.h"
#include "php_b24_compat.h"

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
	bool allow_local;          /* local handler URLs allowed */
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
	/* INI: the shared request budget and repeats (b24_budget.c) */
	char *rate_limit;
	double rate_wait_max;      /* seconds, 0 = never wait */
	zend_long retries;
	char *runtime_dir;
	struct b24_rate_opened *rate_stores; /* kept for the process: clients borrow them */
	/* request-scoped state, released in RSHUTDOWN */
	HashTable *transports;     /* origin -> b24_transport* */
	unsigned long pool_generation; /* moves on each time the transports are freed */
	b24_php_client *default_client;
ZEND_END_MODULE_GLOBALS(b24)

ZEND_EXTERN_MODULE_GLOBALS(b24)
#define B24_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(b24, v)

/* b24_exceptions.c */
extern zend_class_entry *b24_ce_Exception;
/* MINIT: the classes by enum b24_error_kind, [B24_E_NONE] being B24Exception. */
void b24_exceptions_init(zend_class_entry *const by_kind[B24_E_API + 1]);
/* Throws the exception class of err->kind, with code, description and status. */
void b24_throw(const b24_error *err);

/* b24_decode.c: json_decode($body, true) that leaves json_last_error() alone. */
bool b24_decode_json(zval *out, const char *body, size_t len);
/* The same for the value of a member of an answer's top-level object. */
bool b24_decode_json_member(zval *out, const char *text, size_t len);
/* MINIT / MSHUTDOWN: the interned keys of the decoder. */
void b24_decode_minit(void);
void b24_decode_mshutdown(void);

/* b24_encode.c */
/* http_build_query($params) appended to `body`; false when out of memory. */
bool b24_encode_form(b24_buf *body, HashTable *params);
/*
 * json_encode() of $params as a JSON object (a list too: its keys become
 * "0", "1", ...), appended to `body`. false with a ValueError thrown when a
 * value cannot be encoded (invalid UTF-8, INF/NAN, recursion).
 */
bool b24_encode_json(b24_buf *body, HashTable *params, uint32_t arg_num);

/* b24_pool.c: the transports of this request, shared by every client. */
void b24_pool_rshutdown(void);
/* Makes `source` hand out the pool's transports: one per origin. */
void b24_pool_source(b24_transport_source *source);

/* b24_client.c */
extern zend_class_entry *b24_ce_Client;
void b24_client_minit(zend_class_entry *ce);
/* The client inside a B24Client object; throws and returns NULL when unconstructed. */
b24_php_client *b24_client_from_zval(zval *object);
/* Creates the core client of pc; false with a ValueError or B24Exception thrown. */
bool b24_php_client_open(b24_php_client *pc, const b24_client_config *cfg, const char *what);
void b24_php_client_close(b24_php_client *pc);
/* ValueError for a bad method name; false when thrown. */
bool b24_check_method(const zend_string *method, uint32_t arg_num);
/* b24_php_client_send() result when an exception (a ValueError) was thrown. */
#define B24_SEND_THROWN (-2)
/* Encodes params and sends one call: b24_client_call()'s result. */
int b24_php_client_send(b24_php_client *pc, const char *method, HashTable *params,
	uint32_t params_arg, b24_response *resp, b24_error *err);

/* Seconds (0, 86400] as milliseconds; false when out of range. */
bool b24_seconds_to_ms(double seconds, long *ms);
/* b24_url_webhook_base() as a test; err says why not. */
bool b24_check_webhook(const char *url, size_t len, b24_error *err);

/* b24_functions.c: $client, or the default client; NULL with an exception thrown. */
b24_php_client *b24_pick_client(zval *client);
/* CRest's answer for an app that was never installed: error no_install_app. */
void b24_return_not_installed(zval *answer);
/* One call's answer as CRest returns it; false only when an exception was thrown. */
bool b24_call_answer(b24_php_client *pc, const char *method, HashTable *params,
	uint32_t params_arg, zval *answer);

/* b24_default.c: the client of b24_call() without $client; NULL with an exception thrown. */
b24_php_client *b24_default_client(void);
void b24_default_client_release(void);
/* The default client is an OAuth app whose store holds no installation yet. */
bool b24_default_not_installed(void);

/* b24_placement.c: class B24Placement, its INI settings and constants. */
void b24_placement_minit(INIT_FUNC_ARGS);

/* b24_budget.c: the rate store of this process and the pace settings of the INI values. */
struct b24_rate_store *b24_rate_php_store(void);
const char *b24_rate_php_store_kind(void);
void b24_rate_php_defaults(b24_pace_config *p);
/* Seconds 0..86400 as milliseconds; false when out of range. */
bool b24_rate_php_wait_max(double seconds, long *ms);
void b24_rate_php_shutdown(struct b24_rate_opened **list);

/* b24_ini.c */
void b24_ini_register(int type, int module_number);
void b24_ini_unregister(int type, int module_number);
void b24_ini_minfo(zend_module_entry *zend_module);

#endif /* B24_PRIVATE_H */
