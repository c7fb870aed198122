/*
 * b24_oauth: token sets and the refresh-token exchange. See b24_oauth.h.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "b24_oauth.h"
#include "b24_envelope.h"
#include "b24_form.h"

void b24_token_init(b24_token *t)
{
	memset(t, 0, sizeof(*t));
}

/* The string fields, for loops that copy, free or read them. */
#define B24_TOKEN_STRINGS(X) \
	X(access_token) X(refresh_token) X(client_endpoint) X(server_endpoint) \
	X(member_id) X(domain) X(scope) X(status) X(application_token)

void b24_token_free(b24_token *t)
{
#define B24_FREE_FIELD(f) free(t->f);
	B24_TOKEN_STRINGS(B24_FREE_FIELD)
#undef B24_FREE_FIELD
	b24_token_init(t);
}

int b24_token_set(char **field, const char *value, size_t len)
{
	char *copy = NULL;

	if (value) {
		copy = malloc(len + 1);
		if (!copy) {
			return -1;
		}
		memcpy(copy, value, len);
		copy[len] = '\0';
	}
	free(*field);
	*field = copy;
	return 0;
}

static int b24_token_set_str(char **field, const char *value)
{
	return b24_token_set(field, value, value ? strlen(value) : 0);
}

int b24_token_copy(b24_token *dst, const b24_token *src)
{
	int rc = 0;

	b24_token_free(dst);
#define B24_COPY_FIELD(f) rc |= b24_token_set_str(&dst->f, src->f);
	B24_TOKEN_STRINGS(B24_COPY_FIELD)
#undef B24_COPY_FIELD
	dst->expires = src->expires;
	dst->expires_in = src->expires_in;
	dst->user_id = src->user_id;
	if (rc) {
		b24_token_free(dst);
		return -1;
	}
	return 0;
}

int b24_token_merge_refresh(b24_token *stored, const b24_token *fresh)
{
	int rc = 0;

	/* domain and application_token stay: the OAuth server never sends the portal's */
#define B24_MERGE_FIELD(f) if (fresh->f) rc |= b24_token_set_str(&stored->f, fresh->f);
	B24_MERGE_FIELD(access_token)
	B24_MERGE_FIELD(refresh_token)
	B24_MERGE_FIELD(client_endpoint)
	B24_MERGE_FIELD(server_endpoint)
	B24_MERGE_FIELD(member_id)
	B24_MERGE_FIELD(scope)
	B24_MERGE_FIELD(status)
#undef B24_MERGE_FIELD
	if (fresh->expires) {
		stored->expires = fresh->expires;
	}
	if (fresh->expires_in) {
		stored->expires_in = fresh->expires_in;
	}
	if (fresh->user_id) {
		stored->user_id = fresh->user_id;
	}
	return rc ? -1 : 0;
}

/*
 * A string member (numbers are taken as their text); other types are
 * ignored, or refused (-2) when strict: then a string only.
 */
static int b24_token_read_str(json_object *root, const char *key, char **field, int strict)
{
	json_object *v;

	if (!json_object_object_get_ex(root, key, &v) || !v) {
		return 0;
	}
	if (!json_object_is_type(v, json_type_string)) {
		return strict ? -2 : json_object_is_type(v, json_type_int) ? b24_token_set(field,
			json_object_get_string(v), strlen(json_object_get_string(v))) : 0;
	}
	return b24_token_set(field, json_object_get_string(v),
		strlen(json_object_get_string(v)));
}

/*
 * An integer member given as a JSON number or a numeric string; another
 * type is ignored, or refused (-2) when strict.
 */
static int b24_token_read_int(json_object *root, const char *key, long long *field, int strict)
{
	json_object *v;
	char *end;
	long long n;

	if (!json_object_object_get_ex(root, key, &v) || !v) {
		return 0;
	}
	if (json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double)) {
		*field = (long long)json_object_get_int64(v);
		return 0;
	}
	if (json_object_is_type(v, json_type_string)) {
		n = strtoll(json_object_get_string(v), &end, 10);
		if (end != json_object_get_string(v) && *end == '\0') {
			*field = n;
			return 0;
		}
	}
	return strict ? -2 : 0;
}

/* 0, -1 out of memory, -2 a member of the wrong type (strict only). */
static int b24_token_from_object(json_object *root, b24_token *out, int strict)
{
	int rc = 0, r;

#define B24_READ_FIELD(f) if ((r = b24_token_read_str(root, #f, &out->f, strict)) < rc) rc = r;
	B24_TOKEN_STRINGS(B24_READ_FIELD)
#undef B24_READ_FIELD
#define B24_READ_INT(f) if ((r = b24_token_read_int(root, #f, &out->f, strict)) < rc) rc = r;
	B24_READ_INT(expires)
	B24_READ_INT(expires_in)
	B24_READ_INT(user_id)
#undef B24_READ_INT
	return rc;
}

