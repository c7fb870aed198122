/*
 * b24: each()'s `concurrency` — the ID range of a cursor export in slices
 * (the plan is the core's b24_list_slicer), several slices' requests in
 * flight at once on the process's curl_multi handle (b24_multi), each
 * taking its turn in the portal's budget.
 *
 * Order and memory: slices are kept in a queue in ID order and items are
 * handed out from the head slice only. A slice that has items waiting is
 * not asked again until they are handed out, so at most one request's items
 * (2,500) wait per slice: `concurrency` x 2,500 items at most, whatever the
 * list's length. A slice is sent again while it is not over (its cursor
 * goes on), so every row of its range comes once, in ID order.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_each_private.h"
#include "b24_multi.h"

typedef struct b24_php_each_slice {
	b24_list list;             /* the slice's own cursor, from lo */
	long long lo, hi;          /* (lo, hi]; hi -1: no upper bound */
	long long rows;            /* rows taken so far */
	b24_buf base;              /* the export's parameters and the slice's upper bound */
	b24_buf body;              /* the request being sent */
	zval items;                /* UNDEF, or rows taken and not handed out yet */
} b24_php_each_slice;

struct b24_php_each_slices {
	int concurrency;
	unsigned page_size;
	bool started;              /* the range is known and the slicer made */
	b24_list_slicer slicer;
	int count;                 /* slices in the queue, the head at 0 */
	b24_php_each_slice *q;
};

/* A request's answer of a run: for the slice at `slot`. */
typedef struct b24_php_each_run {
	b24_php_each *e;
	b24_php_each_slice *slices[B24_MULTI_MAX];
	b24_error err;             /* the failure of the earliest slice that failed */
	int failed_at;             /* that slice's place, or -1 */
	zval answer;               /* the range request's decoded answer */
} b24_php_each_run;

struct b24_php_each_slices *b24_php_each_slices_new(int concurrency, unsigned page_size)
{
	struct b24_php_each_slices *s = ecalloc(1, sizeof(*s));

	s->concurrency = concurrency;
	s->page_size = page_size;
	s->q = ecalloc((size_t) concurrency, sizeof(*s->q));
	return s;
}

static void b24_php_each_slice_clear(b24_php_each_slice *sl)
{
	b24_buf_free(&sl->base);
	b24_buf_free(&sl->body);
	zval_ptr_dtor(&sl->items);
	ZVAL_UNDEF(&sl->items);
}

void b24_php_each_slices_free(struct b24_php_each_slices *s)
{
	int i;

	if (!s) {
		return;
	}
	for (i = 0; i < s->count; i++) {
		b24_php_each_slice_clear(&s->q[i]);
	}
	efree(s->q);
	efree(s);
}

int b24_php_each_slices_concurrency(const struct b24_php_each_slices *s)
{
	return s->concurrency;
}

/* ---- the range ---------------------------------------------------------- */

/* The ID of the first row of page `key` of the bounds answer; false with err, or none (*found false). */
static bool b24_php_each_edge(b24_php_each *e, zval *answer, const char *key, long long *id, bool *found,
	b24_error *err)
{
	long long ids[B24_LIST_PAGE];
	zval *rows;
	size_t n;

	if (!b24_php_each_page_rows(e, b24_php_each_member(answer, "result"), key, &rows, ids, &n, err)) {
		return false;
	}
	*found = n > 0;
	*id = n > 0 ? ids[0] : 0;
	return true;
}

/* The range request's answer (b24_multi_done): decoded into the run's answer, or its error kept. */
static void b24_php_each_range_done(void *ctx, size_t index, int rc, const b24_response *resp, const b24_error *err)
{
	b24_php_each_run *run = ctx;

	(void) index;
	if (rc != 0) {
		run->err = *err;
		run->failed_at = 0;
	} else if (!b24_php_decode_json(&run->answer, resp->body, resp->body_len) || Z_TYPE(run->answer) != IS_ARRAY) {
		zval_ptr_dtor(&run->answer);
		ZVAL_UNDEF(&run->answer);
		b24_error_set(&run->err, B24_E_RESPONSE, B24_INVALID_JSON, resp->status, "the batch answer is not a JSON object");
		run->failed_at = 0;
	}
}

