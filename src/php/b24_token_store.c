/*
 * b24: interface B24TokenStore, the contract between the clients, the
 * application lifecycle (install, events, uninstall) and wherever an
 * application keeps the tokens of its portals (b24_store.stub.php says what
 * each method must do); the conversion of token sets between PHP arrays and
 * the core's b24_token; and the adapter that lets the core client use any
 * B24TokenStore object through its PHP methods.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "b24_private.h"
#include "b24_store.h"
#include "b24_store_arginfo.h"

zend_class_entry *b24_php_ce_TokenStore;

void b24_php_token_store_minit(void)
{
	b24_php_ce_TokenStore = register_class_B24TokenStore();
}

/* ---- token sets: PHP array <-> b24_token ---- */

/* One string field: a string, or absent/null. */
static bool b24_php_token_take_str(HashTable *ht, const char *key, char **field)
{
	zval *v = zend_hash_str_find_deref(ht, key, strlen(key));

	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return true;
	}
	return Z_TYPE_P(v) == IS_STRING && strlen(Z_STRVAL_P(v)) == Z_STRLEN_P(v)
		&& b24_token_set(field, Z_STRVAL_P(v), Z_STRLEN_P(v)) == 0;
}

/* One number field: an int or a numeric string, or absent/null. */
static bool b24_php_token_take_int(HashTable *ht, const char *key, long long *field)
{
	zval *v = zend_hash_str_find_deref(ht, key, strlen(key));
	zend_long n;

	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(v) == IS_LONG) {
		*field = Z_LVAL_P(v);
		return true;
	}
	if (Z_TYPE_P(v) == IS_STRING && is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), &n, NULL, 0) == IS_LONG) {
		*field = n;
		return true;
	}
	return false;
}

bool b24_php_token_from_array(HashTable *ht, b24_token *t, const char **why)
{
	b24_token_free(t);
	*why = NULL;
#define B24_PHP_TAKE_STR(f) if (!*why && !b24_php_token_take_str(ht, #f, &t->f)) *why = #f " is not a string";
	B24_PHP_TAKE_STR(access_token) B24_PHP_TAKE_STR(refresh_token) B24_PHP_TAKE_STR(client_endpoint)
	B24_PHP_TAKE_STR(server_endpoint) B24_PHP_TAKE_STR(member_id) B24_PHP_TAKE_STR(domain)
	B24_PHP_TAKE_STR(scope) B24_PHP_TAKE_STR(status) B24_PHP_TAKE_STR(application_token)
#undef B24_PHP_TAKE_STR
#define B24_PHP_TAKE_INT(f) if (!*why && !b24_php_token_take_int(ht, #f, &t->f)) *why = #f " is not an integer";
	B24_PHP_TAKE_INT(expires) B24_PHP_TAKE_INT(expires_in) B24_PHP_TAKE_INT(user_id)
#undef B24_PHP_TAKE_INT
	if (!*why) {
		b24_token_check(t, 0, why);
	}
	if (*why) {
		b24_token_free(t);
		return false;
	}
	return true;
}

bool b24_php_token_arg(const zend_string *member_id, HashTable *tokens, uint32_t arg, b24_token *t)
{
	const char *why;

	if (!b24_php_token_from_array(tokens, t, &why)) {
		zend_argument_value_error(arg, "is not a token set: %s", why);
		return false;
	}
	if (t->member_id && strcmp(t->member_id, ZSTR_VAL(member_id)) != 0) {
		b24_token_free(t);
		zend_argument_value_error(arg, "is another portal's token set: its member_id is not $memberId");
		return false;
	}
	return true;
}

static void b24_php_token_put_str(zval *arr, const char *key, const char *value)
{
	if (value) {
		add_assoc_string(arr, key, value);
	}
}

static void b24_php_token_put_int(zval *arr, const char *key, long long value)
{
	if (value) {
		add_assoc_long(arr, key, (zend_long) value);
	}
}

void b24_php_token_to_array(const b24_token *t, zval *arr)
{
	array_init(arr);
	/* CRest's key order, as the file store writes it */
	b24_php_token_put_str(arr, "access_token", t->access_token);
	b24_php_token_put_int(arr, "expires", t->expires);
	b24_php_token_put_int(arr, "expires_in", t->expires_in);
	b24_php_token_put_str(arr, "scope", t->scope);
	b24_php_token_put_str(arr, "domain", t->domain);
	b24_php_token_put_str(arr, "server_endpoint", t->server_endpoint);
	b24_php_token_put_str(arr, "status", t->status);
	b24_php_token_put_str(arr, "client_endpoint", t->client_endpoint);
	b24_php_token_put_str(arr, "member_id", t->member_id);
	b24_php_token_put_int(arr, "user_id", t->user_id);
	b24_php_token_put_str(arr, "refresh_token", t->refresh_token);
	b24_php_token_put_str(arr, "application_token", t->application_token);
}

bool b24_php_member_id_check(const zend_string *member_id, uint32_t arg)
{
	if (!b24_token_store_member_valid(ZSTR_VAL(member_id), ZSTR_LEN(member_id))) {
		zend_argument_value_error(arg, "must be 1 to %d of A-Z a-z 0-9 _ - (a portal's member_id)",
			B24_MEMBER_ID_MAX);
		return false;
	}
	return true;
}

/* ---- user code's exceptions ---- */

/*
 * An exception thrown by a store's method is taken out of the engine (the
 * core goes on: it unlocks, it reports) and kept here until the binding
 * throws the B24_STORE_FAILED it caused, which gets it as previous.
 */
