/*
 * b24_batch: the plan of a batch call that b24_call_batch() sends.
 *
 * The portal's `batch` method takes at most B24_BATCH_MAX commands, so more
 * are sent as several requests, in order, B24_BATCH_MAX at a time. Inside a
 * request a command may use the result of another as $result[id]; the
 * portal resolves that only within one request, so a reference to a command
 * carried by an earlier request would silently read an empty value. Such a
 * command is refused before anything is sent.
 *
 * Commands are "method?<http_build_query(params)>", as CRest writes them:
 * a reference reads "%24result%5B<id>%5D" there (http_build_query() encodes
 * "$", "[" and "]"), with the id encoded as well.
 */
#ifndef B24_BATCH_H
#define B24_BATCH_H

#include <stddef.h>

/* The batch method's own limit of commands per request. */
#define B24_BATCH_MAX 50

/* How many requests carry `count` commands. */
size_t b24_batch_requests(size_t count);
/* The request (from 0) that carries the command at position `pos` (from 0). */
size_t b24_batch_request_of(size_t pos);
/* How many commands the next request carries once `sent` of `count` are sent. */
size_t b24_batch_chunk(size_t sent, size_t count);

/*
 * Finds the next reference at or after *p (before end): 1 with the encoded
 * id in *id / *id_len and *p moved past the reference, 0 when there is none
 * (an unclosed one is none).
 */
int b24_batch_next_ref(const char **p, const char *end, const char **id, size_t *id_len);

/* The position of the command with this encoded id, -1 when there is none. */
typedef long (*b24_batch_find)(void *ctx, const char *id, size_t id_len);

/*
 * Checks the references of the command at position `pos`: -1 when one names
 * a command of an earlier request, 0 otherwise (ids of no command are the
 * portal's business).
 */
int b24_batch_check_command(const char *cmd, size_t len, size_t pos, b24_batch_find find, void *ctx);

#endif /* B24_BATCH_H */
