/*
 * The php -S helper behind b24_test_server.h.
 */
#define _DEFAULT_SOURCE 1

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "b24_client.h"
#include "b24_test_server.h"

static pid_t b24t_server_pid;
static char b24t_server_url[64];

/* A port the kernel considers free right now. */
int b24t_free_port(void)
{
	struct sockaddr_in a;
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0), port = -1;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0
			&& getsockname(fd, (struct sockaddr *)&a, &len) == 0) {
		port = ntohs(a.sin_port);
	}
	if (fd >= 0) {
		close(fd);
	}
	return port;
}

static int b24t_can_connect(int port)
{
	struct sockaddr_in a;
	int fd = socket(AF_INET, SOCK_STREAM, 0), ok;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ok = fd >= 0 && connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0;
	if (fd >= 0) {
		close(fd);
	}
	return ok;
}

int b24t_wait_port(int port, int ms)
{
	struct timespec pause = { 0, 20 * 1000 * 1000 };
	int waited;

	for (waited = 0; waited <= ms; waited += 20) {
		if (b24t_can_connect(port)) {
			return 1;
		}
		nanosleep(&pause, NULL);
	}
	return 0;
}

const char *b24t_server_start(const char *state_dir)
{
	const char *dir = getenv("B24T_SERVER_DIR");
	char addr[32], router[512];
	int port = b24t_free_port();

	if (!dir || port < 0 || system("php -v >/dev/null 2>&1") != 0) {
		return NULL;
	}
	snprintf(addr, sizeof(addr), "127.0.0.1:%d", port);
	snprintf(router, sizeof(router), "%s/router.php", dir);
	fflush(stdout);
	b24t_server_pid = fork();
	if (b24t_server_pid == 0) {
		setenv("B24T_STATE", state_dir, 1);
		if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) {
			_exit(127);
		}
		execlp("php", "php", "-n", "-S", addr, router, (char *)NULL);
		_exit(127);
	}
	if (b24t_server_pid > 0 && b24t_wait_port(port, 5000)) {
		snprintf(b24t_server_url, sizeof(b24t_server_url), "http://%s/", addr);
		return b24t_server_url;
	}
	b24t_server_stop();
	return NULL;
}

void b24t_server_stop(void)
{
	if (b24t_server_pid > 0) {
		kill(b24t_server_pid, SIGTERM);
		waitpid(b24t_server_pid, NULL, 0);
		b24t_server_pid = 0;
	}
}

int b24t_registry_reset(const char *state_dir, const char *json)
{
	char path[512];
	FILE *f;
	int ok;

	snprintf(path, sizeof(path), "%s/placements.json", state_dir);
	if (!(f = fopen(path, "w"))) {
		return -1;
	}
	ok = fputs(json, f) >= 0;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* The registry's "log" list, read without a JSON parser: ["a","b"] -> a,b. */
int b24t_registry_log(const char *state_dir, char *out, size_t size)
{
	char path[512], text[65536], *p;
	size_t n = 0, len;
	FILE *f;

	snprintf(path, sizeof(path), "%s/placements.json", state_dir);
	if (!(f = fopen(path, "r"))) {
		return -1;
	}
	len = fread(text, 1, sizeof(text) - 1, f);
	fclose(f);
	text[len] = '\0';
	out[0] = '\0';
	if (!(p = strstr(text, "\"log\":["))) {
		return -1;
	}
	for (p += 7; *p && *p != ']' && n + 1 < size; p++) {
		if (*p != '"') {
			out[n++] = *p;
		}
	}
	out[n] = '\0';
	return 0;
}

b24_client *b24t_registry_client(const char *state_dir)
{
	static char hook[128];
	const char *base = b24t_server_start(state_dir);
	b24_client_config cfg;
	b24_error err;

	if (!base) {
		return NULL;
	}
	snprintf(hook, sizeof(hook), "%srest/1/placements/", base);
	b24_client_config_init(&cfg);
	cfg.webhook_url = hook;
	cfg.allow_http = 1;
	return b24_client_new(&cfg, &err);
}
