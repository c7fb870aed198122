/*
 * b24_multi: calls in flight at once on one curl_multi handle. See b24_multi.h.
 */
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "b24_client_int.h"
#include "b24_multi.h"
#include "b24_retry.h"
#include "b24_sock.h"

/* The longest sleep between two looks at the calls, in milliseconds. */
#define B24_MULTI_TICK_MS 1000

struct b24_multi {
	CURLM *cm;
	long pid;                          /* the process that made cm: a child of fork() starts anew */
	long idle_s;                       /* connections idle this long are not used again (0: libcurl's 118 s) */
	int running;                       /* a run is under way (a store's method may call back) */
	b24_transport_counts retired;      /* what lanes freed by b24_multi_clear() had done */
	b24_transport *lanes[B24_MULTI_MAX];
	int busy[B24_MULTI_MAX];
};

/* Where a call of a run is. */
enum b24_multi_state {
	B24_MULTI_QUEUED = 0,          /* not started: beyond the concurrency */
	B24_MULTI_WAITING,             /* waits until `due`: for its turn, or to ask for it */
	B24_MULTI_RUNNING,             /* its request is in the multi handle */
	B24_MULTI_DONE
};

typedef struct b24_multi_slot {
	enum b24_multi_state state;
	int turn;                      /* its turn is taken: it is sent at `due` */
	double due;                    /* monotonic seconds */
	int lane;
	int attempts;                  /* requests sent so far */
	double started;
	size_t sent;                   /* body bytes of the last request */
	char *token;                   /* the access token the last request carried */
	b24_pace_state pace;
	b24_pace_call call;
	b24_buf url;
	b24_buf body;
	b24_http_response h;
	b24_response resp;
	b24_error err;
} b24_multi_slot;

/* One run: the calls, their slots and where the caller hears of them. */
typedef struct b24_multi_run_ctx {
	b24_multi *m;
	const b24_multi_req *reqs;
	b24_multi_slot *slots;
	size_t n;
	size_t next;                   /* the first call still queued */
	size_t left;                   /* calls not done */
	int active;                    /* waiting or running */
	int concurrency;
	b24_multi_done done;
	void *ctx;
} b24_multi_run_ctx;

/* ---- the handle and its lanes ------------------------------------------- */

/* The curl_multi handle, made when there is none (new, or after a clear); -1 with err. */
static int b24_multi_open(b24_multi *m, b24_error *err)
{
	if (m->cm) {
		return 0;
	}
	m->cm = curl_multi_init();
	if (!m->cm) {
		b24_error_set(err, B24_E_TRANSPORT, B24_TRANSPORT_FAILED, 0, "cannot create a libcurl multi handle");
		return -1;
	}
	/* one connection per lane is kept; h2 multiplexing is libcurl's default */
	curl_multi_setopt(m->cm, CURLMOPT_MAXCONNECTS, (long) B24_MULTI_MAX);
	return 0;
}

b24_multi *b24_multi_new(b24_error *err)
{
	b24_multi *m = calloc(1, sizeof(*m));

	if (!m) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return NULL;
	}
	if (b24_multi_open(m, err) != 0) {
		free(m);
		return NULL;
	}
	m->pid = b24_sock_pid();
	return m;
}

/* Closes the handle's connections and frees the lanes, their counts kept in retired. */
static void b24_multi_release(b24_multi *m)
{
	int i;

	/* inherited sockets are pointed at /dev/null before libcurl closes them */
	for (i = 0; i < B24_MULTI_MAX; i++) {
		if (m->lanes[i]) {
			b24_transport_disown(m->lanes[i]);
		}
	}
	/* the lanes' socket callbacks run while the cache closes: lanes go after it */
	if (m->cm) {
		curl_multi_cleanup(m->cm);
		m->cm = NULL;
	}
	for (i = 0; i < B24_MULTI_MAX; i++) {
		if (m->lanes[i]) {
			b24_transport_stats_add(m->lanes[i], &m->retired);
			b24_transport_free(m->lanes[i]);
			m->lanes[i] = NULL;
		}
	}
}

void b24_multi_free(b24_multi *m)
{
	if (m) {
		b24_multi_release(m);
		free(m);
	}
}

void b24_multi_clear(b24_multi *m)
{
	if (m && !m->running) {
		b24_multi_release(m);
	}
}

void b24_multi_scrub(b24_multi *m)
{
	int i;

	for (i = 0; m && i < B24_MULTI_MAX; i++) {
		if (m->lanes[i]) {
			b24_transport_scrub(m->lanes[i]);
		}
	}
}

void b24_multi_set_idle(b24_multi *m, long idle_ms)
{
	m->idle_s = idle_ms > 0 ? (idle_ms + 999) / 1000 : 0;
}

