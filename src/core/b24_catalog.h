/*
 * b24_catalog: the placement codes and interface events known to b24,
 * generated from catalog/placements.tsv and catalog/events.tsv into
 * b24_placements_table.h and b24_events_table.h by scripts/gen-catalog.php.
 * Empty cells ("-" in the TSV) are "" here, never NULL.
 */
#ifndef B24_CATALOG_H
#define B24_CATALOG_H

#include <stddef.h>

typedef struct b24_placement_info {
	const char *code;          /* e.g. CRM_DEAL_DETAIL_TAB */
	const char *scope;         /* REST scope that the placement needs */
	const char *status;        /* the TSV's status column, as written */
	const char *single;        /* the TSV's single column, as written */
	const char *user_mode;     /* the TSV's user_mode column: "1" when USER_ID is accepted */
	const char *options;       /* the TSV's options column, as written */
	const char *description;
} b24_placement_info;

typedef struct b24_event_info {
	const char *event;         /* e.g. ONCRMDEALADD */
	const char *placement;     /* related placement code, "" if none */
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

/* Interface events are matched exactly (case-sensitive); NULL when unknown. */
const b24_event_info *b24_catalog_event(const char *event, size_t len);
size_t b24_catalog_event_count(void);
const b24_event_info *b24_catalog_event_at(size_t i);

#endif /* B24_CATALOG_H */
