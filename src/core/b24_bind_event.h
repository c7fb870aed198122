/*
 * b24_bind_event: binding an event handler, REST or through the frame.
 *
 * REST events go to event.bind. Interface events are raised only in the
 * browser, inside the frame of the placement that raises them; the REST
 * placement.bindEvent of the retracted documentation answers
 * ERROR_METHOD_NOT_FOUND on current portals. So a portal is asked once,
 * its answer is remembered per portal in the bindings file (b24_bindings),
 * and where REST is missing the app's frame page is bound to each placement
 * that raises the event (idempotently: placement.get first) and the binding
 * recorded "frame": the page subscribes it in the browser when it loads.
 *
 * The module decides and calls the portal through the core client; the
 * binding resolves settings (options, INI) and throws what it returns.
 */
#ifndef B24_BIND_EVENT_H
#define B24_BIND_EVENT_H

#include "b24_buf.h"
#include "b24_catalog.h"
#include "b24_client.h"
#include "b24_errors.h"

/* How an event gets bound. */
enum b24_bind_event_route {
	B24_ROUTE_EVENT_BIND = 0,   /* a REST event: event.bind */
	B24_ROUTE_REST,             /* an interface event, REST placement.bindEvent first */
	B24_ROUTE_FRAME             /* an interface event on a portal known to lack it: the frame bridge */
};

/* What b24_bind_event_run() did. */
enum b24_bind_event_outcome {
	B24_BIND_EVENT_FAILED = 0,  /* err says why */
	B24_BIND_EVENT_NO_FILE,     /* the frame bridge needs a bindings file and none is configured */
	B24_BIND_EVENT_BOUND,       /* bound (and recorded when a file is configured) */
	B24_BIND_EVENT_REFUSED      /* the portal answered result: false */
};

typedef struct b24_bind_event_req {
	const char *event;
	const char *handler;
	const b24_event_info *info;   /* the catalog's interface event, NULL for a REST event */
	const char *frame_url;        /* the app's frame page, NULL when not configured */
	const char *error_handler_url;/* for placements that require errorHandlerUrl, or NULL */
	int has_auth_type;            /* event.bind's auth_type */
	long long auth_type;
	const char *event_type;       /* event.bind's event_type, or NULL */
	int recheck;                  /* ask the portal again although it is known to lack REST */
	const char *file;             /* the bindings file, NULL when none is configured */
	const char *portal;           /* the portal's key in the file (b24_bind_event_portal()) */
	long long now;
} b24_bind_event_req;

/* The route for an event given what is remembered of the portal (enum b24_rest_state). */
enum b24_bind_event_route b24_bind_event_route(const b24_event_info *info, int rest_state, int recheck);

/*
 * Where the bindings file lives: the option, else the INI setting, else
 * b24_bindings.json next to the client's token store, else next to the
 * default store (any of them NULL or ""). 1 with the path appended to
 * `out`, 0 when none is configured.
 */
int b24_bind_event_file(const char *option, const char *ini, const char *client_store,
	const char *default_store, b24_buf *out);

/* The portal's key: member_id given, else the client's token's, else the portal's host. */
void b24_bind_event_portal(const b24_client *c, const char *member_id, b24_buf *out);

/* 1 when a placement of the event's list requires errorHandlerUrl (catalog). */
int b24_bind_event_needs_error_url(const b24_event_info *info);

/* Binds the event as described above. */
enum b24_bind_event_outcome b24_bind_event_run(b24_client *c, const b24_bind_event_req *r,
	b24_error *err);

/* event.unbind of a REST event's handler: the portal's count of removed handlers, or -1 with err. */
long b24_bind_event_unbind(b24_client *c, const char *event, const char *handler, b24_error *err);

#endif /* B24_BIND_EVENT_H */
