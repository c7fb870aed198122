/*
 * b24_store: settings.json-compatible token file with a side lock file and
 * atomic replacement. See b24_store.h.
 */
#if defined(__linux__) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE)
/* flock(), mkstemp(), fchmod(), nanosleep() under -std=c99 */
# define _DEFAULT_SOURCE 1
#endif

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#ifdef _WIN32
# include <windows.h>
# include <io.h>
# include <share.h>
#else
# include <sys/file.h>
# include <unistd.h>
#endif

#include "b24_store.h"
#include "b24_json_out.h"

/*
 * The few file-system calls the store needs, on POSIX and on Windows
 * (LockFileEx for flock, MoveFileEx for an atomic rename, _commit for fsync).
 */
#ifdef _WIN32
typedef int b24_ssize;

static int b24_os_open(const char *path, int flags, int create)
{
	int fd = -1;

	if (_sopen_s(&fd, path, flags | _O_BINARY | _O_NOINHERIT, _SH_DENYNO,
			create ? (_S_IREAD | _S_IWRITE) : 0) != 0) {
		return -1;
	}
	return fd;
}
# define B24_O_RDONLY _O_RDONLY
# define B24_O_LOCK   (_O_RDWR | _O_CREAT)
# define B24_O_TEMP   (_O_RDWR | _O_CREAT | _O_EXCL)

static b24_ssize b24_os_read(int fd, void *buf, size_t n)
{
	return _read(fd, buf, (unsigned)n);
}

static b24_ssize b24_os_write(int fd, const void *buf, size_t n)
{
	return _write(fd, buf, (unsigned)n);
}

static int b24_os_close(int fd)
{
	return _close(fd);
}

static int b24_os_fsync(int fd)
{
	return _commit(fd);
}

static int b24_os_trylock(int fd)
{
	OVERLAPPED ov;

	memset(&ov, 0, sizeof(ov));
	if (LockFileEx((HANDLE)_get_osfhandle(fd), LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY,
			0, 1, 0, &ov)) {
		return 0;
	}
	errno = GetLastError() == ERROR_LOCK_VIOLATION ? EWOULDBLOCK : EIO;
	return -1;
}

static void b24_os_unlock(int fd)
{
	OVERLAPPED ov;

	memset(&ov, 0, sizeof(ov));
	UnlockFileEx((HANDLE)_get_osfhandle(fd), 0, 1, 0, &ov);
}

static long long b24_os_now_ms(void)
{
	return (long long)GetTickCount64();
}

static void b24_os_pause(void)
{
	Sleep(5);
}

static int b24_os_mkstemp(char *tmpl)
{
	if (_mktemp_s(tmpl, strlen(tmpl) + 1) != 0) {
		return -1;
	}
	return b24_os_open(tmpl, B24_O_TEMP, 1);
}

/* Windows has no mode bits: the directory's ACL decides who can read the file. */
static int b24_os_protect(int fd)
{
	(void)fd;
	return 0;
}

static int b24_os_replace(const char *from, const char *to)
{
	if (MoveFileExA(from, to, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
		return 0;
	}
	errno = EACCES;
	return -1;
}

/* MOVEFILE_WRITE_THROUGH already made the rename durable. */
static int b24_os_sync_dir(const char *path)
{
	(void)path;
	return 0;
}

static int b24_os_unlink(const char *path)
{
	return _unlink(path);
}
#else
typedef ssize_t b24_ssize;

static int b24_os_open(const char *path, int flags, int create)
{
	return open(path, flags | O_CLOEXEC, create ? 0600 : 0);
}
# define B24_O_RDONLY O_RDONLY
# define B24_O_LOCK   (O_RDWR | O_CREAT)

static b24_ssize b24_os_read(int fd, void *buf, size_t n)
{
	return read(fd, buf, n);
}

static b24_ssize b24_os_write(int fd, const void *buf, size_t n)
{
	return write(fd, buf, n);
}

static int b24_os_close(int fd)
{
	return close(fd);
}

static int b24_os_fsync(int fd)
{
	return fsync(fd);
}

static int b24_os_trylock(int fd)
{
	return flock(fd, LOCK_EX | LOCK_NB);
}

static void b24_os_unlock(int fd)
{
	flock(fd, LOCK_UN);
}

static long long b24_os_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void b24_os_pause(void)
{
	struct timespec pause = { 0, 5 * 1000 * 1000 };

	nanosleep(&pause, NULL);
}

static int b24_os_mkstemp(char *tmpl)
{
	return mkstemp(tmpl);
}

static int b24_os_protect(int fd)
{
	return fchmod(fd, 0600);
}

static int b24_os_replace(const char *from, const char *to)
{
	return rename(from, to);
}

/* Makes a rename durable: fsync of the directory that holds the file. */
static int b24_os_sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int fd, rc;
	size_t n = slash ? (size_t)(slash - path) : 0;

	dir = malloc(n + 2);
	if (!dir) {
		return -1;
	}
	if (!slash) {
		strcpy(dir, ".");
	} else if (n == 0) {
		strcpy(dir, "/");
	} else {
		memcpy(dir, path, n);
		dir[n] = '\0';
	}
	fd = open(dir, O_RDONLY | O_CLOEXEC);
	free(dir);
	if (fd < 0) {
		return -1;
	}
	rc = fsync(fd);
	close(fd);
	return rc;
}

