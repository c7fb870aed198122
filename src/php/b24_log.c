/*
 * b24: the core's log events (src/core/b24_log.h) delivered to a PHP
 * logger: any object with a callable log($level, $message, array $context),
 * PSR-3's LoggerInterface without PSR-3 having to be installed.
 *
 * Which logger: the client's own ('logger' in B24Client's config), else the
 * default of b24_set_logger() (b24_call(), b24_call_batch() and clients
 * without one). No logger: the core client gets no sink and logging costs
 * a pointer test.
 *
 * When: the core emits while a call runs, sometimes holding the token
 * store's lock, so the sink only queues the event (level, message, typed
 * context, already redacted by the core); b24_php_log_flush() delivers the
 * queue once the core call has returned, before any exception of the call
 * is thrown. User code therefore never runs inside the core, under a lock,
 * or between two requests of one call, and cannot make anything be sent
 * twice. A logger that throws: its exception is discarded and the call's
 * result stands (PSR-3 loggers must not throw; losing the answer of a
 * write that the portal ran would be worse than losing a log line). An
 * exit() inside the logger is left to unwind.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_exceptions.h"

#include "b24_private.h"
#include "b24_log.h"
#include "b24_log_arginfo.h"

/* Whether `logger` is an object whose log() PHP code may call. */
static bool b24_php_log_callable(zval *logger)
{
	zval callable;
	bool ok;

	if (Z_TYPE_P(logger) != IS_OBJECT) {
		return false;
	}
	array_init_size(&callable, 2);
	Z_ADDREF_P(logger);
	add_next_index_zval(&callable, logger);
	add_next_index_stringl(&callable, "log", 3);
	ok = zend_is_callable(&callable, 0, NULL);
	zval_ptr_dtor(&callable);
	return ok;
}

bool b24_php_logger_check(zval *logger, uint32_t arg, const char *key)
{
	if (b24_php_log_callable(logger)) {
		return true;
	}
	if (key) {
		zend_argument_type_error(arg, "key \"%s\" must be an object with a callable log() method, %s given",
			key, zend_zval_type_name(logger));
	} else {
		zend_argument_type_error(arg, "must be an object with a callable log() method, %s given",
			zend_zval_type_name(logger));
	}
	return false;
}

/* The logger of pc: its own, else the default; NULL when none. */
static zval *b24_php_logger_of(b24_php_client *pc)
{
	if (pc && !Z_ISUNDEF(pc->logger)) {
		return &pc->logger;
	}
	return Z_ISUNDEF(B24_G(logger)) ? NULL : &B24_G(logger);
}

static void b24_php_log_context(zval *context, const b24_log_field *f, size_t n)
{
	size_t i;

	array_init_size(context, (uint32_t) n);
	for (i = 0; i < n; i++) {
		switch (f[i].type) {
			case B24_LOG_STRING:
				add_assoc_stringl(context, f[i].key, f[i].s, f[i].len);
				break;
			case B24_LOG_INT:
				add_assoc_long(context, f[i].key, (zend_long) f[i].i);
				break;
			case B24_LOG_FLOAT:
				add_assoc_double(context, f[i].key, f[i].f);
				break;
		}
	}
}

/* An event queued with its logger (NULL: none, dropped), for b24_php_log_flush(). */
static void b24_php_log_enqueue(zval *logger, enum b24_log_level level, const char *message,
	const b24_log_field *fields, size_t n)
{
	zval entry, context;

	if (!logger) {
		return;
	}
	if (Z_ISUNDEF(B24_G(log_queue))) {
		array_init(&B24_G(log_queue));
	}
	b24_php_log_context(&context, fields, n);
	array_init_size(&entry, 4);
	Z_ADDREF_P(logger);
	add_next_index_zval(&entry, logger);
	add_next_index_string(&entry, b24_log_level_name(level));
	add_next_index_string(&entry, message);
	add_next_index_zval(&entry, &context);
	add_next_index_zval(&B24_G(log_queue), &entry);
}

/* The core's sink of a client (ctx): its logger, else the default. */
static void b24_php_log_queue(void *ctx, enum b24_log_level level, const char *message,
	const b24_log_field *fields, size_t n)
{
	b24_php_log_enqueue(b24_php_logger_of(ctx), level, message, fields, n);
}

