/*
 * b24: what the files of B24Placement and b24_bind_event() share.
 *
 *   b24_placement.c          the class, its object, settings, codes and events()
 *   b24_placement_rest.c     bind(), install(), unbind(), get(), list()
 *   b24_placement_request.c  fromRequest(), request(), options(), client(), verifyApplicationToken()
 *   b24_placement_frame.c    renderFrame(), frame(), verifyEvent(), bindings()
 *   b24_bind_event.c         b24_bind_event(), bindEvent(), unbindEvent()
 *
 * The protocol is in the core (b24_placement, b24_bind_event, b24_frame,
 * b24_catalog); these files parse arguments, resolve settings and convert
 * values.
 */
#ifndef B24_PLACEMENT_PRIVATE_H
#define B24_PLACEMENT_PRIVATE_H

#include "b24_private.h"
#include "b24_buf.h"
/* B24_BAD_REQUEST, of a placement request that lacks a required field */
#include "b24_codes_table.h"

extern zend_class_entry *b24_php_ce_Placement;

typedef struct b24_php_placement_object {
	zend_string *code;
	zval client;               /* the B24Client given, or UNDEF: the default client */
	zval request;              /* fromRequest(): the non-secret fields, else UNDEF */
	zval options;              /* fromRequest(): PLACEMENT_OPTIONS decoded, else UNDEF */
	zend_string *auth_id;      /* the request's secrets, never shown */
	zend_string *refresh_id;
	zend_string *app_token;
	zend_object std;
} b24_php_placement_object;

static inline b24_php_placement_object *b24_php_placement_obj(zend_object *obj)
{
	return (b24_php_placement_object *) ((char *) obj - offsetof(b24_php_placement_object, std));
}

/* $this, or NULL with an Error when it was never constructed. */
b24_php_placement_object *b24_php_placement_this(zval *this_zv);
/* $this made by fromRequest(), or NULL with an Error naming `method`. */
b24_php_placement_object *b24_php_placement_request_this(zval *this_zv, const char *method);
/* The placement's client: its own B24Client, else the default one; NULL with an exception. */
b24_php_client *b24_php_placement_client(b24_php_placement_object *o);

/* The four INI settings of placements, read in one place; NULL when empty. */
typedef struct b24_php_placement_settings {
	const char *frame_url;
	const char *error_handler_url;
	const char *sdk_url;
	const char *bindings_file;
} b24_php_placement_settings;
void b24_php_placement_ini(b24_php_placement_settings *out);

/*
 * The $options of a placement method, read by b24_php_options_parse():
 * a table's spec, its messages saying "option".
 */
#define B24_PHP_PLACEMENT_OPTS(table) { (table), sizeof(table) / sizeof((table)[0]), "option" }

/* ---- small helpers ---- */

long long b24_php_placement_now(void);
/* Throws the core's error unless an exception is already pending. */
void b24_php_placement_throw(const b24_error *err);
/* A B24Exception of the given kind with a formatted description. */
void b24_php_placement_throwf(int kind, const char *code, const char *fmt, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
/* 1 for [A-Za-z0-9_]+ of at most 128 bytes. */
int b24_php_placement_code_shaped(const char *s, size_t len);
/* An upper-cased copy of an ASCII code. */
zend_string *b24_php_placement_upper(const char *s, size_t len);

/* ---- handler URLs ---- */

/* The option allow_local, else the client's, else b24.allow_local. */
bool b24_php_placement_allow_local(zval *opt, b24_php_client *pc);
/* A handler URL given as argument `arg`; false with a ValueError when refused. */
bool b24_php_placement_check_handler(zend_string *url, bool allow_local, uint32_t arg);
/* A URL from an option or INI setting, named `what`; false with a ValueError. */
bool b24_php_placement_check_setting(const char *url, bool allow_local, const char *what);

/* ---- the bindings file (b24_bind_event.c) ---- */

/*
 * Where the portal's bindings are kept: the file (option, INI, next to a
 * store) into `path`, the portal's key (member_id, else the client's) into
 * `portal`. false when no file is configured (nothing thrown).
 */
bool b24_php_bindings_where(zval *file_opt, b24_php_client *pc, const char *member_id,
	b24_buf *path, b24_buf *portal);
/* The Error for a missing bindings file. */
void b24_php_bindings_missing(void);

#endif /* B24_PLACEMENT_PRIVATE_H */
