/*
 * b24_http: the transport. A b24_transport serves one origin
 * (scheme + host + port) with one libcurl easy handle that is kept alive and
 * reused, so sequential calls to a portal share one TCP+TLS connection.
 *
 * Policy: HTTP/1.1 unless allow_http2; TLS verified unless verify_tls is 0;
 * connect and total limits per request, shortened to what is left of the
 * call's deadline (b24_deadline.h) when one is given; a cap on the answer size; redirects are never
 * followed: a 3xx is returned with its Location and the caller decides (so
 * neither the token nor the body ever reach another host by itself).
 * Only http and https are spoken. libcurl's error text goes through
 * b24_error_set() (b24_redact.h) when it becomes a b24_error.
 *
 * curl_global_init() is the caller's business (the binding calls it in MINIT,
 * the unit tests in main()). A transport is not shared between threads.
 */
#ifndef B24_HTTP_H
#define B24_HTTP_H

#include <stddef.h>
#include "b24_buf.h"
#include "b24_deadline.h"
#include "b24_errors.h"

#ifndef B24_CORE_VERSION
# define B24_CORE_VERSION "0.1.0"
#endif
#define B24_DEFAULT_USER_AGENT        "b24-php/" B24_CORE_VERSION
#define B24_DEFAULT_CONNECT_TIMEOUT_MS 10000L
/* Above the portal's own 60 s cap, so the portal's answer wins the race. */
#define B24_DEFAULT_TIMEOUT_MS         75000L
#define B24_DEFAULT_MAX_BODY           ((size_t)64 * 1024 * 1024)

typedef struct b24_http_options {
	long connect_timeout_ms;   /* <= 0: B24_DEFAULT_CONNECT_TIMEOUT_MS */
	long timeout_ms;           /* <= 0: B24_DEFAULT_TIMEOUT_MS */
	int allow_http2;           /* 0: HTTP/1.1 only; 1: h2 over TLS when offered */
	int verify_tls;            /* 1 (default): verify peer and host name */
	const char *ca_file;       /* NULL: the system bundle */
	size_t max_body;           /* 0: B24_DEFAULT_MAX_BODY */
	const char *user_agent;    /* NULL: B24_DEFAULT_USER_AGENT */
} b24_http_options;

/* Defaults: verify_tls = 1, everything else 0/NULL (= the defaults above). */
void b24_http_options_init(b24_http_options *o);

enum b24_http_method {
	B24_HTTP_POST = 0,
	B24_HTTP_GET
};

/* How a request may be repeated by the transport itself. */
enum b24_http_flags {
	/*
	 * A write: never sent twice. When a reused connection dies before any
	 * byte of the answer, libcurl's own repeat on a new connection is
	 * allowed only while no byte of the request was acknowledged by the
	 * server (Linux; elsewhere: only when the connection was found dead
	 * before sending); otherwise the request fails with
	 * B24_TRANSPORT_FAILED and was not sent again.
	 */
	B24_HTTP_WRITE = 0,
	/* A request the server may receive twice (reads): libcurl may repeat it. */
	B24_HTTP_REPLAYABLE = 1,
	/*
	 * The transfer runs in a connection cache shared with other transports
	 * (b24_multi): it may go out on a connection another one opened. A write
	 * is then sent on one connection at most (a second one is refused,
	 * B24_TRANSPORT_FAILED), and with allow_http2 it waits to multiplex on
	 * an HTTP/2 connection being opened rather than open its own.
	 */
	B24_HTTP_SHARED = 2
};

typedef struct b24_http_response {
	long status;               /* HTTP status; 0 when no answer */
	const char *body;          /* NUL-terminated; owned by the transport until its next request */
	size_t body_len;
	const char *content_type;  /* "" when absent; same lifetime as body */
	const char *location;      /* absolute Location of a 3xx, else ""; same lifetime */
	long new_connects;         /* connections opened for this request (0 = reused) */
	int truncated;             /* the body ended before its announced length */
} b24_http_response;

typedef struct b24_transport b24_transport;

/*
 * A transport for the origin of `url` (b24_url_origin()). Options and their
 * strings are copied. NULL with `err` filled on failure.
 */
b24_transport *b24_transport_new(const char *url, const b24_http_options *opts, b24_error *err);
void b24_transport_free(b24_transport *t);
/* The transport's origin key, "scheme://host:port". */
const char *b24_transport_origin(const b24_transport *t);
/* 1 when `url` belongs to this transport's origin. */
int b24_transport_serves(const b24_transport *t, const char *url, size_t len);
/*
 * Applies opts (NULL: the defaults) to the next requests of t; options and
 * their strings are copied. A change of verify_tls, ca_file or allow_http2
 * also drops the kept-alive connection, so a TLS decision is never reused
 * across different trust settings; other changes keep it. Options equal to
 * the current ones cost a few comparisons. 0, or -1 with err (B24_NO_MEMORY,
 * B24_TRANSPORT_FAILED); after -1 the options are the new ones or the old.
 */
