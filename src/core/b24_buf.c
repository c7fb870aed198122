/*
 * b24_buf: growable byte buffer. See b24_buf.h.
 */
#include <stdlib.h>
#include <string.h>

#include "b24_buf.h"

void b24_buf_init(b24_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->failed = 0;
}

void b24_buf_free(b24_buf *b)
{
	free(b->data);
	b24_buf_init(b);
}

void b24_buf_reset(b24_buf *b)
{
	b->len = 0;
	b->failed = 0;
	if (b->data) {
		b->data[0] = '\0';
	}
}

int b24_buf_reserve(b24_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (b->failed) {
		return -1;
	}
	/* +1 for the NUL that is always kept after the content */
	if (extra > (size_t)-1 - b->len - 1) {
		b->failed = 1;
		return -1;
	}
	need = b->len + extra + 1;
	if (need <= b->cap) {
		return 0;
	}
	cap = b->cap ? b->cap : 64;
	while (cap < need) {
		cap = cap > (size_t)-1 / 2 ? need : cap * 2;
	}
	p = realloc(b->data, cap);
	if (!p) {
		b->failed = 1;
		return -1;
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

void b24_buf_truncate(b24_buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->data[len] = '\0';
	}
}

int b24_buf_append(b24_buf *b, const void *p, size_t n)
{
	if (b24_buf_reserve(b, n) != 0) {
		return -1;
	}
	if (n) {
		memcpy(b->data + b->len, p, n);
	}
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int b24_buf_append_str(b24_buf *b, const char *s)
{
	return b24_buf_append(b, s, strlen(s));
}

int b24_buf_append_char(b24_buf *b, char c)
{
	return b24_buf_append(b, &c, 1);
}

/* Digits written backwards: snprintf() costs more than the whole form encoding of small params. */
int b24_buf_append_long(b24_buf *b, long long v)
{
	char tmp[24], *p = tmp + sizeof(tmp);
	/* in unsigned arithmetic, so that LLONG_MIN has a magnitude */
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0) {
		*--p = '-';
	}
	return b24_buf_append(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

const char *b24_buf_cstr(const b24_buf *b)
{
	return b->data ? b->data : "";
}

int b24_buf_ok(const b24_buf *b)
{
	return !b->failed;
}

char *b24_buf_detach(b24_buf *b, size_t *len)
{
	char *p;

	if (b->failed) {
		b24_buf_free(b);
		return NULL;
	}
	if (!b->data && b24_buf_reserve(b, 0) != 0) {
		return NULL;
	}
	b->data[b->len] = '\0';
	p = b->data;
	if (len) {
		*len = b->len;
	}
	b24_buf_init(b);
	return p;
}

char *b24_strdup(const char *s)
{
	size_t n;
	char *p;

	if (!s) {
		return NULL;
	}
	n = strlen(s) + 1;
	p = malloc(n);
	if (p) {
		memcpy(p, s, n);
	}
	return p;
}
