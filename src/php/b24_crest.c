/*
 * b24: class CRest (b24_crest.stub.php), CRest 1.36's static API on b24's
 * call path, registered in MINIT only with b24.crest_compat = 1.
 *
 * Late static binding: every method works on the called class, so the
 * overrides of `class MyRest extends CRest` are used: call(), callBatch()
 * and installApp() read the settings with static::getSettingData(), write
 * them with static::setSettingData(), and log with static::setLog()
 * (b24_crest_settings.c, b24_crest_log.c). call() goes through
 * b24_php_call_answer() and callBatch() through the batch machinery of
 * b24_call_batch(), so the arrays are the ones b24_call() returns.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_attributes.h"
#include "zend_constants.h"

#include "b24_crest_private.h"
#include "b24_crest_arginfo.h"
#include "b24_batch.h"
#include "b24_batch_private.h"
#include "b24_file.h"

zend_class_entry *b24_php_ce_CRest;

bool b24_php_crest_true_constant(const char *name, size_t len)
{
	zval *c = zend_get_constant_str(name, len);

	return c && Z_TYPE_P(c) == IS_TRUE;
}

bool b24_php_crest_static(zend_class_entry *scope, const char *lcname, zval *retval,
	uint32_t argc, zval *argv)
{
	zend_function *fn = zend_hash_str_find_ptr(&scope->function_table, lcname, strlen(lcname));

	ZVAL_UNDEF(retval);
	if (!fn) {
		zend_throw_error(NULL, "%s has no method %s()", ZSTR_VAL(scope->name), lcname);
		return false;
	}
	zend_call_known_function(fn, NULL, scope, retval, argc, argv, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		return false;
	}
	return true;
}

bool b24_php_crest_overridden(zend_class_entry *scope, const char *lcname)
{
	zend_function *fn = zend_hash_str_find_ptr(&scope->function_table, lcname, strlen(lcname));

	return fn && fn->common.scope != b24_php_ce_CRest;
}

/* The class a static method was called on (MyRest for MyRest::call()). */
static zend_class_entry *b24_php_crest_scope(zend_execute_data *execute_data)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);

	return scope ? scope : b24_php_ce_CRest;
}

/* A copy of `in` converted with C_REST_CURRENT_ENCODING (from -> to), or `in` itself. */
static bool b24_php_crest_recode(zval *out, zval *in, bool outgoing)
{
	const char *enc = b24_php_crest_encoding();

	if (!enc) {
		ZVAL_COPY(out, in);
		return true;
	}
	return b24_php_crest_convert(out, in, outgoing ? enc : "UTF-8", outgoing ? "UTF-8" : enc);
}

/* CRest's log of one call: url, info, params, result (redacted by b24_php_crest_log()). */
static bool b24_php_crest_log_call(b24_php_crest_conn *conn, const char *method, zval *params, zval *result,
	long requests)
{
	zval data, info;
	bool ok;

	if (!b24_php_crest_logging() && !b24_php_crest_overridden(conn->scope, "setlog")) {
		return true;
	}
	array_init(&data);
	add_assoc_str(&data, "url", zend_strpprintf(0, "%s%s.json", b24_client_base(conn->pc.core), method));
	array_init(&info);
	add_assoc_long(&info, "requests", requests);
	add_assoc_zval(&data, "info", &info);
	Z_TRY_ADDREF_P(params);
	add_assoc_zval(&data, "params", params);
	Z_TRY_ADDREF_P(result);
	add_assoc_zval(&data, "result", result);
	ok = b24_php_crest_log(conn->scope, &data, "callCurl");
	zval_ptr_dtor(&data);
	return ok;
}

/*
 * The client of this call: OPENED; NOT_INSTALLED with CRest's
 * no_install_app answer in *answer (logged as emptySetting); THROWN.
 */