void b24_multi_stats(const b24_multi *m, b24_pool_counts *out)
{
	b24_transport_counts sum = m->retired;
	int i;

	for (i = 0; i < B24_MULTI_MAX; i++) {
		if (m->lanes[i]) {
			b24_transport_stats_add(m->lanes[i], &sum);
			out->connections += b24_transport_connections(m->lanes[i]);
		}
	}
	out->connects += sum.connects;
	out->requests += sum.requests;
	out->reused += sum.reused;
	out->dropped_idle += sum.dropped_idle;
	out->refused_repeats += sum.refused_repeats;
	out->retries += sum.retries;
}

/* A child of fork() must not use its parent's connections: the handle starts anew. */
static int b24_multi_check_fork(b24_multi *m, b24_error *err)
{
	b24_multi fresh;
	b24_multi *made;

	if (m->pid == b24_sock_pid()) {
		return 0;
	}
	made = b24_multi_new(err);
	if (!made) {
		return -1;
	}
	fresh = *m;
	*m = *made;
	*made = fresh;
	b24_multi_free(made);
	return 0;
}

/*
 * A free lane for url, with the client's options and HTTP/2 offered over
 * TLS (libcurl speaks HTTP/1.1 where the portal does not take it); -1 with err.
 */
static int b24_multi_lane(b24_multi *m, const char *url, const b24_http_options *client, b24_error *err)
{
	b24_http_options o = *client;
	const b24_http_options *opts = &o;
	int i;

	o.allow_http2 = 1;
	for (i = 0; i < B24_MULTI_MAX && m->busy[i]; i++) {
	}
	if (i == B24_MULTI_MAX) {
		b24_error_set(err, B24_E_TRANSPORT, B24_TRANSPORT_FAILED, 0, "no free lane");
		return -1;
	}
	if (!m->lanes[i]) {
		m->lanes[i] = b24_transport_new(url, opts, err);
		if (!m->lanes[i]) {
			return -1;
		}
	} else if (b24_transport_retarget(m->lanes[i], url, err) != 0
			|| b24_transport_configure(m->lanes[i], opts, err) != 0) {
		return -1;
	}
	m->busy[i] = 1;
	return i;
}

/* ---- one call ----------------------------------------------------------- */

static double b24_multi_now(void)
{
	return b24_client_mono();
}

static void b24_multi_finish(b24_multi_run_ctx *r, size_t i, int rc)
{
	b24_multi_slot *s = &r->slots[i];
	b24_client *c = r->reqs[i].client;

	if (c->log.emit) {
		b24_client_log_result(c, &s->call.where, s->started, s->attempts, s->sent, &s->resp, rc, &s->err);
	}
	r->done(r->ctx, i, rc, &s->resp, rc == 0 ? NULL : &s->err);
	s->state = B24_MULTI_DONE;
	r->active--;
	r->left--;
}

/* Waits `delay` seconds, then asks for a turn: the call's next attempt. */
static void b24_multi_again(b24_multi_slot *s, double delay)
{
	/* the answer's buffers stay with the lane, which serves other calls meanwhile */
	s->resp.body = s->resp.content_type = s->resp.location = "";
	s->resp.body_len = 0;
	s->state = B24_MULTI_WAITING;
	s->turn = 0;
	s->due = b24_multi_now() + delay;
}

/* Remembers the token the request carries, to tell later whether its client renewed it. */
static int b24_multi_keep_token(b24_multi_slot *s, const b24_client *c)
{
	int failed = 0;

	b24_client_wipe(s->token);
	free(s->token);
	s->token = b24_client_strdup(c->token.access_token ? c->token.access_token : "", &failed);
	return failed ? -1 : 0;
}

