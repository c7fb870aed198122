/*
 * b24_log: what the core tells a logger, in PSR-3's terms: a level, a
 * message whose {placeholders} name the event's fields, and the fields as
 * typed values (string, integer, float), never preformatted text.
 *
 * A sink is three words kept by value. With `emit` NULL nothing is built:
 * the cost of logging off is one pointer test per event. Every message and
 * string field goes through b24_redact() in b24_log_emit() before the sink
 * sees it, so no event can carry a token, a secret, a webhook code or a
 * control byte, whatever a caller put in it.
 *
 * The events of the core (the binding delivers them to a PHP logger):
 *   debug    one per call: method, host, HTTP status, duration, bytes out
 *            and in, attempts (Bitrix24 documents no request id in its
 *            answers, so there is none to log)
 *   info     a token refreshed at the OAuth server, or adopted from the
 *            store (another process refreshed it); an app installed or
 *            uninstalled (b24_log_app(), for the install path)
 *   warning  a wait for the request budget or a blocked method (how long),
 *            a repeat of a call (why, which attempt)
 *   error    a call that failed: code, exception class, host, status
 */
#ifndef B24_LOG_H
#define B24_LOG_H

#include <stddef.h>
#include "b24_errors.h"

/* PSR-3's levels, most severe first (RFC 5424's severities). */
enum b24_log_level {
	B24_LOG_EMERGENCY = 0,
	B24_LOG_ALERT,
	B24_LOG_CRITICAL,
	B24_LOG_ERROR,
	B24_LOG_WARNING,
	B24_LOG_NOTICE,
	B24_LOG_INFO,
	B24_LOG_DEBUG
};

enum b24_log_type {
	B24_LOG_STRING,
	B24_LOG_INT,
	B24_LOG_FLOAT
};

typedef struct b24_log_field {
	const char *key;
	enum b24_log_type type;
	const char *s;           /* B24_LOG_STRING: s[0..len) */
	size_t len;
	long long i;             /* B24_LOG_INT */
	double f;                /* B24_LOG_FLOAT */
} b24_log_field;

/* Fields of one event at most; more are dropped. */
#define B24_LOG_FIELDS_MAX 12

typedef struct b24_log_sink {
	/* message and string fields are valid during the call only */
	void (*emit)(void *ctx, enum b24_log_level level, const char *message,
		const b24_log_field *fields, size_t n);
	void *ctx;
	enum b24_log_level min;  /* the least severe level passed on (DEBUG: all) */
} b24_log_sink;

/* PSR-3's name of a level: "emergency" ... "debug". */
const char *b24_log_level_name(enum b24_log_level level);

/* Whether an event of `level` reaches the sink (NULL: no). */
int b24_log_wants(const b24_log_sink *sink, enum b24_log_level level);

b24_log_field b24_log_str(const char *key, const char *s);
b24_log_field b24_log_strn(const char *key, const char *s, size_t len);
b24_log_field b24_log_int(const char *key, long long v);
/* A float rounded to three decimals (microseconds of a duration in ms). */
b24_log_field b24_log_float(const char *key, double v);

/* Redacts the message and the string fields, then hands them to the sink. */
void b24_log_emit(const b24_log_sink *sink, enum b24_log_level level, const char *message,
	const b24_log_field *fields, size_t n);

/* Where a call went: its method and the portal's host (never a URL's path). */
typedef struct b24_log_where {
	const char *method;
	const char *host;
	size_t host_len;
} b24_log_where;

/* What one call cost, for its debug line. */
typedef struct b24_log_call_stats {
	long status;             /* 0: no HTTP answer */
	double duration_ms;
	size_t request_bytes;
	size_t response_bytes;
	int attempts;
} b24_log_call_stats;

void b24_log_call(const b24_log_sink *sink, const b24_log_where *w, const b24_log_call_stats *st);

enum b24_log_token_event {
	B24_LOG_TOKEN_REFRESHED,  /* this process spent the refresh token */
	B24_LOG_TOKEN_ADOPTED     /* another process had: its pair was taken from the store */
};
void b24_log_token(const b24_log_sink *sink, enum b24_log_token_event ev, const char *host,
	size_t host_len, long long expires_in);

enum b24_log_app_event {
	B24_LOG_APP_INSTALLED,
	B24_LOG_APP_UNINSTALLED
};
void b24_log_app(const b24_log_sink *sink, enum b24_log_app_event ev, const char *host,
	const char *member_id);

enum b24_log_wait_reason {
	B24_LOG_WAIT_BUDGET,      /* the portal's request budget */
	B24_LOG_WAIT_BLOCKED      /* the method is blocked by OPERATION_TIME_LIMIT */
};
void b24_log_wait(const b24_log_sink *sink, const b24_log_where *w, enum b24_log_wait_reason why,
	double wait_ms);

/* A repeat: `attempt` is the number of the attempt about to be made (2, 3 ...). */
void b24_log_retry(const b24_log_sink *sink, const b24_log_where *w, const b24_error *why,
	int attempt);

/* A call that failed with err. */
void b24_log_failure(const b24_log_sink *sink, const b24_log_where *w, const b24_error *err);

#endif /* B24_LOG_H */
