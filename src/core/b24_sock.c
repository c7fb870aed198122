/*
 * b24_sock: close-on-exec sockets, TCP acknowledgements, detaching inherited
 * sockets. See b24_sock.h.
 */
#if defined(__linux__) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE)
/* SOCK_CLOEXEC, clock_gettime() and dup2() under -std=c99 */
# define _DEFAULT_SOURCE 1
#endif

#include <stddef.h>
#include <time.h>

#ifdef _WIN32
# include <winsock2.h>
# include <windows.h>
# include <process.h>
#else
# include <fcntl.h>
# include <netinet/in.h>
# include <sys/socket.h>
# include <unistd.h>
#endif
#if defined(__linux__)
/* the kernel's struct tcp_info: glibc's copy lacks tcpi_bytes_acked */
# include <linux/tcp.h>
#endif

#include "b24_sock.h"

curl_socket_t b24_sock_open(int family, int type, int protocol)
{
#if defined(SOCK_CLOEXEC)
	return socket(family, type | SOCK_CLOEXEC, protocol);
#elif defined(_WIN32)
	return socket(family, type, protocol);
#else
	curl_socket_t s = socket(family, type, protocol);

	if (s != CURL_SOCKET_BAD) {
		(void) fcntl(s, F_SETFD, FD_CLOEXEC);
	}
	return s;
#endif
}

int b24_sock_close(curl_socket_t s)
{
#ifdef _WIN32
	return closesocket(s);
#else
	return close(s);
#endif
}

int b24_sock_acked(curl_socket_t s, unsigned long long *acked, int *known)
{
#if defined(__linux__) && defined(TCP_INFO)
	struct tcp_info info;
	socklen_t len = sizeof(info);

	/* tcpi_bytes_acked exists since Linux 4.1; an older kernel fills less */
	if (getsockopt(s, IPPROTO_TCP, TCP_INFO, &info, &len) == 0
			&& len >= offsetof(struct tcp_info, tcpi_bytes_acked) + sizeof(info.tcpi_bytes_acked)) {
		*acked = info.tcpi_bytes_acked;
		*known = 1;
		return 0;
	}
#else
	(void) s;
#endif
	*acked = 0;
	*known = 0;
	return -1;
}

int b24_sock_detach(curl_socket_t s)
{
#ifdef _WIN32
	(void) s;
	return -1;
#else
	int nul = open("/dev/null", O_RDWR), rc;

	if (nul < 0) {
		return -1;
	}
	rc = dup2(nul, s) < 0 ? -1 : 0;
	close(nul);
	return rc;
#endif
}

long b24_sock_pid(void)
{
#ifdef _WIN32
	return (long) _getpid();
#else
	return (long) getpid();
#endif
}

long long b24_sock_now_ms(void)
{
#ifdef _WIN32
	return (long long) GetTickCount64();
#else
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
#endif
}