int b24_token_parse_json(const char *text, size_t len, b24_token *out)
{
	return b24_token_parse_json_ex(text, len, 0, out) == 0 ? 0 : -1;
}

int b24_token_parse_json_ex(const char *text, size_t len, int strict, b24_token *out)
{
	json_object *root = b24_json_parse(text, len);
	int rc = -1;

	b24_token_free(out);
	if (root && json_object_is_type(root, json_type_object)) {
		rc = b24_token_from_object(root, out, strict);
	}
	json_object_put(root);
	if (rc != 0) {
		b24_token_free(out);
	}
	return rc;
}

/* 1 when the body is a JSON object with an `error` member. */
static int b24_oauth_is_error(const char *body, size_t len)
{
	json_object *root = b24_json_parse(body, len);
	int is_error = root && json_object_is_type(root, json_type_object)
		&& json_object_object_get_ex(root, "error", NULL);

	json_object_put(root);
	return is_error;
}

int b24_oauth_parse_token(const char *body, size_t len, long http_status,
	b24_token *out, b24_error *err)
{
	int rc;

	b24_token_free(out);
	if (b24_oauth_is_error(body, len)) {
		b24_envelope_classify(http_status, body, len, 0, err);
		return -1;
	}
	if ((rc = b24_token_parse_json_ex(body, len, 1, out)) == -2) {
		b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, http_status,
			"the OAuth server's answer has a member of the wrong type (HTTP %ld)", http_status);
		return -1;
	}
	if (rc != 0) {
		/* not JSON: an HTML error page of a proxy, an empty body ... */
		if (b24_envelope_classify(http_status, body, len, 0, err) == B24_ENVELOPE_OK
				|| err->kind == B24_E_NONE) {
			b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, http_status,
				"the OAuth server's answer is not a JSON object (HTTP %ld)", http_status);
		}
		return -1;
	}
	if (!out->access_token || !out->access_token[0]) {
		b24_token_free(out);
		b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, http_status,
			"the OAuth server's answer has no access_token (HTTP %ld)", http_status);
		return -1;
	}
	return 0;
}

int b24_oauth_token_url(b24_buf *out, const char *oauth_server)
{
	b24_buf_reset(out);
	b24_buf_append_str(out, oauth_server);
	return b24_buf_append_str(out, "oauth/token/");
}

static void b24_oauth_field(b24_buf *out, const char *key, const char *value)
{
	value = value ? value : "";
	b24_form_pair(out, key, strlen(key), value, strlen(value));
}

int b24_oauth_refresh_body(b24_buf *out, const char *client_id,
	const char *client_secret, const char *refresh_token)
{
	b24_buf_reset(out);
	b24_oauth_field(out, "client_id", client_id);
	b24_oauth_field(out, "grant_type", "refresh_token");
	b24_oauth_field(out, "client_secret", client_secret);
	b24_oauth_field(out, "refresh_token", refresh_token);
	return b24_buf_ok(out) ? 0 : -1;
}

/* Wipes a buffer that held secrets before its memory goes back to the allocator. */
static void b24_oauth_wipe(b24_buf *b)
{
	if (b->data) {
		volatile char *p = b->data;
		size_t i;

		for (i = 0; i < b->cap; i++) {
			p[i] = 0;
		}
	}
	b24_buf_free(b);
}

int b24_oauth_refresh(b24_transport *t, const char *oauth_server,
	const char *client_id, const char *client_secret, const char *refresh_token,
	b24_deadline *deadline, b24_token *out, b24_error *err)
{
	b24_buf url = B24_BUF_INIT, body = B24_BUF_INIT;
	b24_http_response resp;
	int rc = -1;

	if (b24_oauth_token_url(&url, oauth_server) != 0
			|| b24_oauth_refresh_body(&body, client_id, client_secret, refresh_token) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
	} else if (b24_http_send_until(t, B24_HTTP_POST, url.data, body.data, body.len,
			"application/x-www-form-urlencoded", B24_HTTP_WRITE, deadline, &resp, err) == 0) {
		if (resp.truncated) {
			b24_envelope_classify(resp.status, resp.body, resp.body_len, 1, err);
		} else if (resp.status >= 300 && resp.status < 400) {
			b24_error_set(err, B24_E_TRANSPORT, B24_REDIRECT_REFUSED, resp.status,
				"the OAuth server answered with a redirect (HTTP %ld); not followed", resp.status);
		} else {
			rc = b24_oauth_parse_token(resp.body, resp.body_len, resp.status, out, err);
		}
	}
	b24_buf_free(&url);
	b24_oauth_wipe(&body);
	return rc;
}
