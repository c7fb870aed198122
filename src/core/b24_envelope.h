/*
 * b24_envelope: decides whether an HTTP answer of the REST API is a success
 * or an error, without building PHP values.
 *
 * Fast path: status 200 and a body that starts (after whitespace) with
 * {"result" is a success with no parsing at all. Everything else is parsed
 * with json-c (error bodies are small) to read `error` and
 * `error_description`. A 200 carrying `error` is an error (portals answer
 * some errors, e.g. placement ones, with 200).
 */
#ifndef B24_ENVELOPE_H
#define B24_ENVELOPE_H

#include <stddef.h>
#include "b24_errors.h"
#include "b24_url.h"

#define B24_ENVELOPE_OK     0    /* success: a `result` is present */
#define B24_ENVELOPE_ERROR -1    /* see err */

/*
 * Classifies an answer ("Answer classification" in docs/ARCHITECTURE.md).
 * Order of the rules:
 *  1. truncated                              -> RESPONSE B24_TRUNCATED
 *  1b. over the value budget (b24_json_budget.h)
 *                                            -> RESPONSE B24_TOO_MANY_VALUES
 *  2. status 200, body starts {"result" and no top-level key may be
 *     "error"                                -> OK (fast path)
 *  3. empty body: status >= 400              -> SERVER B24_HTTP_ERROR
 *                 otherwise                  -> RESPONSE B24_EMPTY_ANSWER
 *  4. not a JSON object (RFC 8259, strict):
 *                 status >= 400              -> SERVER B24_HTTP_ERROR (+ first bytes)
 *                 otherwise                  -> RESPONSE B24_INVALID_JSON
 *  5. a top-level `error` that is a string, or {code: string, message}
 *     (REST 3), the empty code included (a missing CRM item:
 *     {"error":"","error_description":"Not found"}), whatever the key order
 *     and whatever else the object carries, any status
 *                                            -> the kind of that code
 *                                               (errors.tsv; unknown: API)
 *  5b. a top-level `error` of any other type but null
 *                                            -> RESPONSE B24_INVALID_JSON
 *  6. `result` present, status 2xx           -> OK
 *  7. otherwise: status >= 400               -> SERVER B24_HTTP_ERROR
 *                otherwise                   -> RESPONSE B24_INVALID_JSON
 *     (b24_call() returns a 2xx object of neither kind as it came: see
 *     b24_envelope_shape_of())
 * err->http_status is always the status. The description is the server's
 * error_description, else the catalog text, else the code.
 */
int b24_envelope_classify(long status, const char *body, size_t len, int truncated,
	b24_error *err);

/*
 * Parses exactly one JSON value (whitespace around it allowed) with json-c
 * and a nesting limit of 512, within the value budget. NULL when the text is anything else. The
 * caller owns the result (json_object_put()). Shared by the core's readers
 * of small JSON documents (error bodies, token answers, the token store).
 */
struct json_object;
struct json_object *b24_json_parse(const char *text, size_t len);

/* What the top-level members of a JSON text say, by rules 4 to 7 above. */
enum b24_envelope_shape {
	B24_ENVELOPE_SHAPE_NOT_OBJECT,   /* not a JSON object */
	B24_ENVELOPE_SHAPE_ERROR,        /* an error member with a code */
	B24_ENVELOPE_SHAPE_BAD_ERROR,    /* an error member that is neither a code nor null */
	B24_ENVELOPE_SHAPE_RESULT,       /* result, no error */
	B24_ENVELOPE_SHAPE_NEITHER       /* an object with neither */
};
enum b24_envelope_shape b24_envelope_shape_of(const char *body, size_t len);

/*
 * Fills err from an error's code and description as rule 5 does: the class
 * of the code (errors.tsv), the description, else the catalog text, else
 * the code. Shared with the binding's reader of a batch command's error.
 */
void b24_envelope_error_set(long status, const char *code, size_t code_len,
	const char *desc, size_t desc_len, b24_error *err);

/* 1 when the body starts, after JSON whitespace, with {"result" exactly. */
int b24_envelope_fast_result(const char *body, size_t len);

/* The values of the envelope members a caller keeps (b24_span: offset and
 * length in the body; len 0 when the member is absent). */
typedef struct b24_envelope_members {
	b24_span result;
	b24_span total;
	b24_span next;
	b24_span time;
} b24_envelope_members;

/*
 * Finds the values of result, total, next and time in a JSON object, so that
 * a caller can decode only what it needs (result at once, time when asked).
 * 0 only for a body the split is sure about: an object whose keys are
 * printable ASCII without escapes, at most one `result`, and every value
 * other than result's valid JSON of a simple subset (strings of printable
 * ASCII without escapes, numbers, literals, arrays and objects nested at most
 * 64 deep). The result value is only delimited: its decoder validates it.
 * -1 for anything else, which the caller hands to a full parser; so a body
 * is accepted here only if the full parser accepts it too.
 */
int b24_envelope_split(const char *body, size_t len, b24_envelope_members *m);

#endif /* B24_ENVELOPE_H */
