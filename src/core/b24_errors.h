/*
 * b24_errors: the core's error value and the lookup of catalog/errors.tsv
 * (generated into b24_errors_table.h by scripts/gen-catalog.php).
 *
 * A b24_error is filled by every core function that can fail. `kind` names
 * the exception class the binding throws; `code` is the server's code as
 * sent (case kept) or one of the client-side B24_* codes of
 * catalog/codes.tsv (b24_codes_table.h).
 * Descriptions never contain a token, a secret or a webhook code: every one
 * is redacted when it is set.
 */
#ifndef B24_ERRORS_H
#define B24_ERRORS_H

#include <stdarg.h>
#include <stddef.h>
#include "b24_redact.h"
/* the client-side codes (B24_TIMEOUT ...), macros generated from catalog/codes.tsv */
#include "b24_codes_table.h"

enum b24_error_kind {
	B24_E_NONE = 0,
	B24_E_TRANSPORT,          /* B24TransportException */
	B24_E_AUTH,               /* B24AuthException */
	B24_E_ACCESS,             /* B24AccessException */
	B24_E_METHOD_NOT_FOUND,   /* B24MethodNotFoundException */
	B24_E_LIMIT,              /* B24LimitException */
	B24_E_SERVER,             /* B24ServerException */
	B24_E_RESPONSE,           /* B24ResponseException */
	B24_E_API                 /* B24ApiException: any other server code */
};

typedef struct b24_error {
	int kind;                 /* enum b24_error_kind; B24_E_NONE = no error */
	/* capped with a marker, never cut silently (B24_MSG_VALUE_MAX, B24_MSG_TEXT_MAX) */
	char code[B24_MSG_VALUE_MAX + B24_MSG_MARKER_MAX + 1];
	char description[B24_MSG_TEXT_MAX + B24_MSG_MARKER_MAX + 1];
	long http_status;         /* 0 when there was no HTTP answer */
	long retry_after;         /* LIMIT: seconds until a call may succeed; 0 unknown */
} b24_error;

/* One row of catalog/errors.tsv. */
typedef struct b24_error_info {
	const char *code;
	long http_status;
	const char *class_name;         /* exception class suffix: "Auth", "Api", ... */
	int kind;                       /* class_name as a b24_error_kind */
	const char *description;        /* the server's documented text */
	const char *crest_information;  /* CRest's error_information, "" if none */
} b24_error_info;

/*
 * Fills `out` with the row of `code`: an exact match first (the table has
 * INVALID_REQUEST and invalid_request), else a case-insensitive one.
 * 1, or 0 when unknown.
 */
int b24_errors_find(const char *code, size_t len, b24_error_info *out);
/* Kind of a server code; B24_E_API when the code is unknown. */
int b24_errors_kind(const char *code, size_t len);
/* Class suffix of a server code; "Api" when the code is unknown. */
const char *b24_errors_class(const char *code, size_t len);
/* Number of rows, and row i (for the binding's constants and tests). */
size_t b24_errors_count(void);
int b24_errors_at(size_t i, b24_error_info *out);      /* 1, or 0 past the end */

/* "Transport", "Auth", ... for a kind; "Api" for unknown kinds; "" for NONE. */
const char *b24_error_kind_class(int kind);
/* Inverse of b24_error_kind_class(); B24_E_API when unknown. */
int b24_error_kind_from_class(const char *class_name);

void b24_error_clear(b24_error *e);
/*
 * Fills `e` (NULL is allowed and ignored). `code` and the printf-formatted
 * description go through b24_redact_capped() (b24_redact.h: secrets replaced,
 * control bytes and invalid UTF-8 escaped, then capped at B24_MSG_VALUE_MAX
 * and B24_MSG_TEXT_MAX bytes with a marker): text from the network may be
 * passed as it came.
 */
void b24_error_set(b24_error *e, int kind, const char *code, long http_status,
	const char *fmt, ...)
#if defined(__MINGW32__)
	/* mingw's "printf" is msvcrt's, without %zu; PHP's Windows builds use
	 * the UCRT, which formats as C99 says. */
	__attribute__((format(gnu_printf, 5, 6)))
#elif defined(__GNUC__)
	__attribute__((format(printf, 5, 6)))
#endif
	;
/* Same with a va_list, for callers that are variadic themselves. */
void b24_error_vset(b24_error *e, int kind, const char *code, long http_status,
	const char *fmt, va_list ap);
/* Same with a code of explicit length (codes taken from a JSON body). */
void b24_error_set_code(b24_error *e, int kind, const char *code, size_t code_len,
	long http_status, const char *description, size_t description_len);

#endif /* B24_ERRORS_H */
