/*
 * b24_client: the transport of a portal, the request of one method call
 * (URL, body with the auth parameter), and one attempt: sent within the
 * call's deadline, its answer classified. The call loop around attempts is
 * in b24_client.c, refreshes in b24_client_renew.c.
 */
#include <stdlib.h>
#include <string.h>

#include "b24_client.h"
#include "b24_client_int.h"
#include "b24_envelope.h"
#include "b24_form.h"
#include "b24_json_out.h"
#include "b24_url.h"

/* ---- transports --------------------------------------------------------- */

/* The transport for url, whose origin key is `origin`; not yet configured. */
b24_transport *b24_client_transport(b24_client *c, const char *url, const b24_buf *origin,
	b24_error *err)
{
	size_t i;

	if (c->source.get) {
		return c->source.get(c->source.ctx, origin->data, origin->len, url, &c->http, err);
	}
	for (i = 0; i < B24_CLIENT_TRANSPORTS && c->own[i]; i++) {
		if (strcmp(b24_transport_origin(c->own[i]), b24_buf_cstr(origin)) == 0) {
			return c->own[i];
		}
	}
	if (i == B24_CLIENT_TRANSPORTS) {
		/* all slots taken by other origins: recycle the last one */
		if (c->portal == c->own[--i]) {
			c->portal = NULL;
		}
		b24_transport_free(c->own[i]);
		c->own[i] = NULL;
	}
	c->own[i] = b24_transport_new(url, &c->http, err);
	return c->own[i];
}

/*
 * Whether the portal transport got before may serve again: an own one lives
 * until its slot is recycled or base moves (both clear c->portal); a
 * source's one while the source's generation has not moved.
 */
static int b24_client_portal_alive(const b24_client *c, unsigned long *generation)
{
	*generation = 0;
	if (!c->source.get) {
		return c->portal != NULL;
	}
	if (!c->source.generation) {
		return 0;
	}
	*generation = c->source.generation(c->source.ctx);
	return c->portal && *generation == c->portal_generation;
}

/*
 * The transport of the portal (base's origin) with this client's options
 * applied. c->url holds the request URL.
 */
static b24_transport *b24_client_portal(b24_client *c, b24_error *err)
{
	unsigned long generation;

	if (!b24_client_portal_alive(c, &generation)) {
		if (c->origin.len == 0 && b24_client_set_origin(c) != 0) {
			b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
			return NULL;
		}
		c->portal = b24_client_transport(c, c->url.data, &c->origin, err);
		c->portal_generation = generation;
	}
	if (c->portal && b24_transport_configure(c->portal, &c->http, err) != 0) {
		return NULL;
	}
	return c->portal;
}

/* ---- request building --------------------------------------------------- */

static int b24_is_ws(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* A JSON object body with "auth":"<token>" added as the last member. */
static int b24_client_json_body(b24_buf *out, const char *body, size_t len, const char *token,
	b24_error *err)
{
	size_t a = 0, b = len, i;

	while (a < b && b24_is_ws(body[a])) {
		a++;
	}
	while (b > a && b24_is_ws(body[b - 1])) {
		b--;
	}
	if (a < b && (body[a] != '{' || body[b - 1] != '}' || b - a < 2)) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0, "a JSON body must be a JSON object");
		return -1;
	}
	b24_buf_reset(out);
	if (a == b) {
		b24_buf_append_char(out, '{');
	} else {
		for (i = a + 1; i < b - 1 && b24_is_ws(body[i]); i++) {
		}
		b24_buf_append(out, body + a, b - 1 - a);
		if (i < b - 1) {
			b24_buf_append_char(out, ',');
		}
	}
	b24_buf_append_str(out, "\"auth\":");
	if (b24_json_escape(out, token, strlen(token), 0) != B24_JSON_OK) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0, "the access token is not valid UTF-8");
		return -1;
	}
	b24_buf_append_char(out, '}');
	return 0;
}

/* A form body with auth=<token> appended as the last parameter. */
static int b24_client_form_body(b24_buf *out, const char *body, size_t len, const char *token)
{
	b24_buf_reset(out);
	b24_buf_append(out, body, len);
	return b24_form_pair(out, "auth", 4, token, strlen(token));
}