/* The request of a call whose turn has come, built and added to the multi handle. */
static int b24_multi_send(b24_multi_run_ctx *r, size_t i, b24_error *err)
{
	b24_multi_slot *s = &r->slots[i];
	const b24_multi_req *q = &r->reqs[i];
	b24_client *c = q->client;
	const char *send_body;
	void *easy;
	int flags = (s->call.readonly ? B24_HTTP_REPLAYABLE : B24_HTTP_WRITE) | B24_HTTP_SHARED;
	b24_deadline deadline;

	if (!c->webhook && !b24_client_nonempty(c->token.access_token)) {
		/* only a refresh token is known: get an access token first, as a single call does */
		b24_client_deadline_start(c, &deadline);
		if (b24_client_renew(c, "", &deadline, err) < 0) {
			return -1;
		}
		s->resp.refreshed = 1;
	}
	if (b24_client_build_into(c, q->method, q->body, q->body_len, q->json, &s->url, &s->body,
			&send_body, &s->sent, err) != 0 || b24_multi_keep_token(s, c) != 0
			|| (s->lane = b24_multi_lane(r->m, s->url.data, &c->http, err)) < 0) {
		return -1;
	}
	if (s->attempts++ > 0) {
		b24_transport_note_retry(r->m->lanes[s->lane]);
	}
	easy = b24_http_start(r->m->lanes[s->lane], B24_HTTP_POST, s->url.data, send_body, s->sent,
		q->json ? "application/json" : "application/x-www-form-urlencoded", flags, &s->h, err);
#if LIBCURL_VERSION_NUM >= 0x074100
	/* the pool's idle limit: a connection the server may have closed meanwhile is not taken */
	if (easy && r->m->idle_s > 0) {
		curl_easy_setopt(easy, CURLOPT_MAXAGE_CONN, r->m->idle_s);
	}
#endif
	if (!easy || curl_easy_setopt(easy, CURLOPT_PRIVATE, (void *) s) != CURLE_OK
			|| curl_multi_add_handle(r->m->cm, easy) != CURLM_OK) {
		if (easy) {
			b24_http_finish(r->m->lanes[s->lane], CURLE_FAILED_INIT, &s->h, err);
		}
		r->m->busy[s->lane] = 0;
		return -1;
	}
	s->state = B24_MULTI_RUNNING;
	return 0;
}

/* A call whose wait is over: it asks for its turn, or sends when it has it. */
static void b24_multi_step(b24_multi_run_ctx *r, size_t i, double now)
{
	b24_multi_slot *s = &r->slots[i];
	b24_client *c = r->reqs[i].client;
	double wait;
	int verdict;

	while (!s->turn && s->due <= now) {
		verdict = b24_pace_reserve(&c->pace, &s->call, &s->pace, &wait, &s->err);
		if (verdict < 0) {
			b24_multi_finish(r, i, -1);
			return;
		}
		s->turn = verdict == B24_PACE_SEND;
		s->due = now + wait;
	}
	if (s->turn && s->due <= now && b24_multi_send(r, i, &s->err) != 0) {
		b24_multi_finish(r, i, -1);
	}
}

/*
 * expired_token: sent again with the newer token its client already holds,
 * or the single call's renew + repeat rounds (single-flight through the
 * store), which end the call.
 */
static void b24_multi_expired(b24_multi_run_ctx *r, size_t i)
{
	b24_multi_slot *s = &r->slots[i];
	const b24_multi_req *q = &r->reqs[i];
	b24_client *c = q->client;
	b24_deadline deadline;
	int rc;

	if (s->token && c->token.access_token && strcmp(s->token, c->token.access_token) != 0) {
		b24_multi_again(s, 0.0);
		return;
	}
	c->readonly = s->call.readonly;
	/* the renew and repeat are a single call's rounds, within a deadline of their own */
	b24_client_deadline_start(c, &deadline);
	rc = b24_client_rounds(c, q->method, q->body, q->body_len, q->json, &deadline, &s->resp, &s->err);
	s->resp.refreshed = 1;
	s->attempts++;
	b24_multi_finish(r, i, rc);
}

/* A request the multi handle has finished: the call ends, or goes again. */
static void b24_multi_complete(b24_multi_run_ctx *r, b24_multi_slot *s, CURLcode code)
{
	size_t i = (size_t)(s - r->slots);
	b24_client *c = r->reqs[i].client;
	b24_transport *lane = r->m->lanes[s->lane];
	double delay;
	int rc;

	rc = b24_http_finish(lane, (int) code, &s->h, &s->err);
	rc = b24_client_answer(c, rc, &s->h, &s->resp, &s->err);
	if (rc == 0) {
		b24_pace_success(&c->pace, &c->pace_memo, &s->call, s->resp.body, s->resp.body_len);
		/* the body lives in the lane: the caller reads it before the lane serves again */
		b24_multi_finish(r, i, 0);
	} else if (!c->webhook && b24_client_expired(&s->err)) {
		b24_multi_expired(r, i);
	} else if (b24_pace_retry(&c->pace, &c->pace_memo, &s->call, &s->pace, &delay, &s->err)) {
		b24_multi_again(s, delay);
	} else {
		b24_multi_finish(r, i, -1);
	}
	r->m->busy[s->lane] = 0;
}

/* ---- the run ------------------------------------------------------------ */

/* Calls start in index order while fewer than `concurrency` wait or run. */
static void b24_multi_admit(b24_multi_run_ctx *r)
{
	while (r->active < r->concurrency && r->next < r->n) {
		b24_multi_slot *s = &r->slots[r->next++];

		s->state = B24_MULTI_WAITING;
		s->started = b24_multi_now();
		s->due = s->started;
		r->active++;
	}
}

