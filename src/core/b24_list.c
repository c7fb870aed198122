/*
 * b24_list: paging plan and loop guard of a whole-list export (see b24_list.h).
 */
#include <stdio.h>
#include <string.h>

#include "b24_list.h"
#include "b24_form.h"

typedef struct b24_list_row {
	const char *method;
	b24_list_method m;
} b24_list_row;

#define B24_LISTS_ROW(method, items, filter_id, row_id, paging, keys, note) \
	{ method, { items, filter_id, row_id, paging } },
static const b24_list_row b24_list_rows[] = {
#include "b24_lists_table.h"
	B24_LISTS_ROWS(B24_LISTS_ROW)
	{ NULL, { "", "ID", "ID", B24_LIST_COUNTED } }
};
#undef B24_LISTS_ROW

static int b24_list_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* `name` (NUL-terminated) equals s[0..len) without regard to ASCII case. */
static int b24_list_same(const char *name, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (name[i] == '\0' || b24_list_lower((unsigned char) name[i]) != b24_list_lower((unsigned char) s[i])) {
			return 0;
		}
	}
	return name[len] == '\0';
}

void b24_list_method_find(const char *method, size_t len, b24_list_method *out)
{
	const b24_list_row *row = b24_list_rows;

	while (row->method && !b24_list_same(row->method, method, len)) {
		row++;
	}
	*out = row->m;
}

void b24_list_init(b24_list *l, const b24_list_method *m, b24_list_paging paging, unsigned page_size,
	long long after_id)
{
	memset(l, 0, sizeof(*l));
	l->m = *m;
	l->paging = paging;
	l->page_size = page_size >= 1 && page_size <= B24_LIST_PAGE ? page_size : B24_LIST_PAGE;
	l->cursor = after_id;
	l->total = -1;
}

int b24_list_done(const b24_list *l)
{
	return l->ended || (l->paging == B24_LIST_COUNTED && l->total >= 0 && l->next_start >= l->total);
}

void b24_list_command_key(size_t k, char buf[24])
{
	snprintf(buf, 24, "p%zu", k);
}

/* "filter[>ID]" or "order[ID]", form-encoded, into key. */
static int b24_list_key(b24_buf *key, const char *root, const char *prefix, const char *id)
{
	b24_buf name = B24_BUF_INIT;
	int rc;

	b24_buf_reset(key);
	rc = b24_buf_append_str(&name, prefix) | b24_buf_append_str(&name, id)
		| b24_form_key_root(key, root, strlen(root)) | b24_form_key_push(key, name.data, name.len);
	b24_buf_free(&name);
	return rc;
}

/* The >ID bound of cursor page k: the cursor, or a reference to the page before. */
static int b24_list_bound(const b24_list *l, size_t k, b24_buf *out)
{
	char prev[24];

	if (k == 0) {
		return b24_buf_append_long(out, l->cursor);
	}
	b24_list_command_key(k - 1, prev);
	return b24_buf_append_str(out, "$result[") | b24_buf_append_str(out, prev) | b24_buf_append_str(out, "]")
		| (l->m.items[0] ? b24_buf_append_str(out, "[") | b24_buf_append_str(out, l->m.items)
			| b24_buf_append_str(out, "]") : 0)
		| b24_buf_append_str(out, "[") | b24_buf_append_long(out, (long long) l->page_size - 1)
		| b24_buf_append_str(out, "][") | b24_buf_append_str(out, l->m.row_id) | b24_buf_append_str(out, "]");
}

/* The paging part of cursor page k: order by ID (dir), the >ID bound, start=-1. */
static int b24_list_cursor_part(const b24_list *l, size_t k, const char *dir, b24_buf *cmd)
{
	b24_buf key = B24_BUF_INIT, bound = B24_BUF_INIT;
	int rc;

	rc = b24_list_key(&key, "order", "", l->m.filter_id)
		| b24_form_pair(cmd, key.data, key.len, dir, strlen(dir))
		| b24_list_key(&key, "filter", ">", l->m.filter_id)
		| b24_list_bound(l, k, &bound)
		| b24_form_pair(cmd, key.data, key.len, bound.data, bound.len)
		| b24_form_pair_long(cmd, "start", 5, -1);
	b24_buf_free(&key);
	b24_buf_free(&bound);
	return rc;
}

