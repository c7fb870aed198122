/*
 * b24_buf: a growable byte buffer, the only string builder of the core.
 *
 * The data is always NUL-terminated once anything was appended, so it can be
 * handed to APIs that want a C string; len never counts that NUL.
 * An allocation failure is sticky: the buffer sets `failed`, keeps what it
 * had, and every later append is a no-op returning -1. Callers may therefore
 * chain appends and test once at the end (b24_buf_ok()).
 */
#ifndef B24_BUF_H
#define B24_BUF_H

#include <stddef.h>

typedef struct b24_buf {
	char *data;   /* NULL until the first append; NUL-terminated after */
	size_t len;   /* bytes used, without the terminating NUL */
	size_t cap;   /* bytes allocated */
	int failed;   /* set by the first allocation failure */
} b24_buf;

#define B24_BUF_INIT { NULL, 0, 0, 0 }

void b24_buf_init(b24_buf *b);
/* Releases the memory and leaves an empty, reusable buffer. */
void b24_buf_free(b24_buf *b);
/* Forgets the content but keeps the memory (and clears `failed`). */
void b24_buf_reset(b24_buf *b);
/* Makes room for `extra` more bytes (+ NUL). 0 on success, -1 on failure. */
int b24_buf_reserve(b24_buf *b, size_t extra);
/* Cuts the content back to `len` bytes (no-op when len >= b->len). */
void b24_buf_truncate(b24_buf *b, size_t len);

int b24_buf_append(b24_buf *b, const void *p, size_t n);
int b24_buf_append_str(b24_buf *b, const char *s);
int b24_buf_append_char(b24_buf *b, char c);
/* Decimal text of a signed 64-bit value (PHP's integer text). */
int b24_buf_append_long(b24_buf *b, long long v);

/* The content as a C string; "" for an empty buffer (never NULL). */
const char *b24_buf_cstr(const b24_buf *b);
/* 1 when no allocation has failed so far. */
int b24_buf_ok(const b24_buf *b);
/*
 * Hands the allocation to the caller (free() it) and leaves the buffer
 * empty. Returns NULL when the buffer failed; *len may be NULL.
 */
char *b24_buf_detach(b24_buf *b, size_t *len);

/* malloc'ed copy of a C string; NULL for NULL or when out of memory. */
char *b24_strdup(const char *s);

#endif /* B24_BUF_H */
