/*
 * b24_list: the catalog lookup, the batch bodies of cursor and counted
 * paging, and whole exports against a portal played by this file: it reads
 * the bodies b24_list writes (form-decoded as the portal decodes them),
 * resolves the $result references between pages, and answers pages of a
 * list of sparse IDs; one variant ignores the cursor, as a broken portal does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b24_test.h"
#include "b24_list.h"

static void test_find(void)
{
	b24_list_method m;

	b24_list_method_find("crm.deal.list", 13, &m);
	CHECK_STR(m.items, "");
	CHECK_STR(m.filter_id, "ID");
	CHECK_INT(m.paging, B24_LIST_CURSOR);
	b24_list_method_find("TASKS.task.LIST", 15, &m);
	CHECK_STR(m.items, "tasks");
	CHECK_STR(m.filter_id, "ID");
	CHECK_STR(m.row_id, "id");
	b24_list_method_find("crm.item.list", 13, &m);
	CHECK_STR(m.items, "items");
	CHECK_STR(m.filter_id, "id");
	/* a prefix of a listed name is another method */
	b24_list_method_find("crm.deal.lis", 12, &m);
	CHECK_INT(m.paging, B24_LIST_COUNTED);
	b24_list_method_find("user.get", 8, &m);
	CHECK_INT(m.paging, B24_LIST_COUNTED);
	CHECK_STR(m.items, "");
	CHECK_STR(m.row_id, "ID");
}

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c - 'a' + 10;
}

