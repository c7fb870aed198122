/*
 * b24: class B24FileTokenStore, one settings.json-format file per portal in
 * a folder. Each method is the core's file store (b24_store) of
 * "<dir>/<member_id>.json"; a B24Client given this object opens the same
 * file store itself (b24_token_store_keyed()), without calling PHP.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include <sys/stat.h>

#include "b24_private.h"
#include "b24_store.h"
#include "b24_file_store_arginfo.h"

zend_class_entry *b24_php_ce_FileTokenStore;
static zend_object_handlers b24_php_file_store_handlers;

typedef struct b24_php_file_store {
	zend_string *dir;            /* NULL until constructed */
	HashTable locks;             /* member_id => the b24_store holding its lock (a ptr) */
	zend_object std;
} b24_php_file_store;

static inline b24_php_file_store *b24_php_file_store_obj(zend_object *obj)
{
	return (b24_php_file_store *) ((char *) obj - offsetof(b24_php_file_store, std));
}

const char *b24_php_file_store_dir(zend_object *obj)
{
	b24_php_file_store *fs = b24_php_file_store_obj(obj);

	return fs->dir ? ZSTR_VAL(fs->dir) : NULL;
}

/* The object behind $this, constructed; NULL with an Error thrown. */
static b24_php_file_store *b24_php_file_store_this(zval *this_ptr)
{
	b24_php_file_store *fs = b24_php_file_store_obj(Z_OBJ_P(this_ptr));

	if (!fs->dir) {
		zend_throw_error(NULL, "B24FileTokenStore object is not constructed");
		return NULL;
	}
	return fs;
}

/* The file store of one portal (the member_id already checked); NULL with an exception. */
static b24_store *b24_php_file_store_open(b24_php_file_store *fs, zend_string *member_id)
{
	b24_token_store st;
	b24_error err;

	b24_error_clear(&err);
	if (b24_token_store_keyed(&st, ZSTR_VAL(fs->dir), ZSTR_VAL(member_id), &err) != 0) {
		b24_php_throw(&err);
		return NULL;
	}
	return st.ctx;
}

static void b24_php_file_store_lock_dtor(zval *zv)
{
	b24_store_free(Z_PTR_P(zv));
}

PHP_METHOD(B24FileTokenStore, __construct)
{
	b24_php_file_store *fs = b24_php_file_store_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *dir;
	zend_stat_t st;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(dir)
	ZEND_PARSE_PARAMETERS_END();

	if (fs->dir) {
		zend_throw_error(NULL, "B24FileTokenStore object is already constructed");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(dir) == 0 || VCWD_STAT(ZSTR_VAL(dir), &st) != 0 || !S_ISDIR(st.st_mode)) {
		zend_argument_value_error(1, "must be an existing folder");
		RETURN_THROWS();
	}
	fs->dir = zend_string_copy(dir);
}

#define B24_PHP_FILE_STORE_ARGS(member_id) \
	ZEND_PARSE_PARAMETERS_START(1, 1) \
		Z_PARAM_STR(member_id) \
	ZEND_PARSE_PARAMETERS_END(); \
	if (!(fs = b24_php_file_store_this(ZEND_THIS)) || !b24_php_member_id_check(member_id, 1)) { \
		RETURN_THROWS(); \
	}

PHP_METHOD(B24FileTokenStore, load)
{
	b24_php_file_store *fs;
	zend_string *member_id;
	b24_store *s;
	b24_token t;
	b24_error err;
	int rc;

	B24_PHP_FILE_STORE_ARGS(member_id)
	if (!(s = b24_php_file_store_open(fs, member_id))) {
		RETURN_THROWS();
	}
	b24_token_init(&t);
	b24_error_clear(&err);
	rc = b24_store_load(s, &t, &err);
	b24_store_free(s);
	if (rc == B24_STORE_ERROR) {
		b24_php_throw(&err);
	} else if (rc == B24_STORE_LOADED) {
		b24_php_token_to_array(&t, return_value);
	} else {
		RETVAL_NULL();
	}
	b24_token_free(&t);
}

