/*
 * b24: the b24.* INI settings, one table of rows bound to B24_G().
 *
 * Each row names the setting, its default, the on-update handler that
 * checks and stores the value, its B24_G() field and how phpinfo() shows
 * it. A value a handler refuses is not stored: ini_set() returns false and
 * a php.ini value leaves the default in place. Nothing looks a setting up
 * by name at use: code reads B24_G(). Every change of a client setting
 * drops the default client, so the next b24_call() uses the new values; a
 * change of a b24.persistent* limit applies to the pool at once. phpinfo() and
 * `php --ri b24` never show a secret: the webhook's code is redacted and
 * client_secret shows as "(set)"/"(not set)".
 *
 * The webhook URL is checked when the default client is built instead, so
 * that the ValueError says which setting (INI or CRest constant) was used.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "php_ini.h"
#include "SAPI.h"
#include "ext/standard/info.h"
#include "ext/standard/html.h"

#include "b24_private.h"
#include "b24_url.h"
#include "b24_redact.h"
#include "b24_retry.h"

/*
 * Every string setting is read as a C string (a path, URL, token or name),
 * which would end at a NUL and drop the rest unseen: refused.
 */
static PHP_INI_MH(b24_php_ini_update_text)
{
	if (new_value && B24_STR_HAS_NUL(new_value)) {
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static PHP_INI_MH(b24_php_ini_update_string)
{
	int rc = b24_php_ini_update_text(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);

	if (rc == SUCCESS) {
		b24_php_default_client_release();
	}
	return rc;
}

static PHP_INI_MH(b24_php_ini_update_bool)
{
	int rc = OnUpdateBool(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);

	if (rc == SUCCESS) {
		b24_php_default_client_release();
	}
	return rc;
}

/* Empty, or an OAuth server URL that the core accepts ("https://host/"). */
static PHP_INI_MH(b24_php_ini_update_oauth_server)
{
	b24_buf base = B24_BUF_INIT;
	b24_error err;
	int rc = 0;

	if (new_value && ZSTR_LEN(new_value)) {
		rc = b24_url_oauth_server(ZSTR_VAL(new_value), ZSTR_LEN(new_value), 0, &base, &err);
		b24_buf_free(&base);
	}
	if (rc != 0) {
		return FAILURE;
	}
	return b24_php_ini_update_string(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/*
 * Empty, or a handler URL the portal may accept: https (http with
 * allow_local), no fragment, no user info. Whether a local host is
 * allowed depends on allow_local at use, so that is checked there.
 */
static PHP_INI_MH(b24_php_ini_update_handler_url)
{
	if (new_value && ZSTR_LEN(new_value)
			&& !b24_php_placement_url_shaped(ZSTR_VAL(new_value), ZSTR_LEN(new_value))) {
		return FAILURE;
	}
	return b24_php_ini_update_text(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* Seconds from 0 (the core's default) to a day; anything else is refused. */
static PHP_INI_MH(b24_php_ini_update_seconds)
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
	b24_php_default_client_release();
	return SUCCESS;
}

/* A whole number from lo to hi; anything else (fractions, blanks) is refused. */
static bool b24_php_ini_long(const zend_string *value, zend_long lo, zend_long hi, zend_long *out)
{
	zend_long v;

	if (!value || is_numeric_string(ZSTR_VAL(value), ZSTR_LEN(value), &v, NULL, false) != IS_LONG
			|| v < lo || v > hi) {
		return false;
	}
	*out = v;
	return true;
}

/*
 * b24.persistent_max, origins a process keeps a connection to, and
 * b24.persistent_idle, seconds a kept connection may idle (libcurl itself
 * never reuses one idle for longer than 118 s). The pool takes a new limit
 * at once.
 */
static PHP_INI_MH(b24_php_ini_update_pool_limit)
{
	zend_long hi = (size_t) mh_arg1 == offsetof(zend_b24_globals, persistent_max)
		? B24_PHP_POOL_MAX_ORIGINS : B24_PHP_POOL_MAX_IDLE;

	(void) entry; (void) mh_arg3; (void) stage;
	if (!b24_php_ini_long(new_value, 1, hi, (zend_long *) ZEND_INI_GET_ADDR())) {
		return FAILURE;
	}
	b24_php_pool_apply_limits();
	return SUCCESS;
}

/* b24.rate_limit: "burst/drain" or "0". */
static PHP_INI_MH(b24_php_ini_update_rate)
{
	b24_rate_limit limit;

	if (b24_rate_parse(new_value ? ZSTR_VAL(new_value) : "", &limit) != 0) {
		return FAILURE;
	}
	return b24_php_ini_update_string(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* b24.retries: 0 to B24_RETRY_MAX. */
static PHP_INI_MH(b24_php_ini_update_retries)
{
	(void) entry; (void) mh_arg3; (void) stage;
	if (!b24_php_ini_long(new_value, 0, B24_RETRY_MAX, (zend_long *) ZEND_INI_GET_ADDR())) {
		return FAILURE;
	}
	b24_php_default_client_release();
	return SUCCESS;
}

static void b24_php_ini_print(const char *value)
{
	if (!value || !value[0]) {
		PUTS(sapi_module.phpinfo_as_text ? "no value" : "<i>no value</i>");
		return;
	}
	if (sapi_module.phpinfo_as_text) {
		PUTS(value);
	} else {
		/* what php_info_html_esc() did; 8.4 no longer exports it */
		zend_string *esc = php_escape_html_entities((const unsigned char *) value, strlen(value), 0,
			ENT_QUOTES, NULL);

		PUTS(ZSTR_VAL(esc));
		zend_string_release_ex(esc, 0);
	}
}

static zend_string *b24_php_ini_shown(zend_ini_entry *ini_entry, int type)
{
	if (type == ZEND_INI_DISPLAY_ORIG && ini_entry->modified) {
		return ini_entry->orig_value;
	}
	return ini_entry->value;
}

/*
 * The webhook URL with its code replaced by "***"; a value that is not a
 * webhook URL at all is not shown, since redaction cannot know which part
 * of a malformed one is the code.
 */
static ZEND_INI_DISP(b24_php_ini_display_redacted)
{
	zend_string *value = b24_php_ini_shown(ini_entry, type);
	b24_buf out = B24_BUF_INIT;
	b24_error err;

	if (value && ZSTR_LEN(value) && !b24_php_check_webhook(ZSTR_VAL(value), ZSTR_LEN(value), &err)) {
		PUTS("(set, not a valid webhook URL)");
	} else if (value && ZSTR_LEN(value) && b24_redact(ZSTR_VAL(value), ZSTR_LEN(value), &out) == 0) {
		b24_php_ini_print(b24_buf_cstr(&out));
	} else {
		b24_php_ini_print(NULL);
	}
	b24_buf_free(&out);
}

/* Only whether a secret is set. */
static ZEND_INI_DISP(b24_php_ini_display_set)
{
	zend_string *value = b24_php_ini_shown(ini_entry, type);

	PUTS(value && ZSTR_LEN(value) ? "(set)" : "(not set)");
}

/*
 * One row: the setting, its default, on-update handler, B24_G() field,
 * phpinfo() display; B24_INI_ROW_AT names where it may be changed
 * (PHP_INI_ALL for all but b24.crest_compat).
 */
#define B24_INI_ROW_AT(name, value, level, update, field, display) \
	STD_PHP_INI_ENTRY_EX("b24." name, value, level, update, field, zend_b24_globals, b24_globals, display)
#define B24_INI_ROW(name, value, update, field, display) \
	B24_INI_ROW_AT(name, value, PHP_INI_ALL, update, field, display)

PHP_INI_BEGIN()
	B24_INI_ROW("webhook_url", "", b24_php_ini_update_string, webhook_url, b24_php_ini_display_redacted)
	B24_INI_ROW("client_id", "", b24_php_ini_update_string, client_id, NULL)
	B24_INI_ROW("client_secret", "", b24_php_ini_update_string, client_secret, b24_php_ini_display_set)
	B24_INI_ROW("store", "", b24_php_ini_update_string, store, NULL)
	B24_INI_ROW("oauth_server", B24_DEFAULT_OAUTH_SERVER, b24_php_ini_update_oauth_server, oauth_server, NULL)
	B24_INI_ROW("ca_file", "", b24_php_ini_update_string, ca_file, NULL)
	B24_INI_ROW("timeout", "75", b24_php_ini_update_seconds, timeout, NULL)
	B24_INI_ROW("connect_timeout", "10", b24_php_ini_update_seconds, connect_timeout, NULL)
	B24_INI_ROW("verify_tls", "1", b24_php_ini_update_bool, verify_tls, zend_ini_boolean_displayer_cb)
	B24_INI_ROW("allow_local", "0", b24_php_ini_update_bool, allow_local, zend_ini_boolean_displayer_cb)
	/* placements: they change no client, so the default one stays */
	B24_INI_ROW("frame_url", "", b24_php_ini_update_handler_url, frame_url, NULL)
	B24_INI_ROW("error_handler_url", "", b24_php_ini_update_handler_url, error_handler_url, NULL)
	/* any src the page can load (relative too): escaped when rendered */
	B24_INI_ROW("sdk_url", "", b24_php_ini_update_text, sdk_url, NULL)
	/* a file that may not exist yet: created at the first binding */
	B24_INI_ROW("bindings_file", "", b24_php_ini_update_text, bindings_file, NULL)
	/* the kept connections; the defaults and why: README.md, INI reference */
	B24_INI_ROW("persistent", "1", OnUpdateBool, persistent, zend_ini_boolean_displayer_cb)
	B24_INI_ROW("persistent_max", "16", b24_php_ini_update_pool_limit, persistent_max, NULL)
	B24_INI_ROW("persistent_idle", "50", b24_php_ini_update_pool_limit, persistent_idle, NULL)
	/* the shared request budget and repeats (b24_budget.c) */
	B24_INI_ROW("rate_limit", B24_RATE_DEFAULT, b24_php_ini_update_rate, rate_limit, NULL)
	B24_INI_ROW("rate_wait_max", "10", b24_php_ini_update_seconds, rate_wait_max, NULL)
	B24_INI_ROW("retries", "2", b24_php_ini_update_retries, retries, NULL)
	B24_INI_ROW("runtime_dir", "", b24_php_ini_update_string, runtime_dir, NULL)
	/* class CRest: registered at startup or never, so that a loaded crest.php cannot collide */
	B24_INI_ROW_AT("crest_compat", "0", PHP_INI_SYSTEM, OnUpdateBool, crest_compat, zend_ini_boolean_displayer_cb)
	/* CRest's settings.json; the crest.php shipped with b24 sets it to its own folder when empty */
	B24_INI_ROW("crest_settings", "", OnUpdateString, crest_settings, NULL)
PHP_INI_END()

void b24_php_ini_register(int type, int module_number)
{
	REGISTER_INI_ENTRIES();
}

void b24_php_ini_unregister(int type, int module_number)
{
	UNREGISTER_INI_ENTRIES();
}

void b24_php_ini_minfo(zend_module_entry *zend_module)
{
	DISPLAY_INI_ENTRIES();
}
