/*
 * b24_install: the rules of an application's install and of the events a
 * portal sends it, as plain C over the strings of the request.
 *
 * An install arrives in one of two forms: the ONAPPINSTALL event (auth[...])
 * or the app opened with PLACEMENT=DEFAULT (AUTH_ID, REFRESH_ID, ...). Either
 * is only a claim until checked, because anybody can POST one: every field
 * must be present and well-formed, the portal and the authorization server
 * https, the client endpoint on the portal's own domain, the authorization
 * server Bitrix24's (or the configured one), and the authorization server's
 * app.info must say that the token is this application's on that portal.
 * The binding asks app.info; these functions decide.
 */
#ifndef B24_INSTALL_H
#define B24_INSTALL_H

#include <stddef.h>

/* the AUTH codes of an event that cannot be trusted (B24_EVENT_MALFORMED, B24_APP_TOKEN_*, ...) */
#include "b24_codes_table.h"
#include "b24_install_verdicts_table.h"

/* The two ways a portal installs an app. */
enum b24_install_form {
	B24_INSTALL_FORM_NONE = 0,     /* neither: not an install request */
	B24_INSTALL_FORM_EVENT,        /* POST event=ONAPPINSTALL, auth[...]: rest_only */
	B24_INSTALL_FORM_PLACEMENT,    /* the app opened with PLACEMENT=DEFAULT: the install page */
};

/*
 * What became of an install request: one enumerator per row of
 * catalog/install_verdicts.tsv (B24_INSTALL_OK first, 0), whose name
 * b24_install_verdict_code() gives.
 */
#define B24_INSTALL_VERDICT_ENUM(verdict, name, meaning) verdict,
enum b24_install_verdict {
	B24_INSTALL_VERDICTS_ROWS(B24_INSTALL_VERDICT_ENUM)
};
#undef B24_INSTALL_VERDICT_ENUM

/*
 * The fields of an install request, NUL-terminated strings or NULL when
 * absent (the binding maps both forms onto these names).
 */
typedef struct b24_install_request {
	enum b24_install_form form;
	const char *access_token;
	const char *refresh_token;
	const char *expires_in;
	const char *domain;
	const char *member_id;
	const char *client_endpoint;   /* PLACEMENT form: built from DOMAIN */
	const char *server_endpoint;   /* NULL in the PLACEMENT form of older portals: the configured one */
	const char *application_token; /* required in the EVENT form only */
	const char *scope;             /* optional */
	const char *status;            /* optional */
	const char *user_id;           /* optional */
	const char *protocol;          /* PLACEMENT form: "1" https, "0" http; NULL: not sent */
} b24_install_request;

/* The field of the request a verdict is about, as the EVENT form names it ("member_id"...). */
typedef struct b24_install_result {
	enum b24_install_verdict verdict;
	const char *field;             /* static text or NULL */
} b24_install_result;

/*
 * Checks the request before anything is asked or stored. `oauth_server` is
 * the configured authorization server's base ("https://host[:port]/", NULL
 * or "" for none): its origin is trusted besides Bitrix24's own two hosts.
 */
b24_install_result b24_install_check(const b24_install_request *r, const char *oauth_server);

/*
 * Reads the authorization server's answer to app.info (`body`, JSON) and
 * says whether it confirms the install: result.client_id equals client_id,
 * result.install.member_id equals member_id and result.install.domain equals
 * domain (ASCII case-insensitive). OK, WRONG_APP, WRONG_PORTAL, or
 * VERIFY_FAILED for an answer without those members. *user_id gets
 * result.user_id when present (else left alone).
 */
enum b24_install_verdict b24_install_check_app_info(const char *body, size_t len,
	const char *client_id, const char *member_id, const char *domain, long long *user_id);

/* A short code-like text: "ok", "not_an_install", "missing_field", ... */
const char *b24_install_verdict_code(enum b24_install_verdict v);

/* 1 when the text is a token as the portal issues them: 1..512 of [A-Za-z0-9._~-]. */
int b24_install_token_valid(const char *s);
/* 1 for a member_id: 1..64 of [A-Za-z0-9_-] (safe as a store key and a file name part). */
int b24_install_member_id_valid(const char *s);
/* 1 for an event name: 1..128 of [A-Za-z0-9_.:]. */
int b24_install_event_name_valid(const char *s);
/* 1 for "host[:port]" of letters, digits, '.' and '-' (a portal's domain). */
int b24_install_domain_valid(const char *s);
/* A decimal number of 1..18 digits into *out; 1, or 0 when it is not one. */
int b24_install_number(const char *s, long long *out);

#endif /* B24_INSTALL_H */
