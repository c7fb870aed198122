/*
 * b24_http_int: what b24_http.c and b24_http_conn.c share. Not public.
 */
#ifndef B24_HTTP_INT_H
#define B24_HTTP_INT_H

#include <curl/curl.h>
#include "b24_http.h"

/*
 * Sockets tracked per transport: libcurl keeps one connection (MAXCONNECTS
 * 1) but briefly holds more while it races IPv6 against IPv4 or replaces a
 * dead connection.
 */
#define B24_HTTP_SOCKS 4

struct b24_transport {
	CURL *curl;
	b24_http_options opts;       /* strings below are owned copies */
	char *ca_file;
	char *user_agent;
	b24_buf origin;
	/*
	 * "scheme://authority" exactly as written in the last URL found to be of
	 * this origin: a URL that starts with it needs no parsing to be judged.
	 */
	b24_buf prefix;
	b24_buf body;
	b24_buf content_type;
	b24_buf location;
	/*
	 * The request headers, built once per kind and kept: those of GET, and
	 * those of POST with the content type in post_type (rebuilt when a
	 * request names another type).
	 */
	struct curl_slist *get_headers;
	struct curl_slist *post_headers;
	b24_buf post_type;
	int too_large;               /* the write callback refused the body */
	long connects;
	long requests;
	long reused;                 /* requests answered on a connection kept from before */
	long dropped_idle;           /* kept connections closed for being idle too long */
	long refused_repeats;        /* repeats by libcurl refused: the request had reached the server */
	long retries;                /* repeats counted by the caller (b24_transport_note_retry) */
	/* the sockets of the handle's connections, and the process that opened them */
	curl_socket_t socks[B24_HTTP_SOCKS];
	long pid;
	long idle_ms;                /* 0: no limit of our own */
	long long last_used_ms;      /* when the last request ended */
	/* the request in flight (see b24_http_open_socket) */
	int performing;
	int replayable;
	curl_socket_t kept;          /* the connection it may go out on, or CURL_SOCKET_BAD */
	unsigned long long kept_acked;
	int kept_acked_known;
	int attempts;                /* connections the request was about to be sent on (-1: unknown) */
	int reached;                 /* the kept connection died after the server acknowledged bytes */
	int refused;                 /* a new connection for a repeat was refused */
	int shared;                  /* the request runs in a shared connection cache (curl_multi) */
	char errbuf[CURL_ERROR_SIZE];
};

/* b24_http.c: the options that stay the same for every request of the handle. */
int b24_http_configure(b24_transport *t);
/*
 * b24_http.c: the connect and total limits of the next request of t's
 * handle: the transport's own, or what is left of the call's deadline
 * (NULL: none) when that is less. 0 means "no limit" to libcurl: whoever
 * sends (this file, or a multi transport adding the handle) checks first
 * that time is left (b24_deadline_check()).
 */
CURLcode b24_http_limits(b24_transport *t, const b24_deadline *deadline);

/* b24_http_conn.c: the connection a transport keeps (see there). */
void b24_http_conn_init(b24_transport *t);
curl_socket_t b24_http_open_socket(void *ctx, curlsocktype purpose, struct curl_sockaddr *a);
int b24_http_close_socket(void *ctx, curl_socket_t s);
int b24_http_prereq(void *ctx, char *ip_local, char *ip_remote, int port_local, int port_remote);
void b24_http_disown_inherited(b24_transport *t);
void b24_http_check_connection(b24_transport *t);
CURLcode b24_http_perform(b24_transport *t, int flags);
void b24_http_perform_begin(b24_transport *t, int flags);
void b24_http_perform_end(b24_transport *t);

#endif /* B24_HTTP_INT_H */
