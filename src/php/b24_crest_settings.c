/*
 * b24: where CRest's settings live and the client of one CRest call.
 *
 * Webhook mode (C_REST_WEB_HOOK_URL, or b24.webhook_url) reads no settings,
 * as CRest. Otherwise the settings are what static::getSettingData() of the
 * called class returns, and CRest's five keys (access_token, domain,
 * refresh_token, application_token, client_endpoint) must be there or the
 * call answers no_install_app.
 *
 *  - CRest's own getSettingData()/setSettingData() (FILE): the settings are
 *    the file b24.crest_settings names, and the client works on it as the
 *    core's token store: a refresh is single-flight across processes (the
 *    store's lock, re-read, write, unlock), written atomically, mode 0600.
 *  - A subclass that overrides either method (CUSTOM): the client holds
 *    the tokens in memory and every refresh is handed to
 *    static::setSettingData() (the core's on_token hook) as the settings
 *    merged with the new tokens; a false answer or an exception fails the
 *    call (B24_STORE_FAILED / the exception) instead of repeating it. Only
 *    the subclass's storage can make that refresh single-flight.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_crest_private.h"
#include "b24_app_private.h"
#include "b24_file.h"
#include "b24_store.h"

/* A settings file is a few hundred bytes; this much is not one. */
#define B24_PHP_CREST_SETTINGS_MAX (1024 * 1024)

const char *b24_php_crest_settings_path(void)
{
	if (B24_G(crest_settings) && B24_G(crest_settings)[0]) {
		return B24_G(crest_settings);
	}
	zend_throw_error(NULL, "CRest: no settings file: set b24.crest_settings, or require the crest.php "
		"shipped with b24, which names settings.json next to itself");
	return NULL;
}

/* A string member, non-empty; NULL otherwise. */
static const char *b24_php_crest_member(HashTable *ht, const char *key)
{
	zval *v = zend_hash_str_find_deref(ht, key, strlen(key));

	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STRVAL_P(v) : NULL;
}

PHP_METHOD(CRest, getSettingData)
{
	b24_buf text = B24_BUF_INIT;
	const char *path, *id, *secret;
	int rc;

	ZEND_PARSE_PARAMETERS_NONE();

	if (!(path = b24_php_crest_settings_path())) {
		RETURN_THROWS();
	}
	rc = b24_file_read(path, B24_PHP_CREST_SETTINGS_MAX, &text);
	/* missing, unreadable or damaged: no installation, as CRest sees it */
	if (rc != B24_FILE_OK || !b24_php_decode_json(return_value, b24_buf_cstr(&text), text.len)
			|| Z_TYPE_P(return_value) != IS_ARRAY) {
		b24_buf_free(&text);
		zval_ptr_dtor(return_value);
		RETURN_EMPTY_ARRAY();
	}
	b24_buf_free(&text);
	if ((id = b24_php_crest_constant(ZEND_STRL("C_REST_CLIENT_ID")))) {
		add_assoc_string(return_value, "C_REST_CLIENT_ID", id);
	}
	if ((secret = b24_php_crest_constant(ZEND_STRL("C_REST_CLIENT_SECRET")))) {
		add_assoc_string(return_value, "C_REST_CLIENT_SECRET", secret);
	}
}

/* The settings file replaced by `token` under the store's lock. */
static bool b24_php_crest_save(const char *path, const b24_token *token)
{
	b24_store *store;
	b24_error err;
	bool ok = false;

	b24_error_clear(&err);
	if ((store = b24_store_open(path, &err)) && b24_store_lock(store, 0, &err) == 0) {
		ok = b24_store_save(store, token, &err) == 0;
		b24_store_unlock(store);
	}
	b24_store_free(store);
	return ok;
}

/*
 * The settings in CRest's key layout (b24_store.h lists the keys kept;
 * C_REST_CLIENT_ID/SECRET and error fields are never written).
 */
PHP_METHOD(CRest, setSettingData)
{
	zval *settings;
	b24_buf json = B24_BUF_INIT;
	b24_token token;
	const char *path;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(settings)
	ZEND_PARSE_PARAMETERS_END();

	if (!(path = b24_php_crest_settings_path())) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(settings) != IS_ARRAY) {
		RETURN_FALSE;
	}
	b24_token_init(&token);
	ok = b24_php_encode_json(&json, Z_ARRVAL_P(settings), 1)
		&& b24_token_parse_json(b24_buf_cstr(&json), json.len, &token) == 0
		&& b24_php_crest_save(path, &token);
	b24_buf_free(&json);
	b24_token_free(&token);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

/* CRest's getAppSettings() test: the five keys, none empty(). */
static bool b24_php_crest_installed(zval *settings)
{
	static const char *const keys[] = { "access_token", "domain", "refresh_token", "application_token",
		"client_endpoint" };
	zval *v;
	size_t i;

	if (Z_TYPE_P(settings) != IS_ARRAY) {
		return false;
	}
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		v = zend_hash_str_find_deref(Z_ARRVAL_P(settings), keys[i], strlen(keys[i]));
		if (!v || !zend_is_true(v)) {
			return false;
		}
	}
	return true;
}

