/*
 * b24_http against a small keep-alive HTTP/1.1 server run in a fork()ed
 * child (php -S closes every connection, so it cannot show reuse): request
 * shape, connection reuse, redirects reported not followed, size cap,
 * truncation, timeouts, connect failures, origin checks, redaction.
 */
#define _DEFAULT_SOURCE 1

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "b24_test.h"
#include "b24_test_server.h"
#include "b24_http.h"

static pid_t server_pid;
static int server_port;
static char base[64];

static void send_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n && (w = write(fd, p, n)) > 0) {
		p += w;
		n -= (size_t)w;
	}
}

static void respond(int fd, const char *status, const char *extra, const char *body, size_t len)
{
	char head[512];
	int n = snprintf(head, sizeof(head), "HTTP/1.1 %s\r\nContent-Length: %zu\r\n%s\r\n",
		status, len, extra);

	send_all(fd, head, (size_t)n);
	send_all(fd, body, len);
}

/* Reads one request (head + Content-Length body) into req; 0 at EOF. */
static size_t read_request(int fd, char *req, size_t cap)
{
	size_t n = 0, need = 0;
	ssize_t r;
	char *end, *cl;

	for (;;) {
		req[n] = '\0';
		end = strstr(req, "\r\n\r\n");
		if (end && !need) {
			cl = strstr(req, "Content-Length: ");
			need = (size_t)(end + 4 - req) + (cl && cl < end ? (size_t)atol(cl + 16) : 0);
		}
		if (need && n >= need) {
			return n;
		}
		if (n + 1 >= cap || (r = read(fd, req + n, cap - 1 - n)) <= 0) {
			return 0;
		}
		n += (size_t)r;
		if (req[0] == 0x16) {
			return 0;   /* a TLS handshake on this plain port: hang up, as a TLS peer sees a failure */
		}
	}
}

