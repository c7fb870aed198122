/*
 * b24_envelope: success/error classification of REST answers.
 * See b24_envelope.h.
 */
#include <string.h>

#include <json-c/json.h>

#include "b24_envelope.h"
#include "b24_buf.h"
#include "b24_url.h"

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

	if (!tok || len > (size_t)2147483647) {
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

/* "HTTP <status>" plus the first printable bytes of the body, redacted. */
static void b24_envelope_http_error(long status, const char *body, size_t len, b24_error *err)
{
	b24_buf snip = B24_BUF_INIT, shown = B24_BUF_INIT;
	size_t i, n = len < B24_SNIPPET_LEN ? len : B24_SNIPPET_LEN;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)body[i];

		b24_buf_append_char(&snip, (c < 0x20 || c == 0x7f) ? ' ' : (char)c);
	}
	b24_url_redact(snip.data ? snip.data : "", snip.len, &shown);
	if (shown.len) {
		b24_error_set(err, B24_E_SERVER, B24_HTTP_ERROR, status,
			"HTTP %ld answer that is not a REST result: %s%s", status, b24_buf_cstr(&shown),
			len > n ? "..." : "");
	} else {
		b24_error_set(err, B24_E_SERVER, B24_HTTP_ERROR, status,
			"HTTP %ld answer with an empty body", status);
	}
	b24_buf_free(&snip);
	b24_buf_free(&shown);
}

/* Code and description of an `error` member: a string, or REST 3's {code, message}. */
static int b24_envelope_error_fields(json_object *root, json_object *e,
	const char **code, size_t *code_len, const char **desc, size_t *desc_len)
{
	json_object *d = NULL;

	if (json_object_is_type(e, json_type_object)) {
		json_object *c = NULL;

		if (!json_object_object_get_ex(e, "code", &c) || !json_object_is_type(c, json_type_string)) {
			return -1;
		}
		*code = json_object_get_string(c);
		*code_len = (size_t)json_object_get_string_len(c);
		json_object_object_get_ex(e, "message", &d);
	} else if (json_object_is_type(e, json_type_string)) {
		*code = json_object_get_string(e);
		*code_len = (size_t)json_object_get_string_len(e);
		json_object_object_get_ex(root, "error_description", &d);
	} else {
		return -1;
	}
	*desc = NULL;
	*desc_len = 0;
	if (d && json_object_is_type(d, json_type_string)) {
		*desc = json_object_get_string(d);
		*desc_len = (size_t)json_object_get_string_len(d);
	}
	return *code_len ? 0 : -1;
}

/* Fills err from an error object; the description falls back to the catalog, then the code. */
static void b24_envelope_api_error(long status, const char *code, size_t code_len,
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
	b24_error_set_code(err, known ? info.kind : B24_E_API, code, code_len, status, desc, desc_len);
}

static int b24_envelope_object(long status, json_object *root, const char *body, size_t len,
	b24_error *err)
{
	json_object *e = NULL;
	const char *code, *desc;
	size_t code_len, desc_len;

	if (json_object_object_get_ex(root, "error", &e) && e
			&& b24_envelope_error_fields(root, e, &code, &code_len, &desc, &desc_len) == 0) {
		b24_envelope_api_error(status, code, code_len, desc, desc_len, err);
		return B24_ENVELOPE_ERROR;
	}
	if (json_object_object_get_ex(root, "result", NULL) && status >= 200 && status < 300) {
		return B24_ENVELOPE_OK;
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
	if (status == 200 && b24_envelope_fast_result(body, len)) {
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