static b24_php_crest_open_outcome b24_php_crest_begin(b24_php_crest_conn *conn, zend_class_entry *scope,
	zval *params, zval *answer)
{
	b24_php_crest_open_outcome rc = b24_php_crest_open(conn, scope);
	zval logged;

	if (rc != B24_PHP_CREST_NOT_INSTALLED) {
		return rc;
	}
	b24_php_return_not_installed(answer);
	array_init(&logged);
	Z_TRY_ADDREF_P(params);
	add_assoc_zval(&logged, "params", params);
	rc = b24_php_crest_log(scope, &logged, "emptySetting") ? B24_PHP_CREST_NOT_INSTALLED : B24_PHP_CREST_THROWN;
	zval_ptr_dtor(&logged);
	return rc;
}

/* The answer in the site's charset into return_value; false when thrown. */
static bool b24_php_crest_finish(zval *answer, zval *return_value)
{
	bool ok = b24_php_crest_recode(return_value, answer, false);

	zval_ptr_dtor(answer);
	return ok;
}

PHP_METHOD(CRest, call)
{
	zend_class_entry *scope = b24_php_crest_scope(execute_data);
	zend_string *method;
	zval *given = NULL, params, answer, empty;
	b24_php_crest_conn conn;
	b24_php_crest_open_outcome rc;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(given)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_EMPTY_ARRAY(&empty);
	if (!b24_php_check_method(method, 1) || !b24_php_crest_recode(&params, given ? given : &empty, true)) {
		RETURN_THROWS();
	}
	ZVAL_UNDEF(&answer);
	rc = b24_php_crest_begin(&conn, scope, &params, &answer);
	ok = rc == B24_PHP_CREST_NOT_INSTALLED;
	if (rc == B24_PHP_CREST_OPENED) {
		/* an exception of static::setSettingData() during a refresh wins over the answer */
		ok = b24_php_call_answer(&conn.pc, ZSTR_VAL(method), Z_ARRVAL(params), 2, &answer)
			&& !EG(exception) && b24_php_crest_log_call(&conn, ZSTR_VAL(method), &params, &answer, 1);
	}
	b24_php_crest_close(&conn);
	zval_ptr_dtor(&params);
	if (!ok) {
		zval_ptr_dtor(&answer);
		RETURN_THROWS();
	}
	if (!b24_php_crest_finish(&answer, return_value)) {
		RETURN_THROWS();
	}
}

/* Sends the planned commands, CRest's answer into *answer; false when thrown. */
static bool b24_php_crest_batch_send(zend_class_entry *scope, b24_php_batch_plan *plan, bool halt, zval *answer)
{
	b24_php_crest_conn conn;
	b24_php_crest_open_outcome rc;
	zval logged, cmd;
	bool ok;

	/* what CRest posts: cmd and halt */
	array_init(&logged);
	ZVAL_ARR(&cmd, zend_array_dup(&plan->commands));
	add_assoc_zval(&logged, "cmd", &cmd);
	add_assoc_bool(&logged, "halt", halt);
	rc = b24_php_crest_begin(&conn, scope, &logged, answer);
	ok = rc == B24_PHP_CREST_NOT_INSTALLED;
	if (rc == B24_PHP_CREST_OPENED) {
		ok = b24_php_batch_send(&conn.pc, plan, halt, answer) && !EG(exception)
			&& b24_php_crest_log_call(&conn, "batch", &logged, answer,
				(long) ((zend_hash_num_elements(&plan->commands) + B24_BATCH_MAX - 1) / B24_BATCH_MAX));
	}
	b24_php_crest_close(&conn);
	zval_ptr_dtor(&logged);
	return ok;
}

