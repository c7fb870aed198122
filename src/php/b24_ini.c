/*
 * b24: the b24.* INI settings, bound to B24_G().
 * Every change drops the default client, so the next b24_call() uses the
 * new values. phpinfo() and `php --ri b24` never show a secret: the
 * webhook's code is redacted and client_secret shows as "(set)"/"(not set)".
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "SAPI.h"
#include "ext/standard/info.h"

#include "b24_private.h"
#include "b24_url.h"
#include "b24_retry.h"

static PHP_INI_MH(b24_ini_update_string)
{
	int rc = OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);

	if (rc == SUCCESS) {
		b24_default_client_release();
	}
	return rc;
}

static PHP_INI_MH(b24_ini_update_bool)
{
	int rc = OnUpdateBool(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);

	if (rc == SUCCESS) {
		b24_default_client_release();
	}
	return rc;
}

/* Seconds from 0 (the core's default) to a day; anything else is refused. */
static PHP_INI_MH(b24_ini_update_seconds)
{
	double *p = (double *) ZEND_INI_GET_ADDR();
	const char *end;
	double v;

	(void) entry; (void) mh_arg3; (void) stage;
	if (!new_value || ZSTR_LEN(new_value) == 0) {
		v = 0.0;
	} else {
		v = zend_strtod(ZSTR_VAL(new_value), &end);
		if (end != ZSTR_VAL(new_value) + ZSTR_LEN(new_value) || !(v >= 0.0) || v > 86400.0) {
			return FAILURE;
		}
	}
	*p = v;
	b24_default_client_release();
	return SUCCESS;
}

/* b24.rate_limit: "burst/drain" or "0". */
static PHP_INI_MH(b24_ini_update_rate)
{
	b24_rate_limit limit;

	if (b24_rate_parse(new_value ? ZSTR_VAL(new_value) : "", &limit) != 0) {
		return FAILURE;
	}
	return b24_ini_update_string(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* b24.retries: 0 to B24_RETRY_MAX. */
static PHP_INI_MH(b24_ini_update_retries)
{
	zend_long *p = (zend_long *) ZEND_INI_GET_ADDR();
	zend_long v;

	(void) entry; (void) mh_arg3; (void) stage;
	if (!new_value || ZSTR_LEN(new_value) == 0 || !is_numeric_string(ZSTR_VAL(new_value), ZSTR_LEN(new_value), &v, NULL, false)
			|| v < 0 || v > B24_RETRY_MAX) {
		return FAILURE;
	}
	*p = v;
	b24_default_client_release();
	return SUCCESS;
}

static void b24_ini_print(const char *value)
{
	if (!value || !value[0]) {
		PUTS(sapi_module.phpinfo_as_text ? "no value" : "<i>no value</i>");
		return;
	}
	if (sapi_module.phpinfo_as_text) {
		PUTS(value);
	} else {
		zend_string *esc = php_info_html_esc(value);

		PUTS(ZSTR_VAL(esc));
		zend_string_release_ex(esc, 0);
	}
}

static zend_string *b24_ini_shown(zend_ini_entry *ini_entry, int type)
{
	if (type == ZEND_INI_DISPLAY_ORIG && ini_entry->modified) {
		return ini_entry->orig_value;
	}
	return ini_entry->value;
}

/* The webhook URL with its code replaced by "***". */
static ZEND_INI_DISP(b24_ini_display_redacted)
{
	zend_string *value = b24_ini_shown(ini_entry, type);
	b24_buf out = B24_BUF_INIT;

	if (value && ZSTR_LEN(value) && b24_url_redact(ZSTR_VAL(value), ZSTR_LEN(value), &out) == 0) {
		b24_ini_print(b24_buf_cstr(&out));
	} else {
		b24_ini_print(NULL);
	}
	b24_buf_free(&out);
}

/* Only whether a secret is set. */
static ZEND_INI_DISP(b24_ini_display_set)
{
	zend_string *value = b24_ini_shown(ini_entry, type);

	PUTS(value && ZSTR_LEN(value) ? "(set)" : "(not set)");
}

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY_EX("b24.webhook_url", "", PHP_INI_ALL, b24_ini_update_string,
		webhook_url, zend_b24_globals, b24_globals, b24_ini_display_redacted)
	STD_PHP_INI_ENTRY("b24.client_id", "", PHP_INI_ALL, b24_ini_update_string,
		client_id, zend_b24_globals, b24_globals)
	STD_PHP_INI_ENTRY_EX("b24.client_secret", "", PHP_INI_ALL, b24_ini_update_string,
		client_secret, zend_b24_globals, b24_globals, b24_ini_display_set)
	STD_PHP_INI_ENTRY("b24.store", "", PHP_INI_ALL, b24_ini_update_string,
		store, zend_b24_globals, b24_globals)
	STD_PHP_INI_ENTRY("b24.oauth_server", B24_DEFAULT_OAUTH_SERVER, PHP_INI_ALL, b24_ini_update_string,
		oauth_server, zend_b24_globals, b24_globals)
	STD_PHP_INI_ENTRY("b24.ca_file", "", PHP_INI_ALL, b24_ini_update_string,
		ca_file, zend_b24_globals, b24_globals)
	STD_PHP_INI_ENTRY("b24.timeout", "75", PHP_INI_ALL, b24_ini_update_seconds,
		timeout, zend_b24_globals, b24_globals)
	STD_PHP_INI_ENTRY("b24.connect_timeout", "10", PHP_INI_ALL, b24_ini_update_seconds,
		connect_timeout, zend_b24_globals, b24_globals)
	STD_PHP_INI_BOOLEAN("b24.verify_tls", "1", PHP_INI_ALL, b24_ini_update_bool,
		verify_tls, zend_b24_globals, b24_globals)
	STD_PHP_INI_BOOLEAN("b24.allow_local", "0", PHP_INI_ALL, b24_ini_update_bool,
		allow_local, zend_b24_globals, b24_globals)
	/* the shared request budget and repeats */
	STD_PHP_INI_ENTRY("b24.rate_limit", B24_RATE_DEFAULT, PHP_INI_ALL, b24_ini_update_rate,
		rate_limit, zend_b24_globals, b24_globals)
	STD_PHP_INI_ENTRY("b24.rate_wait_max", "10", PHP_INI_ALL, b24_ini_update_seconds,
		rate_wait_max, zend_b24_globals, b24_globals)
	STD_PHP_INI_ENTRY("b24.retries", "2", PHP_INI_ALL, b24_ini_update_retries,
		retries, zend_b24_globals, b24_globals)
	STD_PHP_INI_ENTRY("b24.runtime_dir", "", PHP_INI_ALL, b24_ini_update_string,
		runtime_dir, zend_b24_globals, b24_globals)
PHP_INI_END()

void b24_ini_register(int type, int module_number)
{
	REGISTER_INI_ENTRIES();
}

void b24_ini_unregister(int type, int module_number)
{
	UNREGISTER_INI_ENTRIES();
}

void b24_ini_minfo(zend_module_entry *zend_module)
{
	DISPLAY_INI_ENTRIES();
}