/* Serves one request; returns 0 when the connection must be closed. */
static int serve(int fd, const char *req, size_t len)
{
	static char big[300000];

	if (strncmp(req, "POST /echo ", 11) == 0 || strncmp(req, "GET /echo ", 10) == 0) {
		respond(fd, "200 OK", "Content-Type: text/plain\r\n", req, len);
	} else if (strncmp(req, "POST /redirect ", 15) == 0) {
		respond(fd, "302 Found", "Location: https://other.example/rest/1/s3cr3t/x.json?auth=tok\r\n", "", 0);
	} else if (strncmp(req, "POST /big ", 10) == 0) {
		memset(big, 'x', sizeof(big));
		respond(fd, "200 OK", "Content-Type: application/json\r\n", big, sizeof(big));
	} else if (strncmp(req, "POST /chunked-big ", 18) == 0) {
		/* no Content-Length: only the write callback can stop it */
		send_all(fd, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", 47);
		for (int i = 0; i < 40; i++) {
			send_all(fd, "2710\r\n", 6);
			memset(big, 'y', 10000);
			send_all(fd, big, 10000);
			send_all(fd, "\r\n", 2);
		}
		send_all(fd, "0\r\n\r\n", 5);
	} else if (strncmp(req, "POST /short ", 12) == 0) {
		send_all(fd, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"result\":", 50);
		return 0;
	} else if (strncmp(req, "POST /slow ", 11) == 0) {
		sleep(2);
		respond(fd, "200 OK", "", "{\"result\":1}", 12);
	} else if (strncmp(req, "POST /close ", 12) == 0) {
		respond(fd, "200 OK", "Connection: close\r\n", "{\"result\":1}", 12);
		return 0;
	} else {
		respond(fd, "404 Not Found", "Content-Type: text/html\r\n", "<h1>nope</h1>", 13);
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
	static char req[1 << 20];
	size_t n;
	int fd;

	signal(SIGTERM, on_term);
	/* an answer written after the client gave up (a capped body, a timeout) must not end the server */
	signal(SIGPIPE, SIG_IGN);
	for (;;) {
		fd = accept(lfd, NULL, NULL);
		if (fd < 0) {
			continue;
		}
		while ((n = read_request(fd, req, sizeof(req))) > 0 && serve(fd, req, n)) {
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
	server_port = ntohs(a.sin_port);
	snprintf(base, sizeof(base), "http://127.0.0.1:%d", server_port);
	fflush(stdout);
	server_pid = fork();
	if (server_pid == 0) {
		server_loop(lfd);
	}
	close(lfd);
	return server_pid > 0 ? 0 : -1;
}

static void stop_server(void)
{
	if (server_pid > 0) {
		kill(server_pid, SIGTERM);
		waitpid(server_pid, NULL, 0);
	}
}

static const char *url(const char *path)
{
	static char buf[128];

	snprintf(buf, sizeof(buf), "%s%s", base, path);
	return buf;
}

static b24_transport *transport(long timeout_ms, size_t max_body)
{
	b24_http_options o;
	b24_error err;
	b24_transport *t;

	b24_http_options_init(&o);
	o.timeout_ms = timeout_ms;
	o.max_body = max_body;
	t = b24_transport_new(base, &o, &err);
	CHECK(t != NULL);
	return t;
}

static void test_request_shape(void)
{
	b24_transport *t = transport(0, 0);
	b24_http_response r;
	b24_error err;

	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), "{\"a\":1}", 7, "application/json",
		&r, &err), 0);
	CHECK_INT(r.status, 200);
	CHECK_STR(r.content_type, "text/plain");
	CHECK(strncmp(r.body, "POST /echo HTTP/1.1\r\n", 21) == 0);
	CHECK(strstr(r.body, "\r\nContent-Type: application/json\r\n") != NULL);
	CHECK(strstr(r.body, "\r\nAccept: application/json\r\n") != NULL);
	CHECK(strstr(r.body, "\r\nUser-Agent: b24-php/") != NULL);
	CHECK(strstr(r.body, "Expect:") == NULL);
	CHECK(strstr(r.body, "\r\nContent-Length: 7\r\n") != NULL);
	CHECK(r.body_len > 7 && memcmp(r.body + r.body_len - 7, "{\"a\":1}", 7) == 0);
	/* an empty POST is still a POST with the form type */
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), NULL, 0, NULL, &r, &err), 0);
	CHECK(strncmp(r.body, "POST /echo", 10) == 0);
	CHECK(strstr(r.body, "Content-Type: application/x-www-form-urlencoded") != NULL);
	CHECK(strstr(r.body, "Content-Length: 0") != NULL);
	CHECK_INT(b24_http_request(t, B24_HTTP_GET, url("/echo"), "ignored", 7, NULL, &r, &err), 0);
	CHECK(strncmp(r.body, "GET /echo", 9) == 0);
	CHECK(strstr(r.body, "Content-Type") == NULL);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), "x=1", 3, NULL, &r, &err), 0);
	CHECK(strncmp(r.body, "POST /echo", 10) == 0);
	CHECK(strstr(r.body, "HTTP/2") == NULL);
	b24_transport_free(t);
}

static void test_user_agent_option(void)
{
	b24_http_options o;
	b24_http_response r;
	b24_error err;
	b24_transport *t;

	b24_http_options_init(&o);
	o.user_agent = "my-app/2.0";
	t = b24_transport_new(base, &o, &err);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), "", 0, NULL, &r, &err), 0);
	CHECK(strstr(r.body, "\r\nUser-Agent: my-app/2.0\r\n") != NULL);
	b24_transport_free(t);
}

