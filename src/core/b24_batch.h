/*
 * b24_batch: the plan of a batch call that b24_call_batch() sends.
 *
 * The portal's `batch` method takes at most B24_BATCH_MAX commands, so more
 * are sent as several requests, in order, B24_BATCH_MAX at a time. Inside a
 * request a command may use the result of another as $result[id][path...];
 * the portal resolves that only within one request, so a reference to a
 * command carried by an earlier request would silently read an empty value.
 * The client resolves such a reference itself before it sends the command:
 * b24_batch_resolve() puts the value (form-encoded) in the reference's
 * place.
 *
 * Commands are "method?<http_build_query(params)>", as CRest writes them:
 * a reference reads "%24result%5B<id>%5D" there (http_build_query() encodes
 * "$", "[" and "]"), with the id encoded as well.
 */
#ifndef B24_BATCH_H
#define B24_BATCH_H

#include <stddef.h>

#include "b24_buf.h"

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
 * The next element of a reference's path at *p: 1 with the encoded element
 * in *elem / *len and *p moved past it ("%5B<elem>%5D"), 0 at the end of
 * the path.
 */
int b24_batch_next_elem(const char **p, const char *end, const char **elem, size_t *len);

/*
 * Appends the value that the reference to the command at `target` with
 * this encoded path (elements "%5B...%5D", b24_batch_next_elem()) reads,
 * form-encoded; 0, or -1 when out of memory.
 */
typedef int (*b24_batch_value)(void *ctx, long target, const char *path, size_t path_len, b24_buf *out);

/*
 * The command at `pos` into `out` with each reference to a command of an
 * earlier request replaced by its value (b24_batch_value); every other
 * byte copied. 0, or -1 when out of memory.
 */
int b24_batch_resolve(const char *cmd, size_t len, size_t pos, b24_batch_find find, b24_batch_value value,
	void *ctx, b24_buf *out);

#endif /* B24_BATCH_H */
