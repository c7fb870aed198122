/*
 * b24_retry: which failed calls may be sent again and how long to wait before.
 * The repeats are counted by the client on the transport they go out on
 * (b24_transport_note_retry()).
 *
 * A failure where nothing of the request can have reached the portal (the
 * connection was never made or was refused) may be repeated for any method.
 * A failure after the request was sent (a timeout, a reset, a cut answer, a
 * 5xx) leaves unknown whether the portal ran the method: it is repeated only
 * for methods that only read (catalog/readonly.tsv), never for a write.
 */
#ifndef B24_RETRY_H
#define B24_RETRY_H

#include <stddef.h>
#include "b24_errors.h"

#define B24_RETRY_DEFAULT 2
#define B24_RETRY_MAX 10
/* The first backoff, doubled each repeat up to the cap; jitter takes it down to half. */
#define B24_RETRY_BASE_MS 100L
#define B24_RETRY_CAP_MS 3000L

enum b24_retry_class {
	B24_RETRY_NO = 0,        /* a final answer or a refusal: never repeated here */
	B24_RETRY_UNSENT,        /* nothing was sent: safe for every method */
	B24_RETRY_SENT           /* sent, outcome unknown: safe for reads only */
};

/* What a failed attempt allows. */
enum b24_retry_class b24_retry_classify(const b24_error *err);

/* 1 when the method only reads (catalog/readonly.tsv, case-insensitive). */
int b24_retry_readonly(const char *method, size_t len);

/* Milliseconds to wait before repeat number `n` (0 = the first), jittered. */
long b24_retry_backoff_ms(int n);

/* Sleeps ms milliseconds (signals do not cut it short). */
void b24_retry_sleep_ms(long ms);

#endif /* B24_RETRY_H */
