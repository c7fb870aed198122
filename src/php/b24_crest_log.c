/*
 * b24: CRest::setLog() and what class CRest logs.
 *
 * CRest logs every call by default, in the web root, with the webhook code,
 * the tokens and, for a refresh, client_secret in the files. Here a file is
 * written only where C_REST_LOGS_DIR is defined and C_REST_BLOCK_LOG is not
 * true, in CRest's layout (<dir>/<Y-m-d>/<H>/<time>_<type>_<rand>log.json,
 * .txt with C_REST_LOG_TYPE_DUMP, _backup.txt when JSON cannot hold the
 * data), and always redacted: a value under a secret key
 * (b24_redact_secret_key(): tokens, auth, client_secret, AUTH_ID ...) becomes
 * "***", every other string goes through b24_redact() (webhook codes,
 * auth=... in URLs and bodies). Files are written atomically with mode
 * 0600, missing folders made 0700; an existing folder is no warning.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "ext/date/php_date.h"
#include "ext/json/php_json.h"
#include "ext/random/php_random.h"
#include "ext/standard/php_var.h"
#include "zend_smart_str.h"

#include "b24_crest_private.h"
#include "b24_file.h"
#include "b24_redact.h"

bool b24_php_crest_logging(void)
{
	return !b24_php_crest_true_constant(ZEND_STRL("C_REST_BLOCK_LOG"))
		&& b24_php_crest_constant(ZEND_STRL("C_REST_LOGS_DIR"));
}

zend_string *b24_php_crest_log_dir(void)
{
	const char *dir = b24_php_crest_constant(ZEND_STRL("C_REST_LOGS_DIR"));
	zend_string *hour = php_format_date(ZEND_STRL("Y-m-d/H"), time(NULL), 1);
	size_t len = strlen(dir);
	zend_string *out;

	/* CRest appends the date to the constant as is; a missing slash is added here */
	out = zend_strpprintf(0, "%s%s%s/", dir, len && dir[len - 1] == '/' ? "" : "/", ZSTR_VAL(hour));
	zend_string_release(hour);
	return out;
}

static void b24_php_crest_redact_string(zval *out, zend_string *in)
{
	b24_buf text = B24_BUF_INIT;

	if (b24_redact(ZSTR_VAL(in), ZSTR_LEN(in), &text) == 0) {
		ZVAL_STRINGL(out, b24_buf_cstr(&text), text.len);
	} else {
		ZVAL_STRING(out, "***");
	}
	b24_buf_free(&text);
}

static void b24_php_crest_redact_array(zval *out, HashTable *in)
{
	zend_string *key;
	zend_ulong idx;
	zval *v, copy;

	array_init_size(out, zend_hash_num_elements(in));
	ZEND_HASH_FOREACH_KEY_VAL(in, idx, key, v) {
		ZVAL_DEREF(v);
		if (key && b24_redact_secret_key(ZSTR_VAL(key), ZSTR_LEN(key)) && Z_TYPE_P(v) != IS_ARRAY) {
			ZVAL_STRING(&copy, "***");
		} else {
			/* an event's auth[...]: its secret keys are redacted one by one */
			b24_php_crest_redact(&copy, v);
		}
		if (key) {
			zend_hash_update(Z_ARRVAL_P(out), key, &copy);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(out), idx, &copy);
		}
	} ZEND_HASH_FOREACH_END();
}

void b24_php_crest_redact(zval *out, zval *in)
{
	ZVAL_DEREF(in);
	switch (Z_TYPE_P(in)) {
		case IS_STRING:
			b24_php_crest_redact_string(out, Z_STR_P(in));
			break;
		case IS_ARRAY:
			b24_php_crest_redact_array(out, Z_ARRVAL_P(in));
			break;
		case IS_OBJECT:
			/* its properties may hold anything: only its class is logged */
			ZVAL_STR(out, zend_strpprintf(0, "(object %s)", ZSTR_VAL(Z_OBJCE_P(in)->name)));
			break;
		default:
			ZVAL_COPY(out, in);
	}
}

bool b24_php_crest_log(zend_class_entry *scope, zval *data, const char *type)
{
	zval args[2], ret;
	bool ok;

	if (!b24_php_crest_logging() && !b24_php_crest_overridden(scope, "setlog")) {
		return true;
	}
	b24_php_crest_redact(&args[0], data);
	ZVAL_STRING(&args[1], type);
	ok = b24_php_crest_static(scope, "setlog", &ret, 2, args);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	return ok;
}

/* JSON as CRest's wrapData() writes it; false (json_last_error() untouched) when it cannot. */
static bool b24_php_crest_json(smart_str *out, zval *data)
{
	return b24_php_json_encode_quiet(out, data,
		PHP_JSON_HEX_TAG | PHP_JSON_HEX_AMP | PHP_JSON_HEX_APOS | PHP_JSON_HEX_QUOT);
}

/* The file's text and its name's ending: JSON, or var_export() with C_REST_LOG_TYPE_DUMP or as a backup. */
static const char *b24_php_crest_log_text(smart_str *out, zval *data)
{
	bool dump = b24_php_crest_true_constant(ZEND_STRL("C_REST_LOG_TYPE_DUMP"));

	if (!dump && b24_php_crest_json(out, data)) {
		return ".json";
	}
	smart_str_free(out);
	php_var_export_ex(data, 1, out);
	return dump ? ".txt" : "_backup.txt";
}

/* The type as a part of a file name: letters, digits, "_" and "-" kept, anything else "_". */
static zend_string *b24_php_crest_log_type(zend_string *type)
{
	zend_string *safe = zend_string_init(ZSTR_VAL(type), ZSTR_LEN(type), 0);
	size_t i;

	for (i = 0; i < ZSTR_LEN(safe); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(safe)[i];

		if (!isalnum(c) && c != '_' && c != '-') {
			ZSTR_VAL(safe)[i] = '_';
		}
	}
	return safe;
}

PHP_METHOD(CRest, setLog)
{
	zval *data, redacted;
	zend_string *type = ZSTR_EMPTY_ALLOC(), *dir, *safe, *path;
	smart_str text = {0};
	const char *ending;
	bool ok = false;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(type)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24_php_crest_logging()) {
		RETURN_FALSE;
	}
	dir = b24_php_crest_log_dir();
	if (b24_file_mkdirs(ZSTR_VAL(dir)) == B24_FILE_OK) {
		b24_php_crest_redact(&redacted, data);
		ending = b24_php_crest_log_text(&text, &redacted);
		smart_str_0(&text);
		safe = b24_php_crest_log_type(type);
		path = zend_strpprintf(0, "%s%lld_%s_" ZEND_LONG_FMT "log%s", ZSTR_VAL(dir), (long long) time(NULL),
			ZSTR_VAL(safe), php_mt_rand_range(1, 9999999), ending);
		ok = b24_file_write_atomic(ZSTR_VAL(path), text.s ? ZSTR_VAL(text.s) : "", text.s ? ZSTR_LEN(text.s) : 0)
			== B24_FILE_OK;
		zend_string_release(path);
		zend_string_release(safe);
		smart_str_free(&text);
		zval_ptr_dtor(&redacted);
	}
	zend_string_release(dir);
	RETURN_BOOL(ok);
}
