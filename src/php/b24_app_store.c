/*
 * b24: B24App's side of a B24TokenStore: calling its methods, turning what
 * they throw into B24_STORE_FAILED, and the client of one portal built from
 * the token set the store keeps for it.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "b24_app_private.h"

/* Seconds a lock of the store is waited for. */
#define B24_PHP_STORE_LOCK_WAIT 10.0

void b24_php_app_throw(const char *code, const char *description)
{
	b24_error err;

	b24_error_clear(&err);
	b24_error_set(&err, B24_E_AUTH, code, 0, "%s", description);
	b24_php_throw(&err);
}

bool b24_php_store_call(zval *store, const char *method, zend_string *member_id, zval *arg, zval *ret)
{
	zval id, discard;

	ZVAL_STR(&id, member_id);
	zend_call_method(Z_OBJ_P(store), Z_OBJCE_P(store), NULL, method, strlen(method),
		ret ? ret : &discard, arg ? 2 : 1, &id, arg);
	if (!ret) {
		zval_ptr_dtor(&discard);
	}
	return !EG(exception);
}

void b24_php_store_failed(const char *what)
{
	/* a pending exception becomes the previous one of this */
	b24_php_app_throw(B24_STORE_FAILED, what);
}

bool b24_php_store_lock(zval *store, zend_string *member_id)
{
	zval wait, locked;
	bool ok;

	ZVAL_DOUBLE(&wait, B24_PHP_STORE_LOCK_WAIT);
	ZVAL_UNDEF(&locked);
	ok = b24_php_store_call(store, "lock", member_id, &wait, &locked) && Z_TYPE(locked) == IS_TRUE;
	zval_ptr_dtor(&locked);
	if (!ok) {
		b24_php_store_failed("the token store could not lock the portal");
	}
	return ok;
}

bool b24_php_store_forget(zval *store, zend_string *member_id)
{
	bool ok;

	if (!b24_php_store_lock(store, member_id)) {
		return false;
	}
	ok = b24_php_store_call(store, "delete", member_id, NULL, NULL);
	/* unlock also after a failed delete; its own failure is the one reported when delete went well */
	if (!b24_php_store_call(store, "unlock", member_id, NULL, NULL) || !ok) {
		b24_php_store_failed("the token store could not forget the portal");
		return false;
	}
	return true;
}

/* A string member of a token set, or NULL. */
static zval *b24_php_app_set_string(zval *set, const char *key)
{
	zval *v = zend_hash_str_find_deref(Z_ARRVAL_P(set), key, strlen(key));

	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? v : NULL;
}

static void b24_php_app_config_copy(zval *cfg, HashTable *config)
{
	ZVAL_ARR(cfg, zend_array_dup(config));
}

static void b24_php_app_config_add(zval *cfg, const char *key, zval *value)
{
	Z_TRY_ADDREF_P(value);
	zend_hash_str_update(Z_ARRVAL_P(cfg), key, strlen(key), value);
}

/*
 * The config of the portal's client: the application's, the kept tokens
 * and endpoints, the authorization server of the install unless one is
 * configured, and the store keyed by the portal's member_id, so that a
 * refresh the client makes is written back under the store's lock and
 * seen by every other client of the portal.
 */
static bool b24_php_app_portal_config(HashTable *config, zval *store, zend_string *member_id, zval *set, zval *cfg)
{
	static const char *const keys[] = { "access_token", "refresh_token", "client_endpoint", "member_id" };
	zval *v;
	size_t i;

	b24_php_app_config_copy(cfg, config);
	for (i = 0; i < sizeof(keys) / sizeof(*keys); i++) {
		if (!(v = b24_php_app_set_string(set, keys[i]))) {
			zval_ptr_dtor(cfg);
			b24_php_app_throw(B24_UNKNOWN_PORTAL, "the token set kept for the portal is incomplete");
			return false;
		}
		b24_php_app_config_add(cfg, keys[i], v);
	}
	if (!zend_hash_str_exists(config, ZEND_STRL("oauth_server")) && (v = b24_php_app_set_string(set, "server_endpoint"))) {
		b24_php_app_config_add(cfg, "oauth_server", v);
	}
	/* the store's key, not what the kept set says: the client writes where it read */
	add_assoc_str(cfg, "member_id", zend_string_copy(member_id));
	b24_php_app_config_add(cfg, "store", store);
	return true;
}

/* new B24Client($cfg) into *client; false with its exception pending. */
static bool b24_php_app_new_client(zval *cfg, zval *client)
{
	object_init_ex(client, b24_php_ce_Client);
	zend_call_known_instance_method_with_1_params(b24_php_ce_Client->constructor, Z_OBJ_P(client), NULL, cfg);
	if (EG(exception)) {
		zval_ptr_dtor(client);
		ZVAL_UNDEF(client);
		return false;
	}
	return true;
}

bool b24_php_app_portal_client(HashTable *config, zval *store, zend_string *member_id, zval *client)
{
	zval set, cfg;
	bool ok;

	ZVAL_UNDEF(&set);
	if (!b24_php_store_call(store, "load", member_id, NULL, &set)) {
		zval_ptr_dtor(&set);
		b24_php_store_failed("the token store could not load the portal");
		return false;
	}
	if (Z_TYPE(set) != IS_ARRAY) {
		zval_ptr_dtor(&set);
		b24_php_app_throw(B24_UNKNOWN_PORTAL, "the application is not installed on this portal (no tokens kept)");
		return false;
	}
	ok = b24_php_app_portal_config(config, store, member_id, &set, &cfg);
	zval_ptr_dtor(&set);
	if (!ok) {
		return false;
	}
	ok = b24_php_app_new_client(&cfg, client);
	zval_ptr_dtor(&cfg);
	return ok;
}
