/*
 * b24: B24Client's config (a webhook URL, or an array of the keys below)
 * read into the core's b24_client_config. The array goes through the one
 * option reader, b24_php_options_parse(): keys of any ASCII case, each of
 * one type; URLs are checked here so that the ValueError names the key.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_private.h"
#include "b24_url.h"
#include "b24_retry.h"

/* The keys, in the order the docs list them; a row's target is its enum value. */
enum b24_php_config_key {
	B24_CFG_webhook, B24_CFG_client_id, B24_CFG_client_secret, B24_CFG_access_token,
	B24_CFG_refresh_token, B24_CFG_client_endpoint, B24_CFG_member_id, B24_CFG_oauth_server,
	B24_CFG_store, B24_CFG_timeout, B24_CFG_connect_timeout, B24_CFG_ca_file, B24_CFG_verify_tls,
	B24_CFG_user_agent, B24_CFG_json, B24_CFG_allow_local, B24_CFG_rate_limit, B24_CFG_rate_wait_max,
	B24_CFG_retries, B24_CFG_logger,
	B24_CFG_COUNT
};

static const b24_php_opt b24_php_config_rows[B24_CFG_COUNT] = {
	{ "webhook", B24_PHP_OPT_STRING, B24_CFG_webhook },
	{ "client_id", B24_PHP_OPT_STRING, B24_CFG_client_id },
	{ "client_secret", B24_PHP_OPT_STRING, B24_CFG_client_secret },
	{ "access_token", B24_PHP_OPT_STRING, B24_CFG_access_token },
	{ "refresh_token", B24_PHP_OPT_STRING, B24_CFG_refresh_token },
	{ "client_endpoint", B24_PHP_OPT_STRING, B24_CFG_client_endpoint },
	{ "member_id", B24_PHP_OPT_STRING, B24_CFG_member_id },
	{ "oauth_server", B24_PHP_OPT_STRING, B24_CFG_oauth_server },
	{ "store", B24_PHP_OPT_STORE, B24_CFG_store },
	{ "timeout", B24_PHP_OPT_NUMBER, B24_CFG_timeout },
	{ "connect_timeout", B24_PHP_OPT_NUMBER, B24_CFG_connect_timeout },
	{ "ca_file", B24_PHP_OPT_STRING, B24_CFG_ca_file },
	{ "verify_tls", B24_PHP_OPT_BOOL, B24_CFG_verify_tls },
	{ "user_agent", B24_PHP_OPT_HEADER, B24_CFG_user_agent },
	{ "json", B24_PHP_OPT_BOOL, B24_CFG_json },
	{ "allow_local", B24_PHP_OPT_BOOL, B24_CFG_allow_local },
	{ "rate_limit", B24_PHP_OPT_STRING, B24_CFG_rate_limit },
	{ "rate_wait_max", B24_PHP_OPT_NUMBER, B24_CFG_rate_wait_max },
	{ "retries", B24_PHP_OPT_INT, B24_CFG_retries },
	{ "logger", B24_PHP_OPT_OBJECT, B24_CFG_logger },
};

static const b24_php_opts b24_php_config_spec = { b24_php_config_rows, B24_CFG_COUNT, "key" };

/* Seconds as a positive finite number up to a day, in milliseconds. */
bool b24_php_seconds_to_ms(double seconds, long *ms)
{
	if (!(seconds > 0.0) || seconds > 86400.0) {
		return false;
	}
	*ms = (long) (seconds * 1000.0 + 0.5);
	if (*ms < 1) {
		*ms = 1;
	}
	return true;
}

static bool b24_php_config_seconds(zval *value, int key, long *ms)
{
	double seconds;

	if (!value) {
		return true;
	}
	seconds = Z_TYPE_P(value) == IS_LONG ? (double) Z_LVAL_P(value) : Z_DVAL_P(value);
	if (!b24_php_seconds_to_ms(seconds, ms)) {
		zend_argument_value_error(1, "key \"%s\" must be a number of seconds above 0 and at most 86400",
			b24_php_config_rows[key].name);
		return false;
	}
	return true;
}

static const char *b24_php_config_str(zval *values[B24_CFG_COUNT], int key)
{
	return values[key] ? Z_STRVAL_P(values[key]) : NULL;
}

static bool b24_php_config_true(zval *values[B24_CFG_COUNT], int key)
{
	return values[key] && Z_TYPE_P(values[key]) == IS_TRUE;
}

/* A webhook URL that the core refuses is a ValueError that names where it came from. */
bool b24_php_check_webhook(const char *url, size_t len, b24_error *err)
{
	b24_buf base = B24_BUF_INIT;
	int rc = b24_url_webhook_base(url, len, 0, &base, err);

	b24_buf_free(&base);
	return rc == 0;
}

