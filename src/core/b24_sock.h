/*
 * b24_sock: the few socket-level facts the transport needs beyond libcurl,
 * on POSIX and Windows:
 *
 *  - sockets made close-on-exec, so a PHP child started with proc_open()
 *    or exec() never holds a portal connection;
 *  - how many bytes of what we sent the peer's TCP has acknowledged (Linux
 *    TCP_INFO): a request none of whose bytes were acknowledged never reached
 *    a live socket on the server (a closed socket answers with a reset, not
 *    an acknowledgement), so it may be sent again, a write included;
 *  - detaching an inherited socket after fork(): the descriptor is pointed at
 *    /dev/null, so that freeing the child's copy of a TLS connection writes
 *    its close_notify into nothing instead of into the parent's connection.
 */
#ifndef B24_SOCK_H
#define B24_SOCK_H

#include <curl/curl.h>

/* socket() with close-on-exec where the system has it; CURL_SOCKET_BAD on failure. */
curl_socket_t b24_sock_open(int family, int type, int protocol);
/* close() / closesocket(). */
int b24_sock_close(curl_socket_t s);
/*
 * Bytes sent on s that the peer acknowledged so far; 0 with *known = 1
 * where the system tells (Linux), -1 with *known = 0 elsewhere.
 */
int b24_sock_acked(curl_socket_t s, unsigned long long *acked, int *known);
/*
 * Makes s refer to /dev/null (POSIX; a no-op returning -1 on Windows, where
 * sockets are not inherited by fork()). The connection it was part of is
 * left untouched for the process that still holds it.
 */
int b24_sock_detach(curl_socket_t s);
/* The current process id (0 where unknown). */
long b24_sock_pid(void);
/* A monotonic clock in milliseconds. */
long long b24_sock_now_ms(void);

#endif /* B24_SOCK_H */
