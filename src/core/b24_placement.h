/*
 * b24_placement: the REST protocol of placements, on the core client.
 *
 *  - bodies of placement.bind / unbind / get / list, built with b24_form
 *    (form bodies whatever the client's json setting: the portal takes both,
 *    and the user's own fields arrive already encoded from the binding);
 *  - what an answer means, read with json-c: the outcome of a bind as an
 *    enum, the real count of an unbind (the portal counts each handler
 *    twice), placement.get filtered to one code and user;
 *  - the install algorithm: leave the placement bound to exactly one
 *    handler, idempotently ("Handler already binded" is success), replacing
 *    the handler of a single-instance placement.
 *
 * The module calls the network through b24_client_call() itself: the
 * binding hands it the core client of a B24Client and gets back an enum,
 * a count or JSON text, never a half-read answer.
 */
#ifndef B24_PLACEMENT_H
#define B24_PLACEMENT_H

#include <stddef.h>

#include "b24_buf.h"
#include "b24_client.h"
#include "b24_errors.h"

/* What placement.bind (or install) did. */
enum b24_bind_outcome {
	B24_BIND_FAILED = 0,   /* err says why */
	B24_BIND_BOUND,        /* bound now (install: something changed on the portal) */
	B24_BIND_REFUSED,      /* the portal answered result: false */
	B24_BIND_ALREADY,      /* the handler was bound so already ("Handler already binded") */
	B24_BIND_FULL          /* ERROR_PLACEMENT_MAX_COUNT: a single-instance placement holds another */
};

/* What placement.get shows of one placement and one handler. */
enum b24_bound_state {
	B24_BOUND_NONE = 0,    /* no handler of this app */
	B24_BOUND_THIS,        /* the handler asked about */
	B24_BOUND_OTHER        /* only other handlers */
};

/* One placement.bind. */
typedef struct b24_placement_req {
	const char *code;
	const char *handler;
	/* Form-encoded fields the binding adds after HANDLER (TITLE ... OPTIONS), or NULL. */
	const char *extra;
	size_t extra_len;
	int has_user_id;
	long long user_id;
} b24_placement_req;

/* PLACEMENT, HANDLER, the extra fields, USER_ID: appended to `body`. 0 / -1 (no memory). */
int b24_placement_bind_body(const b24_placement_req *r, b24_buf *body);
/* PLACEMENT, HANDLER when not NULL, USER_ID when user_id is not NULL. */
int b24_placement_unbind_body(const char *code, const char *handler, const long long *user_id,
	b24_buf *body);
/* SCOPE when not NULL, FULL=1 when full. */
int b24_placement_list_body(const char *scope, int full, b24_buf *body);
/*
 * The frame page bound to `code`: PLACEMENT, HANDLER, and OPTIONS[errorHandlerUrl]
 * when the catalog says the placement requires it.
 */
int b24_placement_frame_body(const char *code, const char *handler, const char *error_handler_url,
	b24_buf *body);

/*
 * The outcome of a placement.bind from b24_client_call()'s rc, answer and
 * error: BOUND / REFUSED by the result, ALREADY and FULL from the portal's
 * errors, else FAILED (err unchanged).
 */
enum b24_bind_outcome b24_placement_bind_outcome(int rc, const char *body, size_t len,
	const b24_error *err);
/* ERROR_CORE "Unable to set placement handler: Handler already binded". */
int b24_placement_err_already_bound(const b24_error *err);
/* The result's count of an unbind answer (placement.unbind, event.unbind); 0 when absent. */
long b24_placement_result_count(const char *body, size_t len);
/* The count of a placement.unbind answer, halved: the portal counts each handler twice. */
long b24_placement_unbind_count(const char *body, size_t len);
/*
 * The items of a placement.get answer whose placement is `code` (any case)
 * and, when user_id is not NULL, whose userId is *user_id: a JSON array
 * appended to `out`. 0, or -1 when the answer is not JSON.
 */
int b24_placement_filter(const char *body, size_t len, const char *code, const long long *user_id,
	b24_buf *out);
/* Where `handler` stands among the items of a placement.get answer for code (and user). */
enum b24_bound_state b24_placement_bound_state(const char *body, size_t len, const char *code,
	const long long *user_id, const char *handler);

/*
 * One call with a form body; 0 with the answer in *resp, -1 with err (also
 * for an answer without a JSON result).
 */
int b24_placement_call(b24_client *c, const char *method, const b24_buf *body, b24_response *resp,
	b24_error *err);

enum b24_bind_outcome b24_placement_bind(b24_client *c, const b24_placement_req *r, b24_error *err);
/*
 * install(): placement.get first (the user's, else the all-users userId 0
 * registration); nothing more when the handler is there (ALREADY). A
 * single-instance placement bound to another handler is unbound first; a
 * bind refused with ERROR_PLACEMENT_MAX_COUNT unbinds and binds once more.
 * BOUND when it changed something, ALREADY, or FAILED with err.
 */
enum b24_bind_outcome b24_placement_install(b24_client *c, const b24_placement_req *r,
	b24_error *err);
/* placement.unbind: the real number removed, or -1 with err. */
long b24_placement_unbind(b24_client *c, const char *code, const char *handler,
	const long long *user_id, b24_error *err);
/* placement.get filtered (b24_placement_filter) into `out`. 0 / -1 with err. */
int b24_placement_get(b24_client *c, const char *code, const long long *user_id, b24_buf *out,
	b24_error *err);
/* placement.list: the result as JSON text ("[]" unless an array or object). 0 / -1 with err. */
int b24_placement_list(b24_client *c, const char *scope, int full, b24_buf *out, b24_error *err);

#endif /* B24_PLACEMENT_H */
