/*
 * b24_bindings: the per-portal record of event bindings made by
 * b24_bind_event(), and of whether a portal has a REST placement.bindEvent.
 *
 * Interface events bound "through the frame" exist nowhere on the portal:
 * the app's frame page subscribes them in the browser each time it loads,
 * so the list of what to subscribe must live on the app server. The same
 * file remembers that a portal answered placement.bindEvent with
 * ERROR_METHOD_NOT_FOUND, so that later bindings do not ask again.
 *
 * The file is JSON, one object per portal (keyed by member_id, or by the
 * portal host when no member_id is known):
 *
 *     {"portals": {"<portal>": {
 *         "rest_bind_event": "missing", "rest_bind_event_checked": 1764000000,
 *         "bindings": [{"event": "BackgroundCallCard::answerButtonClick",
 *                       "handler": "https://app.example/h", "via": "frame",
 *                       "placement": "PAGE_BACKGROUND_WORKER",
 *                       "bound_at": 1764000000}]}}}
 *
 * Concurrency is the token store's (b24_file.h): an exclusive lock on
 * "<path>.lock", the file re-read under the lock, written to a temporary
 * file (mode 0600) that is fsync'ed and renamed over the old one, then the
 * directory fsync'ed. Readers take no lock: they see the old file or the new one.
 */
#ifndef B24_BINDINGS_H
#define B24_BINDINGS_H

#include <stddef.h>
#include "b24_buf.h"
#include "b24_errors.h"

/* What is known of a portal's REST placement.bindEvent. */
enum b24_rest_state {
	B24_REST_UNKNOWN = 0,   /* never asked (or asked too long ago) */
	B24_REST_PRESENT,       /* answered: use REST */
	B24_REST_MISSING        /* ERROR_METHOD_NOT_FOUND: bind through the frame */
};

/* A remembered state is trusted this long; then the portal is asked again. */
#define B24_BINDINGS_RECHECK_SECONDS (7LL * 24 * 3600)

#define B24_BINDINGS_FILE "b24_bindings.json"

typedef struct b24_binding {
	char *event;
	char *handler;
	char *via;          /* "rest" or "frame" */
	char *placement;    /* placement raising an interface event; "" otherwise */
	long long bound_at; /* Unix time of the last record */
} b24_binding;

typedef struct b24_binding_list {
	b24_binding *items;
	size_t count;
	int rest_state;            /* enum b24_rest_state, already aged */
	long long rest_checked;    /* when rest_state was recorded; 0 if never */
} b24_binding_list;

void b24_binding_list_free(b24_binding_list *l);

/*
 * The default file next to a token store: "<dir of store_path>/b24_bindings.json"
 * (appended to `out`). 0 / -1 (out of memory).
 */
int b24_bindings_path_for_store(const char *store_path, b24_buf *out);

/*
 * Reads the record of `portal` (reset first). A missing file or portal is an
 * empty list. `now` ages rest_state (see B24_BINDINGS_RECHECK_SECONDS).
 * 0, or -1 with AUTH B24_STORE_FAILED (unreadable file, not JSON).
 */
int b24_bindings_read(const char *path, const char *portal, long long now,
	b24_binding_list *out, b24_error *err);

/*
 * Records one binding (event + handler are the key: a second record
 * replaces via, placement and bound_at). Returns 1 when added, 0 when it
 * replaced one, -1 with err.
 */
int b24_bindings_record(const char *path, const char *portal, const char *event,
	const char *handler, const char *via, const char *placement, long long now,
	b24_error *err);

/* Forgets the bindings of `event` (all handlers when handler is NULL). Count, or -1. */
int b24_bindings_forget(const char *path, const char *portal, const char *event,
	const char *handler, b24_error *err);

/* Records what the portal answered for REST placement.bindEvent. 0 / -1. */
int b24_bindings_set_rest_state(const char *path, const char *portal, int state,
	long long now, b24_error *err);

#endif /* B24_BINDINGS_H */
