/*
 * b24_catalog: lookups in the generated placement and event tables, and
 * the decisions made from them. See b24_catalog.h.
 */
#include <stddef.h>
#include <string.h>

#include "b24_catalog.h"
#include "b24_placements_table.h"
#include "b24_events_table.h"

/* A NULL row ends each table, so that an empty TSV still compiles. */
#define B24_PLACEMENT_ROW(code, scope, status, single, user_mode, options, required, desc) \
	{ code, scope, status, single, user_mode, options, required, desc },
static const b24_placement_info b24_placements[] = {
	B24_PLACEMENTS_ROWS(B24_PLACEMENT_ROW)
	{ NULL, NULL, NULL, 0, 0, NULL, NULL, NULL }
};
#undef B24_PLACEMENT_ROW

#define B24_EVENT_ROW(event, placement, scope, desc) { event, placement, scope, desc },
static const b24_event_info b24_events[] = {
	B24_EVENTS_ROWS(B24_EVENT_ROW)
	{ NULL, NULL, NULL, NULL }
};
#undef B24_EVENT_ROW

/* Names longer than this get no suggestion (no catalog name comes close). */
#define B24_EVENT_SUGGEST_MAX 96

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

/* a[0..len) equals b[0..len) but for ASCII case. */
static int b24_cat_equal_ci_n(const char *a, const char *b, size_t len)
{
	size_t i;

	for (i = 0; i < len && b24_cat_lower((unsigned char)a[i]) == b24_cat_lower((unsigned char)b[i]); i++) {
	}
	return i == len;
}

/* a (NUL-terminated) equals b[0..len) but for ASCII case. */
static int b24_cat_equal_ci(const char *a, const char *b, size_t len)
{
	return strlen(a) == len && b24_cat_equal_ci_n(a, b, len);
}

static int b24_cat_equal(const char *a, const char *b, size_t len)
{
	return strlen(a) == len && memcmp(a, b, len) == 0;
}

static int b24_cat_template(const char *a, const char *b, size_t len)
{
	return strchr(a, '<') && b24_cat_match(a, b, len);
}

/* How a name is compared with a row's: exactly, ignoring case, as a template. */
typedef int (*b24_cat_cmp)(const char *row, const char *name, size_t len);

/* The one lookup of both tables: the first row whose name (at `offset`) compares equal. */
static const void *b24_cat_find(const void *rows, size_t row_size, size_t n, size_t offset,
	b24_cat_cmp cmp, const char *name, size_t len)
{
	const char *row = rows;
	size_t i;

	for (i = 0; i < n; i++, row += row_size) {
		if (cmp(*(const char *const *)(row + offset), name, len)) {
			return row;
		}
	}
	return NULL;
}

size_t b24_catalog_placement_count(void)
{
	return sizeof(b24_placements) / sizeof(b24_placements[0]) - 1;
}

const b24_placement_info *b24_catalog_placement_at(size_t i)
{
	return i < b24_catalog_placement_count() ? &b24_placements[i] : NULL;
}

static const b24_placement_info *b24_cat_placement_by(b24_cat_cmp cmp, const char *code, size_t len)
{
	return b24_cat_find(b24_placements, sizeof(b24_placements[0]), b24_catalog_placement_count(),
		offsetof(b24_placement_info, code), cmp, code, len);
}

const b24_placement_info *b24_catalog_placement(const char *code, size_t len)
{
	const b24_placement_info *p = b24_cat_placement_by(b24_cat_equal, code, len);

	if (!p) {
		p = b24_cat_placement_by(b24_cat_equal_ci, code, len);
	}
	return p ? p : b24_cat_placement_by(b24_cat_template, code, len);
}

size_t b24_catalog_event_count(void)
{
	return sizeof(b24_events) / sizeof(b24_events[0]) - 1;
}

const b24_event_info *b24_catalog_event_at(size_t i)
{
	return i < b24_catalog_event_count() ? &b24_events[i] : NULL;
}

