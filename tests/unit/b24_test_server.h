/*
 * A local HTTP server for the transport and client tests: `php -S` on a free
 * loopback port, serving tests/unit/server/router.php. Tests that need it
 * are skipped when no php CLI is available.
 */
#ifndef B24_TEST_SERVER_H
#define B24_TEST_SERVER_H

/* Starts the server with `state_dir` as its data directory; "http://127.0.0.1:<port>/" or NULL. */
const char *b24t_server_start(const char *state_dir);
void b24t_server_stop(void);

#endif /* B24_TEST_SERVER_H */
