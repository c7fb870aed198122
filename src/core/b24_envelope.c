/*
 * b24_envelope: success/error classification of REST answers.
 * See b24_envelope.h.
 */
#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

#include "b24_envelope.h"
#include "b24_buf.h"
#include "b24_url.h"
#include "b24_json_budget.h"
#include "b24_json_strict.h"

/* Nesting json-c accepts; far above what REST answers use. */
#define B24_JSON_DEPTH 512
/* How much of a non-JSON body goes into a message. */
#define B24_SNIPPET_LEN 160

static int b24_is_json_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int b24_envelope_fast_result(const char *body, size_t len)
{
	size_t i = 0;

	while (i < len && b24_is_json_ws(body[i])) {
		i++;
	}
	return len - i >= 9 && memcmp(body + i, "{\"result\"", 9) == 0;
}

json_object *b24_json_parse(const char *body, size_t len)
{
	json_tokener *tok = json_tokener_new_ex(B24_JSON_DEPTH);
	json_object *obj;
	size_t end;

	/*
	 * RFC 8259 only, as ext/json reads: b24_json_strict_ok() refuses what
	 * json-c's default flags accept beyond it (its own strict flag refuses
	 * all non-ASCII text in json-c 0.18: b24_json_strict.h)
	 */
	if (!tok || len > (size_t)2147483647 || !b24_json_within_budget(body, len) || !b24_json_strict_ok(body, len)) {
		if (tok) {
			json_tokener_free(tok);
		}
		return NULL;
	}
	obj = json_tokener_parse_ex(tok, body, (int)len);
#if JSON_C_VERSION_NUM >= ((0 << 16) | (15 << 8))
	end = json_tokener_get_parse_end(tok);
#else
	end = (size_t)tok->char_offset;
#endif
	if (json_tokener_get_error(tok) != json_tokener_success) {
		json_object_put(obj);
		obj = NULL;
	} else {
		while (end < len && b24_is_json_ws(body[end])) {
			end++;
		}
		if (end != len) {
			json_object_put(obj);   /* trailing garbage */
			obj = NULL;
		}
	}
	json_tokener_free(tok);
	return obj;
}

/* "HTTP <status>" plus the first bytes of the body (b24_error_set() redacts them). */
static void b24_envelope_http_error(long status, const char *body, size_t len, b24_error *err)
{
	b24_buf snip = B24_BUF_INIT;
	size_t i, n = len < B24_SNIPPET_LEN ? len : B24_SNIPPET_LEN;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)body[i];

		b24_buf_append_char(&snip, (c < 0x20 || c == 0x7f) ? ' ' : (char)c);
	}
	if (snip.len) {
		b24_error_set(err, B24_E_SERVER, B24_HTTP_ERROR, status,
			"HTTP %ld answer that is not a REST result: %s%s", status, b24_buf_cstr(&snip),
			len > n ? "..." : "");
	} else {
		b24_error_set(err, B24_E_SERVER, B24_HTTP_ERROR, status,
			"HTTP %ld answer with an empty body", status);
	}
	b24_buf_free(&snip);
}

/*
 * 0 when the top-level object surely has no member named "error"; 1 when it
 * may have one (a key written with escapes included), so that json-c
 * decides. One pass of memchr over strings, like the value budget's.
 */
static int b24_envelope_may_have_error(const char *body, size_t len)
{
	const char *p = body, *end = body + len, *key;
	size_t depth = 0;
	int want_key = 0;

	while (p < end) {
		switch (*p++) {
			case '"':
				key = p;
				p = b24_json_string_end(p, end);
				if (want_key && depth == 1) {
					size_t n = (size_t)(p - key) - (p > key && p[-1] == '"' ? 1 : 0);

					if (memchr(key, '\\', n) || (n == 5 && memcmp(key, "error", 5) == 0)) {
						return 1;
					}
				}
				want_key = 0;
				break;
			case '{':
				want_key = ++depth == 1;
				break;
			case '[':
				depth++;
				break;
			case '}':
			case ']':
				depth -= depth > 0;
				break;
			case ',':
				want_key = depth == 1;
				break;
			default:
				break;
		}
	}
	return 0;
}

