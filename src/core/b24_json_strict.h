/*
 * b24_json_strict: whether a JSON text keeps to RFC 8259, checked before
 * json-c reads it.
 *
 * json-c's own JSON_TOKENER_STRICT cannot be used: in json-c 0.18 (Debian
 * trixie) it refuses every byte above 0x7F inside a string, so a Russian
 * error description or a stored Cyrillic name would not read. The core
 * therefore reads with json-c's default flags and refuses first what those
 * accept beyond the RFC: invalid UTF-8, control bytes inside strings,
 * single quotes, comments, trailing commas, and names other than true,
 * false and null outside strings.
 */
#ifndef B24_JSON_STRICT_H
#define B24_JSON_STRICT_H

#include <stddef.h>

/* 1 when the text keeps to the rules above (json-c still checks the grammar), else 0. */
int b24_json_strict_ok(const char *text, size_t len);

#endif
