/*
 * b24_list: the plan of a whole-list export (B24Client::each()).
 *
 * How a list method is paged comes from catalog/lists.tsv (generated
 * b24_lists_table.h): where its rows sit in `result`, how its filter and
 * its rows spell the ID key, and whether a cursor works.
 *
 * Cursor paging (the portal's "huge data" technique): start=-1 (no COUNT on
 * the portal's side), order by ID ascending, filter >ID greater than the
 * last ID taken. Pages are chained inside one batch request: page k filters
 * >ID greater than $result[p<k-1>][<items>][<page_size - 1>][<row id>], so
 * one HTTP request (one unit of the rate budget) carries up to
 * B24_LIST_MAX_COMMANDS pages. A page with fewer than page_size rows is the
 * last; what later pages of the same request return is not looked at.
 *
 * Counted paging, for methods without a cursor and for a user order other
 * than by ID: one request with start=0 learns `total`, then requests of up
 * to B24_LIST_MAX_COMMANDS pages at start=50, 100, ... up to the total.
 *
 * The loop guard: a portal that ignores the cursor answers the same page
 * again. A cursor page whose IDs do not grow past the last ID taken, or a
 * counted page equal to the one before (same count, first and last ID),
 * ends the export with B24_LIST_LOOP instead of looping forever.
 *
 * Plain C: the binding encodes the caller's parameters (the "base" query),
 * reads the rows of each page and hands over their IDs; this file writes
 * the batch bodies and decides what each page means.
 */
#ifndef B24_LIST_H
#define B24_LIST_H

#include <stddef.h>

#include "b24_buf.h"
#include "b24_errors.h"

/* Rows a list page carries, and pages (commands) a batch request carries. */
#define B24_LIST_PAGE 50
#define B24_LIST_MAX_COMMANDS 50

/* The RESPONSE codes of an export that cannot go on, B24_LIST_LOOP and B24_LIST_SHAPE, are rows of catalog/codes.tsv. */

typedef enum b24_list_paging {
	B24_LIST_CURSOR,
	B24_LIST_COUNTED,
} b24_list_paging;

/* A row of catalog/lists.tsv. */
typedef struct b24_list_method {
	const char *items;         /* "" : result is the list */
	const char *filter_id;     /* the ID key of filter, order and select */
	const char *row_id;        /* the ID key of the rows */
	b24_list_paging paging;
} b24_list_method;

/*
 * The catalog row of `method` (case-insensitive); for a method not listed:
 * counted paging, rows in result, ID as both keys.
 */
void b24_list_method_find(const char *method, size_t len, b24_list_method *out);

typedef enum b24_list_step {
	B24_LIST_MORE,             /* the page is taken; more pages follow */
	B24_LIST_END,              /* the page is taken and was the last */
	B24_LIST_FAILED,           /* the loop guard: err is set */
} b24_list_step;

typedef struct b24_list {
	b24_list_method m;
	b24_list_paging paging;    /* the method's, or COUNTED for a user order */
	unsigned page_size;        /* cursor paging: rows taken from each page, 1..50 */
	long long cursor;          /* cursor paging: the last ID taken */
	long long next_start;      /* counted paging: start of the next page to ask for */
	long long total;           /* counted paging: the list's total, -1 before the first page */
	long long page_start;      /* counted paging: start of the page being taken */
	size_t commands;           /* pages asked by the request in flight */
	size_t answered;           /* of which taken */
	size_t prev_count;         /* the page taken before, for the guard */
	long long prev_first, prev_last;
	int ended;
} b24_list;

/*
 * A new export: `paging` as chosen by the caller (the method's, or
 * COUNTED), page_size 1..50 (rows taken from each cursor page), after_id the
 * first cursor (0, or the caller's own >ID bound).
 */
void b24_list_init(b24_list *l, const b24_list_method *m, b24_list_paging paging, unsigned page_size,
	long long after_id);

/* 1 once the last page is taken (or counted paging has asked for every page). */
int b24_list_done(const b24_list *l);

/* The key of command k of a request: "p<k>". */
void b24_list_command_key(size_t k, char buf[24]);

/*
 * Writes the next batch request as a form body into `body` (reset first):
 * cmd[p0]=..., cmd[p1]=..., halt=1, each command "method?<base>&<paging>"
 * where `base` is the caller's parameters already form-encoded (without
 * start, and for cursor paging without order and the >ID bound). 0, or -1
 * when out of memory.
 */
int b24_list_request(b24_list *l, const char *method, const char *base, size_t base_len, b24_buf *body);

/*
 * Takes the next page of the request in flight, in order: the IDs of its n
 * rows and its total (-1 when the answer has none). *keep is how many rows,
 * from the first, the caller yields.
 */
b24_list_step b24_list_take(b24_list *l, const long long *ids, size_t n, long long total, size_t *keep,
	b24_error *err);

/*
 * Slices (each()'s concurrency): the ID range of a cursor export cut into
 * consecutive slices (lo, hi], each exported by a cursor of its own with
 * an upper bound (filter <=ID hi) while other slices are exported at the
 * same time; the last slice has no upper bound, so rows added meanwhile are
 * found as a sequential export finds them. The range is learnt first with
 * one batch request (b24_list_bounds_request(): the first ID after the
 * cursor and the last ID). A slice should take one request: its width is
 * the IDs that hold one request's rows less a page (the last page then
 * sees the slice's end), at first as if IDs were dense, then from the
 * density of the slices read so far.
 */
typedef struct b24_list_slicer {
	long long next;            /* the next slice starts after this ID */
	long long last;            /* the list's last ID when the export began */
	long long width;           /* IDs of the next slice */
	long long rows;            /* rows one slice should hold */
	int ended;                 /* the slice without upper bound is out */
} b24_list_slicer;

/* A slicer of the IDs first..last (first - 1 is where the first slice starts). */
void b24_list_slicer_init(b24_list_slicer *s, unsigned page_size, long long first, long long last);
/* The next slice: 1 with (*lo, *hi] (*hi -1: no upper bound, the last slice), 0 when none is left. */
int b24_list_slicer_next(b24_list_slicer *s, long long *lo, long long *hi);
/* Slice (lo, hi] held `rows` rows: the next slices are cut to the density seen. */
void b24_list_slicer_learn(b24_list_slicer *s, long long lo, long long hi, long long rows);

/*
 * The request that learns the range: a batch body of two pages, p0 by ID
 * ascending after `after`, p1 by ID descending after `after` (start=-1).
 * 0, or -1 when out of memory.
 */
int b24_list_bounds_request(const b24_list_method *m, const char *method, const char *base, size_t base_len,
	long long after, b24_buf *body);
/* filter[<=ID]=hi (the method's ID key) appended to a form-encoded base. 0, or -1. */
int b24_list_upper_bound(const b24_list_method *m, long long hi, b24_buf *base);

#endif /* B24_LIST_H */
