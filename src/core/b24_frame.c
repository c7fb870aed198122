/*
 * b24_frame: signatures of the frame bridge (see b24_frame.h) and the
 * rendering of the frame page.
 */
#include "b24_frame.h"

#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "b24_catalog.h"
#include "b24_envelope.h"
#include "b24_hmac.h"
#include "b24_sha256.h"

#include "b24_frame_page.h"
#include "b24_json_out.h"

static const char b24_frame_page_html[] = B24_FRAME_PAGE_HTML;

const char *b24_frame_template(size_t *len)
{
	*len = sizeof(b24_frame_page_html) - 1;
	return b24_frame_page_html;
}

static int frame_mac(const char *secret, size_t secret_len, const char *member_id,
	const char *event, const char *handler, long long expiry,
	unsigned char mac[B24_SHA256_DIGEST_LEN])
{
	b24_buf m = B24_BUF_INIT;

	b24_buf_append_str(&m, member_id);
	b24_buf_append_char(&m, '|');
	b24_buf_append_str(&m, event);
	b24_buf_append_char(&m, '|');
	b24_buf_append_str(&m, handler);
	b24_buf_append_char(&m, '|');
	b24_buf_append_long(&m, expiry);
	if (!b24_buf_ok(&m)) {
		b24_buf_free(&m);
		return -1;
	}
	b24_hmac_sha256(secret, secret_len, m.data, m.len, mac);
	b24_buf_free(&m);
	return 0;
}

int b24_frame_sign(const char *secret, size_t secret_len, const char *member_id,
	const char *event, const char *handler, long long expiry, b24_buf *out, b24_error *err)
{
	unsigned char mac[B24_SHA256_DIGEST_LEN];
	char hex[2 * B24_SHA256_DIGEST_LEN + 1];

	if (secret_len == 0 || member_id[0] == '\0') {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
			"cannot sign frame events without %s",
			secret_len == 0 ? "the app's client secret" : "the portal's member_id");
		return -1;
	}
	if (strchr(member_id, '|') || strchr(event, '|')) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
			"a member_id or event name with '|' cannot be signed");
		return -1;
	}
	if (frame_mac(secret, secret_len, member_id, event, handler, expiry, mac) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return -1;
	}
	b24_hex_encode(mac, sizeof(mac), hex);
	b24_buf_append(out, hex, 2 * B24_SHA256_DIGEST_LEN);
	return b24_buf_ok(out) ? 0 : -1;
}

/* Seconds a signature has been expired, shown only when the clocks are sane. */
#define B24_FRAME_AGO_MAX 3155760000LL   /* a hundred years */

/* expiry <= now. An extreme clock (or expiry) would overflow now - expiry or print an absurd count. */
static void b24_frame_expired(long long expiry, long long now, b24_error *err)
{
	int sane = expiry >= 0 ? now - expiry <= B24_FRAME_AGO_MAX : now <= expiry + B24_FRAME_AGO_MAX;

	if (sane) {
		b24_error_set(err, B24_E_AUTH, B24_SIGNATURE_EXPIRED, 0,
			"the signature expired %lld s ago: the frame page must be loaded again", now - expiry);
	} else {
		b24_error_set(err, B24_E_AUTH, B24_SIGNATURE_EXPIRED, 0,
			"the signature expired (the clock and its expiry are too far apart to say when): the frame page must be loaded again");
	}
}

int b24_frame_verify(const char *secret, size_t secret_len, const b24_frame_event *ev,
	const char *handler, const char *expected_member, long long now, b24_error *err)
{
	unsigned char got[B24_SHA256_DIGEST_LEN], want[B24_SHA256_DIGEST_LEN];
	const char *sig = ev->sig ? ev->sig : "";

	if (sig[0] == '\0') {
		b24_error_set(err, B24_E_AUTH, B24_SIGNATURE_MISSING, 0, "the event carries no signature");
		return -1;
	}
	if (secret_len == 0) {
		/* An empty key verifies what anybody can compute: fail closed. */
		b24_error_set(err, B24_E_AUTH, B24_SIGNATURE_INVALID, 0,
			"no client secret to verify the signature with");
		return -1;
	}
	if (b24_hex_decode(sig, strlen(sig), got, sizeof(got)) != 0
		|| strchr(ev->member_id, '|') || strchr(ev->event, '|')
		|| frame_mac(secret, secret_len, ev->member_id, ev->event, handler, ev->expiry, want) != 0
		|| !b24_ct_equal(got, sizeof(got), want, sizeof(want))) {
		b24_error_set(err, B24_E_AUTH, B24_SIGNATURE_INVALID, 0,
			"the signature does not match this app, portal, event and handler");
		return -1;
	}
	if (ev->expiry <= now) {
		b24_frame_expired(ev->expiry, now, err);
		return -1;
	}
	if (expected_member && !b24_ct_equal(ev->member_id, strlen(ev->member_id),
			expected_member, strlen(expected_member))) {
		b24_error_set(err, B24_E_AUTH, B24_WRONG_PORTAL, 0,
			"the event comes from another portal than the expected one");
		return -1;
	}
	return 0;
}

