/*
 * b24_file: reading with a size limit, atomic replacement (mode 0600, no
 * temporary file left, failures reported by step) and the side lock file.
 */
#define _DEFAULT_SOURCE 1

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b24_test.h"
#include "b24_file.h"

static char path[512];

/* Files in the test directory whose name has `part`. */
static int files_with(const char *part)
{
	DIR *d = opendir(b24t_tmpdir());
	struct dirent *e;
	int n = 0;

	while (d && (e = readdir(d)) != NULL) {
		if (strstr(e->d_name, part)) {
			n++;
		}
	}
	if (d) {
		closedir(d);
	}
	return n;
}

static void test_write_then_read(void)
{
	b24_buf buf = B24_BUF_INIT;
	struct stat st;

	CHECK_INT(b24_file_write_atomic(path, "first", 5), B24_FILE_OK);
	CHECK_INT(b24_file_write_atomic(path, "second\n", 7), B24_FILE_OK);
	CHECK_INT(stat(path, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0600);
	CHECK_INT(files_with(".tmp."), 0);
	CHECK_INT(b24_file_read(path, 100, &buf), B24_FILE_OK);
	CHECK_MEM(buf.data, buf.len, "second\n");
	b24_buf_reset(&buf);
	CHECK_INT(b24_file_read(path, 6, &buf), B24_FILE_E_TOO_LARGE);
	CHECK_INT(errno, 0);
	b24_buf_free(&buf);
}

static void test_missing_and_failures(void)
{
	char nowhere[600];
	b24_buf buf = B24_BUF_INIT;
	int fd = 0;

	snprintf(nowhere, sizeof(nowhere), "%s/no/such/dir/f.json", b24t_tmpdir());
	CHECK_INT(b24_file_read(nowhere, 100, &buf), B24_FILE_MISSING);
	CHECK_INT(buf.len, 0);
	CHECK_INT(b24_file_write_atomic(nowhere, "x", 1), B24_FILE_E_TEMP);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(b24_file_lock(nowhere, 10, &fd), B24_FILE_E_LOCK_OPEN);
	CHECK_INT(fd, -1);
	/* A directory in the file's place: written but not renamed, nothing left over. */
	snprintf(nowhere, sizeof(nowhere), "%s/taken", b24t_tmpdir());
	CHECK_INT(mkdir(nowhere, 0700), 0);
	CHECK_INT(b24_file_write_atomic(nowhere, "x", 1), B24_FILE_E_REPLACE);
	CHECK_INT(files_with(".tmp."), 0);
	CHECK_INT(b24_file_read(nowhere, 100, &buf), B24_FILE_E_NOT_REGULAR);
	CHECK_INT(rmdir(nowhere), 0);
	b24_buf_free(&buf);
}

static void test_lock(void)
{
	char lock_path[600];
	struct stat st;
	int fd = -1, other = -1;

	CHECK_INT(b24_file_lock(path, 1000, &fd), B24_FILE_OK);
	CHECK(fd >= 0);
	snprintf(lock_path, sizeof(lock_path), "%s.lock", path);
	CHECK_INT(stat(lock_path, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0600);
	/* flock() locks belong to the open file: a second open contends like another process. */
	CHECK_INT(b24_file_lock(path, 30, &other), B24_FILE_E_TIMEOUT);
	CHECK_INT(errno, ETIMEDOUT);
	CHECK_INT(other, -1);
	b24_file_unlock(fd);
	CHECK_INT(b24_file_lock(path, 30, &other), B24_FILE_OK);
	b24_file_unlock(other);
	b24_file_unlock(-1);
}

/* In place: longer and shorter texts over the old one, nothing else made; only existing regular files. */
static void test_rewrite_in_place(void)
{
	char path[600];
	b24_buf buf = B24_BUF_INIT;
	struct stat before, after;

	snprintf(path, sizeof(path), "%s/inplace.json", b24t_tmpdir());
	CHECK_INT(b24_file_rewrite(path, "x", 1), B24_FILE_E_OPEN);
	CHECK_INT(b24_file_write_atomic(path, "{\"a\":1}", 7), B24_FILE_OK);
	CHECK_INT(stat(path, &before), 0);
	CHECK_INT(b24_file_rewrite(path, "{\"a\":12345}", 11), B24_FILE_OK);
	CHECK_INT(b24_file_read(path, 100, &buf), B24_FILE_OK);
	CHECK(buf.len == 11 && memcmp(buf.data, "{\"a\":12345}", 11) == 0);
	b24_buf_reset(&buf);
	CHECK_INT(b24_file_rewrite(path, "{}", 2), B24_FILE_OK);
	CHECK_INT(b24_file_read(path, 100, &buf), B24_FILE_OK);
	CHECK(buf.len == 2 && memcmp(buf.data, "{}", 2) == 0);
	CHECK_INT(stat(path, &after), 0);
	CHECK(before.st_ino == after.st_ino);
	CHECK_INT(files_with(".tmp."), 0);
	unlink(path);
	CHECK_INT(mkfifo(path, 0600), 0);
	/* a FIFO without a reader cannot even be opened for writing without blocking (ENXIO) */
	CHECK_INT(b24_file_rewrite(path, "x", 1), B24_FILE_E_OPEN);
	CHECK_INT(errno, ENXIO);
	CHECK_INT(b24_file_read(path, 100, &buf), B24_FILE_E_NOT_REGULAR);
	unlink(path);
	b24_buf_free(&buf);
}

/* A dangling symlink as the lock file is refused, never followed to create its target. */
static void test_lock_symlink_not_followed(void)
{
	char other_path[520], lock_path[600], target[600];
	struct stat st;
	int fd = -1;

	snprintf(other_path, sizeof(other_path), "%s/linked.json", b24t_tmpdir());
	snprintf(lock_path, sizeof(lock_path), "%s.lock", other_path);
	snprintf(target, sizeof(target), "%s/created-by-the-link", b24t_tmpdir());
	unlink(lock_path);
	CHECK_INT(symlink(target, lock_path), 0);
	CHECK_INT(b24_file_lock(other_path, 30, &fd), B24_FILE_E_LOCK_OPEN);
	CHECK_INT(fd, -1);
	CHECK(stat(target, &st) != 0 && errno == ENOENT);
	unlink(lock_path);
}

static void test_mkdirs(void)
{
	char dir[600];
	struct stat st;

	snprintf(dir, sizeof(dir), "%s/logs/2026-01-02/13", b24t_tmpdir());
	CHECK_INT(b24_file_mkdirs(dir), B24_FILE_OK);
	CHECK(stat(dir, &st) == 0 && S_ISDIR(st.st_mode));
	CHECK_INT((int)(st.st_mode & 0777) & ~0700, 0);
	/* existing: no error, the same directory */
	CHECK_INT(b24_file_mkdirs(dir), B24_FILE_OK);
	snprintf(dir, sizeof(dir), "%s/logs/2026-01-02/13/", b24t_tmpdir());
	CHECK_INT(b24_file_mkdirs(dir), B24_FILE_OK);
	/* under a file: refused */
	snprintf(dir, sizeof(dir), "%s/plain", b24t_tmpdir());
	CHECK_INT(b24_file_write_atomic(dir, "x", 1), B24_FILE_OK);
	snprintf(dir, sizeof(dir), "%s/plain/sub", b24t_tmpdir());
	CHECK_INT(b24_file_mkdirs(dir), B24_FILE_E_MKDIR);
}

int main(void)
{
	snprintf(path, sizeof(path), "%s/data.json", b24t_tmpdir());
	B24T_RUN(test_write_then_read);
	B24T_RUN(test_missing_and_failures);
	B24T_RUN(test_lock);
	B24T_RUN(test_rewrite_in_place);
	B24T_RUN(test_lock_symlink_not_followed);
	B24T_RUN(test_mkdirs);
	return b24t_finish();
}