/* Code and description of an `error` member: a string, or REST 3's {code, message}. */
static enum b24_envelope_shape b24_envelope_error_fields(json_object *root, json_object *e,
	const char **code, size_t *code_len, const char **desc, size_t *desc_len)
{
	json_object *d = NULL, *c = NULL;

	if (json_object_is_type(e, json_type_object)) {
		if (!json_object_object_get_ex(e, "code", &c) || !json_object_is_type(c, json_type_string)) {
			return B24_ENVELOPE_SHAPE_BAD_ERROR;
		}
		json_object_object_get_ex(e, "message", &d);
	} else if (json_object_is_type(e, json_type_string)) {
		c = e;
		json_object_object_get_ex(root, "error_description", &d);
	} else {
		return B24_ENVELOPE_SHAPE_BAD_ERROR;
	}
	*code = json_object_get_string(c);
	*code_len = (size_t)json_object_get_string_len(c);
	*desc = NULL;
	*desc_len = 0;
	if (d && json_object_is_type(d, json_type_string)) {
		*desc = json_object_get_string(d);
		*desc_len = (size_t)json_object_get_string_len(d);
	}
	/* an empty code is still an error: the portal's answer for a missing CRM item */
	return B24_ENVELOPE_SHAPE_ERROR;
}

void b24_envelope_error_set(long status, const char *code, size_t code_len,
	const char *desc, size_t desc_len, b24_error *err)
{
	b24_error_info info;
	int known = b24_errors_find(code, code_len, &info);

	if (!desc_len && known && info.description[0]) {
		desc = info.description;
		desc_len = strlen(desc);
	}
	if (!desc_len) {
		desc = code;
		desc_len = code_len;
	}
	if (!desc_len) {
		desc = "the portal answered an error without a code or description";
		desc_len = strlen(desc);
	}
	b24_error_set_code(err, known ? info.kind : B24_E_API, code, code_len, status, desc, desc_len);
}

/* The members of a top-level object that decide; json null counts as absent. */
static enum b24_envelope_shape b24_envelope_object_shape(json_object *root, const char **code, size_t *code_len,
	const char **desc, size_t *desc_len)
{
	json_object *e = NULL;

	if (json_object_object_get_ex(root, "error", &e) && e) {
		return b24_envelope_error_fields(root, e, code, code_len, desc, desc_len);
	}
	return json_object_object_get_ex(root, "result", NULL) ? B24_ENVELOPE_SHAPE_RESULT : B24_ENVELOPE_SHAPE_NEITHER;
}

enum b24_envelope_shape b24_envelope_shape_of(const char *body, size_t len)
{
	json_object *root = len ? b24_json_parse(body, len) : NULL;
	const char *code, *desc;
	size_t code_len, desc_len;
	enum b24_envelope_shape shape = B24_ENVELOPE_SHAPE_NOT_OBJECT;

	if (root && json_object_is_type(root, json_type_object)) {
		shape = b24_envelope_object_shape(root, &code, &code_len, &desc, &desc_len);
	}
	json_object_put(root);
	return shape;
}

static int b24_envelope_object(long status, json_object *root, const char *body, size_t len,
	b24_error *err)
{
	const char *code = NULL, *desc = NULL;
	size_t code_len = 0, desc_len = 0;

	switch (b24_envelope_object_shape(root, &code, &code_len, &desc, &desc_len)) {
		case B24_ENVELOPE_SHAPE_ERROR:
			b24_envelope_error_set(status, code, code_len, desc, desc_len, err);
			return B24_ENVELOPE_ERROR;
		case B24_ENVELOPE_SHAPE_BAD_ERROR:
			b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, status,
				"the answer's error member is neither a code nor null (HTTP %ld)", status);
			return B24_ENVELOPE_ERROR;
		case B24_ENVELOPE_SHAPE_RESULT:
			if (status >= 200 && status < 300) {
				return B24_ENVELOPE_OK;
			}
			break;
		default:
			break;
	}
	if (status >= 400) {
		b24_envelope_http_error(status, body, len, err);
	} else {
		b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, status,
			"the answer is JSON but has neither result nor error (HTTP %ld)", status);
	}
	return B24_ENVELOPE_ERROR;
}

int b24_envelope_classify(long status, const char *body, size_t len, int truncated,
	b24_error *err)
{
	json_object *root;
	int rc;

	b24_error_clear(err);
	if (truncated) {
		b24_error_set(err, B24_E_RESPONSE, B24_TRUNCATED, status,
			"the answer ended before its announced length (%zu bytes received)", len);
		return B24_ENVELOPE_ERROR;
	}
	/* before the fast path: the binding decodes what passes it */
	if (b24_json_budget_check(status, body, len, err) != 0) {
		return B24_ENVELOPE_ERROR;
	}
	/* an error member wins wherever it stands, so the fast path looks for one first */
	if (status == 200 && b24_envelope_fast_result(body, len) && !b24_envelope_may_have_error(body, len)) {
		return B24_ENVELOPE_OK;
	}
	if (len == 0 && status < 400) {
		b24_error_set(err, B24_E_RESPONSE, B24_EMPTY_ANSWER, status,
			"empty answer (HTTP %ld)", status);
		return B24_ENVELOPE_ERROR;
	}
	root = len ? b24_json_parse(body, len) : NULL;
	if (!root || !json_object_is_type(root, json_type_object)) {
		json_object_put(root);
		if (status >= 400) {
			b24_envelope_http_error(status, body, len, err);
		} else {
			b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, status,
				"the answer is not a JSON object (HTTP %ld)", status);
		}
		return B24_ENVELOPE_ERROR;
	}
	rc = b24_envelope_object(status, root, body, len, err);
	json_object_put(root);
	return rc;
}

