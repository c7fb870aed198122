/*
 * b24: what the files of class CRest share (b24_crest.c: the class and its
 * public methods; b24_crest_settings.c: where the settings are and the
 * client made of them; b24_crest_log.c: setLog() and the redaction of what
 * it writes; b24_crest_charset.c: C_REST_CURRENT_ENCODING). Not installed.
 */
#ifndef B24_CREST_PRIVATE_H
#define B24_CREST_PRIVATE_H

#include "b24_private.h"

extern zend_class_entry *b24_php_ce_CRest;

/* A CRest constant that is defined and === true. */
bool b24_php_crest_true_constant(const char *name, size_t len);
/*
 * Calls static::<lcname>() of the called class `scope` (a protected one
 * too) with argc arguments; false when it threw (retval UNDEF then).
 */
bool b24_php_crest_static(zend_class_entry *scope, const char *lcname, zval *retval,
	uint32_t argc, zval *argv);
/* Whether `scope` overrides CRest's method `lcname`. */
bool b24_php_crest_overridden(zend_class_entry *scope, const char *lcname);

/* ---- b24_crest_settings.c ---- */

/* Where a call's settings come from. */
typedef enum b24_php_crest_mode {
	B24_PHP_CREST_WEBHOOK,     /* C_REST_WEB_HOOK_URL (or b24.webhook_url): no settings read */
	B24_PHP_CREST_FILE,        /* CRest's own getSettingData/setSettingData: the core's store */
	B24_PHP_CREST_CUSTOM,      /* a subclass's: read and written through them */
} b24_php_crest_mode;

/* One call's client and where its settings came from. */
typedef struct b24_php_crest_conn {
	b24_php_client pc;
	zend_class_entry *scope;   /* the called class: CRest or a subclass */
	b24_php_crest_mode mode;
	zval settings;             /* what static::getSettingData() gave (UNDEF in webhook mode) */
} b24_php_crest_conn;

typedef enum b24_php_crest_open_outcome {
	B24_PHP_CREST_OPENED,
	B24_PHP_CREST_NOT_INSTALLED,  /* the settings lack one of CRest's five keys */
	B24_PHP_CREST_THROWN,
} b24_php_crest_open_outcome;

b24_php_crest_open_outcome b24_php_crest_open(b24_php_crest_conn *conn, zend_class_entry *scope);
void b24_php_crest_close(b24_php_crest_conn *conn);
/* b24.crest_settings; NULL with an Error thrown when it is empty. */
const char *b24_php_crest_settings_path(void);
/*
 * The one install step of installApp(): B24App's checks of the install
 * (b24_php_app_install_check()), then only a confirmed set stored with
 * static::setSettingData(); returns ['rest_only' => ..., 'install' => ...],
 * false when an exception was thrown.
 */
bool b24_php_crest_install(zend_class_entry *scope, HashTable *request, zval *result);

/* ---- b24_crest_log.c ---- */

/* C_REST_LOGS_DIR is defined and C_REST_BLOCK_LOG is not true. */
bool b24_php_crest_logging(void);
/* "<C_REST_LOGS_DIR>/<Y-m-d>/<H>/" of now (logging on). */
zend_string *b24_php_crest_log_dir(void);
/* A copy of `in` with every secret replaced by "***" (b24_redact_secret_key(), b24_redact()). */
void b24_php_crest_redact(zval *out, zval *in);
/*
 * static::setLog($data, $type) when the class overrides it or logging is
 * on; `data` is redacted first. false when it threw.
 */
bool b24_php_crest_log(zend_class_entry *scope, zval *data, const char *type);

/* ---- b24_crest_charset.c ---- */

/* C_REST_CURRENT_ENCODING, NULL when not defined or empty. */
const char *b24_php_crest_encoding(void);
/*
 * A copy of `in` with every string (keys too) converted from `from` to
 * `to`; integers, floats, booleans and null kept. false with an Error
 * thrown when PHP has no converter or the encoding is unknown.
 */
bool b24_php_crest_convert(zval *out, zval *in, const char *from, const char *to);

#endif /* B24_CREST_PRIVATE_H */
