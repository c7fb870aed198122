/*
 * b24_store: a file token store, compatible with CRest's settings.json.
 *
 * Reads the keys access_token, refresh_token, client_endpoint,
 * server_endpoint, member_id, domain, application_token, expires,
 * expires_in, scope, status, user_id (others, e.g. CRest's C_REST_CLIENT_ID /
 * C_REST_CLIENT_SECRET and error fields, are ignored and never written).
 *
 * Files that are not regular (a FIFO, a device, a directory) are refused
 * without blocking, the lock file too.
 *
 * Concurrency: an exclusive flock() on the side file "<path>.lock" (the data
 * file itself is replaced by rename, so it cannot carry the lock). Writes
 * are atomic: a temporary file in the same directory, mode 0600, fsync,
 * rename over the old file, fsync of the directory. A reader therefore sees
 * the old file or the new one, never a torn one, and a failed write leaves
 * the old file in place.
 */
#ifndef B24_STORE_H
#define B24_STORE_H

#include "b24_errors.h"
#include "b24_oauth.h"
#include "b24_token_store.h"

typedef struct b24_store b24_store;

/* Remembers the path (no I/O). NULL with err on out-of-memory / empty path. */
b24_store *b24_store_open(const char *path, b24_error *err);
/* Releases a held lock, closes the lock file. NULL is allowed. */
void b24_store_free(b24_store *s);
const char *b24_store_path(const b24_store *s);

/*
 * Takes the exclusive lock, waiting at most timeout_ms (<= 0: the default).
 * Creates "<path>.lock" (mode 0600) when missing. 0, or -1 with
 * AUTH B24_STORE_FAILED, or B24_STORE_TIMED_OUT (err set the same way)
 * when another holder kept it past the deadline. Not reentrant.
 */
#define B24_STORE_TIMED_OUT -2
int b24_store_lock(b24_store *s, long timeout_ms, b24_error *err);
/* Releases the lock (no-op when not held). */
void b24_store_unlock(b24_store *s);
/* 1 while this store object holds the lock. */
int b24_store_locked(const b24_store *s);

/*
 * Reads the file into `out` (reset first): an enum b24_store_loaded
 * (MISSING: no file). Needs no lock; see above.
 */
int b24_store_load(b24_store *s, b24_token *out, b24_error *err);

/*
 * Writes `t` atomically (see above). Call it with the lock held when other
 * processes may write too. When no temporary file can be made in the folder
 * (a folder the PHP user may not write, a layout CRest works with) but the
 * file itself is writable, the file is rewritten in place (truncated to the
 * new length, fsync'ed): with the lock held, no writer can interleave.
 * 0, or -1 with AUTH B24_STORE_FAILED; on failure the previous file is
 * untouched (or, in place, possibly torn: see b24_file_rewrite()).
 */
int b24_store_save(b24_store *s, const b24_token *t, b24_error *err);

/* Removes the file (not its lock file); a missing one is fine. 0 / -1 with err. */
int b24_store_remove(b24_store *s, b24_error *err);

/* The JSON text written by b24_store_save() (exposed for tests). 0 / -1. */
int b24_store_serialize(const b24_token *t, b24_buf *out);

#endif /* B24_STORE_H */
