/*
 * b24_json_budget: how many values a JSON text may decode into.
 *
 * A body is capped in bytes, but not what it decodes into: 60 MB of
 * {"result":[[],[],...]} is twenty million arrays, hundreds of MB as PHP or
 * json-c values, and the process dies at its memory limit. Before anything
 * decodes a text from the network, one linear pass counts its structural
 * bytes outside strings: at most B24_JSON_MAX_VALUES values (each '[', '{'
 * and ',' counts one, plus one) and at most B24_JSON_MAX_CONTAINERS arrays
 * and objects. Real answers stay far below (a batch of fifty pages of fifty
 * rows of sixty fields is about 150,000 values and 3,000 containers).
 */
#ifndef B24_JSON_BUDGET_H
#define B24_JSON_BUDGET_H

#include <stddef.h>
#include "b24_errors.h"

#define B24_JSON_MAX_VALUES     1048576u   /* 2^20 */
#define B24_JSON_MAX_CONTAINERS 131072u    /* 2^17 */

/* 1 when the text stays within both limits (an invalid text may pass: the parser refuses it). */
int b24_json_within_budget(const char *text, size_t len);

/* The byte after the closing quote of the string whose opening quote is before p (end if none). */
const char *b24_json_string_end(const char *p, const char *end);

/*
 * 0 when the answer body stays within the budget, else -1 with err set:
 * RESPONSE B24_TOO_MANY_VALUES, err->http_status = status.
 */
int b24_json_budget_check(long status, const char *body, size_t len, b24_error *err);

#endif