/* The URL of `key` as its checker of b24_url sees it; 0 when absent. */
static int b24_php_config_url(zval *values[B24_CFG_COUNT], int key, b24_buf *base, b24_error *err)
{
	zval *v = values[key];

	b24_buf_reset(base);
	if (!v) {
		return 0;
	}
	switch (key) {
		case B24_CFG_webhook:
			return b24_php_check_webhook(Z_STRVAL_P(v), Z_STRLEN_P(v), err) ? 0 : -1;
		case B24_CFG_client_endpoint:
			return b24_url_client_endpoint(Z_STRVAL_P(v), Z_STRLEN_P(v), 0, base, err);
		default:
			return b24_url_oauth_server(Z_STRVAL_P(v), Z_STRLEN_P(v), 0, base, err);
	}
}

/* The webhook URL, or (OAuth) the client endpoint and the OAuth server. */
static bool b24_php_config_urls(zval *values[B24_CFG_COUNT])
{
	static const int webhook[] = { B24_CFG_webhook }, oauth[] = { B24_CFG_client_endpoint, B24_CFG_oauth_server };
	const int *keys = values[B24_CFG_webhook] ? webhook : oauth;
	size_t i, n = values[B24_CFG_webhook] ? 1 : 2;
	b24_buf base = B24_BUF_INIT;
	b24_error err;
	int rc = 0;

	b24_error_clear(&err);
	for (i = 0; i < n && rc == 0; i++) {
		rc = b24_php_config_url(values, keys[i], &base, &err);
	}
	b24_buf_free(&base);
	if (rc != 0) {
		zend_argument_value_error(1, "key \"%s\" is not valid: %s", b24_php_config_rows[keys[i - 1]].name,
			err.description);
		return false;
	}
	return true;
}

static void b24_php_config_fill(b24_client_config *cfg, zval *v[B24_CFG_COUNT])
{
	cfg->webhook_url = b24_php_config_str(v, B24_CFG_webhook);
	cfg->client_id = b24_php_config_str(v, B24_CFG_client_id);
	cfg->client_secret = b24_php_config_str(v, B24_CFG_client_secret);
	cfg->access_token = b24_php_config_str(v, B24_CFG_access_token);
	cfg->refresh_token = b24_php_config_str(v, B24_CFG_refresh_token);
	cfg->client_endpoint = b24_php_config_str(v, B24_CFG_client_endpoint);
	cfg->member_id = b24_php_config_str(v, B24_CFG_member_id);
	cfg->oauth_server = b24_php_config_str(v, B24_CFG_oauth_server);
	if (v[B24_CFG_store] && Z_TYPE_P(v[B24_CFG_store]) == IS_STRING) {
		cfg->store_path = Z_STRVAL_P(v[B24_CFG_store]);
	}
	cfg->http.ca_file = b24_php_config_str(v, B24_CFG_ca_file);
	cfg->http.user_agent = b24_php_config_str(v, B24_CFG_user_agent);
	if (v[B24_CFG_verify_tls]) {
		cfg->http.verify_tls = Z_TYPE_P(v[B24_CFG_verify_tls]) == IS_TRUE;
	}
	cfg->allow_local = b24_php_config_true(v, B24_CFG_allow_local);
}

/* rate_limit, rate_wait_max and retries over the INI values (already in pace). */
static bool b24_php_config_pace(zval *v[B24_CFG_COUNT], b24_pace_config *pace)
{
	zval *z;

	if ((z = v[B24_CFG_rate_limit]) && b24_rate_parse(Z_STRVAL_P(z), &pace->limit) != 0) {
		zend_argument_value_error(1, "key \"rate_limit\" must be \"burst/drain\" (e.g. \"50/2\") or \"0\"");
		return false;
	}
	if ((z = v[B24_CFG_rate_wait_max]) && !b24_php_budget_wait_max(
			Z_TYPE_P(z) == IS_LONG ? (double) Z_LVAL_P(z) : Z_DVAL_P(z), &pace->wait_max_ms)) {
		zend_argument_value_error(1, "key \"rate_wait_max\" must be a number of seconds from 0 to 86400");
		return false;
	}
	if ((z = v[B24_CFG_retries])) {
		if (Z_LVAL_P(z) < 0 || Z_LVAL_P(z) > B24_RETRY_MAX) {
			zend_argument_value_error(1, "key \"retries\" must be between 0 and %d", B24_RETRY_MAX);
			return false;
		}
		pace->retries = (int) Z_LVAL_P(z);
	}
	return true;
}

/*
 * A store object picks its portal by member_id: B24FileTokenStore opens its
 * file in the core, any other B24TokenStore is called through its methods.
 */
