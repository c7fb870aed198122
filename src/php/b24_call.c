/*
 * b24: the one call path of the binding. b24_php_call() sends one REST
 * call and brings its answer to PHP in three steps:
 *
 *   send      the parameters through the form (or JSON) encoder, then the
 *             core client (transport, OAuth renewal);
 *   classify  the core's envelope rules say success or error (b24_error);
 *   decode    ext/json's parser makes the PHP value: the result alone (with
 *             total, next and time kept for lastTotal() and friends), or the
 *             whole answer as CRest returns it.
 *
 * B24Client::call(), b24_call() and b24_call_batch() go through it; the
 * placement methods hand their arguments to the core's placement modules,
 * which call b24_client_call() and read the small answers themselves. The
 * outcome is an enum, so "failed" (an error to throw or to return) and "an
 * exception is already thrown" cannot be confused.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_private.h"
#include "b24_envelope.h"

void b24_php_client_reset_last(b24_php_client *pc)
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
	b24_php_store_drop_exception();
	pc->core = b24_client_new(cfg, &err);
	if (pc->core) {
		return true;
	}
	if (err.kind == B24_E_API && strcmp(err.code, B24_INVALID_ARGUMENT) == 0) {
		zend_value_error("%s: %s", what, err.description);
	} else {
		b24_php_throw(&err);
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
	zval_ptr_dtor(&pc->logger);
	ZVAL_UNDEF(&pc->logger);
}

bool b24_php_check_method(const zend_string *method, uint32_t arg_num)
{
	if (UNEXPECTED(!b24_client_method_valid(ZSTR_VAL(method), ZSTR_LEN(method)))) {
		zend_argument_value_error(arg_num, "must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)");
		return false;
	}
	return true;
}

/* Takes result, total, next and time out of a decoded envelope. */
static void b24_php_client_take_envelope(b24_php_client *pc, zval *envelope, zval *result)
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
static bool b24_php_client_decode_member(b24_php_client *pc, zval *out, const char *body, const b24_span *span)
{
	b24_buf_reset(&pc->member_text);
	b24_buf_append(&pc->member_text, body + span->off, span->len);
	return b24_php_decode_json_member(out, pc->member_text.data, pc->member_text.len);
}

/* total and next are kept when they are integers. */
static void b24_php_client_take_long(b24_php_client *pc, zval *slot, const char *body, const b24_span *span)
{
	zval v;

	if (span->len && b24_php_client_decode_member(pc, &v, body, span)) {
		if (Z_TYPE(v) == IS_LONG) {
			ZVAL_COPY_VALUE(slot, &v);
		} else {
			zval_ptr_dtor(&v);
		}
	}
}

