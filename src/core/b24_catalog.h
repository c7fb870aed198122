/*
 * b24_catalog: the placement codes and interface events known to b24,
 * generated from catalog/placements.tsv and catalog/events.tsv into
 * b24_placements_table.h and b24_events_table.h by scripts/gen-catalog.php,
 * and what is decided from them: lookups, which placement raises which
 * event, and what an event name given by a caller is.
 * Empty cells ("-" in the TSV) are "" here, never NULL.
 */
#ifndef B24_CATALOG_H
#define B24_CATALOG_H

#include <stddef.h>

typedef struct b24_placement_info {
	const char *code;          /* e.g. CRM_DEAL_DETAIL_TAB */
	const char *scope;         /* REST scope that the placement needs */
	const char *status;        /* the TSV's status column, as written */
	int single;                /* 1: one handler per app (ERROR_PLACEMENT_MAX_COUNT on a second) */
	int user_mode;             /* 1: placement.bind accepts USER_ID */
	const char *options;       /* documented OPTIONS keys, comma-separated */
	const char *required_options; /* the OPTIONS keys placement.bind requires, comma-separated */
	const char *description;
} b24_placement_info;

typedef struct b24_event_info {
	const char *event;         /* e.g. BackgroundCallCard::answerButtonClick */
	const char *placement;     /* the placement codes raising it, comma-separated */
	const char *scope;
	const char *description;
} b24_event_info;

/*
 * Lookup of a placement code: the exact code, else a case-insensitive match,
 * else a template row ("<id>" matches one or more digits, "<code>" one or
 * more of [A-Za-z0-9_]): CRM_DYNAMIC_183_DETAIL_TAB finds
 * CRM_DYNAMIC_<id>_DETAIL_TAB. NULL when unknown.
 */
const b24_placement_info *b24_catalog_placement(const char *code, size_t len);
size_t b24_catalog_placement_count(void);
const b24_placement_info *b24_catalog_placement_at(size_t i);   /* NULL past the end */

/* 1 when `key` is one of the placement's required_options. */
int b24_catalog_requires_option(const b24_placement_info *p, const char *key);

/* Interface events are matched exactly (case-sensitive); NULL when unknown. */
const b24_event_info *b24_catalog_event(const char *event, size_t len);
size_t b24_catalog_event_count(void);
const b24_event_info *b24_catalog_event_at(size_t i);

/*
 * 1 when `code` (case-insensitive) is one of the codes of the event's
 * placement column: a whole item of the list, so CARD is not CALL_CARD.
 */
int b24_catalog_event_raised_by(const b24_event_info *ev, const char *code, size_t len);

/* What b24_catalog_classify_event() found an event name to be. */
enum b24_event_kind {
	B24_EVENT_INVALID = 0,  /* neither shape: refused */
	B24_EVENT_INTERFACE,    /* exactly one of the catalog's interface events */
	B24_EVENT_REST,         /* a REST event name for event.bind */
	B24_EVENT_UNKNOWN_INTERFACE  /* shaped like an interface event, not in the catalog */
};

/*
 * Classifies an event name. Interface events are matched exactly (the
 * portal compares case-sensitively and ignores unknown names silently), so
 * a name that differs from a catalog event only in case, or that has an
 * interface event's shape ("::", ':' or '.'), is B24_EVENT_UNKNOWN_INTERFACE
 * and *suggestion receives the closest catalog name (NULL when none is
 * close). REST names are [A-Za-z0-9_]{3,255} starting with "on" in any case.
 */
enum b24_event_kind b24_catalog_classify_event(const char *name, size_t len, const char **suggestion);

/*
 * The catalog event name closest to `name` (case-insensitive edit distance,
 * at most a third of the name's length), or NULL.
 */
const char *b24_catalog_closest_event(const char *name, size_t len);

#endif /* B24_CATALOG_H */
