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
	b24_buf base;
} b24_php_each_plan;

/*
 * b24_each_params.c: reads $params (argument 2) into plan; false with a
 * ValueError/TypeError thrown. plan->base must be freed either way.
 */
bool b24_php_each_plan_make(b24_php_each_plan *plan, const zend_string *method, HashTable *params);
/* An ID: an int, or a string holding one. */
bool b24_php_each_int(zval *v, long long *out);

#endif /* B24_EACH_PRIVATE_H */
