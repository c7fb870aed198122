/*
 * b24: what the batch files share (b24_call_batch(), B24Client::batch(),
 * CRest::callBatch()).
 * Not installed.
 */
#ifndef B24_BATCH_PRIVATE_H
#define B24_BATCH_PRIVATE_H

#include "b24_private.h"

/*
 * The commands of a batch in requests of B24_BATCH_MAX, in order. A
 * command that refers to the result of a command of an earlier request
 * ($result[id][path...]) gets that value put in its place before it is
 * sent: the portal resolves references within one request only.
 */
typedef struct b24_php_batch_plan {
	HashTable commands;        /* id => "method?query", ids as the caller gave them */
	HashTable positions;       /* the ids encoded as inside a command => position */
	HashTable ids;             /* position => id */
	HashPosition next;
	size_t sent;
} b24_php_batch_plan;

/*
 * Reads $calls (argument 1: [id => ['method' => ..., 'params' => [...]]])
 * into the plan. An entry without a method is skipped, as CRest does, or
 * with `strict` a ValueError. false with the error thrown; the plan must be
 * freed either way.
 */
bool b24_php_batch_plan_make(b24_php_batch_plan *plan, HashTable *calls, bool strict);
void b24_php_batch_plan_free(b24_php_batch_plan *plan);
/* The commands left to send. */
size_t b24_php_batch_left(const b24_php_batch_plan *plan);

/*
 * The parameters of the next request (cmd[id] => command, halt), its
 * references to earlier requests read from `results` (id => that command's
 * result; NULL: none): a scalar is put in, anything else (a failed command,
 * an array, a missing path) reads as an empty string, as the portal reads a
 * missing path. The ids of the request are appended to `ids` when not NULL.
 */
void b24_php_batch_next(b24_php_batch_plan *plan, HashTable *results, bool halt, zval *params, HashTable *ids);

/*
 * Sends the planned commands, B24_BATCH_MAX a request, each request's
 * references to earlier ones resolved, and merges the answers into *merged
 * (UNDEF on entry) as CRest's array; false only when an exception was thrown.
 */
bool b24_php_batch_send(b24_php_client *pc, b24_php_batch_plan *plan, bool halt, zval *merged);

/*
 * Whether a command of the next request refers to a command sent at
 * position `from` or later (whose result is not known yet): such a request
 * must wait for those answers.
 */
bool b24_php_batch_next_refers(b24_php_batch_plan *plan, size_t from);

/* An entry's key as messages name it: "id" for a string key, the number for an integer one. */
void b24_php_batch_entry_name(zend_string *key, zend_ulong idx, char *buf, size_t size);

#endif /* B24_BATCH_PRIVATE_H */