PHP_METHOD(B24FileTokenStore, save)
{
	b24_php_file_store *fs;
	zend_string *member_id;
	HashTable *tokens;
	b24_store *s;
	b24_token t;
	b24_error err;
	zval *held;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(member_id)
		Z_PARAM_ARRAY_HT(tokens)
	ZEND_PARSE_PARAMETERS_END();
	if (!(fs = b24_php_file_store_this(ZEND_THIS)) || !b24_php_member_id_check(member_id, 1)) {
		RETURN_THROWS();
	}
	b24_token_init(&t);
	if (!b24_php_token_arg(member_id, tokens, 2, &t)) {
		RETURN_THROWS();
	}
	b24_error_clear(&err);
	/* under this object's lock the file may be rewritten in place: the store holding it writes */
	held = zend_hash_find(&fs->locks, member_id);
	s = held ? Z_PTR_P(held) : b24_php_file_store_open(fs, member_id);
	if (s && b24_store_save(s, &t, &err) != 0) {
		b24_php_throw(&err);
	}
	if (s && !held) {
		b24_store_free(s);
	}
	b24_token_free(&t);
}

PHP_METHOD(B24FileTokenStore, delete)
{
	b24_php_file_store *fs;
	zend_string *member_id;
	b24_store *s;
	b24_error err;

	B24_PHP_FILE_STORE_ARGS(member_id)
	if (!(s = b24_php_file_store_open(fs, member_id))) {
		RETURN_THROWS();
	}
	b24_error_clear(&err);
	if (b24_store_remove(s, &err) != 0) {
		b24_php_throw(&err);
	}
	b24_store_free(s);
}

PHP_METHOD(B24FileTokenStore, lock)
{
	b24_php_file_store *fs;
	zend_string *member_id;
	double timeout;
	b24_store *s;
	b24_error err;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(member_id)
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();
	if (!(fs = b24_php_file_store_this(ZEND_THIS)) || !b24_php_member_id_check(member_id, 1)) {
		RETURN_THROWS();
	}
	if (!(timeout >= 0.0 && timeout <= 86400.0)) {
		zend_argument_value_error(2, "must be a number of seconds from 0 to 86400");
		RETURN_THROWS();
	}
	if (zend_hash_exists(&fs->locks, member_id)) {
		zend_throw_error(NULL, "B24FileTokenStore::lock(): this object holds the lock of that portal already");
		RETURN_THROWS();
	}
	if (!(s = b24_php_file_store_open(fs, member_id))) {
		RETURN_THROWS();
	}
	b24_error_clear(&err);
	/* 0 s tries once: b24_file_lock() looks before it checks the deadline */
	rc = b24_store_lock(s, timeout > 0.0 ? (long) (timeout * 1000.0 + 0.5) : 1, &err);
	if (rc == 0) {
		zend_hash_add_new_ptr(&fs->locks, member_id, s);
		RETURN_TRUE;
	}
	b24_store_free(s);
	if (rc == B24_STORE_TIMED_OUT) {
		RETURN_FALSE;
	}
	b24_php_throw(&err);
}

PHP_METHOD(B24FileTokenStore, unlock)
{
	b24_php_file_store *fs;
	zend_string *member_id;

	B24_PHP_FILE_STORE_ARGS(member_id)
	zend_hash_del(&fs->locks, member_id);
}

/* ---- object handlers ---- */

static zend_object *b24_php_file_store_create(zend_class_entry *ce)
{
	b24_php_file_store *fs = zend_object_alloc(sizeof(b24_php_file_store), ce);

	fs->dir = NULL;
	zend_hash_init(&fs->locks, 0, NULL, b24_php_file_store_lock_dtor, 0);
	zend_object_std_init(&fs->std, ce);
	object_properties_init(&fs->std, ce);
	B24_OBJECT_SET_HANDLERS(&fs->std, &b24_php_file_store_handlers);
	return &fs->std;
}

static void b24_php_file_store_free(zend_object *obj)
{
	b24_php_file_store *fs = b24_php_file_store_obj(obj);

	/* locks still held are released with their stores */
	zend_hash_destroy(&fs->locks);
	if (fs->dir) {
		zend_string_release(fs->dir);
	}
	zend_object_std_dtor(obj);
}

void b24_php_file_store_minit(void)
{
	b24_php_ce_FileTokenStore = register_class_B24FileTokenStore(b24_php_ce_TokenStore);
	b24_php_class_objects(b24_php_ce_FileTokenStore, &b24_php_file_store_handlers,
		b24_php_file_store_create, offsetof(b24_php_file_store, std), b24_php_file_store_free,
		zend_std_get_debug_info);
}