/* ---- splitting a success envelope into its members ---- */

/* Nesting the split validates itself; deeper bodies go to the full parser. */
#define B24_SPLIT_DEPTH 64

/*
 * The loops below work on a local copy of the position: a char read may
 * alias the cursor, so the compiler would store and reload c->p each byte.
 */
typedef struct b24_cursor {
	const char *p;
	const char *end;
} b24_cursor;

static inline void b24_cur_ws(b24_cursor *c)
{
	const char *p = c->p;

	while (p < c->end && b24_is_json_ws(*p)) {
		p++;
	}
	c->p = p;
}

/*
 * Whether any of eight bytes is '"', '\\', below 0x20 or above 0x7e: the
 * classic "has zero byte" and "has byte less/more than" tests, exact for
 * "any" (a borrow or carry only spreads from a byte that is itself one).
 */
static inline int b24_plain_stops(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t quote = w ^ (ones * '"'), bslash = w ^ (ones * '\\');

	return (((quote - ones) & ~quote) | ((bslash - ones) & ~bslash) | ((w - ones * 0x20) & ~w)
		| (w + ones) | w) & high ? 1 : 0;
}

/* A string of printable ASCII without escapes: always valid JSON, the same bytes decoded. */
static inline int b24_cur_plain_string(b24_cursor *c)
{
	const char *p = c->p, *end = c->end;
	uint64_t w;

	if (p >= end || *p != '"') {
		return -1;
	}
	/* plain runs eight bytes a step; the bytes below find where and why a run stops */
	for (p++; end - p >= 8; p += 8) {
		memcpy(&w, p, 8);
		if (b24_plain_stops(w)) {
			break;
		}
	}
	for (; p < end; p++) {
		unsigned char ch = (unsigned char)*p;

		if (ch == '"') {
			c->p = p + 1;
			return 0;
		}
		if (ch < 0x20 || ch > 0x7e || ch == '\\') {
			return -1;
		}
	}
	return -1;
}

static inline int b24_cur_is_digit(const b24_cursor *c)
{
	return c->p < c->end && *c->p >= '0' && *c->p <= '9';
}

static inline void b24_cur_digits(b24_cursor *c)
{
	const char *p = c->p;

	while (p < c->end && *p >= '0' && *p <= '9') {
		p++;
	}
	c->p = p;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int b24_cur_number(b24_cursor *c)
{
	if (c->p < c->end && *c->p == '-') {
		c->p++;
	}
	if (!b24_cur_is_digit(c)) {
		return -1;
	}
	if (*c->p++ != '0') {
		b24_cur_digits(c);
	}
	if (c->p < c->end && *c->p == '.') {
		c->p++;
		if (!b24_cur_is_digit(c)) {
			return -1;
		}
		b24_cur_digits(c);
	}
	if (c->p < c->end && (*c->p == 'e' || *c->p == 'E')) {
		c->p++;
		if (c->p < c->end && (*c->p == '+' || *c->p == '-')) {
			c->p++;
		}
		if (!b24_cur_is_digit(c)) {
			return -1;
		}
		b24_cur_digits(c);
	}
	return 0;
}

static int b24_cur_literal(b24_cursor *c, const char *word, size_t n)
{
	if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0) {
		return -1;
	}
	c->p += n;
	return 0;
}

static int b24_cur_value(b24_cursor *c, int depth);

/* The members or elements of an object (close '}') or array (close ']'). */
static int b24_cur_container(b24_cursor *c, char close, int depth)
{
	c->p++;
	b24_cur_ws(c);
	if (c->p < c->end && *c->p == close) {
		c->p++;
		return 0;
	}
	for (;;) {
		if (close == '}') {
			if (b24_cur_plain_string(c) != 0) {
				return -1;
			}
			b24_cur_ws(c);
			if (c->p >= c->end || *c->p++ != ':') {
				return -1;
			}
			b24_cur_ws(c);
		}
		if (b24_cur_value(c, depth + 1) != 0) {
			return -1;
		}
		b24_cur_ws(c);
		if (c->p >= c->end) {
			return -1;
		}
		if (*c->p == close) {
			c->p++;
			return 0;
		}
		if (*c->p++ != ',') {
			return -1;
		}
		b24_cur_ws(c);
	}
}

