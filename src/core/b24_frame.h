/*
 * b24_frame: the frame bridge of interface events on the app server's side.
 *
 * Portals raise interface events (BackgroundCallCard::answerButtonClick ...)
 * only inside the placement's frame, so the app's frame page subscribes
 * them in the browser and POSTs each occurrence to the event's handler.
 * This file renders that page from the template b24_frame_page.html and
 * signs what the page will send, then verifies what a handler receives.
 *
 * A signature is what the app server puts into the page it renders, one per
 * binding, as the template documents it:
 *
 *     sig = lowercase hex HMAC-SHA256(client_secret,
 *                                     member_id "|" event "|" handler "|" expiry)
 *
 * It proves that this app's server rendered the page for that portal, event
 * and handler, until `expiry` (Unix time). It does not vouch for the event's
 * data, which the browser produces: a handler treats the data as user input.
 * member_id and event never contain '|' (refused when signing), so the
 * fields cannot be shifted against each other.
 */
#ifndef B24_FRAME_H
#define B24_FRAME_H

#include <stddef.h>
#include "b24_bindings.h"
#include "b24_buf.h"
#include "b24_errors.h"

/* How long a rendered page's signatures stay valid by default (seconds). */
#define B24_FRAME_DEFAULT_TTL 86400L

/* b24_frame_verify()'s AUTH codes, B24_SIGNATURE_* and B24_WRONG_PORTAL, are rows of catalog/codes.tsv. */

/* The SDK build a page loads unless configured otherwise. */
#define B24_FRAME_DEFAULT_SDK_URL "https://unpkg.com/@bitrix24/b24jssdk@2.2.0/dist/umd/index.min.js"

/*
 * Appends the hex signature of (member_id, event, handler, expiry) to `out`.
 * 0, or -1 with API B24_INVALID_ARGUMENT when the secret or member_id is
 * empty (an empty key would make every page's signatures forgeable) or
 * member_id / event contain '|'.
 */
int b24_frame_sign(const char *secret, size_t secret_len, const char *member_id,
	const char *event, const char *handler, long long expiry, b24_buf *out, b24_error *err);

/* What a handler received, as b24_frame_verify() checks it. */
typedef struct b24_frame_event {
	const char *member_id;
	const char *event;
	const char *sig;          /* NULL or "" when absent */
	long long expiry;
} b24_frame_event;

/*
 * Checks a received event: a signature is present, was made with `secret`
 * for exactly this member_id, event and handler (compared in constant time),
 * has not expired at `now`, and — when expected_member is not NULL — is for
 * that portal. 0, or -1 with an AUTH error (codes above).
 */
int b24_frame_verify(const char *secret, size_t secret_len, const b24_frame_event *ev,
	const char *handler, const char *expected_member, long long now, b24_error *err);

/* A frame event as a handler received it: the POST body the page sent. */
typedef struct b24_frame_received {
	char *member_id;          /* "" when absent or not a string */
	char *event;
	char *sig;
	long long expiry;         /* 0 unless an integer */
	long long ts;             /* the browser's time of the event, 0 when absent */
	b24_buf data;             /* the event's data as JSON text; empty when absent */
} b24_frame_received;

/*
 * Reads a frame event's body (a JSON object with event, data, member_id, ts,
 * expiry and sig) with json-c. 0, or -1 with AUTH B24_SIGNATURE_MISSING when
 * the body is not a JSON object or list (a list has no members). Free with b24_frame_received_free() either way.
 */
int b24_frame_parse_event(const char *body, size_t len, b24_frame_received *out, b24_error *err);
void b24_frame_received_free(b24_frame_received *ev);

/* One recorded binding that the page subscribes. */
typedef struct b24_frame_binding {
	const char *event;
	const char *handler;
} b24_frame_binding;

/*
 * 1 when the page for `placement` (NULL: a page for every placement)
 * subscribes `event`: the catalog says that placement raises it.
 */
int b24_frame_subscribes(const char *event, const char *placement, size_t placement_len);

/*
 * What the page for `placement` (NULL: all) subscribes of a portal's
 * record: its bindings made "frame" whose event that placement raises,
 * pointers into `list` stored in `out` (room for list->count). The count.
 */
size_t b24_frame_select(const b24_binding_list *list, const char *placement, size_t placement_len,
	b24_frame_binding *out);

typedef struct b24_frame_page {
	const char *sdk_url;      /* NULL: B24_FRAME_DEFAULT_SDK_URL */
	const char *member_id;
	const char *secret;
	size_t secret_len;
	const b24_frame_binding *bindings;
	size_t count;
	long long expiry;         /* Unix time written into every signature */
} b24_frame_page;

/*
 * Renders the compiled-in template b24_frame_page.html (see its head for the
 * placeholders) into `out`. 0, or -1 with err.
 */
int b24_frame_render(const b24_frame_page *page, b24_buf *out, b24_error *err);

/*
 * Same with another template (tests): every {{NAME}} must be one of
 * SDK_URL, MEMBER_ID, BINDINGS_JSON; an unknown name is an error.
 */
int b24_frame_render_template(const char *tmpl, size_t tmpl_len, const b24_frame_page *page,
	b24_buf *out, b24_error *err);

/* The compiled-in template, its documentation comment removed. */
const char *b24_frame_template(size_t *len);

#endif /* B24_FRAME_H */
