/*
 * b24_batch: batch requests of at most B24_BATCH_MAX commands, and the
 * $result[id] references: the check, and their values put in by the client
 * when they name a command of an earlier request (see b24_batch.h).
 */
#include <string.h>

#include "b24_batch.h"

/* "$result[" and "]" as they read inside a form-encoded command. */
static const char b24_batch_ref_open[] = "%24result%5B";
static const char b24_batch_ref_close[] = "%5D";

size_t b24_batch_requests(size_t count)
{
	return (count + B24_BATCH_MAX - 1) / B24_BATCH_MAX;
}

size_t b24_batch_request_of(size_t pos)
{
	return pos / B24_BATCH_MAX;
}

size_t b24_batch_chunk(size_t sent, size_t count)
{
	size_t left = sent < count ? count - sent : 0;

	return left < B24_BATCH_MAX ? left : B24_BATCH_MAX;
}

/* The first `needle` in [p, end), or NULL. */
static const char *b24_batch_find_text(const char *p, const char *end, const char *needle, size_t len)
{
	for (; p && (size_t) (end - p) >= len; p++) {
		p = memchr(p, needle[0], (size_t) (end - p) - len + 1);
		if (!p || memcmp(p, needle, len) == 0) {
			return p;
		}
	}
	return NULL;
}

int b24_batch_next_ref(const char **p, const char *end, const char **id, size_t *id_len)
{
	const char *open = b24_batch_find_text(*p, end, b24_batch_ref_open, sizeof(b24_batch_ref_open) - 1);
	const char *close;

	if (!open) {
		*p = end;
		return 0;
	}
	open += sizeof(b24_batch_ref_open) - 1;
	close = b24_batch_find_text(open, end, b24_batch_ref_close, sizeof(b24_batch_ref_close) - 1);
	if (!close) {
		*p = end;
		return 0;
	}
	*id = open;
	*id_len = (size_t) (close - open);
	*p = close + sizeof(b24_batch_ref_close) - 1;
	return 1;
}

int b24_batch_next_elem(const char **p, const char *end, const char **elem, size_t *len)
{
	const char *open = *p, *close;
	size_t n = sizeof(b24_batch_ref_close) - 1;

	if ((size_t) (end - open) < 3 || memcmp(open, "%5B", 3) != 0) {
		return 0;
	}
	close = b24_batch_find_text(open + 3, end, b24_batch_ref_close, n);
	if (!close) {
		return 0;
	}
	*elem = open + 3;
	*len = (size_t) (close - open - 3);
	*p = close + n;
	return 1;
}

/* The end of the path that starts at p: past its last "%5B...%5D". */
static const char *b24_batch_path_end(const char *p, const char *end)
{
	const char *elem;
	size_t len;

	while (b24_batch_next_elem(&p, end, &elem, &len)) {
	}
	return p;
}

int b24_batch_resolve(const char *cmd, size_t len, size_t pos, b24_batch_find find, b24_batch_value value,
	void *ctx, b24_buf *out)
{
	const char *p = cmd, *end = cmd + len, *copied = cmd, *id, *ref, *path;
	size_t id_len;
	long target;
	int rc = 0;

	while (rc == 0 && b24_batch_next_ref(&p, end, &id, &id_len)) {
		target = find(ctx, id, id_len);
		if (target < 0 || b24_batch_request_of((size_t) target) >= b24_batch_request_of(pos)) {
			continue;
		}
		ref = id - (sizeof(b24_batch_ref_open) - 1);
		path = p;
		p = b24_batch_path_end(p, end);
		rc = b24_buf_append(out, copied, (size_t) (ref - copied)) | value(ctx, target, path, (size_t) (p - path), out);
		copied = p;
	}
	return rc | b24_buf_append(out, copied, (size_t) (end - copied));
}
