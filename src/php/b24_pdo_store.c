/*
 * b24: class B24PdoTokenStore, the token sets of many portals in one table
 * of a PDO database, through PDO's own methods (prepare, execute, fetchColumn,
 * rowCount, exec): prepared statements for every value, the table name an
 * identifier checked once.
 *
 * Table: member_id (key), tokens (the set as JSON, the file store's text),
 * lock_until (milliseconds since the epoch), lock_owner. The lock is a
 * lease: a conditional UPDATE takes it when it is free or has run out, so
 * it works across processes and hosts on every driver, and a killed holder
 * blocks its portal for at most the lease. See docs/ARCHITECTURE.md.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include <sys/time.h>
#include <unistd.h>

#include "b24_private.h"
#include "b24_store.h"
#include "b24_pdo_store_arginfo.h"

/* Above one refresh (the HTTP deadline, 75 s, and the writes around it). */
#define B24_PDO_LEASE_MS 120000LL
#define B24_PDO_TABLE_MAX 63
/* PDO::ATTR_DRIVER_NAME */
#define B24_PDO_ATTR_DRIVER_NAME 16

zend_class_entry *b24_php_ce_PdoTokenStore;
static zend_object_handlers b24_php_pdo_store_handlers;

typedef struct b24_php_pdo_store {
	zval pdo;                    /* UNDEF until constructed */
	zend_string *table;
	HashTable owners;            /* member_id => the lease owner this object holds (a string) */
	zend_object std;
} b24_php_pdo_store;

static inline b24_php_pdo_store *b24_php_pdo_obj(zend_object *obj)
{
	return (b24_php_pdo_store *) ((char *) obj - offsetof(b24_php_pdo_store, std));
}

static b24_php_pdo_store *b24_php_pdo_this(zval *this_ptr)
{
	b24_php_pdo_store *ps = b24_php_pdo_obj(Z_OBJ_P(this_ptr));

	if (Z_ISUNDEF(ps->pdo)) {
		zend_throw_error(NULL, "B24PdoTokenStore object is not constructed");
		return NULL;
	}
	return ps;
}

/* A table name: a letter or _, then letters, digits, _ (at most 63): never quoted, never a trick. */
static bool b24_php_pdo_table_valid(const zend_string *name)
{
	size_t i;

	if (ZSTR_LEN(name) == 0 || ZSTR_LEN(name) > B24_PDO_TABLE_MAX || isdigit((unsigned char) ZSTR_VAL(name)[0])) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(name); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(name)[i];

		if (!isalnum(c) && c != '_') {
			return false;
		}
	}
	return true;
}

/* A failure of PDO that threw nothing (ERRMODE_SILENT/WARNING): B24_STORE_FAILED. */
static void b24_php_pdo_fail(const char *what)
{
	b24_error err;

	if (EG(exception)) {
		return;
	}
	b24_error_set(&err, B24_E_AUTH, B24_STORE_FAILED, 0, "token store (PDO): %s failed", what);
	b24_php_throw(&err);
}

/*
 * Runs the statement `fmt`, whose %s are the table name (an identifier,
 * checked at construction: the only text that is not a parameter), with
 * the string/int params; the statement is left in *stmt (UNDEF on failure,
 * with an exception thrown).
 */
static bool b24_php_pdo_run(b24_php_pdo_store *ps, const char *fmt, zval *params, uint32_t count, zval *stmt)
{
	zval zsql, ret, args;
	uint32_t i;

	ZVAL_UNDEF(stmt);
	ZVAL_STR(&zsql, zend_strpprintf(0, fmt, ZSTR_VAL(ps->table), ZSTR_VAL(ps->table)));
	zend_call_method(Z_OBJ(ps->pdo), Z_OBJCE(ps->pdo), NULL, ZEND_STRL("prepare"), stmt, 1, &zsql, NULL);
	zval_ptr_dtor(&zsql);
	if (EG(exception) || Z_TYPE_P(stmt) != IS_OBJECT) {
		zval_ptr_dtor(stmt);
		ZVAL_UNDEF(stmt);
		b24_php_pdo_fail("prepare");
		return false;
	}
	array_init_size(&args, count);
	for (i = 0; i < count; i++) {
		Z_TRY_ADDREF(params[i]);
		add_next_index_zval(&args, &params[i]);
	}
	zend_call_method(Z_OBJ_P(stmt), Z_OBJCE_P(stmt), NULL, ZEND_STRL("execute"), &ret, 1, &args, NULL);
	zval_ptr_dtor(&args);
	if (EG(exception) || Z_TYPE(ret) != IS_TRUE) {
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(stmt);
		ZVAL_UNDEF(stmt);
		b24_php_pdo_fail("execute");
		return false;
	}
	return true;
}