/* HTML attribute text: & < > " ' as entities. */
static void frame_attr(b24_buf *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': b24_buf_append_str(out, "&amp;"); break;
		case '<': b24_buf_append_str(out, "&lt;"); break;
		case '>': b24_buf_append_str(out, "&gt;"); break;
		case '"': b24_buf_append_str(out, "&quot;"); break;
		case '\'': b24_buf_append_str(out, "&#39;"); break;
		default: b24_buf_append_char(out, *s);
		}
	}
}

/*
 * A JSON string that is safe inside <script>: json_encode() escaping with
 * slashes kept, then < > & ' as \u escapes (JSON_HEX_TAG | JSON_HEX_AMP),
 * so that no "</script" or "<!--" can appear. Non-ASCII, U+2028/U+2029
 * included, is already \u-escaped by the default flags.
 */
static int frame_json_string(b24_buf *out, const char *s)
{
	b24_buf tmp = B24_BUF_INIT;
	size_t i;
	int rc = b24_json_escape(&tmp, s, strlen(s), B24_JSON_UNESCAPED_SLASHES);

	for (i = 0; rc == B24_JSON_OK && i < tmp.len; i++) {
		switch (tmp.data[i]) {
		case '<': b24_buf_append_str(out, "\\u003C"); break;
		case '>': b24_buf_append_str(out, "\\u003E"); break;
		case '&': b24_buf_append_str(out, "\\u0026"); break;
		case '\'': b24_buf_append_str(out, "\\u0027"); break;
		default: b24_buf_append_char(out, tmp.data[i]);
		}
	}
	b24_buf_free(&tmp);
	return rc;
}

static int frame_bindings_json(b24_buf *out, const b24_frame_page *page, b24_error *err)
{
	size_t i;

	b24_buf_append_char(out, '[');
	for (i = 0; i < page->count; i++) {
		const b24_frame_binding *b = &page->bindings[i];

		b24_buf_append_str(out, i ? ",{\"event\":" : "{\"event\":");
		if (frame_json_string(out, b->event) != B24_JSON_OK) {
			goto bad;
		}
		b24_buf_append_str(out, ",\"handler\":");
		if (frame_json_string(out, b->handler) != B24_JSON_OK) {
			goto bad;
		}
		b24_buf_append_str(out, ",\"expiry\":");
		b24_buf_append_long(out, page->expiry);
		b24_buf_append_str(out, ",\"sig\":\"");
		if (b24_frame_sign(page->secret, page->secret_len, page->member_id, b->event,
				b->handler, page->expiry, out, err) != 0) {
			return -1;
		}
		b24_buf_append_str(out, "\"}");
	}
	b24_buf_append_char(out, ']');
	return 0;
bad:
	b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
		"a binding's event or handler is not valid UTF-8");
	return -1;
}

/* Writes the value of placeholder `name`; -1 with err when unknown. */
static int frame_placeholder(b24_buf *out, const char *name, size_t len,
	const b24_frame_page *page, b24_error *err)
{
	if (len == 7 && memcmp(name, "SDK_URL", 7) == 0) {
		frame_attr(out, page->sdk_url && page->sdk_url[0] ? page->sdk_url : B24_FRAME_DEFAULT_SDK_URL);
		return 0;
	}
	if (len == 9 && memcmp(name, "MEMBER_ID", 9) == 0) {
		frame_attr(out, page->member_id);
		return 0;
	}
	if (len == 13 && memcmp(name, "BINDINGS_JSON", 13) == 0) {
		return frame_bindings_json(out, page, err);
	}
	b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
		"the frame page template has an unknown placeholder {{%.*s}}", (int) (len > 64 ? 64 : len), name);
	return -1;
}

/* The first "{{" or "}}" (two equal bytes) in s[0..len), or NULL. */
static const char *frame_find2(const char *s, size_t len, char c)
{
	size_t i;

	for (i = 0; i + 1 < len; i++) {
		if (s[i] == c && s[i + 1] == c) {
			return s + i;
		}
	}
	return NULL;
}