/* time is kept when it is an array. */
void b24_php_client_take_time(b24_php_client *pc, const char *text, size_t len)
{
	zval v;

	if (b24_php_decode_json_member(&v, text, len)) {
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
static bool b24_php_client_take_split(b24_php_client *pc, const char *body, const b24_envelope_members *m,
	zval *result)
{
	if (!m->result.len || !b24_php_client_decode_member(pc, result, body, &m->result)) {
		return false;
	}
	b24_php_client_take_long(pc, &pc->last_total, body, &m->total);
	b24_php_client_take_long(pc, &pc->last_next, body, &m->next);
	if (m->time.len) {
		b24_buf_append(&pc->last_time_raw, body + m->time.off, m->time.len);
		pc->last_time_raw_set = true;
	}
	return true;
}

/* Whether the answer goes the split way: small enough, room for its members, a simple envelope. */
static bool b24_php_client_split(b24_php_client *pc, const char *body, size_t len, b24_envelope_members *m)
{
	if (len > B24_SPLIT_MAX_BODY) {
		return false;
	}
	b24_buf_reset(&pc->member_text);
	b24_buf_reset(&pc->last_time_raw);
	return b24_buf_reserve(&pc->member_text, len) == 0 && b24_buf_reserve(&pc->last_time_raw, len) == 0
		&& b24_envelope_split(body, len, m) == 0;
}

/* An answer the core accepted whole as a success, which ext/json cannot read. */
static bool b24_php_call_take_answer(const b24_response *resp, zval *out)
{
	if (b24_php_decode_json(out, resp->body, resp->body_len) && Z_TYPE_P(out) == IS_ARRAY) {
		return true;
	}
	zval_ptr_dtor(out);
	ZVAL_UNDEF(out);
	return false;
}

/* The result, and total, next and time into pc; the split way for a small simple answer. */
static bool b24_php_call_take_result(b24_php_client *pc, const b24_response *resp, zval *out)
{
	b24_envelope_members members;
	zval envelope;

	b24_php_client_reset_last(pc);
	if (b24_php_client_split(pc, resp->body, resp->body_len, &members)) {
		return b24_php_client_take_split(pc, resp->body, &members, out);
	}
	if (!b24_php_decode_json(&envelope, resp->body, resp->body_len) || Z_TYPE(envelope) != IS_ARRAY
			|| !zend_hash_str_exists(Z_ARRVAL(envelope), ZEND_STRL("result"))) {
		zval_ptr_dtor(&envelope);
		return false;
	}
	b24_php_client_take_envelope(pc, &envelope, out);
	zval_ptr_dtor(&envelope);
	return true;
}

/* Encodes the parameters and sends them: the send and classify steps. */
static b24_php_call_outcome b24_php_call_send(b24_php_client *pc, const char *method, HashTable *params,
	uint32_t params_arg, b24_response *resp, b24_error *err)
{
	b24_buf body = B24_BUF_INIT;
	bool encoded;
	int rc;

	b24_error_clear(err);
	memset(resp, 0, sizeof(*resp));
	encoded = pc->json ? b24_php_encode_json(&body, params, params_arg) : b24_php_encode_form(&body, params, params_arg);
	if (UNEXPECTED(!encoded)) {
		b24_buf_free(&body);
		if (EG(exception)) {
			return B24_PHP_CALL_THROWN;
		}
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory while encoding the parameters");
		return B24_PHP_CALL_FAILED;
	}
	b24_php_log_attach(pc);
	rc = b24_client_call(pc->core, method, body.data ? body.data : "", body.len, pc->json, resp, err);
	b24_buf_free(&body);
	/* the logger runs now that the core has returned (b24_log.c) */
	if (!b24_php_log_flush()) {
		return B24_PHP_CALL_THROWN;
	}
	return rc == 0 ? B24_PHP_CALL_OK : B24_PHP_CALL_FAILED;
}

b24_php_call_outcome b24_php_call(b24_php_client *pc, const char *method, HashTable *params,
	uint32_t params_arg, b24_php_decode what, zval *out, b24_response *resp, b24_error *err)
{
	b24_php_call_outcome outcome;
	bool decoded;
	int bare;

	ZVAL_UNDEF(out);
	/* a store's exception belongs to the failure of the operation that met it, never to a later one */
	b24_php_store_drop_exception();
	/* b24_call(), b24_call_batch() and CRest return a 2xx object without result as it came */
	bare = b24_client_bare_answers(pc->core, what == B24_PHP_DECODE_ANSWER);
	outcome = b24_php_call_send(pc, method, params ? params : (HashTable *) &zend_empty_array,
		params_arg, resp, err);
	b24_client_bare_answers(pc->core, bare);
	if (outcome != B24_PHP_CALL_OK) {
		return outcome;
	}
	decoded = what == B24_PHP_DECODE_RESULT ? b24_php_call_take_result(pc, resp, out)
		: b24_php_call_take_answer(resp, out);
	if (!decoded) {
		b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, resp->status, what == B24_PHP_DECODE_RESULT
			? "the answer is not a JSON object with a result" : "the answer is not a JSON object");
		b24_php_log_failure(pc, method, err);
		return EG(exception) ? B24_PHP_CALL_THROWN : B24_PHP_CALL_FAILED;
	}
	return B24_PHP_CALL_OK;
}