/* The settings with the renewed tokens, without CRest's injected and error keys. */
static void b24_php_crest_merge_token(zval *merged, zval *settings, const b24_token *t)
{
	static const char *const dropped[] = { "C_REST_CLIENT_ID", "C_REST_CLIENT_SECRET", "error",
		"error_description", "error_information" };
	HashTable *ht;
	size_t i;

	ZVAL_ARR(merged, Z_TYPE_P(settings) == IS_ARRAY ? zend_array_dup(Z_ARRVAL_P(settings)) : zend_new_array(0));
	ht = Z_ARRVAL_P(merged);
	for (i = 0; i < sizeof(dropped) / sizeof(dropped[0]); i++) {
		zend_hash_str_del(ht, dropped[i], strlen(dropped[i]));
	}
#define B24_PHP_CREST_PUT_STR(f) if (t->f) { add_assoc_string(merged, #f, t->f); }
#define B24_PHP_CREST_PUT_INT(f) if (t->f) { add_assoc_long(merged, #f, (zend_long) t->f); }
	B24_PHP_CREST_PUT_STR(access_token)
	B24_PHP_CREST_PUT_INT(expires)
	B24_PHP_CREST_PUT_INT(expires_in)
	B24_PHP_CREST_PUT_STR(scope)
	B24_PHP_CREST_PUT_STR(server_endpoint)
	B24_PHP_CREST_PUT_STR(status)
	B24_PHP_CREST_PUT_STR(client_endpoint)
	B24_PHP_CREST_PUT_STR(member_id)
	B24_PHP_CREST_PUT_INT(user_id)
	B24_PHP_CREST_PUT_STR(refresh_token)
#undef B24_PHP_CREST_PUT_STR
#undef B24_PHP_CREST_PUT_INT
}

/* on_token of a CUSTOM client: static::setSettingData() keeps the renewed set. */
static int b24_php_crest_keep(void *ctx, const b24_token *token, b24_error *err)
{
	b24_php_crest_conn *conn = ctx;
	zval merged, kept;
	bool ok;

	b24_php_crest_merge_token(&merged, &conn->settings, token);
	ok = b24_php_crest_static(conn->scope, "setsettingdata", &kept, 1, &merged);
	if (ok && zend_is_true(&kept)) {
		zval_ptr_dtor(&kept);
		/* a second renewal within this call merges onto what was kept */
		zval_ptr_dtor(&conn->settings);
		ZVAL_COPY_VALUE(&conn->settings, &merged);
		return 0;
	}
	zval_ptr_dtor(&kept);
	zval_ptr_dtor(&merged);
	b24_error_set(err, B24_E_AUTH, B24_STORE_FAILED, 0, "%s::setSettingData() %s the renewed tokens",
		ZSTR_VAL(conn->scope->name), ok ? "did not keep" : "threw while keeping");
	return -1;
}

/* CUSTOM: the tokens and endpoints of the settings; CRest's client keys win over the INI/constants. */
static void b24_php_crest_custom_config(b24_client_config *cfg, b24_php_crest_conn *conn)
{
	HashTable *ht = Z_ARRVAL(conn->settings);
	const char *id = b24_php_crest_member(ht, "C_REST_CLIENT_ID");
	const char *secret = b24_php_crest_member(ht, "C_REST_CLIENT_SECRET");

	cfg->access_token = b24_php_crest_member(ht, "access_token");
	cfg->refresh_token = b24_php_crest_member(ht, "refresh_token");
	cfg->client_endpoint = b24_php_crest_member(ht, "client_endpoint");
	cfg->member_id = b24_php_crest_member(ht, "member_id");
	cfg->server_endpoint = b24_php_crest_member(ht, "server_endpoint");
	cfg->client_id = id ? id : cfg->client_id;
	cfg->client_secret = secret ? secret : cfg->client_secret;
	cfg->on_token = b24_php_crest_keep;
	cfg->on_token_ctx = conn;
}

/* OAuth mode: the settings read, the mode decided, cfg told where the tokens are. */
static b24_php_crest_open_outcome b24_php_crest_settings(b24_php_crest_conn *conn, b24_client_config *cfg)
{
	conn->mode = b24_php_crest_overridden(conn->scope, "getsettingdata")
		|| b24_php_crest_overridden(conn->scope, "setsettingdata") ? B24_PHP_CREST_CUSTOM : B24_PHP_CREST_FILE;
	if (!b24_php_crest_static(conn->scope, "getsettingdata", &conn->settings, 0, NULL)) {
		return B24_PHP_CREST_THROWN;
	}
	if (!b24_php_crest_installed(&conn->settings)) {
		return B24_PHP_CREST_NOT_INSTALLED;
	}
	if (conn->mode == B24_PHP_CREST_CUSTOM) {
		b24_php_crest_custom_config(cfg, conn);
	} else if (!(cfg->store_path = b24_php_crest_settings_path())) {
		return B24_PHP_CREST_THROWN;
	}
	return B24_PHP_CREST_OPENED;
}