/* Steps every waiting call whose time has come; the wait until the next one (ms). */
static long b24_multi_due(b24_multi_run_ctx *r)
{
	double now = b24_multi_now(), next = now + B24_MULTI_TICK_MS / 1000.0;
	size_t i;

	for (i = 0; i < r->next; i++) {
		b24_multi_slot *s = &r->slots[i];

		if (s->state == B24_MULTI_WAITING && s->due <= now) {
			b24_multi_step(r, i, now);
		}
		if (s->state == B24_MULTI_WAITING && s->due < next) {
			next = s->due;
		}
	}
	return next > now ? (long)((next - now) * 1000.0) + 1 : 0;
}

/* The transfers libcurl has finished, each taken out of the handle and completed; how many. */
static int b24_multi_harvest(b24_multi_run_ctx *r)
{
	CURLMsg *msg;
	int queued, n = 0;

	while ((msg = curl_multi_info_read(r->m->cm, &queued)) != NULL) {
		b24_multi_slot *s = NULL;

		if (msg->msg != CURLMSG_DONE) {
			continue;
		}
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **) &s);
		curl_multi_remove_handle(r->m->cm, msg->easy_handle);
		if (s) {
			b24_multi_complete(r, s, msg->data.result);
			n++;
		}
	}
	return n;
}

/* Transfers run for up to wait_ms; with none in flight the run only sleeps. */
static void b24_multi_drive(b24_multi_run_ctx *r, long wait_ms)
{
	int running = 0;

	curl_multi_perform(r->m->cm, &running);
	/* a finished call may have put itself or a new one due at once: look before waiting */
	if (b24_multi_harvest(r) > 0 || r->left == 0 || wait_ms == 0) {
		return;
	}
	if (running > 0) {
		curl_multi_poll(r->m->cm, NULL, 0, (int) wait_ms, NULL);
	} else if (r->active > 0) {
		b24_retry_sleep_ms(wait_ms);
	}
}

static void b24_multi_slots_free(b24_multi_slot *slots, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		b24_client_wipe(slots[i].token);
		free(slots[i].token);
		b24_buf_free(&slots[i].url);
		b24_buf_free(&slots[i].body);
	}
	free(slots);
}

/* The run's slots: each call's place in its portal's budget. */
static b24_multi_slot *b24_multi_slots_new(const b24_multi_req *reqs, size_t n)
{
	b24_multi_slot *slots = calloc(n ? n : 1, sizeof(*slots));
	size_t i;

	for (i = 0; slots && i < n; i++) {
		b24_client *c = reqs[i].client;

		b24_client_pace_call(c, reqs[i].method, &slots[i].call);
		b24_pace_begin(&c->pace, &slots[i].pace);
		slots[i].resp.body = slots[i].resp.content_type = slots[i].resp.location = "";
		slots[i].lane = -1;
	}
	return slots;
}

/* Every call ends in `done` with err: the run could not start. */
static int b24_multi_fail_all(size_t n, b24_multi_done done, void *ctx, const b24_error *err)
{
	b24_response resp;
	size_t i;

	memset(&resp, 0, sizeof(resp));
	resp.body = resp.content_type = resp.location = "";
	for (i = 0; i < n; i++) {
		done(ctx, i, -1, &resp, err);
	}
	return -1;
}

int b24_multi_run(b24_multi *m, const b24_multi_req *reqs, size_t n, int concurrency,
	b24_multi_done done, void *ctx, b24_error *err)
{
	b24_multi_run_ctx r;

	b24_error_clear(err);
	memset(&r, 0, sizeof(r));
	if (m->running) {
		/* its transfers belong to the run below: a second one would take their answers */
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
			"calls at once cannot start while calls at once are running (from a token store's method)");
		return b24_multi_fail_all(n, done, ctx, err);
	}
	if (b24_multi_check_fork(m, err) != 0 || b24_multi_open(m, err) != 0) {
		return b24_multi_fail_all(n, done, ctx, err);
	}
	r.slots = b24_multi_slots_new(reqs, n);
	if (!r.slots) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		return b24_multi_fail_all(n, done, ctx, err);
	}
	r.m = m;
	r.reqs = reqs;
	r.n = r.left = n;
	r.concurrency = concurrency < 1 ? 1 : concurrency > B24_MULTI_MAX ? B24_MULTI_MAX : concurrency;
	r.done = done;
	r.ctx = ctx;
	m->running = 1;
	while (r.left > 0) {
		b24_multi_admit(&r);
		b24_multi_drive(&r, b24_multi_due(&r));
	}
	m->running = 0;
	b24_multi_slots_free(r.slots, n);
	return 0;
}
