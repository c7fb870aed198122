/*
 * b24: what the files of B24App and B24Event share.
 *
 *   b24_app.c          class B24App: object, config, install(), installFinishPage()
 *   b24_app_event.c    event() and class B24Event
 *   b24_app_store.c    calls of a B24TokenStore, and the per-portal client
 *
 * The rules (which install to believe, the shape of each field, app.info's
 * answer) are the core's b24_install; these files read requests, call the
 * store and build clients.
 */
#ifndef B24_APP_PRIVATE_H
#define B24_APP_PRIVATE_H

#include "b24_private.h"
#include "b24_install.h"

extern zend_class_entry *b24_php_ce_App;
extern zend_class_entry *b24_php_ce_Event;

typedef struct b24_php_app_object {
	zval config;               /* $config without store, keys in lower case; UNDEF until constructed */
	zval store;                /* the B24TokenStore */
	zend_object std;
} b24_php_app_object;

static inline b24_php_app_object *b24_php_app_obj(zend_object *obj)
{
	return (b24_php_app_object *) ((char *) obj - offsetof(b24_php_app_object, std));
}

/* $this, or NULL with an Error when it was never constructed. */
b24_php_app_object *b24_php_app_this(zval *this_zv);

/*
 * An install (see B24App::install()) for the application of `config` (the
 * keys of b24_php_client_config_check_app(), lower case) into `store`, a
 * B24TokenStore: CRest's array into return_value. Other classes (CRest's
 * installApp()) call it with a config and a store of their own.
 */
void b24_php_app_install(HashTable *config, zval *store, HashTable *request, zval *return_value);

/* What the checks of an install found, before anything is stored. */
typedef struct b24_php_app_checked {
	enum b24_install_form form;     /* the install form of the request (NONE: not an install) */
	enum b24_install_verdict verdict;
	zend_string *field;             /* the refused field as the request names it, or NULL */
	zval set;                       /* the token set (CRest's keys) when OK, else UNDEF */
} b24_php_app_checked;

/*
 * The checks of b24_php_app_install() without the store: the fields, the
 * endpoints, the authorization server, app.info. Release with
 * b24_php_app_install_done(). CRest's installApp() stores the set itself.
 */
void b24_php_app_install_check(HashTable *config, HashTable *request, b24_php_app_checked *out);
void b24_php_app_install_done(b24_php_app_checked *c);
/*
 * An install without APPLICATION_TOKEN (PLACEMENT form of older portals)
 * keeps the application_token of `kept`, the set kept before for the same
 * member_id (NULL or not an array: nothing kept).
 */
void b24_php_app_keep_token(zval *set, zval *kept);

/* The logger of an app's config (its key "logger"), or NULL for b24_set_logger()'s default. */
zval *b24_php_app_logger(HashTable *config);

/* $_REQUEST, or NULL when there is none. */
HashTable *b24_php_app_request_global(void);
/* A string member of ht, or NULL (absent, empty or not a string). */
zend_string *b24_php_app_string(HashTable *ht, const char *name);

/* ---- the store (b24_app_store.c) ---- */

/* store->method(member_id[, arg]) into *ret (may be NULL); false when it threw (left pending). */
bool b24_php_store_call(zval *store, const char *method, zend_string *member_id, zval *arg, zval *ret);
/*
 * Replaces a pending exception of the store by a B24AuthException
 * B24_STORE_FAILED saying what failed, the store's exception as previous.
 */
void b24_php_store_failed(const char *what);
/* lock(member_id, 10 s): false with B24_STORE_FAILED thrown when it threw or timed out. */
bool b24_php_store_lock(zval *store, zend_string *member_id);
/* Deletes a portal under its lock; false with B24_STORE_FAILED thrown. */
bool b24_php_store_forget(zval *store, zend_string *member_id);
/*
 * A B24Client for one portal of the application: its config plus the token
 * set kept for member_id. NULL-returning: false with an exception thrown
 * (B24_UNKNOWN_PORTAL when the store keeps nothing for it).
 */
bool b24_php_app_portal_client(HashTable *config, zval *store, zend_string *member_id, zval *client);
/* A B24AuthException with a code of b24_install.h and a description. */
void b24_php_app_throw(const char *code, const char *description);

/* ---- B24Event (b24_app_event.c) ---- */
void b24_php_app_event_minit(zend_class_entry *ce);

#endif /* B24_APP_PRIVATE_H */
