/*
 * b24_install: the checks of an install request and of the authorization
 * server's app.info answer (see b24_install.h).
 */
#include "b24_install.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "b24_buf.h"
#include "b24_errors.h"
#include "b24_envelope.h"
#include "b24_url.h"

/* Bitrix24's authorization servers (rest-protocol.md 1.4), as b24_url_origin() writes them. */
static const char *const b24_install_servers[] = {
	"https://oauth.bitrix.info:443", "https://oauth.bitrix24.tech:443", NULL
};

static int b24_install_chars(const char *s, size_t max, const char *extra)
{
	size_t i;

	if (!s || !*s) {
		return 0;
	}
	for (i = 0; s[i]; i++) {
		if (i >= max || !(isalnum((unsigned char) s[i]) || strchr(extra, s[i]))) {
			return 0;
		}
	}
	return 1;
}

int b24_install_token_valid(const char *s)
{
	return b24_install_chars(s, 512, "._~-");
}

int b24_install_member_id_valid(const char *s)
{
	return b24_install_chars(s, 64, "_-");
}

int b24_install_event_name_valid(const char *s)
{
	return b24_install_chars(s, 128, "_.:");
}

int b24_install_domain_valid(const char *s)
{
	const char *colon;

	if (!b24_install_chars(s, 253, ".-:") || s[0] == '.' || s[0] == '-' || s[0] == ':') {
		return 0;
	}
	colon = strchr(s, ':');
	if (!colon) {
		return 1;
	}
	/* one colon, then a port of digits only */
	return colon[1] && strspn(colon + 1, "0123456789") == strlen(colon + 1) && strlen(colon + 1) <= 5;
}