/* b24_php_pdo_run() that drops the statement; the affected rows in *rows when asked. */
static bool b24_php_pdo_do(b24_php_pdo_store *ps, const char *fmt, zval *params, uint32_t count, zend_long *rows)
{
	zval stmt, ret;
	bool ok = b24_php_pdo_run(ps, fmt, params, count, &stmt);

	if (ok && rows) {
		zend_call_method(Z_OBJ(stmt), Z_OBJCE(stmt), NULL, ZEND_STRL("rowCount"), &ret, 0, NULL, NULL);
		ok = !EG(exception) && Z_TYPE(ret) == IS_LONG;
		*rows = ok ? Z_LVAL(ret) : 0;
		zval_ptr_dtor(&ret);
	}
	zval_ptr_dtor(&stmt);
	return ok;
}

/* The driver's name ("sqlite", "pgsql", "mysql" ...), "" when PDO does not say. */
static void b24_php_pdo_driver(b24_php_pdo_store *ps, char *out, size_t size)
{
	zval attr, ret;

	ZVAL_LONG(&attr, B24_PDO_ATTR_DRIVER_NAME);
	zend_call_method(Z_OBJ(ps->pdo), Z_OBJCE(ps->pdo), NULL, ZEND_STRL("getAttribute"), &ret, 1, &attr, NULL);
	out[0] = '\0';
	if (!EG(exception) && Z_TYPE(ret) == IS_STRING) {
		strlcpy(out, Z_STRVAL(ret), size);
	}
	zval_ptr_dtor(&ret);
}

/*
 * The portal's row, made when missing, so that the lease and the tokens
 * are UPDATEs of one row. Each driver's own "insert unless present" keeps
 * two processes that make it at once from failing on the key.
 */
static bool b24_php_pdo_ensure_row(b24_php_pdo_store *ps, zval *member_id)
{
	char driver[32];
	const char *fmt;
	zval params[2];

	b24_php_pdo_driver(ps, driver, sizeof(driver));
	if (EG(exception)) {
		return false;
	}
	if (strcmp(driver, "sqlite") == 0) {
		fmt = "INSERT OR IGNORE INTO %s (member_id) VALUES (?)";
	} else if (strcmp(driver, "pgsql") == 0) {
		fmt = "INSERT INTO %s (member_id) VALUES (?) ON CONFLICT (member_id) DO NOTHING";
	} else if (strcmp(driver, "mysql") == 0) {
		fmt = "INSERT IGNORE INTO %s (member_id) VALUES (?)";
	} else {
		fmt = "INSERT INTO %s (member_id) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM %s WHERE member_id = ?)";
	}
	ZVAL_COPY_VALUE(&params[0], member_id);
	ZVAL_COPY_VALUE(&params[1], member_id);
	return b24_php_pdo_do(ps, fmt, params, strstr(fmt, "EXISTS") ? 2 : 1, NULL);
}

static zend_long b24_php_pdo_now_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (zend_long) tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

