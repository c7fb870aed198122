/*
 * The connection a transport keeps, against a keep-alive HTTP/1.1 server
 * run in a fork()ed child: closed when idle too long, found dead after the
 * server closed it (the next request still succeeds), a write that reached
 * the server never sent twice while a replayable request is, scrubbing keeps
 * the connection, and a fork()ed child makes its own connection while the
 * parent's goes on.
 */
#define _DEFAULT_SOURCE 1

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "b24_test.h"
#include "b24_http.h"

static pid_t server_pid;
static char base[64];
/* shared by the server's connection processes */
/* shared with the server's processes: /flaky requests seen, connections closed after /answer-close */
static int *flaky, *closes;

static void send_text(int fd, const char *text)
{
	size_t n = strlen(text);
	ssize_t w;

	while (n && (w = write(fd, text, n)) > 0) {
		text += w;
		n -= (size_t)w;
	}
}

static void answer(int fd, const char *body)
{
	char head[256];

	snprintf(head, sizeof(head), "HTTP/1.1 200 OK\r\nContent-Length: %zu\r\n\r\n", strlen(body));
	send_text(fd, head);
	send_text(fd, body);
}

/* Reads one request whose body is at most a few bytes; 0 at EOF. */
static size_t read_request(int fd, char *req, size_t cap)
{
	size_t n = 0;
	ssize_t r;
	char *end;

	for (;;) {
		req[n] = '\0';
		end = strstr(req, "\r\n\r\n");
		if (end) {
			char *cl = strstr(req, "Content-Length: ");
			size_t need = (size_t)(end + 4 - req) + (cl && cl < end ? (size_t)atol(cl + 16) : 0);

			if (n >= need) {
				return n;
			}
		}
		if (n + 1 >= cap || (r = read(fd, req + n, cap - 1 - n)) <= 0) {
			return 0;
		}
		n += (size_t)r;
	}
}

/*
 * /flaky: every odd request is read and the connection closed without an
 * answer (the server had it: a write may have been applied); every even one
 * is answered. /count answers how many /flaky requests arrived.
 * /answer-close answers as if keeping the connection, then closes it.
 * /set-cookie answers with a cookie; /headers answers which of Cookie and
 * Authorization the request carried.
 * 0 when the connection must be closed.
 */
static int serve(int fd, const char *req)
{
	char n[32];

	if (strstr(req, " /flaky ")) {
		if (__sync_add_and_fetch(flaky, 1) % 2) {
			return 0;
		}
		answer(fd, "flaky answered");
	} else if (strstr(req, " /count ")) {
		snprintf(n, sizeof(n), "%d", __sync_add_and_fetch(flaky, 0));
		answer(fd, n);
	} else if (strstr(req, " /set-cookie ")) {
		send_text(fd, "HTTP/1.1 200 OK\r\nSet-Cookie: session=s3cr3t; Path=/\r\nContent-Length: 2\r\n\r\nok");
	} else if (strstr(req, " /headers ")) {
		snprintf(n, sizeof(n), "cookie=%d auth=%d", strstr(req, "\r\nCookie:") != NULL,
			strstr(req, "\r\nAuthorization:") != NULL);
		answer(fd, n);
	} else if (strstr(req, " /answer-close ")) {
		answer(fd, "closing");
		/* closed here, not at the process's exit, which valgrind may delay */
		close(fd);
		__sync_add_and_fetch(closes, 1);
		return 0;
	} else {
		answer(fd, "ok");
	}
	return 1;
}

static void on_term(int sig)
{
	(void)sig;
	_exit(0);
}

static void server_loop(int lfd)
{
	static char req[65536];
	int fd;

	signal(SIGTERM, on_term);
	signal(SIGCHLD, SIG_IGN);
	for (;;) {
		fd = accept(lfd, NULL, NULL);
		if (fd < 0) {
			continue;
		}
		/* a process per connection: a kept connection does not hold up the next one */
		if (fork() == 0) {
			close(lfd);
			while (read_request(fd, req, sizeof(req)) > 0 && serve(fd, req)) {
			}
			_exit(0);
		}
		close(fd);
	}
}

