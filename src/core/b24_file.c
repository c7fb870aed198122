/*
 * b24_file: locked, atomically replaced files. See b24_file.h.
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
# include <direct.h>
#else
# include <sys/file.h>
# include <unistd.h>
#endif

#include "b24_file.h"

/*
 * The few file-system calls needed here, on POSIX and on Windows
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
# define B24_O_REWRITE _O_WRONLY

/* 1 for a regular file (not a device, a pipe, a directory). */
static int b24_os_regular(int fd)
{
	struct _stat64 st;

	return _fstat64(fd, &st) == 0 && (st.st_mode & _S_IFMT) == _S_IFREG;
}

static int b24_os_truncate(int fd, size_t len)
{
	return _chsize_s(fd, (__int64)len);
}

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

static int b24_os_mkdir(const char *path)
{
	return _mkdir(path);
}
#else
typedef ssize_t b24_ssize;

/*
 * O_NONBLOCK: opening a FIFO (or a device) must not wait for a peer; such
 * a file is then refused by b24_os_regular(). It changes nothing for a
 * regular file.
 */
static int b24_os_open(const char *path, int flags, int create)
{
	return open(path, flags | O_CLOEXEC | O_NONBLOCK, create ? 0600 : 0);
}
# define B24_O_RDONLY O_RDONLY
# define B24_O_LOCK   (O_RDWR | O_CREAT | O_NOFOLLOW)   /* a dangling link would create its target */
# define B24_O_REWRITE O_WRONLY