/* A lease owner nobody else holds: 128 random bits in hex. */
static zend_string *b24_php_pdo_owner(void)
{
	unsigned char raw[16];
	zend_string *hex = zend_string_alloc(32, 0);
	size_t i;

	if (php_random_bytes_silent(raw, sizeof(raw)) != SUCCESS) {
		/* no entropy source: pid and clock are unique on this host */
		zend_long now = b24_php_pdo_now_ms();

		memset(raw, 0, sizeof(raw));
		memcpy(raw, &now, sizeof(now));
		raw[8] = (unsigned char) getpid();
		raw[9] = (unsigned char) (getpid() >> 8);
		raw[10] = (unsigned char) (getpid() >> 16);
	}
	for (i = 0; i < sizeof(raw); i++) {
		ZSTR_VAL(hex)[2 * i] = "0123456789abcdef"[raw[i] >> 4];
		ZSTR_VAL(hex)[2 * i + 1] = "0123456789abcdef"[raw[i] & 15];
	}
	ZSTR_VAL(hex)[32] = '\0';
	return hex;
}

/* One try at the lease: 1 taken, 0 held by another, -1 with an exception thrown. */
static int b24_php_pdo_try_lease(b24_php_pdo_store *ps, zval *member_id, zend_string *owner)
{
	zval params[4];
	zend_long now = b24_php_pdo_now_ms(), rows = 0;

	ZVAL_LONG(&params[0], now + B24_PDO_LEASE_MS);
	ZVAL_STR(&params[1], owner);
	ZVAL_COPY_VALUE(&params[2], member_id);
	ZVAL_LONG(&params[3], now);
	if (!b24_php_pdo_do(ps, "UPDATE %s SET lock_until = ?, lock_owner = ? WHERE member_id = ? AND lock_until < ?",
			params, 4, &rows)) {
		return -1;
	}
	return rows == 1;
}

/* ---- methods ---- */

/* $pdo is a PDO (ext/pdo is looked up by name: b24 does not need it loaded). */
static bool b24_php_pdo_is_pdo(zval *pdo)
{
	zend_string *name;
	zend_class_entry *ce;

	if (Z_TYPE_P(pdo) != IS_OBJECT) {
		return false;
	}
	name = zend_string_init("PDO", 3, 0);
	ce = zend_lookup_class(name);
	zend_string_release(name);
	return ce && instanceof_function(Z_OBJCE_P(pdo), ce);
}

PHP_METHOD(B24PdoTokenStore, __construct)
{
	b24_php_pdo_store *ps = b24_php_pdo_obj(Z_OBJ_P(ZEND_THIS));
	zval *pdo;
	zend_string *table = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(pdo)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(table)
	ZEND_PARSE_PARAMETERS_END();

	if (!Z_ISUNDEF(ps->pdo)) {
		zend_throw_error(NULL, "B24PdoTokenStore object is already constructed");
		RETURN_THROWS();
	}
	if (!b24_php_pdo_is_pdo(pdo)) {
		zend_argument_type_error(1, "must be of type PDO, %s given", zend_zval_type_name(pdo));
		RETURN_THROWS();
	}
	if (table && !b24_php_pdo_table_valid(table)) {
		zend_argument_value_error(2, "must be a table name: a letter or _, then letters, digits or _ (at most %d)",
			B24_PDO_TABLE_MAX);
		RETURN_THROWS();
	}
	ps->table = table ? zend_string_copy(table) : zend_string_init(ZEND_STRL("b24_tokens"), 0);
	ZVAL_COPY(&ps->pdo, pdo);
}

