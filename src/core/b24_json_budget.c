/*
 * b24_json_budget: the value budget of a JSON text. See b24_json_budget.h.
 */
#include <string.h>

#include "b24_json_budget.h"

/* The end of the string whose opening quote is before p: the byte after its closing quote. */
const char *b24_json_string_end(const char *p, const char *end)
{
	while (p < end) {
		const char *q = memchr(p, '"', (size_t)(end - p));
		const char *b;

		if (!q) {
			return end;
		}
		/* an odd run of backslashes before the quote escapes it */
		for (b = q; b > p && b[-1] == '\\'; b--) {
		}
		p = q + 1;
		if (((q - b) & 1) == 0) {
			return p;
		}
	}
	return end;
}

int b24_json_within_budget(const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	size_t values = 1, containers = 0;

	while (p < end) {
		switch (*p++) {
			case '"':
				p = b24_json_string_end(p, end);
				break;
			case '[':
			case '{':
				/* a container is a value too */
				if (++containers > B24_JSON_MAX_CONTAINERS || ++values > B24_JSON_MAX_VALUES) {
					return 0;
				}
				break;
			case ',':
				if (++values > B24_JSON_MAX_VALUES) {
					return 0;
				}
				break;
			default:
				break;
		}
	}
	return 1;
}

int b24_json_budget_check(long status, const char *body, size_t len, b24_error *err)
{
	if (b24_json_within_budget(body, len)) {
		return 0;
	}
	b24_error_set(err, B24_E_RESPONSE, B24_TOO_MANY_VALUES, status,
		"the answer (%zu bytes) holds more than %u values or %u arrays and objects: refused before decoding",
		len, B24_JSON_MAX_VALUES, B24_JSON_MAX_CONTAINERS);
	return -1;
}