/*
 * Page k as "method?<base>&<paging>", appended as cmd[p<name>]; dir: cursor
 * paging's order.
 */
static int b24_list_command(const b24_list *l, size_t k, size_t name_k, const char *dir, const char *method,
	const char *base, size_t base_len, b24_buf *body)
{
	b24_buf cmd = B24_BUF_INIT, key = B24_BUF_INIT;
	char name[24];
	int rc;

	rc = b24_buf_append(&cmd, base, base_len);
	rc |= l->paging == B24_LIST_CURSOR ? b24_list_cursor_part(l, k, dir, &cmd)
		: b24_form_pair_long(&cmd, "start", 5, l->next_start + (long long) k * B24_LIST_PAGE);
	/* the method and '?' go in front once the query is whole */
	b24_list_command_key(name_k, name);
	rc |= b24_form_key_root(&key, "cmd", 3) | b24_form_key_push(&key, name, strlen(name));
	if (rc == 0) {
		b24_buf prefixed = B24_BUF_INIT;

		rc = b24_buf_append_str(&prefixed, method) | b24_buf_append_char(&prefixed, '?')
			| b24_buf_append(&prefixed, cmd.data, cmd.len)
			| b24_form_pair(body, key.data, key.len, prefixed.data, prefixed.len);
		b24_buf_free(&prefixed);
	}
	b24_buf_free(&cmd);
	b24_buf_free(&key);
	return rc ? -1 : 0;
}

/* Pages the next request asks for. */
static size_t b24_list_pages(const b24_list *l)
{
	long long left;

	if (l->paging == B24_LIST_CURSOR) {
		return B24_LIST_MAX_COMMANDS;
	}
	if (l->total < 0) {
		return 1;
	}
	left = (l->total - l->next_start + B24_LIST_PAGE - 1) / B24_LIST_PAGE;
	return left <= 0 ? 0 : left < B24_LIST_MAX_COMMANDS ? (size_t) left : B24_LIST_MAX_COMMANDS;
}

int b24_list_request(b24_list *l, const char *method, const char *base, size_t base_len, b24_buf *body)
{
	size_t k, pages = b24_list_pages(l);

	b24_buf_reset(body);
	for (k = 0; k < pages; k++) {
		if (b24_list_command(l, k, k, "ASC", method, base, base_len, body) != 0) {
			return -1;
		}
	}
	if (b24_form_pair_long(body, "halt", 4, 1) != 0) {
		return -1;
	}
	l->commands = pages;
	l->answered = 0;
	l->page_start = l->next_start;
	if (l->paging == B24_LIST_COUNTED) {
		l->next_start += (long long) pages * B24_LIST_PAGE;
	}
	return 0;
}

static b24_list_step b24_list_loop(b24_list *l, b24_error *err, const char *what, long long id)
{
	l->ended = 1;
	b24_error_set(err, B24_E_RESPONSE, B24_LIST_LOOP, 200, "the portal answered %s (ID %lld): "
		"it does not page this list as asked, the export stops here", what, id);
	return B24_LIST_FAILED;
}

/* A cursor page: its IDs must grow past the cursor; fewer rows than page_size end the list. */
static b24_list_step b24_list_take_cursor(b24_list *l, const long long *ids, size_t n, size_t *keep, b24_error *err)
{
	size_t i, take = n < l->page_size ? n : l->page_size;

	for (i = 0; i < take; i++) {
		if (ids[i] <= l->cursor) {
			return b24_list_loop(l, err, i == 0 ? "a page that starts at or before the last ID taken"
				: "IDs that do not grow", ids[i]);
		}
		l->cursor = ids[i];
	}
	*keep = take;
	if (n < l->page_size) {
		l->ended = 1;
		return B24_LIST_END;
	}
	return B24_LIST_MORE;
}