b24_php_crest_open_outcome b24_php_crest_open(b24_php_crest_conn *conn, zend_class_entry *scope)
{
	b24_php_default_source src;
	b24_client_config cfg;
	b24_php_crest_open_outcome rc = B24_PHP_CREST_OPENED;

	memset(conn, 0, sizeof(*conn));
	conn->scope = scope;
	conn->mode = B24_PHP_CREST_WEBHOOK;
	ZVAL_UNDEF(&conn->settings);
	b24_php_default_source_read(&src);
	b24_client_config_init(&cfg);
	if (!b24_php_default_config_fill(&cfg, &src)) {
		return B24_PHP_CREST_THROWN;
	}
	if (!src.webhook) {
		rc = b24_php_crest_settings(conn, &cfg);
	}
	if (rc == B24_PHP_CREST_OPENED && !b24_php_client_open(&conn->pc, &cfg, "CRest: the settings")) {
		rc = B24_PHP_CREST_THROWN;
	}
	return rc;
}

void b24_php_crest_close(b24_php_crest_conn *conn)
{
	b24_php_client_close(&conn->pc);
	zval_ptr_dtor(&conn->settings);
	ZVAL_UNDEF(&conn->settings);
}

/* ---- installApp() ------------------------------------------------------ */

/*
 * The config of B24App's install checks: the application as CRest reads it
 * (the C_REST_CLIENT_* keys of the settings, else the constants or
 * b24.client_id/secret) and the transport of the INI. false without both.
 */
static bool b24_php_crest_install_config(zval *config, zval *settings)
{
	HashTable *ht = Z_TYPE_P(settings) == IS_ARRAY ? Z_ARRVAL_P(settings) : (HashTable *) &zend_empty_array;
	b24_php_default_source src;
	const char *id = b24_php_crest_member(ht, "C_REST_CLIENT_ID");
	const char *secret = b24_php_crest_member(ht, "C_REST_CLIENT_SECRET");

	b24_php_default_source_read(&src);
	id = id ? id : src.client_id;
	secret = secret ? secret : src.client_secret;
	if (!id || !secret) {
		return false;
	}
	array_init(config);
	add_assoc_string(config, "client_id", (char *) id);
	add_assoc_string(config, "client_secret", (char *) secret);
	if (B24_G(oauth_server) && B24_G(oauth_server)[0]) {
		add_assoc_string(config, "oauth_server", B24_G(oauth_server));
	}
	if (B24_G(ca_file) && B24_G(ca_file)[0]) {
		add_assoc_string(config, "ca_file", B24_G(ca_file));
	}
	add_assoc_bool(config, "verify_tls", src.verify_tls);
	add_assoc_bool(config, "allow_local", B24_G(allow_local));
	add_assoc_double(config, "timeout", B24_G(timeout));
	add_assoc_double(config, "connect_timeout", B24_G(connect_timeout));
	return true;
}

/* CRest: the app opened with PLACEMENT=DEFAULT shows a page, anything else is rest_only. */
static bool b24_php_crest_rest_only(HashTable *request)
{
	const char *placement = b24_php_crest_member(request, "PLACEMENT");

	return !placement || strcmp(placement, "DEFAULT") != 0;
}

/*
 * B24App's checks of the install; the confirmed token set into *set
 * (UNDEF when refused), keeping the application_token of the settings
 * kept for the same portal. Without client_id and client_secret app.info
 * cannot confirm anything: refused. false when an override threw.
 */
static bool b24_php_crest_install_check(zend_class_entry *scope, HashTable *request, zval *set)
{
	b24_php_app_checked c;
	zval config, kept;

	ZVAL_UNDEF(set);
	if (!b24_php_crest_static(scope, "getsettingdata", &kept, 0, NULL)) {
		return false;
	}
	if (b24_php_crest_install_config(&config, &kept)) {
		b24_php_app_install_check(Z_ARRVAL(config), request, &c);
		zval_ptr_dtor(&config);
		if (c.verdict == B24_INSTALL_OK) {
			b24_php_app_keep_token(&c.set, &kept);
			ZVAL_COPY(set, &c.set);
		}
		b24_php_app_install_done(&c);
	}
	zval_ptr_dtor(&kept);
	return true;
}

bool b24_php_crest_install(zend_class_entry *scope, HashTable *request, zval *result)
{
	zval settings, kept, logged, copy;
	bool install = false, ok;

	array_init(&logged);
	ZVAL_ARR(&copy, zend_array_dup(request));
	add_assoc_zval(&logged, "request", &copy);
	ok = b24_php_crest_log(scope, &logged, "installApp");
	zval_ptr_dtor(&logged);
	if (!ok) {
		return false;
	}
	if (!b24_php_crest_install_check(scope, request, &settings)) {
		return false;
	}
	if (!Z_ISUNDEF(settings)) {
		ok = b24_php_crest_static(scope, "setsettingdata", &kept, 1, &settings);
		install = ok && zend_is_true(&kept);
		zval_ptr_dtor(&kept);
		zval_ptr_dtor(&settings);
	}
	if (!ok) {
		return false;
	}
	array_init_size(result, 2);
	add_assoc_bool(result, "rest_only", b24_php_crest_rest_only(request));
	add_assoc_bool(result, "install", install);
	return true;
}
