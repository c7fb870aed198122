/*
 * b24_json_budget: the value budget counts structure outside strings only,
 * and the envelope classifier refuses an answer over it before anything else.
 */
#include <stdlib.h>
#include <string.h>

#include "b24_test.h"
#include "b24_json_budget.h"
#include "b24_envelope.h"

/* "[" + n copies of item joined by "," + "]" */
static char *b24t_list(const char *item, size_t n, size_t *len)
{
	size_t il = strlen(item), i;
	char *s = malloc(n * (il + 1) + 3), *p = s;

	*p++ = '[';
	for (i = 0; i < n; i++) {
		if (i) {
			*p++ = ',';
		}
		memcpy(p, item, il);
		p += il;
	}
	*p++ = ']';
	*p = 0;
	*len = (size_t)(p - s);
	return s;
}

static void test_limits(void)
{
	size_t len;
	char *s;

	/* the outer array is a container too: n inner ones make n + 1 */
	s = b24t_list("[]", B24_JSON_MAX_CONTAINERS - 1, &len);
	CHECK(b24_json_within_budget(s, len));
	free(s);
	s = b24t_list("[]", B24_JSON_MAX_CONTAINERS, &len);
	CHECK(!b24_json_within_budget(s, len));
	free(s);
	/* values: the outer array, then one per comma and one more */
	s = b24t_list("1", B24_JSON_MAX_VALUES - 1, &len);
	CHECK(b24_json_within_budget(s, len));
	free(s);
	s = b24t_list("1", B24_JSON_MAX_VALUES, &len);
	CHECK(!b24_json_within_budget(s, len));
	free(s);
}

static void test_strings_do_not_count(void)
{
	size_t len;
	char *s = b24t_list("\"[{,\\\"[{,\\\\\"", B24_JSON_MAX_CONTAINERS / 2, &len);

	/* each string holds brackets, commas, an escaped quote and an escaped backslash before its end */
	CHECK(b24_json_within_budget(s, len));
	free(s);
	/* an unterminated string ends the scan: the parser refuses the text */
	CHECK(b24_json_within_budget("[\"[[[", 5));
}

static void test_classify_refuses_first(void)
{
	size_t len;
	char *list = b24t_list("[]", B24_JSON_MAX_CONTAINERS, &len);
	char *body = malloc(len + 12);
	b24_error err;

	/* the fast path ({"result"...) would pass it to the binding's decoder */
	memcpy(body, "{\"result\":", 10);
	memcpy(body + 10, list, len);
	memcpy(body + 10 + len, "}", 2);
	CHECK_INT(b24_envelope_classify(200, body, len + 11, 0, &err), B24_ENVELOPE_ERROR);
	CHECK_INT(err.kind, B24_E_RESPONSE);
	CHECK_STR(err.code, B24_TOO_MANY_VALUES);
	CHECK_INT(err.http_status, 200);
	CHECK(b24_json_parse(body, len + 11) == NULL);
	free(list);
	free(body);
}

int main(void)
{
	B24T_RUN(test_limits);
	B24T_RUN(test_strings_do_not_count);
	B24T_RUN(test_classify_refuses_first);
	return b24t_finish();
}