static void test_connection_reuse(void)
{
	b24_transport *t = transport(0, 0);
	b24_http_response r;
	b24_error err;
	int i;

	for (i = 0; i < 5; i++) {
		CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), "a=1", 3, NULL, &r, &err), 0);
		CHECK_INT(r.new_connects, i == 0 ? 1 : 0);
	}
	CHECK_INT(b24_transport_connects(t), 1);
	CHECK_INT(b24_transport_requests(t), 5);
	/* the server closes: the next request opens a new connection */
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/close"), "", 0, NULL, &r, &err), 0);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), "", 0, NULL, &r, &err), 0);
	CHECK_INT(r.new_connects, 1);
	CHECK_INT(b24_transport_connects(t), 2);
	b24_transport_reset(t);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), "", 0, NULL, &r, &err), 0);
	CHECK_INT(r.new_connects, 1);
	CHECK_INT(b24_transport_connects(t), 3);
	b24_transport_free(t);
}

/* One POST to /echo: the connections it opened, or -1 when it failed. */
static long echo_connects(b24_transport *t, b24_http_response *r)
{
	b24_error err;

	return b24_http_request(t, B24_HTTP_POST, url("/echo"), "", 0, NULL, r, &err) == 0
		? r->new_connects : -1;
}

/* Timeouts, the size cap and the user agent change on the kept connection. */
static void test_configure_keeps_connection(void)
{
	b24_transport *t = transport(0, 0);
	b24_http_options o;
	b24_http_response r;
	b24_error err;

	CHECK_INT(echo_connects(t, &r), 1);
	b24_http_options_init(&o);
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(echo_connects(t, &r), 0);
	o.timeout_ms = 30000;
	o.connect_timeout_ms = 2000;
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(echo_connects(t, &r), 0);
	o.user_agent = "other-app/1.0";
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(echo_connects(t, &r), 0);
	CHECK(strstr(r.body, "\r\nUser-Agent: other-app/1.0\r\n") != NULL);
	o.max_body = 16;
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), "", 0, NULL, &r, &err), -1);
	CHECK_STR(err.code, B24_BODY_TOO_LARGE);
	/* back to the defaults: the default user agent again */
	CHECK_INT(b24_transport_configure(t, NULL, &err), 0);
	CHECK(echo_connects(t, &r) >= 0);
	CHECK(strstr(r.body, "\r\nUser-Agent: b24-php/") != NULL);
	b24_transport_free(t);
}

/* verify_tls, ca_file and allow_http2 decide how a connection is made: it is dropped. */
static void test_configure_drops_connection(void)
{
	b24_transport *t = transport(0, 0);
	b24_http_options o;
	b24_http_response r;
	b24_error err;
	char ca[600], same[600];

	snprintf(ca, sizeof(ca), "%s/ca.pem", b24t_tmpdir());
	CHECK_INT(echo_connects(t, &r), 1);
	b24_http_options_init(&o);
	o.verify_tls = 0;
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(echo_connects(t, &r), 1);
	CHECK_INT(echo_connects(t, &r), 0);
	o.verify_tls = 1;
	o.ca_file = ca;
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(echo_connects(t, &r), 1);
	/* the same file name in another buffer is no change */
	memcpy(same, ca, sizeof(same));
	o.ca_file = same;
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(echo_connects(t, &r), 0);
	o.ca_file = NULL;
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(echo_connects(t, &r), 1);
	o.allow_http2 = 1;
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(echo_connects(t, &r), 1);
	CHECK_INT(b24_transport_connects(t), 5);
	CHECK_INT(b24_transport_requests(t), 7);
	b24_transport_free(t);
}

static void test_redirect_not_followed(void)
{
	b24_transport *t = transport(0, 0);
	b24_http_response r;
	b24_error err;

	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/redirect"), "auth=tok", 8, NULL, &r, &err), 0);
	CHECK_INT(r.status, 302);
	CHECK_STR(r.location, "https://other.example/rest/1/s3cr3t/x.json?auth=tok");
	CHECK_INT(b24_transport_requests(t), 1);
	CHECK_INT(b24_transport_connects(t), 1);
	b24_transport_free(t);
}