int b24_frame_render_template(const char *tmpl, size_t tmpl_len, const b24_frame_page *page,
	b24_buf *out, b24_error *err)
{
	size_t i = 0, start = b24_buf_ok(out) ? out->len : 0;

	while (i < tmpl_len) {
		const char *open = frame_find2(tmpl + i, tmpl_len - i, '{');
		const char *close;

		if (!open) {
			b24_buf_append(out, tmpl + i, tmpl_len - i);
			break;
		}
		b24_buf_append(out, tmpl + i, (size_t) (open - (tmpl + i)));
		close = frame_find2(open + 2, tmpl_len - (size_t) (open + 2 - tmpl), '}');
		if (!close) {
			b24_buf_append(out, open, tmpl_len - (size_t) (open - tmpl));
			break;
		}
		if (frame_placeholder(out, open + 2, (size_t) (close - open - 2), page, err) != 0) {
			b24_buf_truncate(out, start);
			return -1;
		}
		i = (size_t) (close + 2 - tmpl);
	}
	if (!b24_buf_ok(out)) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return -1;
	}
	return 0;
}

int b24_frame_render(const b24_frame_page *page, b24_buf *out, b24_error *err)
{
	return b24_frame_render_template(b24_frame_page_html, sizeof(b24_frame_page_html) - 1,
		page, out, err);
}

/* ---- what a handler receives ---- */

/* A string member of the body, "" when absent or not a string; NULL out of memory. */
static char *frame_member_str(json_object *root, const char *key)
{
	json_object *v;

	if (!json_object_is_type(root, json_type_object) || !json_object_object_get_ex(root, key, &v) || !json_object_is_type(v, json_type_string)) {
		return b24_strdup("");
	}
	return b24_strdup(json_object_get_string(v));
}

static long long frame_member_int(json_object *root, const char *key, int strict)
{
	json_object *v;

	if (!json_object_is_type(root, json_type_object) || !json_object_object_get_ex(root, key, &v) || !v) {
		return 0;
	}
	if (strict && !json_object_is_type(v, json_type_int)) {
		return 0;
	}
	return (long long) json_object_get_int64(v);
}

static void frame_member_json(json_object *root, const char *key, b24_buf *out)
{
	json_object *v;

	if (json_object_is_type(root, json_type_object) && json_object_object_get_ex(root, key, &v)) {
		b24_buf_append_str(out, v ? json_object_to_json_string_ext(v,
			JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE) : "null");
	}
}

int b24_frame_parse_event(const char *body, size_t len, b24_frame_received *out, b24_error *err)
{
	json_object *root = b24_json_parse(body, len);

	memset(out, 0, sizeof(*out));
	/* A JSON list is a body without members (PHP decodes both to arrays): no signature, then. */
	if (!root || !(json_object_is_type(root, json_type_object) || json_object_is_type(root, json_type_array))) {
		json_object_put(root);
		b24_error_set(err, B24_E_AUTH, B24_SIGNATURE_MISSING, 0, "the body is not a frame event "
			"(a JSON object with event, data, member_id, ts, expiry and sig)");
		return -1;
	}
	out->member_id = frame_member_str(root, "member_id");
	out->event = frame_member_str(root, "event");
	out->sig = frame_member_str(root, "sig");
	/* The signature covers an integer expiry only; ts is informative. */
	out->expiry = frame_member_int(root, "expiry", 1);
	out->ts = frame_member_int(root, "ts", 0);
	frame_member_json(root, "data", &out->data);
	json_object_put(root);
	if (!out->member_id || !out->event || !out->sig || !b24_buf_ok(&out->data)) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory while reading a frame event");
		return -1;
	}
	return 0;
}

void b24_frame_received_free(b24_frame_received *ev)
{
	free(ev->member_id);
	free(ev->event);
	free(ev->sig);
	b24_buf_free(&ev->data);
	memset(ev, 0, sizeof(*ev));
}

/* ---- what a page subscribes ---- */

int b24_frame_subscribes(const char *event, const char *placement, size_t placement_len)
{
	return !placement
		|| b24_catalog_event_raised_by(b24_catalog_event(event, strlen(event)), placement, placement_len);
}

size_t b24_frame_select(const b24_binding_list *list, const char *placement, size_t placement_len,
	b24_frame_binding *out)
{
	size_t i, n = 0;

	for (i = 0; i < list->count; i++) {
		const b24_binding *b = &list->items[i];

		if (strcmp(b->via, "frame") == 0 && b24_frame_subscribes(b->event, placement, placement_len)) {
			out[n].event = b->event;
			out[n++].handler = b->handler;
		}
	}
	return n;
}