/* One value of the simple subset, validated; the cursor stands on its first byte. */
static int b24_cur_value(b24_cursor *c, int depth)
{
	if (c->p >= c->end || depth > B24_SPLIT_DEPTH) {
		return -1;
	}
	switch (*c->p) {
		case '{':
			return b24_cur_container(c, '}', depth);
		case '[':
			return b24_cur_container(c, ']', depth);
		case '"':
			return b24_cur_plain_string(c);
		case 't':
			return b24_cur_literal(c, "true", 4);
		case 'f':
			return b24_cur_literal(c, "false", 5);
		case 'n':
			return b24_cur_literal(c, "null", 4);
		default:
			return b24_cur_number(c);
	}
}

/* Any JSON string, escapes included, not validated. */
static int b24_cur_skip_string(b24_cursor *c)
{
	const char *p = c->p, *end = c->end;

	for (p++; p < end; p++) {
		if (*p == '\\') {
			p++;
		} else if (*p == '"') {
			c->p = p + 1;
			return 0;
		}
	}
	return -1;
}

/* The extent of one value, not validated: brackets counted, strings skipped. */
static int b24_cur_skip_value(b24_cursor *c)
{
	const char *start = c->p, *p = c->p, *end = c->end;
	size_t depth = 0;

	while (p < end) {
		char ch = *p;

		if (ch == '"') {
			c->p = p;
			if (b24_cur_skip_string(c) != 0) {
				return -1;
			}
			p = c->p;
			if (depth == 0) {
				break;
			}
		} else if (ch == '{' || ch == '[') {
			depth++;
			p++;
		} else if (ch == '}' || ch == ']') {
			if (depth == 0) {
				break;
			}
			p++;
			if (--depth == 0) {
				break;
			}
		} else if (depth == 0 && (ch == ',' || b24_is_json_ws(ch))) {
			break;
		} else {
			p++;
		}
	}
	c->p = p;
	return depth == 0 && p > start ? 0 : -1;
}

/* The span of a key's name, without the quotes, if it is one the caller keeps. */
static b24_span *b24_split_slot(b24_envelope_members *m, const char *name, size_t n)
{
	switch (n) {
		case 6:
			return memcmp(name, "result", 6) == 0 ? &m->result : NULL;
		case 5:
			return memcmp(name, "total", 5) == 0 ? &m->total : NULL;
		case 4:
			return memcmp(name, "next", 4) == 0 ? &m->next : memcmp(name, "time", 4) == 0 ? &m->time : NULL;
		default:
			return NULL;
	}
}

int b24_envelope_split(const char *body, size_t len, b24_envelope_members *m)
{
	b24_cursor c = { body, body + len };

	memset(m, 0, sizeof(*m));
	b24_cur_ws(&c);
	if (c.p >= c.end || *c.p++ != '{') {
		return -1;
	}
	b24_cur_ws(&c);
	if (c.p < c.end && *c.p == '}') {
		c.p++;
	} else {
		for (;;) {
			const char *key = c.p + 1, *value;
			b24_span *slot;
			int rc;

			if (b24_cur_plain_string(&c) != 0) {
				return -1;
			}
			slot = b24_split_slot(m, key, (size_t)(c.p - 1 - key));
			b24_cur_ws(&c);
			if (c.p >= c.end || *c.p++ != ':') {
				return -1;
			}
			b24_cur_ws(&c);
			value = c.p;
			if (slot == &m->result) {
				/* a second result would hide the first from every validation */
				rc = m->result.len ? -1 : b24_cur_skip_value(&c);
			} else {
				rc = b24_cur_value(&c, 1);
			}
			if (rc != 0) {
				return -1;
			}
			if (slot) {
				/* the last of equal keys wins, as in json_decode() */
				slot->off = (size_t)(value - body);
				slot->len = (size_t)(c.p - value);
			}
			b24_cur_ws(&c);
			if (c.p >= c.end) {
				return -1;
			}
			if (*c.p == '}') {
				c.p++;
				break;
			}
			if (*c.p++ != ',') {
				return -1;
			}
			b24_cur_ws(&c);
		}
	}
	b24_cur_ws(&c);
	return c.p == c.end ? 0 : -1;
}