static void test_body_cap(void)
{
	b24_transport *t = transport(0, 100000);
	b24_http_response r;
	b24_error err;

	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/big"), "", 0, NULL, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_RESPONSE);
	CHECK_STR(err.code, B24_BODY_TOO_LARGE);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/chunked-big"), "", 0, NULL, &r, &err), -1);
	CHECK_STR(err.code, B24_BODY_TOO_LARGE);
	b24_transport_free(t);
	t = transport(0, 0);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/big"), "", 0, NULL, &r, &err), 0);
	CHECK_INT(r.body_len, 300000);
	b24_transport_free(t);
}

static void test_truncated(void)
{
	b24_transport *t = transport(0, 0);
	b24_http_response r;
	b24_error err;

	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/short"), "", 0, NULL, &r, &err), 0);
	CHECK(r.truncated);
	CHECK_INT(r.status, 200);
	CHECK_INT(r.body_len, 10);
	b24_transport_free(t);
}

static void test_timeout(void)
{
	b24_transport *t = transport(300, 0);
	b24_http_response r;
	b24_error err;

	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/slow"), "", 0, NULL, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_TRANSPORT);
	CHECK_STR(err.code, B24_TIMEOUT);
	b24_transport_free(t);
}

static void test_connect_failed_and_redacted(void)
{
	b24_http_options o;
	b24_http_response r;
	b24_error err;
	b24_transport *t;
	char u[128];
	int port;

	port = b24t_free_port();   /* a port nobody listens on */
	snprintf(u, sizeof(u), "http://127.0.0.1:%d/rest/1/s3cr3tc0de/x.json?auth=tok", port);
	b24_http_options_init(&o);
	t = b24_transport_new(u, &o, &err);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, u, "", 0, NULL, &r, &err), -1);
	CHECK_INT(err.kind, B24_E_TRANSPORT);
	CHECK_STR(err.code, B24_CONNECT_FAILED);
	CHECK(strstr(err.description, "s3cr3tc0de") == NULL);
	CHECK(strstr(err.description, "tok") == NULL);
	CHECK_INT(r.status, 0);
	b24_transport_free(t);
}

static void test_origin_rules(void)
{
	b24_transport *t = transport(0, 0);
	b24_http_response r;
	b24_error err;
	char other[64];

	CHECK(b24_transport_serves(t, url("/x"), strlen(url("/x"))));
	snprintf(other, sizeof(other), "http://127.0.0.1:%d/x", server_port == 1 ? 2 : server_port - 1);
	CHECK(!b24_transport_serves(t, other, strlen(other)));
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, other, "", 0, NULL, &r, &err), -1);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	CHECK_INT(b24_transport_requests(t), 1);
	CHECK(strstr(b24_transport_origin(t), "http://127.0.0.1:") == b24_transport_origin(t));
	CHECK(b24_transport_new("ftp://x/", NULL, &err) == NULL);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	b24_transport_free(t);
}

/* After a URL of the origin is known, look-alikes that start the same are still judged. */
static void test_origin_after_known_url(void)
{
	b24_transport *t = transport(0, 0);
	b24_http_response r;
	b24_error err;
	char u[128];

	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), "", 0, NULL, &r, &err), 0);
	snprintf(u, sizeof(u), "%s@other.example/echo", base);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, u, "", 0, NULL, &r, &err), -1);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	snprintf(u, sizeof(u), "%s0/echo", base);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, u, "", 0, NULL, &r, &err), -1);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo x"), "", 0, NULL, &r, &err), -1);
	CHECK_STR(err.code, B24_INVALID_ARGUMENT);
	/* another spelling of the same origin */
	snprintf(u, sizeof(u), "HTTP://127.0.0.1:%d/echo?a=1", server_port);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, u, "", 0, NULL, &r, &err), 0);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, url("/echo"), "", 0, NULL, &r, &err), 0);
	CHECK_INT(b24_transport_requests(t), 6);
	CHECK_INT(b24_transport_connects(t), 1);
	b24_transport_free(t);
}

