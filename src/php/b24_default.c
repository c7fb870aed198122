/*
 * b24: the default client of b24_call() and b24_call_batch().
 *
 * Configured by the b24.* INI settings; when b24.webhook_url,
 * b24.client_id and b24.client_secret are all empty, by CRest's constants
 * C_REST_WEB_HOOK_URL, C_REST_CLIENT_ID, C_REST_CLIENT_SECRET and
 * C_REST_IGNORE_SSL, so that code written for CRest runs unchanged. The
 * tokens of an OAuth application come from b24.store (CRest's
 * settings.json is readable) and are refreshed at b24.oauth_server. Built
 * on first use, kept for the request, dropped when a b24.* setting changes.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_constants.h"

#include "b24_private.h"
#include "b24_store.h"

static const char *b24_php_ini_or_null(const char *value)
{
	return value && value[0] ? value : NULL;
}

const char *b24_php_crest_constant(const char *name, size_t len)
{
	zval *c = zend_get_constant_str(name, len);

	return c && Z_TYPE_P(c) == IS_STRING && Z_STRLEN_P(c) > 0 ? Z_STRVAL_P(c) : NULL;
}

void b24_php_default_source_read(b24_php_default_source *src)
{
	zval *ignore_ssl;

	src->webhook_name = "b24.webhook_url";
	src->webhook = b24_php_ini_or_null(B24_G(webhook_url));
	src->client_id = b24_php_ini_or_null(B24_G(client_id));
	src->client_secret = b24_php_ini_or_null(B24_G(client_secret));
	src->verify_tls = B24_G(verify_tls);
	if (src->webhook || src->client_id || src->client_secret) {
		return;
	}
	src->webhook_name = "C_REST_WEB_HOOK_URL";
	src->webhook = b24_php_crest_constant(ZEND_STRL("C_REST_WEB_HOOK_URL"));
	src->client_id = b24_php_crest_constant(ZEND_STRL("C_REST_CLIENT_ID"));
	src->client_secret = b24_php_crest_constant(ZEND_STRL("C_REST_CLIENT_SECRET"));
	ignore_ssl = zend_get_constant_str(ZEND_STRL("C_REST_IGNORE_SSL"));
	if (ignore_ssl && Z_TYPE_P(ignore_ssl) == IS_TRUE) {
		src->verify_tls = false;
	}
}

bool b24_php_default_config_fill(b24_client_config *cfg, const b24_php_default_source *src)
{
	b24_error err;

	b24_error_clear(&err);
	if (src->webhook && !b24_php_check_webhook(src->webhook, strlen(src->webhook), &err)) {
		zend_value_error("%s(): %s is not a valid webhook URL: %s",
			get_active_function_name(), src->webhook_name, err.description);
		return false;
	}
	cfg->webhook_url = src->webhook;
	cfg->client_id = src->client_id;
	cfg->client_secret = src->client_secret;
	cfg->oauth_server = b24_php_ini_or_null(B24_G(oauth_server));
	cfg->http.verify_tls = src->verify_tls;
	cfg->allow_local = B24_G(allow_local);
	cfg->http.ca_file = b24_php_ini_or_null(B24_G(ca_file));
	b24_php_seconds_to_ms(B24_G(timeout), &cfg->http.timeout_ms);
	b24_php_seconds_to_ms(B24_G(connect_timeout), &cfg->http.connect_timeout_ms);
	b24_php_pool_source(&cfg->transports);
	b24_php_budget_defaults(&cfg->pace);
	return true;
}

static bool b24_php_default_config(b24_client_config *cfg, const b24_php_default_source *src)
{
	const char *store = b24_php_ini_or_null(B24_G(store));

	if (!src->webhook && !src->client_id && !store) {
		zend_throw_error(NULL, "%s(): no B24Client given and no default client configured: "
			"set b24.webhook_url, or b24.client_id, b24.client_secret and b24.store",
			get_active_function_name());
		return false;
	}
	cfg->store_path = store;
	return b24_php_default_config_fill(cfg, src);
}

b24_php_client *b24_php_default_client(void)
{
	b24_php_default_source src;
	b24_client_config cfg;
	b24_php_client *pc;
	char what[96];

	if (B24_G(default_client)) {
		return B24_G(default_client);
	}
	b24_php_default_source_read(&src);
	b24_client_config_init(&cfg);
	if (!b24_php_default_config(&cfg, &src)) {
		return NULL;
	}
	pc = ecalloc(1, sizeof(*pc));
	snprintf(what, sizeof(what), "%s(): the default client", get_active_function_name());
	if (!b24_php_client_open(pc, &cfg, what)) {
		efree(pc);
		return NULL;
	}
	B24_G(default_client) = pc;
	return pc;
}

void b24_php_default_client_release(void)
{
	if (B24_G(default_client)) {
		b24_php_client_close(B24_G(default_client));
		efree(B24_G(default_client));
		B24_G(default_client) = NULL;
	}
}

/* A stored installation has an endpoint and a token to call or refresh with. */
static bool b24_php_store_has_install(const char *path)
{
	b24_store *store;
	b24_token token;
	b24_error err;
	bool installed = true;
	int rc;

	b24_error_clear(&err);
	if (!(store = b24_store_open(path, &err))) {
		return true;
	}
	b24_token_init(&token);
	rc = b24_store_load(store, &token, &err);
	if (rc == B24_STORE_MISSING) {
		installed = false;
	} else if (rc == B24_STORE_LOADED) {
		installed = token.client_endpoint && token.client_endpoint[0]
			&& ((token.access_token && token.access_token[0]) || (token.refresh_token && token.refresh_token[0]));
	}
	b24_token_free(&token);
	b24_store_free(store);
	return installed;
}

/*
 * CRest answers the calls of an application that was never installed (its
 * settings.json holds no tokens yet) with the error no_install_app rather
 * than failing; b24_call() and b24_call_batch() without a client do the
 * same. A damaged store is not "not installed": the client reports it.
 */
bool b24_php_default_not_installed(void)
{
	b24_php_default_source src;
	const char *store = b24_php_ini_or_null(B24_G(store));

	if (B24_G(default_client) || !store) {
		return false;
	}
	b24_php_default_source_read(&src);
	return !src.webhook && !b24_php_store_has_install(store);
}
