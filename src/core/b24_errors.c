/*
 * b24_errors: the error value and the lookup of catalog/errors.tsv.
 * See b24_errors.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b24_errors.h"
#include "b24_errors_table.h"
#include "b24_redact.h"

/* The generated rows, as strings; a NULL row ends the table. */
typedef struct b24_error_row {
	const char *code;
	const char *http_status;
	const char *class_name;
	const char *description;
	const char *crest_information;
} b24_error_row;

#define B24_ERROR_ROW(code, status, cls, desc, crest) { code, status, cls, desc, crest },
static const b24_error_row b24_error_rows[] = {
	B24_ERRORS_ROWS(B24_ERROR_ROW)
	{ NULL, NULL, NULL, NULL, NULL }
};
#undef B24_ERROR_ROW

static const char *const b24_kind_classes[] = {
	"", "Transport", "Auth", "Access", "MethodNotFound", "Limit", "Server", "Response", "Api"
};

#define B24_KIND_COUNT (sizeof(b24_kind_classes) / sizeof(b24_kind_classes[0]))

static int b24_ascii_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* Case-insensitive equality of a counted string with a C string. */
static int b24_code_equals(const char *a, size_t len, const char *b)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (!b[i] || b24_ascii_lower((unsigned char)a[i]) != b24_ascii_lower((unsigned char)b[i])) {
			return 0;
		}
	}
	return b[len] == '\0';
}

static void b24_error_info_fill(const b24_error_row *row, b24_error_info *out)
{
	out->code = row->code;
	out->http_status = strtol(row->http_status, NULL, 10);
	out->class_name = row->class_name;
	out->kind = b24_error_kind_from_class(row->class_name);
	out->description = row->description;
	out->crest_information = row->crest_information;
}

size_t b24_errors_count(void)
{
	return sizeof(b24_error_rows) / sizeof(b24_error_rows[0]) - 1;
}

int b24_errors_at(size_t i, b24_error_info *out)
{
	if (i >= b24_errors_count()) {
		return 0;
	}
	b24_error_info_fill(&b24_error_rows[i], out);
	return 1;
}

int b24_errors_find(const char *code, size_t len, b24_error_info *out)
{
	size_t i, n = b24_errors_count();

	/* exact case first: INVALID_REQUEST (REST) and invalid_request (OAuth) differ */
	for (i = 0; i < n; i++) {
		if (strlen(b24_error_rows[i].code) == len && memcmp(b24_error_rows[i].code, code, len) == 0) {
			b24_error_info_fill(&b24_error_rows[i], out);
			return 1;
		}
	}
	for (i = 0; i < n; i++) {
		if (b24_code_equals(code, len, b24_error_rows[i].code)) {
			b24_error_info_fill(&b24_error_rows[i], out);
			return 1;
		}
	}
	return 0;
}

int b24_errors_kind(const char *code, size_t len)
{
	b24_error_info info;

	return b24_errors_find(code, len, &info) ? info.kind : B24_E_API;
}

const char *b24_errors_class(const char *code, size_t len)
{
	b24_error_info info;

	return b24_errors_find(code, len, &info) ? info.class_name : "Api";
}

const char *b24_error_kind_class(int kind)
{
	if (kind < 0 || (size_t)kind >= B24_KIND_COUNT) {
		return "Api";
	}
	return b24_kind_classes[kind];
}

int b24_error_kind_from_class(const char *class_name)
{
	size_t i;

	for (i = 1; i < B24_KIND_COUNT; i++) {
		if (strcmp(class_name, b24_kind_classes[i]) == 0) {
			return (int)i;
		}
	}
	return B24_E_API;
}

void b24_error_clear(b24_error *e)
{
	if (e) {
		e->kind = B24_E_NONE;
		e->code[0] = '\0';
		e->description[0] = '\0';
		e->http_status = 0;
		e->retry_after = 0;
	}
}

void b24_error_set(b24_error *e, int kind, const char *code, long http_status,
	const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	b24_error_vset(e, kind, code, http_status, fmt, ap);
	va_end(ap);
}

void b24_error_vset(b24_error *e, int kind, const char *code, long http_status,
	const char *fmt, va_list ap)
{
	char tmp[B24_MSG_TEXT_MAX + 1];
	char *text = tmp;
	va_list again;
	int n;

	if (!e) {
		return;
	}
	/* the whole text, so that the cap (with its marker) is the only cut */
	va_copy(again, ap);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	if (n < 0) {
		n = 0;
		tmp[0] = '\0';
	} else if ((size_t)n >= sizeof(tmp) && (text = malloc((size_t)n + 1)) != NULL) {
		vsnprintf(text, (size_t)n + 1, fmt, again);
	} else if ((size_t)n >= sizeof(tmp)) {
		text = tmp;
		n = (int)sizeof(tmp) - 1;
	}
	va_end(again);
	b24_error_set_code(e, kind, code, strlen(code), http_status, text, (size_t)n);
	if (text != tmp) {
		free(text);
	}
}

void b24_error_set_code(b24_error *e, int kind, const char *code, size_t code_len,
	long http_status, const char *description, size_t description_len)
{
	if (!e) {
		return;
	}
	e->kind = kind;
	e->http_status = http_status;
	e->retry_after = 0;
	/* codes and descriptions may come from the network: the one redaction of every message */
	b24_redact_into(e->code, sizeof(e->code), code, code_len);
	b24_redact_into(e->description, sizeof(e->description), description, description_len);
}