static int b24_os_unlink(const char *path)
{
	return unlink(path);
}
#endif

/* A token file is a few hundred bytes; anything this large is not one. */
#define B24_STORE_MAX_BYTES (1024 * 1024)

struct b24_store {
	char *path;
	char *lock_path;
	int lock_fd;           /* -1 when the lock is not held */
};

static char *b24_store_concat(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *s = malloc(la + lb + 1);

	if (s) {
		memcpy(s, a, la);
		memcpy(s + la, b, lb + 1);
	}
	return s;
}

/* B24_STORE_FAILED with the path and, when set, errno's text. */
static void b24_store_fail(b24_error *err, const b24_store *s, const char *what, int errnum)
{
	b24_error_set(err, B24_E_AUTH, B24_STORE_FAILED, 0, "token store %s: %s%s%s",
		s ? s->path : "", what, errnum ? ": " : "", errnum ? strerror(errnum) : "");
}

b24_store *b24_store_open(const char *path, b24_error *err)
{
	b24_store *s;

	if (!path || !*path) {
		b24_store_fail(err, NULL, "no path given", 0);
		return NULL;
	}
	s = calloc(1, sizeof(*s));
	if (s) {
		s->lock_fd = -1;
		s->path = b24_store_concat(path, "");
		s->lock_path = b24_store_concat(path, ".lock");
	}
	if (!s || !s->path || !s->lock_path) {
		b24_store_free(s);
		b24_store_fail(err, NULL, "out of memory", 0);
		return NULL;
	}
	return s;
}

void b24_store_free(b24_store *s)
{
	if (!s) {
		return;
	}
	b24_store_unlock(s);
	free(s->path);
	free(s->lock_path);
	free(s);
}

const char *b24_store_path(const b24_store *s)
{
	return s->path;
}

int b24_store_lock(b24_store *s, long timeout_ms, b24_error *err)
{
	long long deadline;
	int fd;

	if (s->lock_fd >= 0) {
		b24_store_fail(err, s, "lock already held by this store object", 0);
		return -1;
	}
	fd = b24_os_open(s->lock_path, B24_O_LOCK, 1);
	if (fd < 0) {
		b24_store_fail(err, s, "cannot open the lock file", errno);
		return -1;
	}
	deadline = b24_os_now_ms() + (timeout_ms > 0 ? timeout_ms : B24_STORE_LOCK_TIMEOUT_MS);
	while (b24_os_trylock(fd) != 0) {
		if ((errno != EWOULDBLOCK && errno != EINTR) || b24_os_now_ms() >= deadline) {
			b24_store_fail(err, s, errno == EWOULDBLOCK ? "timed out waiting for the lock"
				: "cannot lock", errno == EWOULDBLOCK ? 0 : errno);
			b24_os_close(fd);
			return -1;
		}
		b24_os_pause();
	}
	s->lock_fd = fd;
	return 0;
}

void b24_store_unlock(b24_store *s)
{
	if (s->lock_fd >= 0) {
		b24_os_unlock(s->lock_fd);
		b24_os_close(s->lock_fd);
		s->lock_fd = -1;
	}
}

int b24_store_locked(const b24_store *s)
{
	return s->lock_fd >= 0;
}

/* Reads the whole file into buf; 1 when it does not exist. */
static int b24_store_read(b24_store *s, b24_buf *buf, b24_error *err)
{
	char chunk[4096];
	b24_ssize n;
	int fd = b24_os_open(s->path, B24_O_RDONLY, 0);

	if (fd < 0) {
		if (errno == ENOENT) {
			return 1;
		}
		b24_store_fail(err, s, "cannot open", errno);
		return -1;
	}
	while ((n = b24_os_read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0 || buf->len + (size_t)n > B24_STORE_MAX_BYTES
				|| b24_buf_append(buf, chunk, (size_t)n) != 0) {
			b24_store_fail(err, s, n < 0 ? "cannot read" : "file too large", n < 0 ? errno : 0);
			b24_os_close(fd);
			return -1;
		}
	}
	b24_os_close(fd);
	return 0;
}

