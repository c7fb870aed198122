/*
 * delayline: a userspace TCP delay line for benchmarks on machines without
 * netem. It accepts on a loopback port and relays every connection to an
 * upstream address, holding each byte for a fixed one-way delay in each
 * direction, in order (a queue of timestamped chunks per direction, released
 * by one timerfd). A new connection's first bytes towards the upstream are
 * held one round trip more: a real connect() waits for the SYN/ACK before the
 * client can send anything, which a loopback connect to this relay does not.
 * End of stream is relayed in order too (shutdown after the last chunk).
 *
 *   delayline <upstream-port> <one-way-ms> [listen-port]
 *
 * prints the port it listens on (127.0.0.1) as its first line, then relays
 * until killed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define CHUNK_MAX 65536

struct chunk {
	struct chunk *next;
	uint64_t due;		/* CLOCK_MONOTONIC ns when it may be written on */
	size_t len, off;
	int eof;		/* no data: the sender shut its side, shut ours */
	char data[];
};

struct conn;

/* One side of a connection: its socket, and what is queued for writing to it. */
struct end {
	struct conn *conn;
	struct end *peer;
	int fd;
	int reading;		/* still reading from this socket */
	int want_out;		/* a write would block: wait for EPOLLOUT */
	int shut;		/* the queued end of stream was delivered */
	int polled;		/* registered with epoll */
	uint64_t hold_until;	/* nothing read here is due before this (+ the delay) */
	struct chunk *head, *tail;	/* queued for writing to fd */
};

struct conn {
	struct end client, upstream;
	struct conn *next;
	int dead;
};

static int ep, timer;
static uint64_t delay_ns;
static struct conn *conns;

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void die(const char *what)
{
	perror(what);
	exit(1);
}

/*
 * Polls e for what it waits for; a socket that waits for nothing is taken out
 * of the set, as epoll reports a hang-up whether it was asked for or not.
 */
static void watch(struct end *e)
{
	struct epoll_event ev = {0};
	ev.events = (e->reading ? EPOLLIN : 0) | (e->want_out ? EPOLLOUT : 0);
	ev.data.ptr = e;
	int op = !ev.events ? EPOLL_CTL_DEL : e->polled ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
	if (!ev.events && !e->polled) {
		return;
	}
	if (epoll_ctl(ep, op, e->fd, &ev) < 0) {
		die("epoll_ctl");
	}
	e->polled = ev.events != 0;
}