static int b24_os_regular(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

static int b24_os_truncate(int fd, size_t len)
{
	return ftruncate(fd, (off_t)len);
}

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

static int b24_os_mkdir(const char *path)
{
	return mkdir(path, 0700);
}
#endif

/* a followed by b, malloc'ed; NULL with errno ENOMEM. */
static char *b24_file_concat(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *s = malloc(la + lb + 1);

	if (!s) {
		errno = ENOMEM;
		return NULL;
	}
	memcpy(s, a, la);
	memcpy(s + la, b, lb + 1);
	return s;
}

/* free() that keeps errno for the caller's message. */
static void b24_file_free(char *p)
{
	int saved = errno;

	free(p);
	errno = saved;
}

/* Closes fd (and removes `unlink_path` when set) without losing errno's cause. */
static void b24_file_discard(int fd, const char *unlink_path)
{
	int saved = errno;

	if (fd >= 0) {
		b24_os_close(fd);
	}
	if (unlink_path) {
		b24_os_unlink(unlink_path);
	}
	errno = saved;
}

/*
 * Opens an existing or new file and refuses anything but a regular file,
 * without blocking on a FIFO: the descriptor, -1 (cannot open: errno), or
 * -2 (not a regular file: errno EINVAL).
 */
static int b24_file_open_regular(const char *path, int flags, int create)
{
	int fd = b24_os_open(path, flags, create);

	if (fd < 0) {
		return -1;
	}
	if (!b24_os_regular(fd)) {
		b24_os_close(fd);
		errno = EINVAL;
		return -2;
	}
	return fd;
}

/* One chunk read from fd into out: > 0 appended, 0 at the end, or a B24_FILE_E_* status negated. */
static int b24_file_read_chunk(int fd, size_t max_bytes, b24_buf *out)
{
	char chunk[8192];
	b24_ssize n;

	do {
		n = b24_os_read(fd, chunk, sizeof(chunk));
	} while (n < 0 && errno == EINTR);
	if (n < 0) {
		return -B24_FILE_E_READ;
	}
	if (out->len + (size_t)n > max_bytes) {
		errno = 0;
		return -B24_FILE_E_TOO_LARGE;
	}
	if (b24_buf_append(out, chunk, (size_t)n) != 0) {
		errno = ENOMEM;
		return -B24_FILE_E_READ;
	}
	return n > 0;
}

int b24_file_read(const char *path, size_t max_bytes, b24_buf *out)
{
	int fd = b24_file_open_regular(path, B24_O_RDONLY, 0), rc;

	if (fd == -2) {
		return B24_FILE_E_NOT_REGULAR;
	}
	if (fd < 0) {
		return errno == ENOENT ? B24_FILE_MISSING : B24_FILE_E_OPEN;
	}
	while ((rc = b24_file_read_chunk(fd, max_bytes, out)) > 0) {
	}
	b24_file_discard(fd, NULL);
	return -rc;
}

int b24_file_lock(const char *path, long timeout_ms, int *fd_out)
{
	char *lock_path = b24_file_concat(path, ".lock");
	long long deadline;
	int fd;

	*fd_out = -1;
	if (!lock_path) {
		return B24_FILE_E_LOCK_OPEN;
	}
	fd = b24_file_open_regular(lock_path, B24_O_LOCK, 1);
	b24_file_free(lock_path);
	if (fd < 0) {
		return fd == -2 ? B24_FILE_E_NOT_REGULAR : B24_FILE_E_LOCK_OPEN;
	}
	deadline = b24_os_now_ms() + timeout_ms;
	while (b24_os_trylock(fd) != 0) {
		if (errno != EWOULDBLOCK && errno != EINTR) {
			b24_file_discard(fd, NULL);
			return B24_FILE_E_LOCK;
		}
		if (b24_os_now_ms() >= deadline) {
			b24_os_close(fd);
			errno = ETIMEDOUT;
			return B24_FILE_E_TIMEOUT;
		}
		b24_os_pause();
	}
	*fd_out = fd;
	return B24_FILE_OK;
}

void b24_file_unlock(int fd)
{
	if (fd >= 0) {
		b24_os_unlock(fd);
		b24_os_close(fd);
	}
}

/* Writes all of data to fd, retrying short writes. */
static int b24_file_write_all(int fd, const char *p, size_t len)
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

/* Fills the temporary file `tmp` (a mkstemp template); on failure none is left. */
static int b24_file_write_temp(char *tmp, const char *data, size_t len)
{
	int fd = b24_os_mkstemp(tmp);

	if (fd < 0) {
		return B24_FILE_E_TEMP;
	}
	if (b24_os_protect(fd) != 0 || b24_file_write_all(fd, data, len) != 0
			|| b24_os_fsync(fd) != 0) {
		b24_file_discard(fd, tmp);
		return B24_FILE_E_WRITE;
	}
	if (b24_os_close(fd) != 0) {
		b24_file_discard(-1, tmp);
		return B24_FILE_E_WRITE;
	}
	return B24_FILE_OK;
}

int b24_file_write_atomic(const char *path, const char *data, size_t len)
{
	char *tmp = b24_file_concat(path, ".tmp.XXXXXX");
	int rc;

	if (!tmp) {
		return B24_FILE_E_TEMP;
	}
	rc = b24_file_write_temp(tmp, data, len);
	if (rc == B24_FILE_OK && b24_os_replace(tmp, path) != 0) {
		b24_file_discard(-1, tmp);
		rc = B24_FILE_E_REPLACE;
	} else if (rc == B24_FILE_OK && b24_os_sync_dir(path) != 0) {
		rc = B24_FILE_E_SYNC_DIR;
	}
	b24_file_free(tmp);
	return rc;
}

int b24_file_rewrite(const char *path, const char *data, size_t len)
{
	int fd = b24_file_open_regular(path, B24_O_REWRITE, 0);

	if (fd < 0) {
		return fd == -2 ? B24_FILE_E_NOT_REGULAR : B24_FILE_E_OPEN;
	}
	/* the new text over the old, then the old tail cut: never shorter than either in between */
	if (b24_file_write_all(fd, data, len) != 0 || b24_os_truncate(fd, len) != 0
			|| b24_os_fsync(fd) != 0) {
		b24_file_discard(fd, NULL);
		return B24_FILE_E_WRITE;
	}
	return b24_os_close(fd) == 0 ? B24_FILE_OK : B24_FILE_E_WRITE;
}

int b24_file_remove(const char *path)
{
	return b24_os_unlink(path) == 0 || errno == ENOENT ? B24_FILE_OK : B24_FILE_E_REPLACE;
}

/*
 * Each missing directory of `path`, from the top, mode 0700; one that
 * exists is left as it is (and no error).
 */
int b24_file_mkdirs(const char *path)
{
	char *copy = b24_file_concat(path, "");
	size_t i, n;
	int rc = B24_FILE_OK;

	if (!copy) {
		return B24_FILE_E_MKDIR;
	}
	n = strlen(copy);
	for (i = 1; i <= n && rc == B24_FILE_OK; i++) {
		if (i < n && copy[i] != '/' && copy[i] != '\\') {
			continue;
		}
		copy[i] = '\0';
		if (b24_os_mkdir(copy) != 0 && errno != EEXIST) {
			rc = B24_FILE_E_MKDIR;
		}
		if (i < n) {
			copy[i] = path[i];
		}
	}
	free(copy);
	return rc;
}