PHP_METHOD(CRest, callBatch)
{
	zend_class_entry *scope = b24_php_crest_scope(execute_data);
	zval *data, *halt = NULL, calls, answer;
	b24_php_batch_plan plan;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(halt)
	ZEND_PARSE_PARAMETERS_END();

	/* CRest: anything but an array, or no entry with a method, is [] without a request */
	if (Z_TYPE_P(data) != IS_ARRAY) {
		RETURN_EMPTY_ARRAY();
	}
	if (!b24_php_crest_recode(&calls, data, true)) {
		RETURN_THROWS();
	}
	ok = b24_php_batch_plan_make(&plan, Z_ARRVAL(calls), false);
	zval_ptr_dtor(&calls);
	if (ok && b24_php_batch_left(&plan) == 0) {
		b24_php_batch_plan_free(&plan);
		RETURN_EMPTY_ARRAY();
	}
	ZVAL_UNDEF(&answer);
	ok = ok && b24_php_crest_batch_send(scope, &plan, halt && zend_is_true(halt), &answer);
	b24_php_batch_plan_free(&plan);
	if (!ok) {
		zval_ptr_dtor(&answer);
		RETURN_THROWS();
	}
	if (!b24_php_crest_finish(&answer, return_value)) {
		RETURN_THROWS();
	}
}

PHP_METHOD(CRest, installApp)
{
	zend_class_entry *scope = b24_php_crest_scope(execute_data);
	zval *request = NULL;

	ZEND_PARSE_PARAMETERS_NONE();

	if (zend_is_auto_global_str(ZEND_STRL("_REQUEST"))) {
		request = zend_hash_str_find_deref(&EG(symbol_table), ZEND_STRL("_REQUEST"));
	}
	if (!b24_php_crest_install(scope, request && Z_TYPE_P(request) == IS_ARRAY
			? Z_ARRVAL_P(request) : (HashTable *) &zend_empty_array, return_value)) {
		RETURN_THROWS();
	}
}

/* Writes a file and removes it again: whether the folder takes files. */
static bool b24_php_crest_probe(const char *dir, const char *name)
{
	zend_string *path = zend_strpprintf(0, "%s%s%s", dir, dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
	bool ok = b24_file_write_atomic(ZSTR_VAL(path), "{}", 2) == B24_FILE_OK;

	if (ok) {
		VCWD_UNLINK(ZSTR_VAL(path));
	}
	zend_string_release(path);
	return ok;
}

/* CRest's settings check: settings_check.json next to the settings file. */
static void b24_php_crest_check_settings(zval *result)
{
	const char *path = B24_G(crest_settings);
	zend_string *dir;
	bool ok = false;

	if (path && path[0]) {
		dir = zend_string_init(path, strlen(path), 0);
		ZSTR_LEN(dir) = zend_dirname(ZSTR_VAL(dir), ZSTR_LEN(dir));
		ok = b24_php_crest_probe(ZSTR_VAL(dir), "settings_check.json");
		zend_string_release(dir);
	}
	if (!ok) {
		add_assoc_string(result, "setting_creat_error", "Check permission! Recommended: folders: 775, files: 664");
	}
}

/* The log folder of this hour and a file in it, where logging is on. */
static void b24_php_crest_check_logs(zval *result)
{
	zend_string *dir;

	if (!b24_php_crest_logging()) {
		return;
	}
	dir = b24_php_crest_log_dir();
	if (b24_file_mkdirs(ZSTR_VAL(dir)) != B24_FILE_OK) {
		add_assoc_string(result, "logs_folder_creat_error", "Check permission! Recommended: folders: 775, files: 664");
	} else if (!b24_php_crest_probe(ZSTR_VAL(dir), "test.txt")) {
		add_assoc_string(result, "logs_file_creat_error", "Check permission! Recommended: folders: 775, files: 664");
	}
	zend_string_release(dir);
}

PHP_METHOD(CRest, checkServer)
{
	zval *print = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(print)
	ZEND_PARSE_PARAMETERS_END();

	/* libcurl is linked into b24: CRest's curl_error check always passes */
	array_init(return_value);
	b24_php_crest_check_settings(return_value);
	b24_php_crest_check_logs(return_value);
	if (zend_hash_num_elements(Z_ARRVAL_P(return_value)) == 0) {
		add_assoc_string(return_value, "success", "Success!");
	}
	if (!print || zend_is_true(print)) {
		PHPWRITE("<pre>", 5);
		zend_print_zval_r(return_value, 0);
		PHPWRITE("</pre>", 6);
	}
}

void b24_php_crest_minit(void)
{
	if (B24_G(crest_compat)) {
		b24_php_ce_CRest = register_class_CRest();
	}
}