PHP_METHOD(B24PdoTokenStore, createTable)
{
	b24_php_pdo_store *ps;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(ps = b24_php_pdo_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	/* types every one of SQLite, PostgreSQL and MySQL takes; a key MySQL can index */
	b24_php_pdo_do(ps, "CREATE TABLE IF NOT EXISTS %s (member_id VARCHAR(64) NOT NULL PRIMARY KEY, "
		"tokens TEXT NULL, lock_until BIGINT NOT NULL DEFAULT 0, lock_owner VARCHAR(64) NOT NULL DEFAULT '')",
		NULL, 0, NULL);
}

#define B24_PHP_PDO_ARGS(member_id) \
	ZEND_PARSE_PARAMETERS_START(1, 1) \
		Z_PARAM_STR(member_id) \
	ZEND_PARSE_PARAMETERS_END(); \
	if (!(ps = b24_php_pdo_this(ZEND_THIS)) || !b24_php_member_id_check(member_id, 1)) { \
		RETURN_THROWS(); \
	}

/* The stored text of a portal's set into return_value as an array (null when none). */
static void b24_php_pdo_return_set(zval *text, zval *return_value)
{
	b24_token t;
	b24_error err;

	if (Z_TYPE_P(text) != IS_STRING) {
		RETURN_NULL();
	}
	b24_token_init(&t);
	if (b24_token_parse_json(Z_STRVAL_P(text), Z_STRLEN_P(text), &t) != 0) {
		b24_error_set(&err, B24_E_AUTH, B24_STORE_FAILED, 0, "token store (PDO): the stored set is not a JSON object");
		b24_php_throw(&err);
		return;
	}
	b24_php_token_to_array(&t, return_value);
	b24_token_free(&t);
}

PHP_METHOD(B24PdoTokenStore, load)
{
	b24_php_pdo_store *ps;
	zend_string *member_id;
	zval param, stmt, text;

	B24_PHP_PDO_ARGS(member_id)
	ZVAL_STR(&param, member_id);
	if (!b24_php_pdo_run(ps, "SELECT tokens FROM %s WHERE member_id = ?", &param, 1, &stmt)) {
		RETURN_THROWS();
	}
	zend_call_method(Z_OBJ(stmt), Z_OBJCE(stmt), NULL, ZEND_STRL("fetchColumn"), &text, 0, NULL, NULL);
	zval_ptr_dtor(&stmt);
	if (!EG(exception)) {
		b24_php_pdo_return_set(&text, return_value);
	}
	zval_ptr_dtor(&text);
}

PHP_METHOD(B24PdoTokenStore, save)
{
	b24_php_pdo_store *ps;
	zend_string *member_id;
	HashTable *tokens;
	b24_buf json = B24_BUF_INIT;
	b24_token t;
	zval params[2];

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(member_id)
		Z_PARAM_ARRAY_HT(tokens)
	ZEND_PARSE_PARAMETERS_END();
	if (!(ps = b24_php_pdo_this(ZEND_THIS)) || !b24_php_member_id_check(member_id, 1)) {
		RETURN_THROWS();
	}
	b24_token_init(&t);
	if (!b24_php_token_arg(member_id, tokens, 2, &t)) {
		RETURN_THROWS();
	}
	/* the file store's text: what load() and every other reader of the set take */
	if (b24_store_serialize(&t, &json) != 0) {
		b24_token_free(&t);
		zend_throw_error(NULL, "out of memory");
		RETURN_THROWS();
	}
	b24_token_free(&t);
	ZVAL_STR(&params[1], member_id);
	if (b24_php_pdo_ensure_row(ps, &params[1])) {
		ZVAL_STRINGL(&params[0], json.data, json.len);
		b24_php_pdo_do(ps, "UPDATE %s SET tokens = ? WHERE member_id = ?", params, 2, NULL);
		zval_ptr_dtor(&params[0]);
	}
	b24_buf_free(&json);
}

PHP_METHOD(B24PdoTokenStore, delete)
{
	b24_php_pdo_store *ps;
	zend_string *member_id;
	zval param;

	B24_PHP_PDO_ARGS(member_id)
	ZVAL_STR(&param, member_id);
	b24_php_pdo_do(ps, "DELETE FROM %s WHERE member_id = ?", &param, 1, NULL);
}

/* Waits between tries of the lease: 10 to 34 ms by process, less than a refresh, more than a query. */
static void b24_php_pdo_pause(void)
{
	usleep(10000 + (useconds_t) (getpid() % 7) * 4000);
}

PHP_METHOD(B24PdoTokenStore, lock)
{
	b24_php_pdo_store *ps;
	zend_string *member_id, *owner;
	double timeout;
	zend_long deadline;
	zval member;
	int got = 0;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(member_id)
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!(ps = b24_php_pdo_this(ZEND_THIS)) || !b24_php_member_id_check(member_id, 1)) {
		RETURN_THROWS();
	}
	if (!(timeout >= 0.0 && timeout <= 86400.0)) {
		zend_argument_value_error(2, "must be a number of seconds from 0 to 86400");
		RETURN_THROWS();
	}
	if (zend_hash_exists(&ps->owners, member_id)) {
		zend_throw_error(NULL, "B24PdoTokenStore::lock(): this object holds the lock of that portal already");
		RETURN_THROWS();
	}
	ZVAL_STR(&member, member_id);
	if (!b24_php_pdo_ensure_row(ps, &member)) {
		RETURN_THROWS();
	}
	owner = b24_php_pdo_owner();
	deadline = b24_php_pdo_now_ms() + (zend_long) (timeout * 1000.0);
	while ((got = b24_php_pdo_try_lease(ps, &member, owner)) == 0 && b24_php_pdo_now_ms() < deadline) {
		b24_php_pdo_pause();
	}
	if (got == 1) {
		zval held;

		ZVAL_STR(&held, owner);
		zend_hash_add_new(&ps->owners, member_id, &held);
		RETURN_TRUE;
	}
	zend_string_release(owner);
	if (got < 0) {
		RETURN_THROWS();
	}
	RETURN_FALSE;
}

