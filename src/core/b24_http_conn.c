/*
 * b24_http_conn: the connection a transport keeps — its sockets, how long it
 * may idle, whose process it belongs to, and whether libcurl may send a
 * request again on a new one. See b24_http.h.
 */
#include <string.h>

#include <curl/curl.h>

#include "b24_http.h"
#include "b24_http_int.h"
#include "b24_sock.h"

void b24_http_conn_init(b24_transport *t)
{
	int i;

	for (i = 0; i < B24_HTTP_SOCKS; i++) {
		t->socks[i] = CURL_SOCKET_BAD;
	}
	t->kept = CURL_SOCKET_BAD;
	t->pid = b24_sock_pid();
}

static void b24_http_track(b24_transport *t, curl_socket_t s)
{
	int i;

	for (i = 0; i < B24_HTTP_SOCKS; i++) {
		if (t->socks[i] == CURL_SOCKET_BAD) {
			t->socks[i] = s;
			return;
		}
	}
}

static void b24_http_untrack(b24_transport *t, curl_socket_t s)
{
	int i;

	for (i = 0; i < B24_HTTP_SOCKS; i++) {
		if (t->socks[i] == s) {
			t->socks[i] = CURL_SOCKET_BAD;
		}
	}
}

/* The one live connection's socket, or CURL_SOCKET_BAD when none or several. */
static curl_socket_t b24_http_live_socket(const b24_transport *t)
{
	curl_socket_t found = CURL_SOCKET_BAD;
	int i;

	for (i = 0; i < B24_HTTP_SOCKS; i++) {
		if (t->socks[i] != CURL_SOCKET_BAD) {
			if (found != CURL_SOCKET_BAD) {
				return CURL_SOCKET_BAD;
			}
			found = t->socks[i];
		}
	}
	return found;
}

/*
 * libcurl repeats by itself a request whose reused connection died before
 * any byte of an answer came back ("Connection died, retrying a fresh
 * connect"), POST bodies included. That is right when nothing of the
 * request reached the server, and a double write when the server had read
 * it. The repeat needs a new socket, so it is decided here: refused for a
 * request that is not replayable once the dead connection's peer had
 * acknowledged bytes of it (b24_http_close_socket). A kept connection found
 * dead before anything was sent passes: nothing was acknowledged.
 */
curl_socket_t b24_http_open_socket(void *ctx, curlsocktype purpose, struct curl_sockaddr *a)
{
	b24_transport *t = ctx;
	curl_socket_t s;

	(void) purpose;
	if (t->performing && t->reached && !t->replayable) {
		t->refused = 1;
		return CURL_SOCKET_BAD;
	}
	s = b24_sock_open(a->family, a->socktype, a->protocol);
	if (s != CURL_SOCKET_BAD) {
		b24_http_track(t, s);
	}
	return s;
}

/*
 * libcurl (7.80 and later) calls this on each connection a request is about
 * to be sent on: a kept connection that dies before it was never sent on.
 */
int b24_http_prereq(void *ctx, char *ip_local, char *ip_remote, int port_local, int port_remote)
{
	b24_transport *t = ctx;

	(void) ip_local; (void) ip_remote; (void) port_local; (void) port_remote;
	if (t->performing && t->shared && !t->replayable && t->attempts > 0) {
		/* a second connection for a write whose first one may have carried it */
		t->refused = 1;
		return CURL_PREREQFUNC_ABORT;
	}
	t->attempts++;
	return CURL_PREREQFUNC_OK;
}

/*
 * The kept connection closing during a request reached the server when the
 * request had been sent on it (or libcurl cannot say) and the peer's TCP
 * acknowledged bytes of it (or the system cannot say).
 */
int b24_http_close_socket(void *ctx, curl_socket_t s)
{
	b24_transport *t = ctx;
	unsigned long long acked;
	int known;

	if (t->performing && s == t->kept) {
		b24_sock_acked(s, &acked, &known);
		t->reached = t->attempts != 0 && (!known || !t->kept_acked_known || acked > t->kept_acked);
		t->kept = CURL_SOCKET_BAD;
	}
	b24_http_untrack(t, s);
	return b24_sock_close(s);
}

/*
 * In a child of fork() the handle's connections are the parent's: their
 * sockets are pointed at /dev/null before libcurl closes them, so its TLS
 * close_notify (and the read before it) never touch the parent's stream.
 */
