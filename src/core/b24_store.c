/*
 * b24_store: settings.json-compatible token file with a side lock file and
 * atomic replacement. See b24_store.h.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "b24_store.h"
#include "b24_file.h"
#include "b24_json_out.h"

/* How long a reader of a damaged file waits for a writer in place to finish. */
#define B24_STORE_TORN_WAIT_MS 10000L

/* A token file is a few hundred bytes; anything this large is not one. */
#define B24_STORE_MAX_BYTES (1024 * 1024)

struct b24_store {
	char *path;
	int lock_fd;           /* -1 when the lock is not held */
};

/* B24_STORE_FAILED with the path and, when set, errno's text. */
static void b24_store_fail(b24_error *err, const b24_store *s, const char *what, int errnum)
{
	b24_buf shown = B24_BUF_INIT;

	b24_error_set(err, B24_E_AUTH, B24_STORE_FAILED, 0, "token store %s: %s%s%s",
		s ? b24_redact_value(&shown, s->path, strlen(s->path)) : "", what, errnum ? ": " : "",
		errnum ? strerror(errnum) : "");
	b24_buf_free(&shown);
}

b24_store *b24_store_open(const char *path, b24_error *err)
{
	b24_store *s;

	if (!path || !*path) {
		b24_store_fail(err, NULL, "no path given", 0);
		return NULL;
	}
	s = calloc(1, sizeof(*s));
	if (s) {
		s->lock_fd = -1;
		s->path = b24_strdup(path);
	}
	if (!s || !s->path) {
		b24_store_free(s);
		b24_store_fail(err, NULL, "out of memory", 0);
		return NULL;
	}
	return s;
}

void b24_store_free(b24_store *s)
{
	if (!s) {
		return;
	}
	b24_store_unlock(s);
	free(s->path);
	free(s);
}

const char *b24_store_path(const b24_store *s)
{
	return s->path;
}

int b24_store_lock(b24_store *s, long timeout_ms, b24_error *err)
{
	int rc;

	if (s->lock_fd >= 0) {
		b24_store_fail(err, s, "lock already held by this store object", 0);
		return -1;
	}
	rc = b24_file_lock(s->path, timeout_ms > 0 ? timeout_ms : B24_STORE_LOCK_TIMEOUT_MS, &s->lock_fd);
	if (rc != B24_FILE_OK) {
		b24_store_fail(err, s, rc == B24_FILE_E_LOCK_OPEN ? "cannot open the lock file"
			: rc == B24_FILE_E_NOT_REGULAR ? "the lock file is not a regular file"
			: rc == B24_FILE_E_TIMEOUT ? "timed out waiting for the lock" : "cannot lock",
			rc == B24_FILE_E_TIMEOUT || rc == B24_FILE_E_NOT_REGULAR ? 0 : errno);
		return rc == B24_FILE_E_TIMEOUT ? B24_STORE_TIMED_OUT : -1;
	}
	return 0;
}

void b24_store_unlock(b24_store *s)
{
	b24_file_unlock(s->lock_fd);
	s->lock_fd = -1;
}

int b24_store_locked(const b24_store *s)
{
	return s->lock_fd >= 0;
}

/* Reads the whole file into buf; 1 when it does not exist. */
static int b24_store_read(b24_store *s, b24_buf *buf, b24_error *err)
{
	int rc = b24_file_read(s->path, B24_STORE_MAX_BYTES, buf);

	if (rc == B24_FILE_OK || rc == B24_FILE_MISSING) {
		return rc == B24_FILE_MISSING;
	}
	b24_store_fail(err, s, rc == B24_FILE_E_OPEN ? "cannot open" : rc == B24_FILE_E_READ
		? "cannot read" : rc == B24_FILE_E_NOT_REGULAR ? "not a regular file" : "file too large",
		rc == B24_FILE_E_NOT_REGULAR ? 0 : errno);
	return -1;
}

/* Reads and parses once: 0 loaded, 1 missing, 2 not a JSON object, -1 error. */
static int b24_store_read_token(b24_store *s, b24_token *out, b24_error *err)
{
	b24_buf buf = B24_BUF_INIT;
	int rc = b24_store_read(s, &buf, err);

	if (rc == 0 && b24_token_parse_json(buf.data ? buf.data : "", buf.len, out) != 0) {
		rc = 2;
	}
	b24_buf_free(&buf);
	return rc;
}