static bool b24_php_config_store(b24_client_config *cfg, zval *v[B24_CFG_COUNT])
{
	zval *store = v[B24_CFG_store], *member = v[B24_CFG_member_id];
	const char *dir;
	b24_error err;

	if (!store || Z_TYPE_P(store) != IS_OBJECT) {
		return true;
	}
	if (!member) {
		zend_argument_value_error(1, "key \"member_id\" is required with a B24TokenStore as \"store\"");
		return false;
	}
	if (!b24_token_store_member_valid(Z_STRVAL_P(member), Z_STRLEN_P(member))) {
		zend_argument_value_error(1, "key \"member_id\" must be 1 to %d of A-Z a-z 0-9 _ - (a portal's member_id)",
			B24_MEMBER_ID_MAX);
		return false;
	}
	dir = Z_OBJCE_P(store) == b24_php_ce_FileTokenStore ? b24_php_file_store_dir(Z_OBJ_P(store)) : NULL;
	if (!dir) {
		b24_php_token_store_object(&cfg->store, Z_OBJ_P(store), Z_STR_P(member));
		return true;
	}
	b24_error_clear(&err);
	if (b24_token_store_keyed(&cfg->store, dir, Z_STRVAL_P(member), &err) != 0) {
		b24_php_throw(&err);
		return false;
	}
	return true;
}

static bool b24_php_config_from_array(b24_client_config *cfg, b24_php_client *pc, HashTable *config)
{
	zval *v[B24_CFG_COUNT];

	if (!b24_php_options_parse(config, &b24_php_config_spec, v, 1) || !b24_php_config_urls(v)
			|| (v[B24_CFG_logger] && !b24_php_logger_check(v[B24_CFG_logger], 1, "logger"))) {
		return false;
	}
	if (!v[B24_CFG_webhook] && !v[B24_CFG_client_endpoint] && !v[B24_CFG_store]) {
		zend_argument_value_error(1,
			"must contain \"webhook\", or \"client_endpoint\" or \"store\" for an OAuth application");
		return false;
	}
	b24_php_config_fill(cfg, v);
	pc->json = b24_php_config_true(v, B24_CFG_json);
	if (v[B24_CFG_logger]) {
		ZVAL_COPY(&pc->logger, v[B24_CFG_logger]);
	}
	/* the store last: it is the one value that owns something (freed by the client) */
	return b24_php_config_seconds(v[B24_CFG_timeout], B24_CFG_timeout, &cfg->http.timeout_ms)
		&& b24_php_config_seconds(v[B24_CFG_connect_timeout], B24_CFG_connect_timeout,
			&cfg->http.connect_timeout_ms)
		&& b24_php_config_pace(v, &cfg->pace)
		&& b24_php_config_store(cfg, v);
}

static bool b24_php_config_from_string(b24_client_config *cfg, zend_string *url)
{
	b24_error err;

	b24_error_clear(&err);
	if (B24_STR_HAS_NUL(url)) {
		zend_argument_value_error(1, "must not contain any null bytes");
		return false;
	}
	if (!b24_php_check_webhook(ZSTR_VAL(url), ZSTR_LEN(url), &err)) {
		zend_argument_value_error(1, "is not a valid webhook URL: %s", err.description);
		return false;
	}
	cfg->webhook_url = ZSTR_VAL(url);
	return true;
}

bool b24_php_client_config_read(b24_client_config *cfg, b24_php_client *pc, HashTable *array, zend_string *url)
{
	pc->json = false;
	b24_php_budget_defaults(&cfg->pace);
	return url ? b24_php_config_from_string(cfg, url) : b24_php_config_from_array(cfg, pc, array);
}

/*
 * B24App's $config (its store taken out): the keys of B24Client's config
 * that describe the application and the transport, read by the same table,
 * so that every portal's client is later built from it unchanged. The keys
 * of one portal are refused; client_id and client_secret are required.
 */
bool b24_php_client_config_check_app(HashTable *config)
{
	static const int portal_keys[] = { B24_CFG_webhook, B24_CFG_access_token, B24_CFG_refresh_token,
		B24_CFG_client_endpoint, B24_CFG_member_id, B24_CFG_store };
	zval *v[B24_CFG_COUNT];
	b24_client_config scratch;
	size_t i;

	if (!b24_php_options_parse(config, &b24_php_config_spec, v, 1) || !b24_php_config_urls(v)
			|| (v[B24_CFG_logger] && !b24_php_logger_check(v[B24_CFG_logger], 1, "logger"))) {
		return false;
	}
	for (i = 0; i < sizeof(portal_keys) / sizeof(*portal_keys); i++) {
		if (v[portal_keys[i]]) {
			zend_argument_value_error(1, "must not contain \"%s\": the tokens of each portal come from the store",
				b24_php_config_rows[portal_keys[i]].name);
			return false;
		}
	}
	if (!v[B24_CFG_client_id] || !v[B24_CFG_client_secret]) {
		zend_argument_value_error(1, "must contain \"client_id\" and \"client_secret\"");
		return false;
	}
	b24_client_config_init(&scratch);
	return b24_php_config_seconds(v[B24_CFG_timeout], B24_CFG_timeout, &scratch.http.timeout_ms)
		&& b24_php_config_seconds(v[B24_CFG_connect_timeout], B24_CFG_connect_timeout,
			&scratch.http.connect_timeout_ms)
		&& b24_php_config_pace(v, &scratch.pace);
}