int b24_client_build_into(b24_client *c, const char *method, const char *body, size_t len,
	int json, b24_buf *url, b24_buf *out, const char **send_body, size_t *send_len, b24_error *err)
{
	const char *token = c->token.access_token ? c->token.access_token : "";

	b24_buf_reset(url);
	b24_buf_append(url, c->base.data, c->base.len);
	b24_buf_append_str(url, method);
	b24_buf_append_str(url, ".json");
	*send_body = body ? body : "";
	*send_len = body ? len : 0;
	if (!c->webhook) {
		if ((json ? b24_client_json_body(out, *send_body, *send_len, token, err)
				: b24_client_form_body(out, *send_body, *send_len, token)) != 0) {
			return -1;
		}
		*send_body = b24_buf_cstr(out);
		*send_len = out->len;
	} else if (json && len == 0) {
		*send_body = "{}";
		*send_len = 2;
	}
	if (!b24_buf_ok(url) || !b24_buf_ok(out)) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return -1;
	}
	return 0;
}

/* ---- one attempt -------------------------------------------------------- */

static void b24_client_fill_response(b24_response *resp, const b24_http_response *h)
{
	resp->status = h->status;
	resp->body = h->body;
	resp->body_len = h->body_len;
	resp->content_type = h->content_type;
	resp->location = h->location;
}

/* The Location is shown as b24_error_set() redacts it: no secret, no control byte. */
static void b24_client_redirect_error(const b24_http_response *h, b24_error *err)
{
	b24_buf shown = B24_BUF_INIT;

	b24_error_set(err, B24_E_TRANSPORT, B24_REDIRECT_REFUSED, h->status,
		"the portal answered HTTP %ld with a redirect to %s; not followed (the portal may have been renamed)",
		h->status, h->location[0] ? b24_redact_value(&shown, h->location, strlen(h->location)) : "(no Location)");
	b24_buf_free(&shown);
}

int b24_client_answer(b24_client *c, int rc, const b24_http_response *h, b24_response *resp,
	b24_error *err)
{
	c->connects += h->new_connects;
	b24_client_fill_response(resp, h);
	if (rc != 0) {
		return -1;
	}
	if (h->status >= 300 && h->status < 400) {
		b24_client_redirect_error(h, err);
		return -1;
	}
	if (b24_envelope_classify(h->status, h->body, h->body_len, h->truncated, err) == B24_ENVELOPE_OK) {
		return 0;
	}
	/* an object the caller takes as it came: a success, so not logged as a failure */
	if (c->bare_answers && h->status >= 200 && h->status < 300 && !h->truncated
			&& b24_envelope_shape_of(h->body, h->body_len) == B24_ENVELOPE_SHAPE_NEITHER) {
		b24_error_clear(err);
		return 0;
	}
	return -1;
}

int b24_client_send(b24_client *c, const char *method, const char *body, size_t len,
	int json, b24_deadline *deadline, b24_response *resp, b24_error *err)
{
	b24_http_response h;
	b24_transport *t;
	const char *send_body;
	size_t send_len;
	int rc;

	if (b24_client_build_into(c, method, body, len, json, &c->url, &c->body, &send_body, &send_len,
			err) != 0) {
		return -1;
	}
	t = b24_client_portal(c, err);
	if (!t) {
		return -1;
	}
	if (c->repeating) {
		/* counted on the transport it goes out on: b24_pool_stats()['retries'] */
		b24_transport_note_retry(t);
		c->repeating = 0;
	}
	/* libcurl may send a read again on a new connection by itself, never a write */
	c->sent_bytes = send_len;
	rc = b24_http_send_until(t, B24_HTTP_POST, c->url.data, send_body, send_len,
		json ? "application/json" : "application/x-www-form-urlencoded",
		c->readonly ? B24_HTTP_REPLAYABLE : B24_HTTP_WRITE, deadline, &h, err);
	return b24_client_answer(c, rc, &h, resp, err);
}