static void b24_php_store_keep_exception(void)
{
	zend_object *ex = EG(exception);

	GC_ADDREF(ex);
	zend_clear_exception();
	b24_php_store_drop_exception();
	B24_G(store_exception) = ex;
}

void b24_php_store_drop_exception(void)
{
	if (B24_G(store_exception)) {
		OBJ_RELEASE(B24_G(store_exception));
		B24_G(store_exception) = NULL;
	}
}

zend_object *b24_php_store_take_exception(void)
{
	zend_object *ex = B24_G(store_exception);

	B24_G(store_exception) = NULL;
	return ex;
}

/* ---- the adapter: the core's store operations on a B24TokenStore object ---- */

typedef struct b24_php_object_store {
	zval object;
	zval member_id;              /* a string */
} b24_php_object_store;

/* B24_STORE_FAILED for a method of the store: an exception kept, or `what`. */
static int b24_php_object_fail(const char *method, const char *what, b24_error *err)
{
	if (EG(exception)) {
		b24_php_store_keep_exception();
		what = "threw an exception (the previous one)";
	}
	b24_error_set(err, B24_E_AUTH, B24_STORE_FAILED, 0, "token store: %s() %s", method, what);
	return -1;
}

/* $store->method($member_id[, arg]); retval is UNDEF when it threw. */
static void b24_php_object_call(b24_php_object_store *st, const char *method, zval *arg, zval *retval)
{
	ZVAL_UNDEF(retval);
	zend_call_method(Z_OBJ(st->object), Z_OBJCE(st->object), NULL, method, strlen(method), retval,
		arg ? 2 : 1, &st->member_id, arg);
	if (EG(exception)) {
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
	}
}

static int b24_php_object_lock(void *ctx, long timeout_ms, b24_error *err)
{
	zval timeout, ret;
	int rc;

	ZVAL_DOUBLE(&timeout, (double) (timeout_ms > 0 ? timeout_ms : B24_STORE_LOCK_TIMEOUT_MS) / 1000.0);
	b24_php_object_call(ctx, "lock", &timeout, &ret);
	if (Z_ISUNDEF(ret)) {
		return b24_php_object_fail("lock", "", err);
	}
	rc = Z_TYPE(ret) == IS_TRUE ? 0 : b24_php_object_fail("lock", "timed out", err);
	zval_ptr_dtor(&ret);
	return rc;
}

static int b24_php_object_unlock(void *ctx, b24_error *err)
{
	zval ret;

	b24_php_object_call(ctx, "unlock", NULL, &ret);
	if (Z_ISUNDEF(ret)) {
		return b24_php_object_fail("unlock", "", err);
	}
	zval_ptr_dtor(&ret);
	return 0;
}

static int b24_php_object_load(void *ctx, b24_token *out, b24_error *err)
{
	const char *why = NULL;
	zval ret;
	int rc = B24_STORE_MISSING;

	b24_token_free(out);
	b24_php_object_call(ctx, "load", NULL, &ret);
	if (Z_ISUNDEF(ret)) {
		b24_php_object_fail("load", "", err);
		return B24_STORE_ERROR;
	}
	if (Z_TYPE(ret) == IS_ARRAY) {
		rc = b24_php_token_from_array(Z_ARRVAL(ret), out, &why) ? B24_STORE_LOADED : B24_STORE_ERROR;
	}
	zval_ptr_dtor(&ret);
	if (rc == B24_STORE_ERROR) {
		b24_error_set(err, B24_E_AUTH, B24_STORE_FAILED, 0,
			"token store: load() returned a malformed token set: %s", why);
	}
	return rc;
}

static int b24_php_object_save(void *ctx, const b24_token *t, b24_error *err)
{
	zval arr, ret;

	b24_php_token_to_array(t, &arr);
	b24_php_object_call(ctx, "save", &arr, &ret);
	zval_ptr_dtor(&arr);
	if (Z_ISUNDEF(ret)) {
		return b24_php_object_fail("save", "", err);
	}
	zval_ptr_dtor(&ret);
	return 0;
}

static int b24_php_object_remove(void *ctx, b24_error *err)
{
	zval ret;

	b24_php_object_call(ctx, "delete", NULL, &ret);
	if (Z_ISUNDEF(ret)) {
		return b24_php_object_fail("delete", "", err);
	}
	zval_ptr_dtor(&ret);
	return 0;
}

static void b24_php_object_free(void *ctx)
{
	b24_php_object_store *st = ctx;

	zval_ptr_dtor(&st->object);
	zval_ptr_dtor(&st->member_id);
	efree(st);
}

static const b24_token_store_ops b24_php_object_ops = {
	"object", b24_php_object_lock, b24_php_object_unlock, b24_php_object_load, b24_php_object_save,
	b24_php_object_remove, NULL, b24_php_object_free
};

zval *b24_php_token_store_zval(const b24_token_store *st)
{
	return st->ops == &b24_php_object_ops ? &((b24_php_object_store *)st->ctx)->object : NULL;
}

void b24_php_token_store_object(b24_token_store *st, zend_object *object, zend_string *member_id)
{
	b24_php_object_store *ctx = emalloc(sizeof(*ctx));

	ZVAL_OBJ_COPY(&ctx->object, object);
	ZVAL_STR_COPY(&ctx->member_id, member_id);
	st->ops = &b24_php_object_ops;
	st->ctx = ctx;
}
