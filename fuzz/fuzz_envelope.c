/*
 * The envelope classifier and splitter (b24_envelope.h) over any answer.
 * Input: two bytes of HTTP status (taken modulo 600), one byte whose low bit
 * says "truncated", then the body.
 *
 * Invariants: classify fills a NUL-terminated code and description and the
 * status it was given; an answer it accepts, when it is a JSON object at
 * all, has a result and no error member, wherever its keys stand (the fast
 * path included), and one it refuses for an error code has one; a body split accepts parses
 * with json-c too once its result (only delimited, as its header says) is
 * valid JSON, and the spans lie inside the body.
 */
#include <json-c/json.h>

#include "fuzz.h"
#include "b24_envelope.h"

static void check_span(const b24_span *s, size_t len)
{
	FUZZ_ASSERT(s->off <= len && s->len <= len - s->off);
}

static void check_split(const char *body, size_t len)
{
	b24_envelope_members m;
	struct json_object *obj, *result;

	if (b24_envelope_split(body, len, &m) != 0) {
		return;
	}
	check_span(&m.result, len);
	check_span(&m.total, len);
	check_span(&m.next, len);
	check_span(&m.time, len);
	result = m.result.len ? b24_json_parse(body + m.result.off, m.result.len) : NULL;
	if (result != NULL || m.result.len == 0) {
		obj = b24_json_parse(body, len);
		FUZZ_ASSERT(obj != NULL);
		json_object_put(obj);
	}
	json_object_put(result);
}

/*
 * 1 when the error member names one of b24's own fallback codes (a portal
 * may send any text, "B24_HTTP_ERROR" too): the code then cannot tell the
 * portal's error from a fallback. Read as the classifier reads it: json-c,
 * escapes decoded, the last of duplicate keys, REST 3's {code} included.
 */
static int names_fallback_code(const char *body, size_t len)
{
	struct json_object *root = b24_json_parse(body, len), *error, *code;
	const char *text = NULL;
	int same;

	if (root && json_object_object_get_ex(root, "error", &error)) {
		if (json_object_is_type(error, json_type_string)) {
			text = json_object_get_string(error);
		} else if (json_object_object_get_ex(error, "code", &code) && json_object_is_type(code, json_type_string)) {
			text = json_object_get_string(code);
		}
	}
	same = text && (strcmp(text, B24_HTTP_ERROR) == 0 || strcmp(text, B24_INVALID_JSON) == 0);
	json_object_put(root);
	return same;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	b24_error err;
	long status;
	int truncated, rc;
	char *body;

	if (size < 3) {
		return 0;
	}
	status = ((long) data[0] << 8 | data[1]) % 600;
	truncated = data[2] & 1;
	/* a copy of exactly the body's size: ASAN sees any read past it */
	body = fuzz_cstr(data + 3, size - 3);
	memset(&err, 0, sizeof(err));
	rc = b24_envelope_classify(status, body, size - 3, truncated, &err);
	FUZZ_ASSERT(rc == B24_ENVELOPE_OK || rc == B24_ENVELOPE_ERROR);
	FUZZ_ASSERT(memchr(err.code, '\0', sizeof(err.code)) != NULL);
	FUZZ_ASSERT(memchr(err.description, '\0', sizeof(err.description)) != NULL);
	if (rc == B24_ENVELOPE_ERROR) {
		FUZZ_ASSERT(err.http_status == status);
	}
	/* one rule whatever the key order: the members decide, never their place */
	if (rc == B24_ENVELOPE_OK) {
		enum b24_envelope_shape shape = b24_envelope_shape_of(body, size - 3);

		FUZZ_ASSERT(shape == B24_ENVELOPE_SHAPE_RESULT || shape == B24_ENVELOPE_SHAPE_NOT_OBJECT);
	} else if (!truncated && b24_envelope_shape_of(body, size - 3) == B24_ENVELOPE_SHAPE_ERROR
			&& !names_fallback_code(body, size - 3)) {
		FUZZ_ASSERT(err.kind != B24_E_NONE && strcmp(err.code, B24_INVALID_JSON) != 0
			&& strcmp(err.code, B24_HTTP_ERROR) != 0);
	}
	check_split(body, size - 3);
	free(body);
	return 0;
}