static const b24_event_info *b24_cat_event_by(b24_cat_cmp cmp, const char *name, size_t len)
{
	return b24_cat_find(b24_events, sizeof(b24_events[0]), b24_catalog_event_count(),
		offsetof(b24_event_info, event), cmp, name, len);
}

const b24_event_info *b24_catalog_event(const char *event, size_t len)
{
	return b24_cat_event_by(b24_cat_equal, event, len);
}

/* 1 when item[0..len) (case-insensitive) is a whole item of the comma-separated `list`. */
static int b24_cat_in_list(const char *list, const char *item, size_t len)
{
	while (len > 0 && *list) {
		size_t n = strcspn(list, ",");

		if (n == len && b24_cat_equal_ci_n(list, item, len)) {
			return 1;
		}
		list += n + (list[n] == ',');
	}
	return 0;
}

int b24_catalog_event_raised_by(const b24_event_info *ev, const char *code, size_t len)
{
	return ev != NULL && b24_cat_in_list(ev->placement, code, len);
}

int b24_catalog_requires_option(const b24_placement_info *p, const char *key)
{
	return p != NULL && b24_cat_in_list(p->required_options, key, strlen(key));
}

/* Levenshtein distance, case-insensitive; both lengths <= B24_EVENT_SUGGEST_MAX. */
static size_t b24_cat_distance(const char *a, size_t al, const char *b, size_t bl)
{
	size_t row[B24_EVENT_SUGGEST_MAX + 1], i, j;

	for (j = 0; j <= bl; j++) {
		row[j] = j;
	}
	for (i = 1; i <= al; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= bl; j++) {
			size_t up = row[j];
			size_t cost = b24_cat_lower((unsigned char) a[i - 1]) != b24_cat_lower((unsigned char) b[j - 1]);
			size_t best = diag + cost;

			if (row[j] + 1 < best) {
				best = row[j] + 1;
			}
			if (row[j - 1] + 1 < best) {
				best = row[j - 1] + 1;
			}
			row[j] = best;
			diag = up;
		}
	}
	return row[bl];
}

const char *b24_catalog_closest_event(const char *name, size_t len)
{
	const char *best = NULL;
	size_t best_d = len / 3 + 1, i, n = b24_catalog_event_count();

	if (len == 0 || len > B24_EVENT_SUGGEST_MAX) {
		return NULL;
	}
	for (i = 0; i < n; i++) {
		const char *ev = b24_events[i].event;
		size_t el = strlen(ev), d;

		if (el > B24_EVENT_SUGGEST_MAX) {
			continue;
		}
		d = b24_cat_distance(name, len, ev, el);
		if (d < best_d) {
			best_d = d;
			best = ev;
		}
	}
	return best;
}

/* "::", ':' or '.' appear only in interface events (Foo::bar, Calendar.customView:x). */
static int b24_cat_interface_shaped(const char *name, size_t len)
{
	return memchr(name, ':', len) != NULL || memchr(name, '.', len) != NULL;
}

static int b24_cat_rest_shaped(const char *name, size_t len)
{
	size_t i;

	if (len < 3 || len > 255 || b24_cat_lower((unsigned char) name[0]) != 'o'
		|| b24_cat_lower((unsigned char) name[1]) != 'n') {
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (!b24_cat_is_code_char((unsigned char) name[i])) {
			return 0;
		}
	}
	return 1;
}

enum b24_event_kind b24_catalog_classify_event(const char *name, size_t len, const char **suggestion)
{
	const b24_event_info *other;

	*suggestion = NULL;
	if (b24_catalog_event(name, len)) {
		return B24_EVENT_INTERFACE;
	}
	/* Another case, or an interface event's shape: the portal would ignore it. */
	if ((other = b24_cat_event_by(b24_cat_equal_ci, name, len)) != NULL) {
		*suggestion = other->event;
		return B24_EVENT_UNKNOWN_INTERFACE;
	}
	if (b24_cat_interface_shaped(name, len)) {
		*suggestion = b24_catalog_closest_event(name, len);
		return B24_EVENT_UNKNOWN_INTERFACE;
	}
	return b24_cat_rest_shaped(name, len) ? B24_EVENT_REST : B24_EVENT_INVALID;
}