/* A counted page: not the same as the one before; the total ends the list. */
static b24_list_step b24_list_take_counted(b24_list *l, const long long *ids, size_t n, long long total,
	size_t *keep, b24_error *err)
{
	long long start = l->page_start + (long long) l->answered * B24_LIST_PAGE;

	if (l->total < 0) {
		l->total = total < 0 ? 0 : total;
	}
	if (n > 0 && n == l->prev_count && ids[0] == l->prev_first && ids[n - 1] == l->prev_last) {
		return b24_list_loop(l, err, "the same page twice", ids[0]);
	}
	l->prev_count = n;
	l->prev_first = n ? ids[0] : 0;
	l->prev_last = n ? ids[n - 1] : 0;
	*keep = n;
	if (n < B24_LIST_PAGE || start + B24_LIST_PAGE >= l->total) {
		l->ended = 1;
		return B24_LIST_END;
	}
	return B24_LIST_MORE;
}

b24_list_step b24_list_take(b24_list *l, const long long *ids, size_t n, long long total, size_t *keep,
	b24_error *err)
{
	b24_list_step step;

	*keep = 0;
	step = l->paging == B24_LIST_CURSOR ? b24_list_take_cursor(l, ids, n, keep, err)
		: b24_list_take_counted(l, ids, n, total, keep, err);
	l->answered++;
	return step;
}

/* ---- slices ------------------------------------------------------------- */

void b24_list_slicer_init(b24_list_slicer *s, unsigned page_size, long long first, long long last)
{
	long long page = page_size >= 1 && page_size <= B24_LIST_PAGE ? page_size : B24_LIST_PAGE;

	memset(s, 0, sizeof(*s));
	s->next = first - 1;
	s->last = last;
	/* one request's rows less a page: its last page finds the slice's end */
	s->rows = page * (B24_LIST_MAX_COMMANDS - 1);
	s->width = s->rows;
}

int b24_list_slicer_next(b24_list_slicer *s, long long *lo, long long *hi)
{
	if (s->ended) {
		return 0;
	}
	*lo = s->next;
	if (s->next >= s->last - s->width) {
		*hi = -1;
		s->ended = 1;
	} else {
		*hi = s->next + s->width;
		s->next = *hi;
	}
	return 1;
}

void b24_list_slicer_learn(b24_list_slicer *s, long long lo, long long hi, long long rows)
{
	double width;

	if (hi <= lo) {
		return;
	}
	/* an empty slice says little: twice as wide, at most to the end */
	width = rows > 0 ? (double) s->rows * (double) (hi - lo) / (double) rows : 2.0 * (double) s->width;
	if (width > (double) (s->last - s->next) + 1.0) {
		width = (double) (s->last - s->next) + 1.0;
	}
	s->width = width < 1.0 ? 1 : (long long) width;
}

int b24_list_bounds_request(const b24_list_method *m, const char *method, const char *base, size_t base_len,
	long long after, b24_buf *body)
{
	b24_list l;

	b24_list_init(&l, m, B24_LIST_CURSOR, B24_LIST_PAGE, after);
	b24_buf_reset(body);
	/* p1: the same first page from the other end, bound by the cursor as p0 */
	if (b24_list_command(&l, 0, 0, "ASC", method, base, base_len, body) != 0
			|| b24_list_command(&l, 0, 1, "DESC", method, base, base_len, body) != 0) {
		return -1;
	}
	return b24_form_pair_long(body, "halt", 4, 0) != 0 ? -1 : 0;
}

int b24_list_upper_bound(const b24_list_method *m, long long hi, b24_buf *base)
{
	b24_buf key = B24_BUF_INIT;
	int rc = b24_list_key(&key, "filter", "<=", m->filter_id) | b24_form_pair_long(base, key.data, key.len, hi);

	b24_buf_free(&key);
	return rc ? -1 : 0;
}