static int start_server(void)
{
	struct sockaddr_in a;
	socklen_t len = sizeof(a);
	int lfd = socket(AF_INET, SOCK_STREAM, 0), one = 1;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(lfd, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(lfd, 8) != 0
			|| getsockname(lfd, (struct sockaddr *)&a, &len) != 0) {
		return -1;
	}
	snprintf(base, sizeof(base), "http://127.0.0.1:%d", ntohs(a.sin_port));
	flaky = mmap(NULL, 2 * sizeof(*flaky), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (flaky == MAP_FAILED) {
		return -1;
	}
	closes = flaky + 1;
	fflush(stdout);
	server_pid = fork();
	if (server_pid == 0) {
		server_loop(lfd);
	}
	close(lfd);
	return server_pid > 0 ? 0 : -1;
}

static const char *url(const char *path)
{
	static char buf[128];

	snprintf(buf, sizeof(buf), "%s%s", base, path);
	return buf;
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* One request: its new connections, or -1 with err. */
static long send_one(b24_transport *t, const char *path, int flags, b24_http_response *r, b24_error *err)
{
	return b24_http_send(t, B24_HTTP_POST, url(path), "a=1", 3, NULL, flags, r, err) == 0
		? r->new_connects : -1;
}

static long flaky_count(b24_transport *t)
{
	b24_http_response r;
	b24_error err;

	return send_one(t, "/count", B24_HTTP_WRITE, &r, &err) >= 0 ? atol(r.body) : -1;
}

static void test_idle_limit(void)
{
	b24_transport *t = b24_transport_new(base, NULL, NULL);
	b24_transport_counts c;
	b24_http_response r;
	b24_error err;

	/* wide margins: the machine may be busy */
	b24_transport_set_idle(t, 1500);
	CHECK_INT(send_one(t, "/echo", B24_HTTP_WRITE, &r, &err), 1);
	sleep_ms(50);
	CHECK_INT(send_one(t, "/echo", B24_HTTP_WRITE, &r, &err), 0);
	sleep_ms(1600);
	/* idle for longer than the limit: closed, not reused */
	CHECK_INT(send_one(t, "/echo", B24_HTTP_WRITE, &r, &err), 1);
	b24_transport_stats(t, &c);
	CHECK_INT(c.dropped_idle, 1);
	CHECK_INT(c.reused, 1);
	CHECK_INT(c.connects, 2);
	CHECK_INT(b24_transport_connections(t), 1);
	b24_transport_free(t);
}

/* The server closed the kept connection while it was idle: the next call, a write, goes through. */
static void test_closed_while_idle(void)
{
	b24_transport *t = b24_transport_new(base, NULL, NULL);
	b24_transport_counts c;
	b24_http_response r;
	b24_error err;
	int i;

	CHECK_INT(send_one(t, "/answer-close", B24_HTTP_WRITE, &r, &err), 1);
	CHECK_STR(r.body, "closing");
	/* until the server has closed it (a busy machine may take a while), then a moment for the FIN */
	for (i = 0; i < 500 && __sync_add_and_fetch(closes, 0) == 0; i++) {
		sleep_ms(10);
	}
	CHECK_INT(__sync_add_and_fetch(closes, 0), 1);
	sleep_ms(50);
	CHECK_INT(send_one(t, "/echo", B24_HTTP_WRITE, &r, &err), 1);
	CHECK_STR(r.body, "ok");
	b24_transport_stats(t, &c);
	CHECK_INT(c.refused_repeats, 0);
	b24_transport_free(t);
}

/*
 * libcurl repeats a request whose reused connection died unanswered. A write
 * the server had read is not repeated (one arrival); a replayable request is
 * (two arrivals, answered).
 */
static void test_no_second_write(void)
{
	b24_transport *t = b24_transport_new(base, NULL, NULL);
	b24_transport_counts c;
	b24_http_response r;
	b24_error err;
	long before = flaky_count(t);

	CHECK_INT(send_one(t, "/flaky", B24_HTTP_WRITE, &r, &err), -1);
	CHECK_STR(err.code, B24_TRANSPORT_FAILED);
	CHECK(strstr(err.description, "was not sent again") != NULL);
	CHECK_INT(flaky_count(t), before + 1);
	b24_transport_stats(t, &c);
	CHECK_INT(c.refused_repeats, 1);
	/* the next request of the pair is answered: make the pair odd again */
	CHECK_INT(send_one(t, "/flaky", B24_HTTP_WRITE, &r, &err), 0);
	CHECK_INT(send_one(t, "/flaky", B24_HTTP_REPLAYABLE, &r, &err), 1);
	CHECK_STR(r.body, "flaky answered");
	CHECK_INT(flaky_count(t), before + 4);
	b24_transport_free(t);
}

/* Scrubbing between requests keeps the connection. */
static void test_scrub_keeps_connection(void)
{
	b24_transport *t = b24_transport_new(base, NULL, NULL);
	b24_http_response r;
	b24_error err;

	CHECK_INT(send_one(t, "/echo", B24_HTTP_WRITE, &r, &err), 1);
	b24_transport_scrub(t);
	CHECK_INT(send_one(t, "/echo", B24_HTTP_WRITE, &r, &err), 0);
	CHECK_STR(r.body, "ok");
	b24_transport_free(t);
}

/* A cookie set by the server never goes back, before or after a scrub; no auth header either. */
static void test_no_cookie_no_auth(void)
{
	b24_transport *t = b24_transport_new(base, NULL, NULL);
	b24_http_response r;
	b24_error err;

	CHECK_INT(send_one(t, "/set-cookie", B24_HTTP_WRITE, &r, &err), 1);
	CHECK_INT(send_one(t, "/headers", B24_HTTP_WRITE, &r, &err), 0);
	CHECK_STR(r.body, "cookie=0 auth=0");
	b24_transport_scrub(t);
	CHECK_INT(send_one(t, "/headers", B24_HTTP_WRITE, &r, &err), 0);
	CHECK_STR(r.body, "cookie=0 auth=0");
	b24_transport_free(t);
}

/* A child of fork() opens its own connection; the parent's still serves afterwards. */
static void test_fork(void)
{
	b24_transport *t = b24_transport_new(base, NULL, NULL);
	b24_http_response r;
	b24_error err;
	int status = -1;
	pid_t pid;

	CHECK_INT(send_one(t, "/echo", B24_HTTP_WRITE, &r, &err), 1);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		long opened = send_one(t, "/echo", B24_HTTP_WRITE, &r, &err);

		b24_transport_free(t);
		if (opened != 1) {
			printf("  child: %ld connections opened (%s)\n", opened, opened < 0 ? err.description : "");
		}
		fflush(stdout);
		_exit(opened == 1 ? 0 : 1);
	}
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CHECK_INT(send_one(t, "/echo", B24_HTTP_WRITE, &r, &err), 0);
	CHECK_STR(r.body, "ok");
	b24_transport_free(t);
}

int main(void)
{
	if (start_server() != 0) {
		printf("cannot start the test server\n");
		return 1;
	}
	B24T_RUN(test_idle_limit);
	B24T_RUN(test_closed_while_idle);
	B24T_RUN(test_no_second_write);
	B24T_RUN(test_scrub_keeps_connection);
	B24T_RUN(test_no_cookie_no_auth);
	B24T_RUN(test_fork);
	kill(server_pid, SIGTERM);
	waitpid(server_pid, NULL, 0);
	return b24t_finish();
}
