/*
 * b24_catalog: lookups in the generated placement and event tables.
 * See b24_catalog.h.
 */
#include <string.h>

#include "b24_catalog.h"
#include "b24_placements_table.h"
#include "b24_events_table.h"

/* A NULL row ends each table, so that an empty TSV still compiles. */
#define B24_PLACEMENT_ROW(code, scope, status, single, user_mode, options, desc) \
	{ code, scope, status, single, user_mode, options, desc },
static const b24_placement_info b24_placements[] = {
	B24_PLACEMENTS_ROWS(B24_PLACEMENT_ROW)
	{ NULL, NULL, NULL, NULL, NULL, NULL, NULL }
};
#undef B24_PLACEMENT_ROW

#define B24_EVENT_ROW(event, placement, scope, desc) { event, placement, scope, desc },
static const b24_event_info b24_events[] = {
	B24_EVENTS_ROWS(B24_EVENT_ROW)
	{ NULL, NULL, NULL, NULL }
};
#undef B24_EVENT_ROW

static int b24_cat_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static int b24_cat_is_code_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int b24_cat_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/*
 * Matches s[0..len) against a template row: "<id>" takes one or more
 * digits, "<code>" one or more code characters (as few as still let the
 * rest match), every other byte case-insensitively.
 */
static int b24_cat_match(const char *pat, const char *s, size_t len)
{
	int (*cls)(int) = NULL;
	size_t skip, n;

	if (*pat == '\0') {
		return len == 0;
	}
	if (strncmp(pat, "<id>", 4) == 0) {
		cls = b24_cat_is_digit;
		skip = 4;
	} else if (strncmp(pat, "<code>", 6) == 0) {
		cls = b24_cat_is_code_char;
		skip = 6;
	} else {
		return len > 0 && b24_cat_lower((unsigned char)*pat) == b24_cat_lower((unsigned char)*s)
			&& b24_cat_match(pat + 1, s + 1, len - 1);
	}
	for (n = 1; n <= len && cls((unsigned char)s[n - 1]); n++) {
		if (b24_cat_match(pat + skip, s + n, len - n)) {
			return 1;
		}
	}
	return 0;
}

static int b24_cat_equal_ci(const char *a, const char *b, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (!a[i] || b24_cat_lower((unsigned char)a[i]) != b24_cat_lower((unsigned char)b[i])) {
			return 0;
		}
	}
	return a[len] == '\0';
}

size_t b24_catalog_placement_count(void)
{
	return sizeof(b24_placements) / sizeof(b24_placements[0]) - 1;
}

const b24_placement_info *b24_catalog_placement_at(size_t i)
{
	return i < b24_catalog_placement_count() ? &b24_placements[i] : NULL;
}

const b24_placement_info *b24_catalog_placement(const char *code, size_t len)
{
	size_t i, n = b24_catalog_placement_count();

	for (i = 0; i < n; i++) {
		if (strlen(b24_placements[i].code) == len && memcmp(b24_placements[i].code, code, len) == 0) {
			return &b24_placements[i];
		}
	}
	for (i = 0; i < n; i++) {
		if (b24_cat_equal_ci(b24_placements[i].code, code, len)) {
			return &b24_placements[i];
		}
	}
	for (i = 0; i < n; i++) {
		if (strchr(b24_placements[i].code, '<') && b24_cat_match(b24_placements[i].code, code, len)) {
			return &b24_placements[i];
		}
	}
	return NULL;
}

size_t b24_catalog_event_count(void)
{
	return sizeof(b24_events) / sizeof(b24_events[0]) - 1;
}

const b24_event_info *b24_catalog_event_at(size_t i)
{
	return i < b24_catalog_event_count() ? &b24_events[i] : NULL;
}

const b24_event_info *b24_catalog_event(const char *event, size_t len)
{
	size_t i, n = b24_catalog_event_count();

	for (i = 0; i < n; i++) {
		if (strlen(b24_events[i].event) == len && memcmp(b24_events[i].event, event, len) == 0) {
			return &b24_events[i];
		}
	}
	return NULL;
}
