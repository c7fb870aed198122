/*
 * b24_file: locked, atomically replaced files (the token store and the
 * bindings file), on POSIX and on Windows.
 *
 * The lock is an exclusive flock() (LockFileEx on Windows) on the side file
 * "<path>.lock": the data file itself is replaced by rename, so it cannot
 * carry the lock. A write goes to a temporary file "<path>.tmp.XXXXXX" in
 * the same directory (rename must not cross filesystems), mode 0600, which
 * is fsync'ed and renamed over the old file; then the directory is fsync'ed.
 * A reader therefore sees the old file or the new one, never a torn one.
 *
 * The functions return a B24_FILE_* status and leave the cause in errno, so
 * that each caller words its own messages.
 */
#ifndef B24_FILE_H
#define B24_FILE_H

#include <stddef.h>
#include "b24_buf.h"

enum b24_file_status {
	B24_FILE_OK = 0,
	B24_FILE_MISSING,       /* b24_file_read: no such file (not an error) */
	B24_FILE_E_OPEN,        /* the file cannot be opened for reading */
	B24_FILE_E_READ,        /* reading failed (errno ENOMEM: out of memory) */
	B24_FILE_E_TOO_LARGE,   /* larger than the caller's limit (errno 0) */
	B24_FILE_E_LOCK_OPEN,   /* the lock file cannot be opened or created */
	B24_FILE_E_LOCK,        /* locking failed for another reason than contention */
	B24_FILE_E_TIMEOUT,     /* still held elsewhere at the deadline (errno ETIMEDOUT) */
	B24_FILE_E_TEMP,        /* the temporary file cannot be created */
	B24_FILE_E_WRITE,       /* ... cannot be protected, written, synced or closed */
	B24_FILE_E_REPLACE,     /* the rename over `path` failed (the old file is intact) */
	B24_FILE_E_SYNC_DIR,    /* the file was replaced, the directory not synced */
	B24_FILE_E_NOT_REGULAR, /* a FIFO, device or directory: refused unopened-for-I/O (errno EINVAL) */
	B24_FILE_E_MKDIR        /* a directory cannot be created (errno says why) */
};

/*
 * Appends the whole file to `out`. B24_FILE_OK, B24_FILE_MISSING, or
 * B24_FILE_E_OPEN / _E_READ / _E_TOO_LARGE (more than max_bytes) /
 * _E_NOT_REGULAR. Opening never blocks (a FIFO is refused).
 */
int b24_file_read(const char *path, size_t max_bytes, b24_buf *out);

/*
 * Takes the exclusive lock on "<path>.lock" (created mode 0600 when
 * missing), polling until timeout_ms has passed so that a stuck holder
 * cannot hang the caller. On B24_FILE_OK *fd_out holds the lock file's
 * descriptor, for b24_file_unlock(); otherwise B24_FILE_E_LOCK_OPEN,
 * _E_NOT_REGULAR (the lock file is a FIFO, a directory ...), _E_LOCK or
 * _E_TIMEOUT.
 */
int b24_file_lock(const char *path, long timeout_ms, int *fd_out);
/* Releases the lock and closes the descriptor (-1 is allowed). */
void b24_file_unlock(int fd);

/*
 * Replaces `path` with `len` bytes of `data` atomically (see above).
 * B24_FILE_OK, or B24_FILE_E_TEMP / _E_WRITE / _E_REPLACE (the old file is
 * untouched, no temporary file is left) or _E_SYNC_DIR.
 */
int b24_file_write_atomic(const char *path, const char *data, size_t len);

/*
 * Rewrites the existing regular file `path` in place: the new bytes from
 * offset 0, truncated to `len`, fsync'ed. For a folder where no temporary
 * file can be made; only under the lock, since a reader that takes no
 * lock may see a torn file meanwhile. B24_FILE_OK, or B24_FILE_E_OPEN /
 * _E_NOT_REGULAR (nothing written) / _E_WRITE.
 */
int b24_file_rewrite(const char *path, const char *data, size_t len);

/* Removes `path`; a missing file is fine. B24_FILE_OK or B24_FILE_E_REPLACE (errno). */
int b24_file_remove(const char *path);

/*
 * Creates the missing directories of `path` (the last one included), mode
 * 0700 on POSIX; existing ones are kept as they are. B24_FILE_OK or
 * B24_FILE_E_MKDIR.
 */
int b24_file_mkdirs(const char *path);

#endif /* B24_FILE_H */