int b24_store_load(b24_store *s, b24_token *out, b24_error *err)
{
	int rc;

	b24_token_free(out);
	rc = b24_store_read_token(s, out, err);
	if (rc == 2 && s->lock_fd < 0 && b24_store_lock(s, B24_STORE_TORN_WAIT_MS, err) == 0) {
		/* a file rewritten in place is torn only while its writer holds the lock */
		rc = b24_store_read_token(s, out, err);
		b24_store_unlock(s);
	}
	if (rc == 2) {
		b24_store_fail(err, s, "not a JSON object (damaged file?)", 0);
		rc = -1;
	}
	return rc == 0 ? B24_STORE_LOADED : rc == 1 ? B24_STORE_MISSING : B24_STORE_ERROR;
}

/* "key": after a ',' unless it is the first member (only '{' written so far). */
static int b24_store_put_key(b24_buf *out, const char *key)
{
	if (out->len > 1) {
		b24_buf_append_char(out, ',');
	}
	return b24_json_key(out, key, strlen(key), 0) == B24_JSON_OK ? 0 : -1;
}

/* "key":"value" for a set string field. */
static int b24_store_put_str(b24_buf *out, const char *key, const char *value)
{
	if (!value) {
		return 0;
	}
	if (b24_store_put_key(out, key) != 0) {
		return -1;
	}
	return b24_json_escape(out, value, strlen(value), 0) == B24_JSON_OK ? 0 : -1;
}

/* "key":123 for a set number field. */
static int b24_store_put_int(b24_buf *out, const char *key, long long value)
{
	if (!value) {
		return 0;
	}
	if (b24_store_put_key(out, key) != 0) {
		return -1;
	}
	return b24_buf_append_long(out, value);
}

int b24_store_serialize(const b24_token *t, b24_buf *out)
{
	int rc = 0;

	b24_buf_reset(out);
	b24_buf_append_char(out, '{');
	/* CRest's key order, so that a diff against an old settings.json stays readable */
	rc |= b24_store_put_str(out, "access_token", t->access_token);
	rc |= b24_store_put_int(out, "expires", t->expires);
	rc |= b24_store_put_int(out, "expires_in", t->expires_in);
	rc |= b24_store_put_str(out, "scope", t->scope);
	rc |= b24_store_put_str(out, "domain", t->domain);
	rc |= b24_store_put_str(out, "server_endpoint", t->server_endpoint);
	rc |= b24_store_put_str(out, "status", t->status);
	rc |= b24_store_put_str(out, "client_endpoint", t->client_endpoint);
	rc |= b24_store_put_str(out, "member_id", t->member_id);
	rc |= b24_store_put_int(out, "user_id", t->user_id);
	rc |= b24_store_put_str(out, "refresh_token", t->refresh_token);
	rc |= b24_store_put_str(out, "application_token", t->application_token);
	b24_buf_append_char(out, '}');
	return rc == 0 && b24_buf_ok(out) ? 0 : -1;
}

/* The message of a failed b24_file_write_atomic(). */
static const char *b24_store_write_failure(int rc)
{
	switch (rc) {
	case B24_FILE_E_TEMP:
		return "cannot create a temporary file";
	case B24_FILE_E_REPLACE:
		return "cannot replace the file";
	case B24_FILE_E_SYNC_DIR:
		return "cannot sync the directory";
	case B24_FILE_E_NOT_REGULAR:
		return "not a regular file";
	case B24_FILE_E_OPEN:
		return "cannot create a temporary file nor open the file to rewrite it";
	default:
		return "cannot write the temporary file";
	}
}

int b24_store_save(b24_store *s, const b24_token *t, b24_error *err)
{
	b24_buf json = B24_BUF_INIT;
	int rc = -1;

	if (b24_store_serialize(t, &json) != 0) {
		b24_store_fail(err, s, "cannot serialize the token (out of memory or invalid UTF-8)", 0);
	} else if ((rc = b24_file_write_atomic(s->path, json.data, json.len)) == B24_FILE_E_TEMP) {
		/* a folder closed to this user, a file open to it: rewrite in place, under the lock */
		rc = s->lock_fd >= 0 ? b24_file_rewrite(s->path, json.data, json.len) : B24_FILE_E_TEMP;
	}
	if (rc > 0) {
		b24_store_fail(err, s, b24_store_write_failure(rc),
			rc == B24_FILE_E_NOT_REGULAR ? 0 : errno);
		rc = -1;
	}
	b24_buf_free(&json);
	return rc;
}

int b24_store_remove(b24_store *s, b24_error *err)
{
	if (b24_file_remove(s->path) != B24_FILE_OK) {
		b24_store_fail(err, s, "cannot remove", errno);
		return -1;
	}
	return 0;
}