PHP_METHOD(B24PdoTokenStore, unlock)
{
	b24_php_pdo_store *ps;
	zend_string *member_id;
	zval *owner, params[2];

	B24_PHP_PDO_ARGS(member_id)
	if (!(owner = zend_hash_find(&ps->owners, member_id))) {
		return;
	}
	/* only this object's lease: one that ran out and was taken since stays its new holder's */
	ZVAL_STR(&params[0], member_id);
	ZVAL_COPY_VALUE(&params[1], owner);
	b24_php_pdo_do(ps, "UPDATE %s SET lock_until = 0, lock_owner = '' WHERE member_id = ? AND lock_owner = ?",
		params, 2, NULL);
	zend_hash_del(&ps->owners, member_id);
}

/* ---- object handlers ---- */

static zend_object *b24_php_pdo_create(zend_class_entry *ce)
{
	b24_php_pdo_store *ps = zend_object_alloc(sizeof(b24_php_pdo_store), ce);

	ZVAL_UNDEF(&ps->pdo);
	ps->table = NULL;
	zend_hash_init(&ps->owners, 0, NULL, ZVAL_PTR_DTOR, 0);
	zend_object_std_init(&ps->std, ce);
	object_properties_init(&ps->std, ce);
	B24_OBJECT_SET_HANDLERS(&ps->std, &b24_php_pdo_store_handlers);
	return &ps->std;
}

static void b24_php_pdo_free(zend_object *obj)
{
	b24_php_pdo_store *ps = b24_php_pdo_obj(obj);

	/* a lease still held runs out by itself: no query from a destructor */
	zend_hash_destroy(&ps->owners);
	zval_ptr_dtor(&ps->pdo);
	if (ps->table) {
		zend_string_release(ps->table);
	}
	zend_object_std_dtor(obj);
}

/* The PDO object is a reference the garbage collector must see (a store kept by the PDO's owner). */
static HashTable *b24_php_pdo_get_gc(zend_object *obj, zval **table, int *n)
{
	b24_php_pdo_store *ps = b24_php_pdo_obj(obj);

	*table = Z_ISUNDEF(ps->pdo) ? NULL : &ps->pdo;
	*n = Z_ISUNDEF(ps->pdo) ? 0 : 1;
	return zend_std_get_properties(obj);
}

void b24_php_pdo_store_minit(void)
{
	b24_php_ce_PdoTokenStore = register_class_B24PdoTokenStore(b24_php_ce_TokenStore);
	b24_php_class_objects(b24_php_ce_PdoTokenStore, &b24_php_pdo_store_handlers, b24_php_pdo_create,
		offsetof(b24_php_pdo_store, std), b24_php_pdo_free, zend_std_get_debug_info);
	b24_php_pdo_store_handlers.get_gc = b24_php_pdo_get_gc;
}