/*
 * The first ID after the cursor and the last ID, in one request, on the
 * multi handle (whose connection the slices then use); with no row the
 * list is over. false with err.
 */
static bool b24_php_each_range(b24_php_each *e, b24_php_client *pc, b24_error *err)
{
	struct b24_php_each_slices *s = e->slices;
	b24_multi *m = b24_php_multi(err);
	b24_multi_req req;
	b24_php_each_run run;
	long long first, last;
	bool found_first, found_last, ok;

	if (!m) {
		return false;
	}
	if (b24_list_bounds_request(&e->plan.method, ZSTR_VAL(e->method), e->plan.base.data ? e->plan.base.data : "",
			e->plan.base.len, e->list.cursor, &e->body) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory while writing a list request");
		return false;
	}
	req.client = pc->core;
	req.method = "batch";
	req.body = e->body.data;
	req.body_len = e->body.len;
	req.json = 0;
	run.e = e;
	run.failed_at = -1;
	ZVAL_UNDEF(&run.answer);
	if (b24_multi_run(m, &req, 1, 1, b24_php_each_range_done, &run, err) != 0 || run.failed_at >= 0) {
		*err = run.failed_at >= 0 ? run.err : *err;
		return false;
	}
	ok = b24_php_each_edge(e, &run.answer, "p0", &first, &found_first, err)
		&& b24_php_each_edge(e, &run.answer, "p1", &last, &found_last, err);
	zval_ptr_dtor(&run.answer);
	if (ok && found_first && found_last && last >= first && first > e->list.cursor) {
		b24_list_slicer_init(&s->slicer, s->page_size, first, last);
	} else if (ok) {
		/* nothing after the cursor: no slice at all */
		s->slicer.ended = 1;
	}
	s->started = ok;
	return ok;
}

/* ---- the queue ---------------------------------------------------------- */

/* New slices at the tail while the queue has room and the range has IDs left. */
static bool b24_php_each_refill(b24_php_each *e)
{
	struct b24_php_each_slices *s = e->slices;
	long long lo, hi;

	while (s->count < s->concurrency && b24_list_slicer_next(&s->slicer, &lo, &hi)) {
		b24_php_each_slice *sl = &s->q[s->count++];

		memset(sl, 0, sizeof(*sl));
		ZVAL_UNDEF(&sl->items);
		sl->lo = lo;
		sl->hi = hi;
		b24_list_init(&sl->list, &e->plan.method, B24_LIST_CURSOR, s->page_size, lo);
		b24_buf_append(&sl->base, e->plan.base.data ? e->plan.base.data : "", e->plan.base.len);
		if ((hi >= 0 && b24_list_upper_bound(&e->plan.method, hi, &sl->base) != 0) || !b24_buf_ok(&sl->base)) {
			return false;
		}
	}
	return true;
}

/* The head slice is over: the slicer learns its density, the queue moves up. */
static void b24_php_each_pop(struct b24_php_each_slices *s)
{
	b24_php_each_slice *head = &s->q[0];

	if (head->hi >= 0) {
		b24_list_slicer_learn(&s->slicer, head->lo, head->hi, head->rows);
	}
	b24_php_each_slice_clear(head);
	memmove(&s->q[0], &s->q[1], (size_t)(s->count - 1) * sizeof(*s->q));
	s->count--;
}

/* ---- one round of requests ---------------------------------------------- */