int b24_store_load(b24_store *s, b24_token *out, b24_error *err)
{
	b24_buf buf = B24_BUF_INIT;
	int rc;

	b24_token_free(out);
	rc = b24_store_read(s, &buf, err);
	if (rc == 0 && b24_token_parse_json(buf.data ? buf.data : "", buf.len, out) != 0) {
		b24_store_fail(err, s, "not a JSON object (damaged file?)", 0);
		rc = -1;
	}
	b24_buf_free(&buf);
	return rc == 0 ? B24_STORE_LOADED : rc == 1 ? B24_STORE_MISSING : B24_STORE_ERROR;
}

/* "key": after a ',' unless it is the first member (only '{' written so far). */
static int b24_store_put_key(b24_buf *out, const char *key)
{
	if (out->len > 1) {
		b24_buf_append_char(out, ',');
	}
	return b24_json_key(out, key, strlen(key), 0) == B24_JSON_OK ? 0 : -1;
}

/* "key":"value" for a set string field. */
static int b24_store_put_str(b24_buf *out, const char *key, const char *value)
{
	if (!value) {
		return 0;
	}
	if (b24_store_put_key(out, key) != 0) {
		return -1;
	}
	return b24_json_escape(out, value, strlen(value), 0) == B24_JSON_OK ? 0 : -1;
}

/* "key":123 for a set number field. */
static int b24_store_put_int(b24_buf *out, const char *key, long long value)
{
	if (!value) {
		return 0;
	}
	if (b24_store_put_key(out, key) != 0) {
		return -1;
	}
	return b24_buf_append_long(out, value);
}

int b24_store_serialize(const b24_token *t, b24_buf *out)
{
	int rc = 0;

	b24_buf_reset(out);
	b24_buf_append_char(out, '{');
	/* CRest's key order, so that a diff against an old settings.json stays readable */
	rc |= b24_store_put_str(out, "access_token", t->access_token);
	rc |= b24_store_put_int(out, "expires", t->expires);
	rc |= b24_store_put_int(out, "expires_in", t->expires_in);
	rc |= b24_store_put_str(out, "scope", t->scope);
	rc |= b24_store_put_str(out, "domain", t->domain);
	rc |= b24_store_put_str(out, "server_endpoint", t->server_endpoint);
	rc |= b24_store_put_str(out, "status", t->status);
	rc |= b24_store_put_str(out, "client_endpoint", t->client_endpoint);
	rc |= b24_store_put_str(out, "member_id", t->member_id);
	rc |= b24_store_put_int(out, "user_id", t->user_id);
	rc |= b24_store_put_str(out, "refresh_token", t->refresh_token);
	rc |= b24_store_put_str(out, "application_token", t->application_token);
	b24_buf_append_char(out, '}');
	return rc == 0 && b24_buf_ok(out) ? 0 : -1;
}

/* Writes all of buf to fd, retrying short writes. */
static int b24_store_write_all(int fd, const char *p, size_t len)
{
	b24_ssize n;

	while (len) {
		n = b24_os_write(fd, p, len);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The temporary file: same directory (rename must not cross filesystems), mode 0600. */
static int b24_store_write_temp(b24_store *s, const b24_buf *json, char *tmp, b24_error *err)
{
	int fd = b24_os_mkstemp(tmp);

	if (fd < 0) {
		b24_store_fail(err, s, "cannot create a temporary file", errno);
		return -1;
	}
	if (b24_os_protect(fd) != 0 || b24_store_write_all(fd, json->data, json->len) != 0
			|| b24_os_fsync(fd) != 0) {
		b24_store_fail(err, s, "cannot write the temporary file", errno);
		b24_os_close(fd);
		b24_os_unlink(tmp);
		return -1;
	}
	if (b24_os_close(fd) != 0) {
		b24_store_fail(err, s, "cannot write the temporary file", errno);
		b24_os_unlink(tmp);
		return -1;
	}
	return 0;
}

int b24_store_save(b24_store *s, const b24_token *t, b24_error *err)
{
	b24_buf json = B24_BUF_INIT;
	char *tmp;
	int rc = -1;

	tmp = b24_store_concat(s->path, ".tmp.XXXXXX");
	if (!tmp || b24_store_serialize(t, &json) != 0) {
		b24_store_fail(err, s, "cannot serialize the token (out of memory or invalid UTF-8)", 0);
	} else if (b24_store_write_temp(s, &json, tmp, err) == 0) {
		if (b24_os_replace(tmp, s->path) != 0) {
			b24_store_fail(err, s, "cannot replace the file", errno);
			b24_os_unlink(tmp);
		} else if (b24_os_sync_dir(s->path) != 0) {
			b24_store_fail(err, s, "cannot sync the directory", errno);
		} else {
			rc = 0;
		}
	}
	free(tmp);
	b24_buf_free(&json);
	return rc;
}