/* TLS is verified by default: a plain-HTTP server spoken to as https fails the handshake. */
static void test_tls_failure(void)
{
	b24_http_response r;
	b24_error err;
	b24_transport *t;
	char u[64];

	snprintf(u, sizeof(u), "https://127.0.0.1:%d/echo", server_port);
	t = b24_transport_new(u, NULL, &err);
	CHECK_INT(b24_http_request(t, B24_HTTP_POST, u, "", 0, NULL, &r, &err), -1);
	CHECK_STR(err.code, B24_TLS_FAILED);
	b24_transport_free(t);
}

/* openssl s_server with a fresh self-signed certificate for 127.0.0.1; 0 when not possible. */
static pid_t start_tls_server(int port, const char *cert, const char *key)
{
	char cmd[1400], accept_arg[32];
	pid_t pid;

	snprintf(cmd, sizeof(cmd), "openssl req -x509 -newkey rsa:2048 -nodes -keyout '%s' -out '%s' "
		"-days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1", key, cert);
	if (system(cmd) != 0) {
		return 0;
	}
	snprintf(accept_arg, sizeof(accept_arg), "127.0.0.1:%d", port);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) {
			_exit(127);
		}
		execlp("openssl", "openssl", "s_server", "-quiet", "-accept", accept_arg, "-cert", cert,
			"-key", key, "-www", (char *)NULL);
		_exit(127);
	}
	if (b24t_wait_port(port, 5000)) {
		return pid;
	}
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
	return 0;
}

/* One GET over TLS with the given options: the status, or -1 with err. */
static long tls_get(const char *u, int verify, const char *ca_file, b24_error *err)
{
	b24_http_options o;
	b24_http_response r;
	b24_transport *t;
	long status = -1;

	b24_http_options_init(&o);
	o.verify_tls = verify;
	o.ca_file = ca_file;
	t = b24_transport_new(u, &o, err);
	if (t && b24_http_request(t, B24_HTTP_GET, u, NULL, 0, NULL, &r, err) == 0) {
		status = r.status;
	}
	b24_transport_free(t);
	return status;
}

/*
 * A connection made without verification never serves a request that asks
 * for it: the handshake is made again, and fails without the CA.
 */
static void check_tls_reconfigured(const char *u, const char *cert)
{
	b24_http_options o;
	b24_http_response r;
	b24_error err;
	b24_transport *t;

	b24_http_options_init(&o);
	o.verify_tls = 0;
	t = b24_transport_new(u, &o, &err);
	CHECK_INT(b24_http_request(t, B24_HTTP_GET, u, NULL, 0, NULL, &r, &err), 0);
	CHECK_INT(r.status, 200);
	b24_http_options_init(&o);
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(b24_http_request(t, B24_HTTP_GET, u, NULL, 0, NULL, &r, &err), -1);
	CHECK_STR(err.code, B24_TLS_FAILED);
	o.ca_file = cert;
	CHECK_INT(b24_transport_configure(t, &o, &err), 0);
	CHECK_INT(b24_http_request(t, B24_HTTP_GET, u, NULL, 0, NULL, &r, &err), 0);
	CHECK_INT(r.status, 200);
	b24_transport_free(t);
}

/* Verification on by default, off on request, and a CA file that makes it pass. */
static void test_tls_options(void)
{
	char cert[600], key[600], u[64];
	int port = b24t_free_port();
	pid_t pid;
	b24_error err;

	snprintf(cert, sizeof(cert), "%s/cert.pem", b24t_tmpdir());
	snprintf(key, sizeof(key), "%s/key.pem", b24t_tmpdir());
	pid = start_tls_server(port, cert, key);
	if (!pid) {
		printf("  (no openssl s_server: TLS options not checked)\n");
		return;
	}
	snprintf(u, sizeof(u), "https://127.0.0.1:%d/", port);
	CHECK_INT(tls_get(u, 1, NULL, &err), -1);
	CHECK_STR(err.code, B24_TLS_FAILED);
	CHECK_INT(tls_get(u, 0, NULL, &err), 200);
	CHECK_INT(tls_get(u, 1, cert, &err), 200);
	check_tls_reconfigured(u, cert);
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
}

