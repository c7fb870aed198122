/*
 * b24_token_store: where the client keeps the token set of its portal,
 * behind a struct of operations, so that the single-flight refresh of
 * b24_client_renew.c is the same whatever keeps the tokens:
 *
 *  - the file store (b24_store.c): CRest's settings.json, or one file per
 *    portal "<dir>/<member_id>.json" of a keyed folder;
 *  - stores of the binding: an object of the application (a PHP class
 *    implementing B24TokenStore, the PDO store), called through its
 *    methods.
 *
 * One store value serves one portal (the caller has picked the member_id
 * before), so no operation takes a key. Each returns 0 or -1 with err
 * (AUTH B24_STORE_FAILED, except out of memory) unless said otherwise.
 */
#ifndef B24_TOKEN_STORE_H
#define B24_TOKEN_STORE_H

#include <stddef.h>
#include "b24_errors.h"
#include "b24_oauth.h"

#define B24_STORE_LOCK_TIMEOUT_MS 90000L   /* above one refresh's deadline */

/* What load() found. */
enum b24_store_loaded {
	B24_STORE_LOADED = 0,
	B24_STORE_MISSING = 1,     /* nothing kept for the portal: `out` is left empty */
	B24_STORE_ERROR = -1       /* unreadable or malformed: err set */
};

typedef struct b24_token_store_ops {
	const char *name;          /* "file", "object": for messages */
	/*
	 * The exclusive lock of the portal across processes, waiting at most
	 * timeout_ms (<= 0: B24_STORE_LOCK_TIMEOUT_MS). Not reentrant.
	 */
	int (*lock)(void *ctx, long timeout_ms, b24_error *err);
	int (*unlock)(void *ctx, b24_error *err);
	/* An enum b24_store_loaded; `out` is reset first. */
	int (*load)(void *ctx, b24_token *out, b24_error *err);
	/* Replaces the kept set with `t` as one step: a failure keeps the old set. */
	int (*save)(void *ctx, const b24_token *t, b24_error *err);
	/* Forgets the portal; forgetting an unknown one is no error. */
	int (*remove)(void *ctx, b24_error *err);
	/* The file of a file store, else NULL (NULL member: never a file). */
	const char *(*path)(void *ctx);
	void (*free)(void *ctx);
} b24_token_store_ops;

/* A store of one portal: ops NULL means none. */
typedef struct b24_token_store {
	const b24_token_store_ops *ops;
	void *ctx;
} b24_token_store;

/* Frees the store's ctx (a store without ops is allowed) and clears it. */
void b24_token_store_release(b24_token_store *st);
/* The store's file, or NULL. */
const char *b24_token_store_path(const b24_token_store *st);

/*
 * A member_id that may key a store: 1 to 64 of [A-Za-z0-9_-] (Bitrix24's
 * are 32 hex digits). Nothing else reaches a file name or a query.
 */
#define B24_MEMBER_ID_MAX 64
int b24_token_store_member_valid(const char *member_id, size_t len);

/*
 * The file store of `path` (see b24_store.h) as a b24_token_store. 0, or
 * -1 with err when out of memory or the path is empty.
 */
int b24_token_store_file(b24_token_store *st, const char *path, b24_error *err);

/*
 * The file store of portal `member_id` in the keyed folder `dir`:
 * "<dir>/<member_id>.json". The member_id must be valid (above): -1 with
 * API B24_INVALID_ARGUMENT otherwise.
 */
int b24_token_store_keyed(b24_token_store *st, const char *dir, const char *member_id,
	b24_error *err);

#endif /* B24_TOKEN_STORE_H */
