/*
 * b24_batch: batch requests of at most B24_BATCH_MAX commands, and the
 * $result[id] reference check (see b24_batch.h).
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

int b24_batch_check_command(const char *cmd, size_t len, size_t pos, b24_batch_find find, void *ctx)
{
	const char *p = cmd, *end = cmd + len, *id;
	size_t id_len;
	long target;

	while (b24_batch_next_ref(&p, end, &id, &id_len)) {
		target = find(ctx, id, id_len);
		if (target >= 0 && b24_batch_request_of((size_t) target) < b24_batch_request_of(pos)) {
			return -1;
		}
	}
	return 0;
}