void b24_http_disown_inherited(b24_transport *t)
{
	long pid = b24_sock_pid();
	int i;

	if (t->pid == pid) {
		return;
	}
	for (i = 0; i < B24_HTTP_SOCKS; i++) {
		if (t->socks[i] != CURL_SOCKET_BAD) {
			b24_sock_detach(t->socks[i]);
		}
	}
	t->pid = pid;
}

void b24_transport_disown(b24_transport *t)
{
	b24_http_disown_inherited(t);
}

static int b24_http_socket_count(const b24_transport *t)
{
	int i, n = 0;

	for (i = 0; i < B24_HTTP_SOCKS; i++) {
		n += t->socks[i] != CURL_SOCKET_BAD;
	}
	return n;
}

int b24_transport_connections(const b24_transport *t)
{
	return b24_http_socket_count(t);
}

void b24_transport_set_idle(b24_transport *t, long idle_ms)
{
	t->idle_ms = idle_ms > 0 ? idle_ms : 0;
}

void b24_transport_stats(const b24_transport *t, b24_transport_counts *out)
{
	out->connects = t->connects;
	out->requests = t->requests;
	out->reused = t->reused;
	out->dropped_idle = t->dropped_idle;
	out->refused_repeats = t->refused_repeats;
	out->retries = t->retries;
}

void b24_transport_stats_add(const b24_transport *t, b24_transport_counts *sum)
{
	sum->connects += t->connects;
	sum->requests += t->requests;
	sum->reused += t->reused;
	sum->dropped_idle += t->dropped_idle;
	sum->refused_repeats += t->refused_repeats;
	sum->retries += t->retries;
}

void b24_transport_note_retry(b24_transport *t)
{
	t->retries++;
}

void b24_transport_scrub(b24_transport *t)
{
	b24_buf_free(&t->body);
	b24_buf_free(&t->content_type);
	b24_buf_free(&t->location);
	t->errbuf[0] = '\0';
	if (!t->curl) {
		return;
	}
	/* every option back to libcurl's default, then ours: the connection and caches stay */
	curl_easy_reset(t->curl);
	if (b24_http_configure(t) != 0) {
		curl_easy_cleanup(t->curl);
		t->curl = NULL;
	}
}

/*
 * Before a request: a handle inherited from the parent process, or one whose
 * connection has been idle for longer than idle_ms, gets a new handle (the
 * connection is closed rather than reused).
 */
void b24_http_check_connection(b24_transport *t)
{
	if (t->pid != b24_sock_pid()) {
		b24_transport_reset(t);
	} else if (t->idle_ms > 0 && b24_http_socket_count(t) > 0
			&& b24_sock_now_ms() - t->last_used_ms >= t->idle_ms) {
		b24_transport_reset(t);
		t->dropped_idle++;
	}
}

/*
 * Before a transfer: the kept connection's acknowledged bytes noted. A
 * transfer of a shared connection cache (B24_HTTP_SHARED) may go out on a
 * connection another transport opened, whose sockets this one does not
 * know: a write then may be sent on one connection only (b24_http_prereq).
 */
void b24_http_perform_begin(b24_transport *t, int flags)
{
	t->shared = (flags & B24_HTTP_SHARED) != 0;
	t->kept = t->shared ? CURL_SOCKET_BAD : b24_http_live_socket(t);
	t->kept_acked_known = 0;
	if (t->kept != CURL_SOCKET_BAD) {
		b24_sock_acked(t->kept, &t->kept_acked, &t->kept_acked_known);
	}
	t->reached = t->refused = 0;
#if LIBCURL_VERSION_NUM >= 0x075000
	t->attempts = 0;
#else
	t->attempts = -1;
#endif
	t->replayable = (flags & B24_HTTP_REPLAYABLE) != 0;
	t->performing = 1;
}

void b24_http_perform_end(b24_transport *t)
{
	t->performing = 0;
	t->kept = CURL_SOCKET_BAD;
	t->last_used_ms = b24_sock_now_ms();
}

/* curl_easy_perform() with the kept connection's acknowledged bytes noted first. */
CURLcode b24_http_perform(b24_transport *t, int flags)
{
	CURLcode rc;

	b24_http_perform_begin(t, flags);
	rc = curl_easy_perform(t->curl);
	b24_http_perform_end(t);
	return rc;
}
