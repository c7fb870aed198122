/*
 * b24_client_int: what the two files of the core client share
 * (b24_client.c: configuration, requests, the call; b24_client_renew.c:
 * the refresh and the expired_token rounds). Not part of the core's API.
 */
#ifndef B24_CLIENT_INT_H
#define B24_CLIENT_INT_H

#include "b24_buf.h"
#include "b24_client.h"
#include "b24_store.h"

/* Transports a client may own at once: the portal, the OAuth server, spare. */
#define B24_CLIENT_TRANSPORTS 4

struct b24_client {
	int webhook;
	int allow_http;
	int allow_local;
	int bare_answers;             /* b24_client_bare_answers() */
	b24_buf base;                 /* webhook base or client_endpoint */
	b24_buf origin;               /* b24_url_origin() of base, kept with it */
	/*
	 * The transport of base's origin, used again without asking the source
	 * while the source's generation stays portal_generation (NULL: ask).
	 */
	b24_transport *portal;
	unsigned long portal_generation;
	b24_buf oauth_server;         /* configured server, "https://host/" */
	char *client_id;
	char *client_secret;
	b24_token token;
	char *member_id;              /* the configured portal, NULL when none */
	b24_token_store store;        /* ops NULL: none */
	long lock_timeout_ms;
	b24_http_options http;        /* ca_file/user_agent point into the copies below */
	char *ca_file;
	char *user_agent;
	b24_transport_source source;
	b24_pace_config pace;
	b24_pace_memo pace_memo;
	int readonly;                 /* the current call's method only reads: libcurl may replay it */
	int repeating;                /* the next request repeats a failed attempt of the call */
	b24_transport *own[B24_CLIENT_TRANSPORTS];
	int (*on_token)(void *ctx, const b24_token *token, b24_error *err);
	void *on_token_ctx;
	b24_buf url;                  /* scratch: the request URL */
	b24_buf body;                 /* scratch: the request body with auth */
	long connects;
	b24_log_sink log;             /* emit NULL: no events */
	size_t sent_bytes;            /* body bytes of the call's last request */
};

/* b24_client.c */
/* strdup() of s (NULL stays NULL); sets *failed when out of memory. */
char *b24_client_strdup(const char *s, int *failed);
int b24_client_nonempty(const char *s);
/* Takes a stored token set over the client's; non-zero when out of memory. */
int b24_client_take_stored(b24_client *c, const b24_token *stored);
/* Takes base's origin again; the portal transport is asked for anew. */
int b24_client_set_origin(b24_client *c);
/* Overwrites a secret before it is freed. */
void b24_client_wipe(char *s);
/* The transport for url, whose origin key is `origin`; not yet configured. */
b24_transport *b24_client_transport(b24_client *c, const char *url, const b24_buf *origin,
	b24_error *err);
/*
 * The URL (into url) and the body (into out, when auth is added) of one
 * request of the call; *send_body and *send_len say what to send. 0 or -1
 * with err. b24_client_send() builds into the client's own scratch
 * buffers, b24_multi into those of each request in flight.
 */
int b24_client_build_into(b24_client *c, const char *method, const char *body, size_t len,
	int json, b24_buf *url, b24_buf *out, const char **send_body, size_t *send_len, b24_error *err);
/*
 * What a request's transport returned (rc of b24_http_send() and its
 * answer h) as the call's response: a redirect refused, the envelope
 * classified. 0 for a success, -1 with err.
 */
int b24_client_answer(b24_client *c, int rc, const b24_http_response *h, b24_response *resp,
	b24_error *err);
/* A deadline of the client's timeout, from now. */
void b24_client_deadline_start(const b24_client *c, b24_deadline *d);
/* A call's identity in the budget (portal, method key, read-only, log place); no attempt set. */
void b24_client_pace_call(b24_client *c, const char *method, b24_pace_call *call);
/* The monotonic clock in seconds. */
double b24_client_mono(void);
/* A finished call's debug line, and its failure (rc != 0), to the client's sink. */
void b24_client_log_result(const b24_client *c, const b24_log_where *where, double started,
	int attempts, size_t sent, const b24_response *resp, int rc, const b24_error *err);
/*
 * One request of a call, within its deadline (NULL: none), and the
 * classification of its answer: 0 or -1 with err.
 */
int b24_client_send(b24_client *c, const char *method, const char *body, size_t len,
	int json, b24_deadline *deadline, b24_response *resp, b24_error *err);

/* b24_client_renew.c */
/*
 * The store's set, checked: its member_id the configured one, its fields
 * b24_token_check()'s. An enum b24_store_loaded (ERROR with err).
 */
int b24_client_load_store(b24_client *c, b24_token *out, b24_error *err);
/*
 * b24_client_refresh() within the call's deadline (the wait for the store's
 * lock and the refresh request) that tells a refresh (0) from an adoption
 * (1); -1 on error.
 */
int b24_client_renew(b24_client *c, const char *expired, b24_deadline *deadline, b24_error *err);
/* 1 when err is expired_token (case-insensitive, like every server code). */
int b24_client_expired(const b24_error *err);
/* The renew + repeat rounds after an expired_token answer: 0 when a repetition succeeded. */
int b24_client_rounds(b24_client *c, const char *method, const char *body,
	size_t body_len, int json, b24_deadline *deadline, b24_response *resp, b24_error *err);

#endif /* B24_CLIENT_INT_H */