/* urldecode of s[0..len) into a malloc'd string. */
static char *decode(const char *s, size_t len)
{
	char *out = malloc(len + 1), *o = out;
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '+') {
			*o++ = ' ';
		} else if (s[i] == '%' && i + 2 < len) {
			*o++ = (char) (hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
			i += 2;
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	return out;
}

/* The decoded value of `key` (encoded as sent) in a form text, malloc'd; NULL when absent. */
static char *form_value(const char *form, const char *key)
{
	size_t klen = strlen(key);
	const char *p = form, *end;

	while (p && *p) {
		if (strncmp(p, key, klen) == 0 && p[klen] == '=') {
			p += klen + 1;
			end = strchr(p, '&');
			return decode(p, end ? (size_t) (end - p) : strlen(p));
		}
		p = strchr(p, '&');
		p = p ? p + 1 : NULL;
	}
	return NULL;
}

static void test_bodies(void)
{
	b24_list_method m;
	b24_list l;
	b24_buf body = B24_BUF_INIT;
	char *cmd;

	b24_list_method_find("tasks.task.list", 15, &m);
	b24_list_init(&l, &m, B24_LIST_CURSOR, 50, 7);
	CHECK_INT(b24_list_request(&l, "tasks.task.list", "select%5B0%5D=TITLE", 19, &body), 0);
	CHECK_INT(l.commands, 50);
	cmd = form_value(body.data, "cmd%5Bp0%5D");
	CHECK_STR(cmd, "tasks.task.list?select%5B0%5D=TITLE&order%5BID%5D=ASC&filter%5B%3EID%5D=7&start=-1");
	free(cmd);
	cmd = form_value(body.data, "cmd%5Bp1%5D");
	CHECK_STR(cmd, "tasks.task.list?select%5B0%5D=TITLE&order%5BID%5D=ASC"
		"&filter%5B%3EID%5D=%24result%5Bp0%5D%5Btasks%5D%5B49%5D%5Bid%5D&start=-1");
	free(cmd);
	cmd = form_value(body.data, "halt");
	CHECK_STR(cmd, "1");
	free(cmd);
	CHECK(form_value(body.data, "cmd%5Bp50%5D") == NULL);

	/* page size 10: the next page starts after the tenth row; no base */
	b24_list_method_find("crm.item.list", 13, &m);
	b24_list_init(&l, &m, B24_LIST_CURSOR, 10, 0);
	CHECK_INT(b24_list_request(&l, "crm.item.list", "", 0, &body), 0);
	cmd = form_value(body.data, "cmd%5Bp3%5D");
	CHECK_STR(cmd, "crm.item.list?order%5Bid%5D=ASC&filter%5B%3Eid%5D=%24result%5Bp2%5D%5Bitems%5D%5B9%5D%5Bid%5D&start=-1");
	free(cmd);

	/* counted: one page to learn the total, then the rest 50 at a time */
	b24_list_method_find("crm.deal.list", 13, &m);
	b24_list_init(&l, &m, B24_LIST_COUNTED, 50, 0);
	CHECK_INT(b24_list_request(&l, "crm.deal.list", "order%5BTITLE%5D=DESC", 21, &body), 0);
	CHECK_INT(l.commands, 1);
	cmd = form_value(body.data, "cmd%5Bp0%5D");
	CHECK_STR(cmd, "crm.deal.list?order%5BTITLE%5D=DESC&start=0");
	free(cmd);
	b24_buf_free(&body);
}

/* The played portal: IDs 3, 6, 9, ... (count of them), 50 rows a page. */
typedef struct portal {
	long long count;
	int ignore_cursor;
	long long pages[B24_LIST_MAX_COMMANDS][B24_LIST_PAGE];
	size_t sizes[B24_LIST_MAX_COMMANDS];
	long long total;
	size_t requests;
} portal;

/* The bound of a command: a number, or $result[p<k>]...[<i>][id] read from page k. */
static long long portal_bound(const portal *p, const char *text)
{
	size_t k, i;
	const char *q;

	if (strncmp(text, "$result[p", 9) != 0) {
		return atoll(text);
	}
	k = (size_t) atoll(text + 9);
	q = strrchr(text, '[');
	q = q - 1;
	while (q > text && q[-1] != '[') {
		q--;
	}
	i = (size_t) atoll(q);
	/* a path that does not exist reads as '' on the portal: nothing is greater */
	return i < p->sizes[k] ? p->pages[k][i] : -2;
}

static void portal_page(portal *p, size_t k, long long after, long long start)
{
	long long id = after < 0 ? 1LL << 62 : (after / 3 + 1) * 3, n = 0;

	if (start >= 0) {
		id = (start + 1) * 3;
	}
	while (n < B24_LIST_PAGE && id <= p->count * 3) {
		p->pages[k][n++] = id;
		id += 3;
	}
	p->sizes[k] = (size_t) n;
}

/* Answers every command of a batch body the way the portal would. */
static void portal_answer(portal *p, const char *body, size_t commands)
{
	size_t k;
	char key[48], name[24], *cmd, *bound, *start;

	p->requests++;
	p->total = p->count;
	for (k = 0; k < commands; k++) {
		b24_list_command_key(k, name);
		snprintf(key, sizeof(key), "cmd%%5B%s%%5D", name);
		cmd = form_value(body, key);
		bound = form_value(strchr(cmd, '?') + 1, "filter%5B%3EID%5D");
		start = form_value(strchr(cmd, '?') + 1, "start");
		if (p->ignore_cursor) {
			portal_page(p, k, bound ? 0 : -1, bound ? -1 : 0);
		} else {
			portal_page(p, k, bound ? portal_bound(p, bound) : -1, bound ? -1 : atoll(start));
		}
		free(bound);
		free(start);
		free(cmd);
	}
}

/* A whole export; the IDs taken, in order, into got (room for `room`). 0, or -1 with err. */
static int export_all(portal *p, b24_list_paging paging, unsigned page_size, long long *got, size_t room,
	size_t *count, b24_error *err)
{
	b24_list_method m;
	b24_list l;
	b24_buf body = B24_BUF_INIT;
	size_t k, keep, i;
	b24_list_step step = B24_LIST_MORE;

	*count = 0;
	b24_list_method_find("crm.deal.list", 13, &m);
	b24_list_init(&l, &m, paging, page_size, 0);
	while (step != B24_LIST_END && !b24_list_done(&l) && p->requests < 1000) {
		CHECK_INT(b24_list_request(&l, "crm.deal.list", "", 0, &body), 0);
		portal_answer(p, body.data, l.commands);
		for (k = 0; k < l.commands; k++) {
			step = b24_list_take(&l, p->pages[k], p->sizes[k], p->total, &keep, err);
			if (step == B24_LIST_FAILED) {
				b24_buf_free(&body);
				return -1;
			}
			for (i = 0; i < keep && *count < room; i++) {
				got[(*count)++] = p->pages[k][i];
			}
			if (step == B24_LIST_END) {
				break;
			}
		}
	}
	b24_buf_free(&body);
	return 0;
}

static int all_in_order(const long long *got, size_t n, long long count)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (got[i] != (long long) (i + 1) * 3) {
			return 0;
		}
	}
	return (long long) n == count;
}

static void test_export(void)
{
	static portal p;
	static long long got[20000];
	static const long long counts[] = { 0, 1, 49, 50, 2500, 2501, 7777 };
	size_t n, i;
	b24_error err;

	for (i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
		memset(&p, 0, sizeof(p));
		p.count = counts[i];
		CHECK_INT(export_all(&p, B24_LIST_CURSOR, 50, got, 20000, &n, &err), 0);
		CHECK(all_in_order(got, n, counts[i]));
		/* 2,500 rows an HTTP request; a last full request needs one more to see the end */
		CHECK_INT(p.requests, (size_t) (counts[i] / 2500 + 1));

		memset(&p, 0, sizeof(p));
		p.count = counts[i];
		CHECK_INT(export_all(&p, B24_LIST_CURSOR, 7, got, 20000, &n, &err), 0);
		CHECK(all_in_order(got, n, counts[i]));

		memset(&p, 0, sizeof(p));
		p.count = counts[i];
		CHECK_INT(export_all(&p, B24_LIST_COUNTED, 50, got, 20000, &n, &err), 0);
		CHECK(all_in_order(got, n, counts[i]));
		/* one request for the total, then 2,500 rows a request */
		CHECK_INT(p.requests, (size_t) (counts[i] <= 50 ? 1 : 1 + (counts[i] - 50 + 2499) / 2500));
	}
}