/* A slice's answer (b24_multi_done): its rows taken in order, or the earliest failure kept. */
static void b24_php_each_slice_done(void *ctx, size_t index, int rc, const b24_response *resp, const b24_error *err)
{
	b24_php_each_run *run = ctx;
	b24_php_each_slice *sl = run->slices[index];
	b24_error mine;
	zval answer;

	b24_error_clear(&mine);
	if (rc != 0) {
		mine = *err;
	} else if (!b24_php_decode_json(&answer, resp->body, resp->body_len) || Z_TYPE(answer) != IS_ARRAY) {
		zval_ptr_dtor(&answer);
		b24_error_set(&mine, B24_E_RESPONSE, B24_INVALID_JSON, resp->status, "the batch answer is not a JSON object");
		rc = -1;
	} else {
		array_init(&sl->items);
		rc = b24_php_each_pages(run->e, &sl->list, &answer, &sl->items, &mine) ? 0 : -1;
		zval_ptr_dtor(&answer);
		sl->rows += zend_hash_num_elements(Z_ARRVAL(sl->items));
	}
	if (rc != 0 && (run->failed_at < 0 || (int) index < run->failed_at)) {
		run->failed_at = (int) index;
		run->err = mine;
	}
}

/* One request for each slice that is not over and has no items waiting, all in flight together. */
static bool b24_php_each_round(b24_php_each *e, b24_php_client *pc, b24_error *err)
{
	struct b24_php_each_slices *s = e->slices;
	b24_multi_req reqs[B24_MULTI_MAX];
	b24_php_each_run run;
	b24_multi *m = b24_php_multi(err);
	size_t n = 0;
	int i;

	run.e = e;
	run.failed_at = -1;
	for (i = 0; m && i < s->count; i++) {
		b24_php_each_slice *sl = &s->q[i];

		if (!Z_ISUNDEF(sl->items) || b24_list_done(&sl->list)) {
			continue;
		}
		if (b24_list_request(&sl->list, ZSTR_VAL(e->method), sl->base.data, sl->base.len, &sl->body) != 0) {
			b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory while writing a list request");
			return false;
		}
		reqs[n].client = pc->core;
		reqs[n].method = "batch";
		reqs[n].body = sl->body.data;
		reqs[n].body_len = sl->body.len;
		reqs[n].json = 0;
		run.slices[n++] = sl;
	}
	if (!m || b24_multi_run(m, reqs, n, s->concurrency, b24_php_each_slice_done, &run, err) != 0) {
		return false;
	}
	if (run.failed_at >= 0) {
		*err = run.err;
		return false;
	}
	return true;
}

/* ---- fetch -------------------------------------------------------------- */

/* The head's waiting items into *out (true), or the head popped when over (false: look again). */
static bool b24_php_each_hand_out(struct b24_php_each_slices *s, zval *out)
{
	b24_php_each_slice *head = &s->q[0];
	bool any = false;

	if (!Z_ISUNDEF(head->items)) {
		any = zend_hash_num_elements(Z_ARRVAL(head->items)) > 0;
		if (any) {
			ZVAL_COPY_VALUE(out, &head->items);
		} else {
			zval_ptr_dtor(&head->items);
		}
		ZVAL_UNDEF(&head->items);
	}
	if (b24_list_done(&head->list) && Z_ISUNDEF(head->items)) {
		b24_php_each_pop(s);
	}
	return any;
}

bool b24_php_each_slices_fetch(b24_php_each *e, b24_php_client *pc, zval *out)
{
	struct b24_php_each_slices *s = e->slices;
	b24_error err;

	b24_error_clear(&err);
	if (!s->started && !b24_php_each_range(e, pc, &err)) {
		goto failed;
	}
	for (;;) {
		if (!b24_php_each_refill(e)) {
			b24_error_set(&err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory while writing a list request");
			goto failed;
		}
		if (s->count == 0) {
			e->list.ended = 1;
			return true;
		}
		if (b24_php_each_hand_out(s, out)) {
			e->done += zend_hash_num_elements(Z_ARRVAL_P(out));
			return b24_php_each_progress(e);
		}
		if (s->count > 0 && Z_ISUNDEF(s->q[0].items) && !b24_list_done(&s->q[0].list)
				&& !b24_php_each_round(e, pc, &err)) {
			goto failed;
		}
	}
failed:
	e->list.ended = 1;
	b24_php_throw(&err);
	return false;
}
