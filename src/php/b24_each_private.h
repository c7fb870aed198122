/*
 * b24: what the two files of B24Client::each() share. Not installed.
 */
#ifndef B24_EACH_PRIVATE_H
#define B24_EACH_PRIVATE_H

#include "b24_private.h"
#include "b24_list.h"

/*
 * How one export pages, from the method's catalog row and the caller's
 * parameters, and the parameters it sends (form-encoded, without start,
 * and for cursor paging without order and the >ID bound).
 */
typedef struct b24_php_each_plan {
	b24_list_method method;
	b24_list_paging paging;
	long long after_id;        /* the caller's own >ID / >=ID bound, as the first cursor */
	bool remove_id;            /* the ID key was added to select: taken out of the items */
	bool upper_bound;          /* the caller's filter has a <ID / <=ID bound (no slices then) */
	b24_buf base;
} b24_php_each_plan;

/*
 * b24_each_params.c: reads $params (argument 2) into plan; false with a
 * ValueError/TypeError thrown. plan->base must be freed either way.
 */
bool b24_php_each_plan_make(b24_php_each_plan *plan, const zend_string *method, HashTable *params);
/* An ID: an int, or a string holding one. */
bool b24_php_each_int(zval *v, long long *out);

/* The object behind B24ListCursor: one export. */
typedef struct b24_php_each {
	zval client;               /* the B24Client; UNDEF in a cursor each() did not make */
	zend_string *method;
	b24_php_each_plan plan;
	b24_list list;
	zval progress;             /* UNDEF, or the callable */
	zend_long done;            /* items handed out */
	b24_buf body;              /* the batch body being sent */
	struct b24_php_each_slices *slices; /* concurrency > 1: the slices, else NULL */
	zend_object std;
} b24_php_each;

/* b24_each.c */
/* map[key] of an array, NULL when map is not one or has no such key. */
zval *b24_php_each_member(zval *map, const char *key);
/*
 * Page `key` of a batch answer's result (batch: the answer's "result"): its
 * rows and their IDs (at most a page); false with err for a failed command
 * or rows not where the catalog says.
 */
bool b24_php_each_page_rows(const b24_php_each *e, zval *batch, const char *key, zval **rows, long long *ids,
	size_t *n, b24_error *err);
/* Every page of one batch answer of list l, in order, up to its last; false with err. */
bool b24_php_each_pages(b24_php_each *e, b24_list *l, zval *answer, zval *out, b24_error *err);
/* progress($done, $total) after a fetch; false when it threw. */
bool b24_php_each_progress(b24_php_each *e);

/* b24_each_slices.c: concurrency, the ID range in slices exported together (b24_list.h). */
#define B24_PHP_EACH_MAX_CONCURRENCY 16
struct b24_php_each_slices *b24_php_each_slices_new(int concurrency, unsigned page_size);
void b24_php_each_slices_free(struct b24_php_each_slices *s);
int b24_php_each_slices_concurrency(const struct b24_php_each_slices *s);
/* The next items in ID order into *out, NULL at the end; false with the exception thrown. */
bool b24_php_each_slices_fetch(b24_php_each *e, b24_php_client *pc, zval *out);

#endif /* B24_EACH_PRIVATE_H */