static void test_loop_guard(void)
{
	static portal p;
	static long long got[20000];
	size_t n;
	b24_error err;

	memset(&p, 0, sizeof(p));
	p.count = 5000;
	p.ignore_cursor = 1;
	b24_error_clear(&err);
	CHECK_INT(export_all(&p, B24_LIST_CURSOR, 50, got, 20000, &n, &err), -1);
	CHECK_INT(err.kind, B24_E_RESPONSE);
	CHECK_STR(err.code, B24_LIST_LOOP);
	/* the first page was fine; the second repeated it */
	CHECK_INT(n, 50);
	CHECK_INT(p.requests, 1);

	memset(&p, 0, sizeof(p));
	p.count = 5000;
	p.ignore_cursor = 1;
	b24_error_clear(&err);
	CHECK_INT(export_all(&p, B24_LIST_COUNTED, 50, got, 20000, &n, &err), -1);
	CHECK_STR(err.code, B24_LIST_LOOP);
	CHECK_INT(n, 50);
	CHECK_INT(p.requests, 2);
}

/* Slices cover the range once, in order, the last without an upper bound, and follow the density. */
static void test_slicer(void)
{
	b24_list_slicer s;
	long long lo, hi, prev = 0, n = 0;
	b24_buf body = B24_BUF_INIT, base = B24_BUF_INIT;
	b24_list_method m;

	b24_list_slicer_init(&s, 50, 1, 10000);
	while (b24_list_slicer_next(&s, &lo, &hi)) {
		CHECK_INT(lo, prev);
		prev = hi;
		n++;
		if (hi < 0) {
			break;
		}
		CHECK_INT(hi - lo, 2450);
	}
	CHECK_INT(n, 5);
	CHECK_INT(lo, 9800);
	CHECK_INT(b24_list_slicer_next(&s, &lo, &hi), 0);
	/* one row in ten IDs: slices ten times as wide */
	b24_list_slicer_init(&s, 50, 1, 1000000);
	CHECK_INT(b24_list_slicer_next(&s, &lo, &hi), 1);
	b24_list_slicer_learn(&s, lo, hi, 245);
	CHECK_INT(b24_list_slicer_next(&s, &lo, &hi), 1);
	CHECK_INT(hi - lo, 24500);
	/* an empty slice: twice as wide */
	b24_list_slicer_learn(&s, lo, hi, 0);
	CHECK_INT(b24_list_slicer_next(&s, &lo, &hi), 1);
	CHECK_INT(hi - lo, 49000);
	/* nothing but one ID */
	b24_list_slicer_init(&s, 50, 7, 7);
	CHECK_INT(b24_list_slicer_next(&s, &lo, &hi), 1);
	CHECK_INT(lo, 6);
	CHECK_INT(hi, -1);
	/* the range request and the upper bound */
	b24_list_method_find("crm.deal.list", 13, &m);
	CHECK_INT(b24_list_bounds_request(&m, "crm.deal.list", "select%5B0%5D=ID", 16, 5, &body), 0);
	CHECK(strstr(body.data, "cmd%5Bp0%5D=crm.deal.list%3Fselect%255B0%255D%3DID%26order%255BID%255D%3DASC%26filter%255B%253EID%255D%3D5%26start%3D-1") != NULL);
	CHECK(strstr(body.data, "&cmd%5Bp1%5D=crm.deal.list%3Fselect%255B0%255D%3DID%26order%255BID%255D%3DDESC%26filter%255B%253EID%255D%3D5%26start%3D-1") != NULL);
	CHECK(strstr(body.data, "&halt=0") != NULL);
	b24_buf_append_str(&base, "select%5B0%5D=ID");
	CHECK_INT(b24_list_upper_bound(&m, 2450, &base), 0);
	CHECK_STR(base.data, "select%5B0%5D=ID&filter%5B%3C%3DID%5D=2450");
	b24_buf_free(&body);
	b24_buf_free(&base);
}

int main(void)
{
	B24T_RUN(test_find);
	B24T_RUN(test_bodies);
	B24T_RUN(test_export);
	B24T_RUN(test_loop_guard);
	B24T_RUN(test_slicer);
	return b24t_finish();
}