int b24_install_number(const char *s, long long *out)
{
	long long v = 0;
	size_t i;

	if (!s || !*s || strlen(s) > 18) {
		return 0;
	}
	for (i = 0; s[i]; i++) {
		if (!isdigit((unsigned char) s[i])) {
			return 0;
		}
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

const char *b24_install_verdict_code(enum b24_install_verdict v)
{
#define B24_INSTALL_VERDICT_CASE(verdict, name, meaning) case verdict: return name;
	switch (v) {
		B24_INSTALL_VERDICTS_ROWS(B24_INSTALL_VERDICT_CASE)
	}
#undef B24_INSTALL_VERDICT_CASE
	return "unknown";
}

static b24_install_result b24_install_result_of(enum b24_install_verdict v, const char *field)
{
	b24_install_result r;

	r.verdict = v;
	r.field = v == B24_INSTALL_OK ? NULL : field;
	return r;
}

/* A field that must be present: MISSING when absent, BAD when `valid` says no. */
static enum b24_install_verdict b24_install_need(const char *v, int (*valid)(const char *))
{
	if (!v || !*v) {
		return B24_INSTALL_MISSING_FIELD;
	}
	return valid(v) ? B24_INSTALL_OK : B24_INSTALL_BAD_FIELD;
}

static int b24_install_number_valid(const char *s)
{
	long long n;

	return b24_install_number(s, &n) && n > 0;
}

/* Optional printable text (scope, status): at most `max` bytes, no control byte. */
static int b24_install_text_valid(const char *s, size_t max)
{
	size_t i;

	for (i = 0; s && s[i]; i++) {
		if (i >= max || (unsigned char) s[i] < 0x20 || (unsigned char) s[i] == 0x7f) {
			return 0;
		}
	}
	return 1;
}

static int b24_install_user_id_valid(const char *s)
{
	long long n;

	return !s || !*s || b24_install_number(s, &n);
}

/* The fields every install carries, each with its form. */
static b24_install_result b24_install_check_fields(const b24_install_request *r)
{
	static const char *const names[] = { "access_token", "refresh_token", "member_id", "domain", "expires_in" };
	const char *values[5];
	int (*const valid[5])(const char *) = { b24_install_token_valid, b24_install_token_valid,
		b24_install_member_id_valid, b24_install_domain_valid, b24_install_number_valid };
	enum b24_install_verdict v;
	size_t i;

	values[0] = r->access_token;
	values[1] = r->refresh_token;
	values[2] = r->member_id;
	values[3] = r->domain;
	values[4] = r->expires_in;
	for (i = 0; i < 5; i++) {
		if ((v = b24_install_need(values[i], valid[i])) != B24_INSTALL_OK) {
			return b24_install_result_of(v, names[i]);
		}
	}
	if (r->form == B24_INSTALL_FORM_EVENT
			&& (v = b24_install_need(r->application_token, b24_install_token_valid)) != B24_INSTALL_OK) {
		return b24_install_result_of(v, "application_token");
	}
	if (r->application_token && *r->application_token && !b24_install_token_valid(r->application_token)) {
		return b24_install_result_of(B24_INSTALL_BAD_FIELD, "application_token");
	}
	if (!b24_install_text_valid(r->scope, 1024) || !b24_install_text_valid(r->status, 16)) {
		return b24_install_result_of(B24_INSTALL_BAD_FIELD, r->scope && !b24_install_text_valid(r->scope, 1024)
			? "scope" : "status");
	}
	if (!b24_install_user_id_valid(r->user_id)) {
		return b24_install_result_of(B24_INSTALL_BAD_FIELD, "user_id");
	}
	return b24_install_result_of(B24_INSTALL_OK, NULL);
}

static int b24_install_scheme_is(const char *url, const b24_url *p, const char *scheme)
{
	return p->scheme.len == strlen(scheme) && strncasecmp(url + p->scheme.off, scheme, p->scheme.len) == 0;
}

/* MISSING, BAD (not a URL), INSECURE (http or another scheme) or OK. */
static enum b24_install_verdict b24_install_https(const char *url)
{
	b24_url p;

	if (!url || !*url) {
		return B24_INSTALL_MISSING_FIELD;
	}
	if (strlen(url) > B24_URL_MAX_LEN || b24_url_parse(url, strlen(url), &p) != 0 || p.host.len == 0) {
		return B24_INSTALL_BAD_FIELD;
	}
	return b24_install_scheme_is(url, &p, "https") ? B24_INSTALL_OK : B24_INSTALL_INSECURE;
}

/* client_endpoint: https://<domain>/rest/ exactly, the same origin as the domain. */
static enum b24_install_verdict b24_install_client_endpoint(const b24_install_request *r)
{
	b24_buf base = B24_BUF_INIT, origin = B24_BUF_INIT, own = B24_BUF_INIT, portal = B24_BUF_INIT;
	enum b24_install_verdict v = b24_install_https(r->client_endpoint);
	b24_error err;

	if (v == B24_INSTALL_OK) {
		b24_buf_append_str(&portal, "https://");
		b24_buf_append_str(&portal, r->domain);
		b24_buf_append_char(&portal, '/');
		if (b24_url_client_endpoint(r->client_endpoint, strlen(r->client_endpoint), 0, &base, &err) != 0
				|| b24_url_origin(r->client_endpoint, strlen(r->client_endpoint), &origin) != 0
				|| b24_url_origin(b24_buf_cstr(&portal), portal.len, &own) != 0
				|| strcmp(b24_buf_cstr(&origin), b24_buf_cstr(&own)) != 0) {
			v = B24_INSTALL_FOREIGN_ENDPOINT;
		}
	}
	b24_buf_free(&base);
	b24_buf_free(&origin);
	b24_buf_free(&own);
	b24_buf_free(&portal);
	return v;
}

/* 1 when the origin of `url` is one of Bitrix24's servers or the configured one's. */
static int b24_install_server_trusted(const char *url, const char *oauth_server)
{
	b24_buf origin = B24_BUF_INIT, configured = B24_BUF_INIT;
	int trusted = 0;
	size_t i;

	if (b24_url_origin(url, strlen(url), &origin) == 0) {
		for (i = 0; b24_install_servers[i] && !trusted; i++) {
			trusted = strcmp(b24_buf_cstr(&origin), b24_install_servers[i]) == 0;
		}
		if (!trusted && oauth_server && *oauth_server
				&& b24_url_origin(oauth_server, strlen(oauth_server), &configured) == 0) {
			trusted = strcmp(b24_buf_cstr(&origin), b24_buf_cstr(&configured)) == 0;
		}
	}
	b24_buf_free(&origin);
	b24_buf_free(&configured);
	return trusted;
}

/* server_endpoint: https://<trusted server>/rest/. */
static enum b24_install_verdict b24_install_server_endpoint(const char *url, const char *oauth_server)
{
	enum b24_install_verdict v = b24_install_https(url);
	b24_url p;

	if (v != B24_INSTALL_OK) {
		return v;
	}
	b24_url_parse(url, strlen(url), &p);
	if (p.has_userinfo || p.has_query || p.has_fragment
			|| !((p.path.len == 6 && memcmp(url + p.path.off, "/rest/", 6) == 0)
				|| (p.path.len == 5 && memcmp(url + p.path.off, "/rest", 5) == 0))) {
		return B24_INSTALL_BAD_FIELD;
	}
	return b24_install_server_trusted(url, oauth_server) ? B24_INSTALL_OK : B24_INSTALL_UNTRUSTED_SERVER;
}

b24_install_result b24_install_check(const b24_install_request *r, const char *oauth_server)
{
	b24_install_result res;
	enum b24_install_verdict v;

	if (r->form == B24_INSTALL_FORM_NONE) {
		return b24_install_result_of(B24_INSTALL_NOT_AN_INSTALL, NULL);
	}
	res = b24_install_check_fields(r);
	if (res.verdict != B24_INSTALL_OK) {
		return res;
	}
	if (r->protocol && strcmp(r->protocol, "1") != 0) {
		return b24_install_result_of(B24_INSTALL_INSECURE, "PROTOCOL");
	}
	if ((v = b24_install_client_endpoint(r)) != B24_INSTALL_OK) {
		return b24_install_result_of(v, "client_endpoint");
	}
	v = b24_install_server_endpoint(r->server_endpoint, oauth_server);
	return b24_install_result_of(v, "server_endpoint");
}

static const char *b24_install_member_str(json_object *obj, const char *key)
{
	json_object *v;

	return obj && json_object_object_get_ex(obj, key, &v) && json_object_is_type(v, json_type_string)
		? json_object_get_string(v) : NULL;
}

static enum b24_install_verdict b24_install_app_info_result(json_object *result, const char *client_id,
	const char *member_id, const char *domain, long long *user_id)
{
	json_object *install = NULL, *uid;
	const char *got_client = b24_install_member_str(result, "client_id");
	const char *got_member, *got_domain;

	if (!json_object_object_get_ex(result, "install", &install) || !json_object_is_type(install, json_type_object)) {
		install = NULL;
	}
	got_member = b24_install_member_str(install, "member_id");
	got_domain = b24_install_member_str(install, "domain");
	if (!got_client || !got_member || !got_domain) {
		return B24_INSTALL_VERIFY_FAILED;
	}
	if (strcmp(got_client, client_id) != 0) {
		return B24_INSTALL_WRONG_APP;
	}
	if (strcmp(got_member, member_id) != 0 || strcasecmp(got_domain, domain) != 0) {
		return B24_INSTALL_WRONG_PORTAL;
	}
	if (json_object_object_get_ex(result, "user_id", &uid)
			&& (json_object_is_type(uid, json_type_int) || json_object_is_type(uid, json_type_string))) {
		*user_id = json_object_get_int64(uid);
	}
	return B24_INSTALL_OK;
}

enum b24_install_verdict b24_install_check_app_info(const char *body, size_t len,
	const char *client_id, const char *member_id, const char *domain, long long *user_id)
{
	json_object *root = NULL, *result;
	enum b24_install_verdict v = B24_INSTALL_VERIFY_FAILED;

	if (body && len <= 65536) {
		root = b24_json_parse(body, len);
	}
	if (root && json_object_is_type(root, json_type_object) && json_object_object_get_ex(root, "result", &result)
			&& json_object_is_type(result, json_type_object)) {
		v = b24_install_app_info_result(result, client_id, member_id, domain, user_id);
	}
	json_object_put(root);
	return v;
}