static void nodelay(int fd)
{
	int one = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

static struct sockaddr_in loopback(int port)
{
	struct sockaddr_in a = {0};
	a.sin_family = AF_INET;
	a.sin_port = htons((uint16_t)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

/* Queues what was read from `from` for writing to its peer, due one delay later. */
static void enqueue(struct end *from, const char *data, size_t len)
{
	struct end *to = from->peer;
	struct chunk *c = malloc(sizeof *c + len);
	uint64_t t = now_ns();
	if (!c) {
		die("malloc");
	}
	c->next = NULL;
	c->due = (t > from->hold_until ? t : from->hold_until) + delay_ns;
	c->len = len;
	c->off = 0;
	c->eof = len == 0;
	memcpy(c->data, data, len);
	if (to->tail) {
		to->tail->next = c;
	} else {
		to->head = c;
	}
	to->tail = c;
}

static void pop(struct end *e)
{
	struct chunk *c = e->head;
	e->head = c->next;
	if (!e->head) {
		e->tail = NULL;
	}
	free(c);
}

/* Writes every chunk that is due to e's socket, until one would block. */
static void flush(struct end *e, uint64_t t)
{
	while (e->head && e->head->due <= t && !e->conn->dead) {
		struct chunk *c = e->head;
		if (c->eof) {
			shutdown(e->fd, SHUT_WR);
			e->shut = 1;
			pop(e);
			continue;
		}
		ssize_t n = write(e->fd, c->data + c->off, c->len - c->off);
		if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
			break;
		}
		if (n < 0) {
			e->conn->dead = 1;
			return;
		}
		c->off += (size_t)n;
		if (c->off == c->len) {
			pop(e);
		}
	}
	int want = e->head && e->head->due <= t;
	if (want != e->want_out) {
		e->want_out = want;
		watch(e);
	}
}

static void read_from(struct end *e)
{
	char buf[CHUNK_MAX];
	ssize_t n = read(e->fd, buf, sizeof buf);
	if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
		return;
	}
	/* end of stream or an error (a reset): relay an end of stream, read no more */
	enqueue(e, buf, n > 0 ? (size_t)n : 0);
	if (n <= 0) {
		e->reading = 0;
		watch(e);
	}
}

static void accept_one(int listener, int upstream_port)
{
	int c = accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (c < 0) {
		return;
	}
	int u = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	struct sockaddr_in a = loopback(upstream_port);
	if (u < 0 || (connect(u, (struct sockaddr *)&a, sizeof a) < 0 && errno != EINPROGRESS)) {
		close(c);
		if (u >= 0) {
			close(u);
		}
		return;
	}
	nodelay(c);
	nodelay(u);
	struct conn *k = calloc(1, sizeof *k);
	if (!k) {
		die("calloc");
	}
	k->client = (struct end){.conn = k, .peer = &k->upstream, .fd = c, .reading = 1};
	k->upstream = (struct end){.conn = k, .peer = &k->client, .fd = u, .reading = 1};
	/* the round trip of the TCP handshake this connection would have paid */
	k->client.hold_until = now_ns() + 2 * delay_ns;
	watch(&k->client);
	watch(&k->upstream);
	k->next = conns;
	conns = k;
}

static void free_end(struct end *e)
{
	while (e->head) {
		pop(e);
	}
	close(e->fd);
}

/* Frees connections that failed or whose both ends of stream were delivered. */
static void reap(void)
{
	for (struct conn **p = &conns; *p;) {
		struct conn *k = *p;
		if (k->dead || (k->client.shut && k->upstream.shut)) {
			*p = k->next;
			free_end(&k->client);
			free_end(&k->upstream);
			free(k);
		} else {
			p = &k->next;
		}
	}
}

/* Flushes what is due and arms the timer for the earliest chunk still waiting. */
static void tick(void)
{
	uint64_t t = now_ns(), next = 0;
	for (struct conn *k = conns; k; k = k->next) {
		struct end *ends[2] = {&k->client, &k->upstream};
		for (int i = 0; i < 2; i++) {
			flush(ends[i], t);
			if (ends[i]->head && !ends[i]->want_out && (!next || ends[i]->head->due < next)) {
				next = ends[i]->head->due;
			}
		}
	}
	reap();
	struct itimerspec its = {0};
	if (next) {
		its.it_value.tv_sec = (time_t)(next / 1000000000u);
		its.it_value.tv_nsec = (long)(next % 1000000000u);
	}
	timerfd_settime(timer, TFD_TIMER_ABSTIME, &its, NULL);
}

static int listen_on(int port)
{
	int l = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	int one = 1;
	struct sockaddr_in a = loopback(port);
	socklen_t len = sizeof a;
	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (l < 0 || bind(l, (struct sockaddr *)&a, sizeof a) < 0 || listen(l, 512) < 0
		|| getsockname(l, (struct sockaddr *)&a, &len) < 0) {
		die("listen");
	}
	printf("%d\n", ntohs(a.sin_port));
	fflush(stdout);
	return l;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: delayline <upstream-port> <one-way-ms> [listen-port]\n");
		return 2;
	}
	int upstream_port = atoi(argv[1]);
	delay_ns = (uint64_t)(strtod(argv[2], NULL) * 1e6);
	signal(SIGPIPE, SIG_IGN);
	int listener = listen_on(argc > 3 ? atoi(argv[3]) : 0);
	ep = epoll_create1(EPOLL_CLOEXEC);
	timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	if (ep < 0 || timer < 0) {
		die("epoll/timerfd");
	}
	struct epoll_event ev = {.events = EPOLLIN, .data.ptr = NULL};
	epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev);
	ev.data.ptr = &timer;
	epoll_ctl(ep, EPOLL_CTL_ADD, timer, &ev);
	for (;;) {
		struct epoll_event evs[64];
		int n = epoll_wait(ep, evs, 64, -1);
		for (int i = 0; i < n; i++) {
			void *p = evs[i].data.ptr;
			if (p == NULL) {
				accept_one(listener, upstream_port);
			} else if (p == &timer) {
				uint64_t expirations;
				(void)!read(timer, &expirations, sizeof expirations);
			} else if (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)
				&& ((struct end *)p)->reading) {
				read_from(p);
			}
		}
		tick();
	}
}
