/*
 * A local HTTP server for the transport and client tests: `php -S` on a free
 * loopback port, serving tests/unit/server/router.php. Tests that need it
 * are skipped when no php CLI is available.
 */
#ifndef B24_TEST_SERVER_H
#define B24_TEST_SERVER_H

#include <stddef.h>

/* Starts the server with `state_dir` as its data directory; "http://127.0.0.1:<port>/" or NULL. */
const char *b24t_server_start(const char *state_dir);
void b24t_server_stop(void);

/* A loopback port that is free right now, or -1. */
int b24t_free_port(void);
/* Waits up to about `ms` milliseconds until 127.0.0.1:port accepts; 1 when it does. */
int b24t_wait_port(int port, int ms);

/*
 * The placement registry of the server's /rest/1/placements/ webhook (see
 * router.php): replaced by `json` (an object; "{}" empties it), and the
 * methods called since, joined by ',' into `out`. 0 / -1.
 */
int b24t_registry_reset(const char *state_dir, const char *json);
struct b24_client;
/* Starts the server and returns a webhook client of its registry; NULL when it cannot. */
struct b24_client *b24t_registry_client(const char *state_dir);
int b24t_registry_log(const char *state_dir, char *out, size_t size);

#endif /* B24_TEST_SERVER_H */