/* A port that takes connections (the kernel's backlog) and never answers. */
static int silent_listener(int *port)
{
	struct sockaddr_in a;
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(fd, 4) != 0
			|| getsockname(fd, (struct sockaddr *)&a, &len) != 0) {
		if (fd >= 0) {
			close(fd);
		}
		return -1;
	}
	*port = ntohs(a.sin_port);
	return fd;
}

/* The call's deadline caps a request's limits; with none left nothing is sent. */
static void test_deadline(void)
{
	b24_transport *t = transport(10000, 0), *silent;
	b24_http_response r;
	b24_deadline d;
	b24_error err;
	long long started;
	long sent = b24_transport_requests(t);
	char u[64];
	int port, lfd;

	/* over: not sent at all */
	b24_deadline_init(&d, 300, b24_deadline_now() - 1000);
	CHECK_INT(b24_http_send_until(t, B24_HTTP_POST, url("/echo"), "", 0, NULL, B24_HTTP_WRITE, &d, &r, &err), -1);
	CHECK_STR(err.code, B24_TIMEOUT);
	CHECK(strstr(err.description, "nothing more was sent") != NULL);
	CHECK_INT(d.ran_out, 1);
	CHECK_INT(r.status, 0);
	CHECK_INT(b24_transport_requests(t), sent);
	/* time left: answered as without a deadline */
	b24_deadline_start(&d, 5000);
	CHECK_INT(b24_http_send_until(t, B24_HTTP_POST, url("/echo"), "", 0, NULL, B24_HTTP_WRITE, &d, &r, &err), 0);
	CHECK_INT(r.status, 200);
	b24_transport_free(t);
	/* a server that never answers: cut by the deadline, well before the transport's own 10 s */
	lfd = silent_listener(&port);
	CHECK(lfd >= 0);
	if (lfd < 0) {
		return;
	}
	snprintf(u, sizeof(u), "http://127.0.0.1:%d/echo", port);
	silent = b24_transport_new(u, NULL, &err);
	CHECK(silent != NULL);
	started = b24_deadline_now();
	b24_deadline_start(&d, 300);
	CHECK_INT(b24_http_send_until(silent, B24_HTTP_POST, u, "", 0, NULL, B24_HTTP_WRITE, &d, &r, &err), -1);
	CHECK_STR(err.code, B24_TIMEOUT);
	CHECK(strncmp(err.description, "the call's timeout of 0.3 s", 27) == 0);
	CHECK(b24_deadline_now() - started < 1500);
	CHECK_INT(d.ran_out, 0);
	b24_transport_free(silent);
	close(lfd);
}

int main(void)
{
	if (start_server() != 0) {
		printf("cannot start the test server\n");
		return 1;
	}
	B24T_RUN(test_request_shape);
	B24T_RUN(test_user_agent_option);
	B24T_RUN(test_connection_reuse);
	B24T_RUN(test_configure_keeps_connection);
	B24T_RUN(test_configure_drops_connection);
	B24T_RUN(test_origin_after_known_url);
	B24T_RUN(test_redirect_not_followed);
	B24T_RUN(test_body_cap);
	B24T_RUN(test_truncated);
	B24T_RUN(test_deadline);
	B24T_RUN(test_timeout);
	B24T_RUN(test_connect_failed_and_redacted);
	B24T_RUN(test_origin_rules);
	B24T_RUN(test_tls_failure);
	B24T_RUN(test_tls_options);
	stop_server();
	return b24t_finish();
}
