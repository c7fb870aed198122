/*
 * b24: b24_call(), CRest::call() with CRest's return shapes: the decoded
 * answer as is, API errors returned (not thrown) with CRest's
 * error_information, a failed transfer as
 * ['error' => 'curl_error', 'error_information' => ...]. b24_batch.c builds
 * b24_call_batch() on the same answers.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_private.h"
#include "b24_envelope.h"

b24_php_client *b24_php_pick_client(zval *client)
{
	b24_php_client *pc = client ? b24_php_client_from_zval(client) : b24_php_default_client();

	if (pc) {
		/* the placement and event-binding calls log like b24_php_call()'s */
		b24_php_log_attach(pc);
	}
	return pc;
}

/* CRest adds its own hint to a few codes, matched exactly (case included). */
static void b24_php_add_crest_information(zval *answer, const char *code, size_t len)
{
	b24_error_info info;

	if (b24_errors_find(code, len, &info) && info.crest_information && info.crest_information[0]
			&& strlen(info.code) == len && memcmp(info.code, code, len) == 0
			&& !zend_hash_str_exists(Z_ARRVAL_P(answer), ZEND_STRL("error_information"))) {
		add_assoc_string(answer, "error_information", info.crest_information);
	}
}

/*
 * Whether the body's own code is the error's: compared as the error keeps
 * it (redacted, capped), so that a long or odd code still finds its body.
 */
static bool b24_php_error_is_body_code(const b24_error *err, const zval *code)
{
	b24_error of_body;

	if (Z_TYPE_P(code) != IS_STRING) {
		return false;
	}
	b24_error_set_code(&of_body, err->kind, Z_STRVAL_P(code), Z_STRLEN_P(code), 0, "", 0);
	return strcasecmp(of_body.code, err->code) == 0;
}

/* The server's own error object when the body is one for this error. */
static bool b24_php_error_from_body(zval *answer, const b24_error *err, const b24_response *resp)
{
	zval *code;

	if (!resp->body || !b24_php_decode_json(answer, resp->body, resp->body_len)) {
		return false;
	}
	if (Z_TYPE_P(answer) == IS_ARRAY && (code = zend_hash_str_find(Z_ARRVAL_P(answer), ZEND_STRL("error")))
			&& b24_php_error_is_body_code(err, code)) {
		return true;
	}
	zval_ptr_dtor(answer);
	return false;
}

static void b24_php_return_error(zval *answer, const b24_error *err, const b24_response *resp)
{
	zval *code;

	if (err->kind == B24_E_TRANSPORT) {
		array_init_size(answer, 2);
		add_assoc_string(answer, "error", "curl_error");
		add_assoc_string(answer, "error_information", err->description);
		return;
	}
	if (!b24_php_error_from_body(answer, err, resp)) {
		array_init_size(answer, 3);
		add_assoc_string(answer, "error", err->code);
		add_assoc_string(answer, "error_description", err->description);
	}
	code = zend_hash_str_find(Z_ARRVAL_P(answer), ZEND_STRL("error"));
	b24_php_add_crest_information(answer, Z_STRVAL_P(code), Z_STRLEN_P(code));
}

/*
 * One call, its answer as CRest returns it. false only when an exception
 * was thrown.
 */
bool b24_php_call_answer(b24_php_client *pc, const char *method, HashTable *params,
	uint32_t params_arg, zval *answer)
{
	b24_response resp;
	b24_error err;

	switch (b24_php_call(pc, method, params, params_arg, B24_PHP_DECODE_ANSWER, answer, &resp, &err)) {
		case B24_PHP_CALL_OK:
			return true;
		case B24_PHP_CALL_FAILED:
			b24_php_return_error(answer, &err, &resp);
			return true;
		case B24_PHP_CALL_THROWN:
			break;
	}
	return false;
}

void b24_php_return_not_installed(zval *answer)
{
	array_init_size(answer, 2);
	add_assoc_string(answer, "error", "no_install_app");
	/* CRest's text, trailing space included */
	add_assoc_string(answer, "error_information", "error install app, pls install local application ");
}

PHP_FUNCTION(b24_call)
{
	zend_string *method;
	HashTable *params = (HashTable *) &zend_empty_array;
	zval *client = NULL;
	b24_php_client *pc;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_PATH_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_php_ce_Client)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24_php_check_method(method, 1)) {
		RETURN_THROWS();
	}
	if (!client && b24_php_default_not_installed()) {
		b24_php_return_not_installed(return_value);
		return;
	}
	if (!(pc = b24_php_pick_client(client))) {
		RETURN_THROWS();
	}
	if (!b24_php_call_answer(pc, ZSTR_VAL(method), params, 2, return_value)) {
		RETURN_THROWS();
	}
}