int b24_transport_configure(b24_transport *t, const b24_http_options *opts, b24_error *err);
/*
 * In a child of fork(): the sockets t opened in its parent are pointed at
 * /dev/null, so that closing them later never touches the parent's streams.
 * Nothing otherwise.
 */
void b24_transport_disown(b24_transport *t);
/* Closes the kept-alive connection; the next request opens a new one. */
void b24_transport_reset(b24_transport *t);
/* Connections opened since creation (CURLINFO_NUM_CONNECTS summed). */
long b24_transport_connects(const b24_transport *t);
/* Requests sent since creation. */
long b24_transport_requests(const b24_transport *t);
/* Connections open right now (0 or 1 between requests). */
int b24_transport_connections(const b24_transport *t);

/*
 * A connection kept idle for idle_ms or longer is closed before the next
 * request instead of being reused (counted in dropped_idle). 0: no limit of
 * b24's own (libcurl never reuses one idle for more than 118 s).
 */
void b24_transport_set_idle(b24_transport *t, long idle_ms);
/*
 * Forgets everything of the requests made so far, keeping the connection,
 * libcurl's DNS cache and TLS sessions: the last answer's buffers are freed
 * and every libcurl option goes back to its default (curl_easy_reset())
 * and then to the transport's own options. Called between PHP requests.
 */
void b24_transport_scrub(b24_transport *t);

/* What a transport has done since it was created. */
typedef struct b24_transport_counts {
	long connects;         /* connections opened */
	long requests;         /* requests sent */
	long reused;           /* answered on a connection opened by an earlier request */
	long dropped_idle;     /* kept connections closed for having been idle too long */
	long refused_repeats;  /* libcurl's own repeat refused: the request had reached the server */
	long retries;          /* repeats made by the caller (b24_transport_note_retry) */
} b24_transport_counts;

void b24_transport_stats(const b24_transport *t, b24_transport_counts *out);
/* sum += what t has done (the pool and the multi handle keep totals with it). */
void b24_transport_stats_add(const b24_transport *t, b24_transport_counts *sum);
/* A caller that sends a request again after a failure counts it here (pool stats `retries`). */
void b24_transport_note_retry(b24_transport *t);

/*
 * Sends one request. POST sends `body` (may be empty) with `content_type`
 * (NULL: application/x-www-form-urlencoded); GET ignores body and type.
 * `Accept: application/json` is always sent. Returns 0 when an HTTP answer
 * arrived — whatever its status, 3xx included — and fills `resp`; returns -1
 * with `err` (B24_E_TRANSPORT: B24_CONNECT_FAILED, B24_TLS_FAILED,
 * B24_TIMEOUT, B24_TRANSPORT_FAILED; B24_E_RESPONSE: B24_BODY_TOO_LARGE;
 * B24_E_API: B24_INVALID_ARGUMENT for a URL outside the origin).
 * A body cut short by the peer is an answer with resp->truncated set.
 */
int b24_http_request(b24_transport *t, int method, const char *url,
	const char *body, size_t body_len, const char *content_type,
	b24_http_response *resp, b24_error *err);
/* b24_http_request() with enum b24_http_flags (b24_http_request() is B24_HTTP_WRITE). */
int b24_http_send(b24_transport *t, int method, const char *url,
	const char *body, size_t body_len, const char *content_type, int flags,
	b24_http_response *resp, b24_error *err);
/*
 * b24_http_send() within the deadline of the call it belongs to (NULL:
 * none): the connect and total limits of this request are the transport's
 * own or the time left, whichever is less. With no time left nothing is
 * sent: -1 with TRANSPORT B24_TIMEOUT and the deadline's ran_out set. A
 * request cut short by the deadline is B24_TIMEOUT saying so.
 */
int b24_http_send_until(b24_transport *t, int method, const char *url,
	const char *body, size_t body_len, const char *content_type, int flags,
	b24_deadline *deadline, b24_http_response *resp, b24_error *err);

/*
 * b24_http_send() in two steps, for a caller that runs the transfer itself
 * (curl_multi): start returns the libcurl easy handle (a CURL *) ready to be
 * added to a multi handle, or NULL with err; finish takes the transfer's
 * CURLcode and fills resp as b24_http_send() does (0, or -1 with err). The
 * body must stay alive until finish.
 */
void *b24_http_start(b24_transport *t, int method, const char *url,
	const char *body, size_t body_len, const char *content_type, int flags,
	b24_http_response *resp, b24_error *err);
int b24_http_finish(b24_transport *t, int code, b24_http_response *resp, b24_error *err);
/*
 * Moves t to the origin of url, keeping its handle: connections stay in
 * the cache they are in (a multi handle's), so a transport that opened
 * some may serve another portal next. 0, or -1 with err.
 */
int b24_transport_retarget(b24_transport *t, const char *url, b24_error *err);

#endif /* B24_HTTP_H */
