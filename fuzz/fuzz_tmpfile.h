/*
 * For targets whose parser reads a file (the token store, the bindings
 * file): one scratch file per fuzzing process, rewritten for each input.
 * It lives in $TMPDIR (scripts/fuzz points that at a private folder).
 */
#ifndef B24_FUZZ_TMPFILE_H
#define B24_FUZZ_TMPFILE_H

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

static char fuzz_tmp_path[4096];

/* The scratch file's path, in a folder of this process made on the first call. */
static inline const char *fuzz_tmpfile(const char *name)
{
	const char *dir = getenv("TMPDIR");
	int n;

	if (fuzz_tmp_path[0] == '\0') {
		n = snprintf(fuzz_tmp_path, sizeof(fuzz_tmp_path), "%s/b24-fuzz-%ld",
			dir && *dir ? dir : "/tmp", (long) getpid());
		if (mkdir(fuzz_tmp_path, 0700) != 0) {
			perror(fuzz_tmp_path);
			abort();
		}
		snprintf(fuzz_tmp_path + n, sizeof(fuzz_tmp_path) - n, "/%s", name);
	}
	return fuzz_tmp_path;
}

/* Replaces the scratch file's content with the input. */
static inline void fuzz_tmpfile_write(const char *path, const uint8_t *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	if (fd < 0 || (size > 0 && write(fd, data, size) != (ssize_t) size)) {
		perror(path);
		abort();
	}
	close(fd);
}

#endif /* B24_FUZZ_TMPFILE_H */
