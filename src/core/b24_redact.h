/*
 * b24_redact: the one place where text that may carry a secret, or that
 * came from the network, is made fit for a message or a log line. Every
 * b24_error (b24_error_set_code()) and every log message and string field
 * (b24_log_emit()) goes through it, as do phpinfo() and var_dump() of
 * clients; it works on any text, so other writers of logs can use it too.
 *
 * What it replaces by "***", with ASCII case ignored:
 *  - the code of a webhook path /rest/<digits>/<code>, also with its
 *    slashes written \/ (JSON) or %2F (a URL inside a query);
 *  - the password of scheme://user:password@;
 *  - the values of the keys access_token, refresh_token, client_secret,
 *    application_token, auth, auth_id, refresh_id (the install form) and
 *    c_rest_client_secret (CRest's settings), written key=value, key]=value (auth[..]),
 *    key%5D=value, key%3Dvalue (a query encoded once more, as in batch
 *    commands) and "key":"value" (JSON; an "auth" object's members are
 *    caught by their own names).
 * What it escapes as \xNN: C0 control bytes (CR and LF included, so a
 * Location header or an error description cannot add a line to a log),
 * DEL, and every byte that is not part of valid UTF-8.
 *
 * The output of b24_redact() is a fixed point of it: text redacted twice
 * reads the same (a text whose first pass leaves a secret form showing is
 * redacted again, see b24_redact.c). A cut text (a prefix) is redacted as safely as a whole
 * one, because a value is replaced from its first byte.
 */
#ifndef B24_REDACT_H
#define B24_REDACT_H

#include <stddef.h>
#include "b24_buf.h"

/* Appends the redacted text of in[0..len) to out: 0, or -1 when out of memory. */
int b24_redact(const char *in, size_t len, b24_buf *out);

/*
 * The cap of text in messages. A message shows at most B24_MSG_VALUE_MAX
 * bytes of any one value it repeats (a method name, a key, a URL, a path, a
 * placement code, an event name, an error code) and at most
 * B24_MSG_TEXT_MAX bytes of a whole description (the portal's
 * error_description, or a text of the client's with values in it). A longer
 * text is cut at a UTF-8 boundary, never inside an escape, and ends with the
 * marker "...[<n> bytes]", n being the length of the text as given: nothing
 * is cut silently. Redaction comes first, the cut after, so a cut can never
 * leave part of a secret unrecognised (b24_redact() reads the input as far
 * as B24_MSG_SCAN beyond the cap, and a prefix is redacted as safely as the
 * whole).
 */
#define B24_MSG_VALUE_MAX  200
#define B24_MSG_TEXT_MAX   900
/* The longest marker: "...[" + 20 digits + " bytes]". */
#define B24_MSG_MARKER_MAX 31
/* Input read beyond what a cap shows: room for secrets that redaction shortens. */
#define B24_MSG_SCAN       65536

/*
 * Appends the redacted text of in[0..len) to out, at most max bytes of it and
 * the marker when there is more. 0, or -1 when out of memory.
 */
int b24_redact_capped(const char *in, size_t len, size_t max, b24_buf *out);

/*
 * The same into a buffer: at most max bytes of text and the marker. A caller
 * repeats a value in a message with it: `b24_redact_value(&tmp, s, len)`
 * gives the NUL-terminated text of B24_MSG_VALUE_MAX, in tmp (freed by the
 * caller); "(text withheld)" when out of memory.
 */
const char *b24_redact_value(b24_buf *tmp, const char *in, size_t len);

/*
 * The redacted text of in[0..len) into dst (NUL-terminated), capped so that
 * text and marker fit: at most size - 1 - B24_MSG_MARKER_MAX bytes of text
 * (size must exceed B24_MSG_MARKER_MAX). Returns the length written; out of
 * memory writes "(text withheld)".
 */
size_t b24_redact_into(char *dst, size_t size, const char *in, size_t len);

/*
 * 1 when a key of a structured value (an array or object being logged)
 * names a secret: one of the keys above, matched whole and ASCII case
 * ignored. A caller replaces such a value (or the secrets inside it, when it
 * is itself an array like an event's auth) and runs b24_redact() over every
 * other string.
 */
int b24_redact_secret_key(const char *key, size_t len);

#endif /* B24_REDACT_H */