/* The sink of a logger given as such (ctx, NULL: the default of b24_set_logger()). */
static void b24_php_log_queue_to(void *ctx, enum b24_log_level level, const char *message,
	const b24_log_field *fields, size_t n)
{
	b24_php_log_enqueue(ctx ? (zval *) ctx : b24_php_logger_of(NULL), level, message, fields, n);
}

/* The sink of pc's events: queued for its logger, every level (a PSR-3 logger filters itself). */
static b24_log_sink b24_php_log_sink(b24_php_client *pc)
{
	b24_log_sink sink;

	sink.emit = b24_php_log_queue;
	sink.ctx = pc;
	sink.min = B24_LOG_DEBUG;
	return sink;
}

void b24_php_log_attach(b24_php_client *pc)
{
	b24_log_sink sink = b24_php_log_sink(pc);

	if (!pc->core) {
		return;
	}
	if (!b24_php_logger_of(pc)) {
		b24_client_set_log(pc->core, NULL);
		return;
	}
	b24_client_set_log(pc->core, &sink);
}

/* One event to its logger; the logger's exception is discarded (see the top). */
static bool b24_php_log_deliver(zval *entry)
{
	HashTable *e = Z_ARRVAL_P(entry);
	zval *logger = zend_hash_index_find(e, 0), args[3], rv, name;

	ZVAL_COPY_VALUE(&args[0], zend_hash_index_find(e, 1));
	ZVAL_COPY_VALUE(&args[1], zend_hash_index_find(e, 2));
	ZVAL_COPY_VALUE(&args[2], zend_hash_index_find(e, 3));
	ZVAL_UNDEF(&rv);
	ZVAL_STRINGL(&name, "log", 3);
	call_user_function(NULL, logger, &name, &rv, 3, args);
	zval_ptr_dtor(&name);
	zval_ptr_dtor(&rv);
	if (EG(exception)) {
		if (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception))) {
			return false;
		}
		zend_clear_exception();
	}
	return true;
}

bool b24_php_log_flush(void)
{
	zval queue, *entry;

	if (Z_ISUNDEF(B24_G(log_queue))) {
		return !EG(exception);
	}
	/* taken first: a logger that calls b24 again queues and flushes its own events */
	ZVAL_COPY_VALUE(&queue, &B24_G(log_queue));
	ZVAL_UNDEF(&B24_G(log_queue));
	if (!EG(exception)) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queue), entry) {
			if (!b24_php_log_deliver(entry)) {
				break;
			}
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&queue);
	return !EG(exception);
}

void b24_php_log_failure(b24_php_client *pc, const char *method, const b24_error *err)
{
	b24_log_sink sink = b24_php_log_sink(pc);
	b24_log_where where;

	if (!pc->core || !b24_php_logger_of(pc)) {
		return;
	}
	where.method = method;
	where.host = b24_client_host(pc->core, &where.host_len);
	b24_log_failure(&sink, &where, err);
	b24_php_log_flush();
}

void b24_php_log_app(zval *logger, enum b24_log_app_event ev, const char *host, const char *member_id)
{
	b24_log_sink sink;

	sink.emit = b24_php_log_queue_to;
	sink.ctx = logger;
	sink.min = B24_LOG_DEBUG;

	b24_log_app(&sink, ev, host, member_id);
	b24_php_log_flush();
}

void b24_php_log_rshutdown(void)
{
	zval_ptr_dtor(&B24_G(log_queue));
	ZVAL_UNDEF(&B24_G(log_queue));
	zval_ptr_dtor(&B24_G(logger));
	ZVAL_UNDEF(&B24_G(logger));
}

void b24_php_log_minit(int type)
{
	zend_register_functions(NULL, ext_functions, NULL, type);
}

ZEND_FUNCTION(b24_set_logger)
{
	zval *logger = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OR_NULL(logger)
	ZEND_PARSE_PARAMETERS_END();

	if (logger && !b24_php_logger_check(logger, 1, NULL)) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&B24_G(logger));
	if (logger) {
		ZVAL_COPY(&B24_G(logger), logger);
	} else {
		ZVAL_UNDEF(&B24_G(logger));
	}
}
