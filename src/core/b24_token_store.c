/*
 * b24_token_store: the store interface's helpers and the file store
 * (b24_store) behind it. See b24_token_store.h.
 */
#include <stdlib.h>
#include <string.h>

#include "b24_token_store.h"
#include "b24_store.h"

void b24_token_store_release(b24_token_store *st)
{
	if (st->ops && st->ops->free) {
		st->ops->free(st->ctx);
	}
	st->ops = NULL;
	st->ctx = NULL;
}

const char *b24_token_store_path(const b24_token_store *st)
{
	return st->ops && st->ops->path ? st->ops->path(st->ctx) : NULL;
}

int b24_token_store_member_valid(const char *member_id, size_t len)
{
	size_t i;

	if (len == 0 || len > B24_MEMBER_ID_MAX) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		char c = member_id[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| c == '_' || c == '-')) {
			return 0;
		}
	}
	return 1;
}

/* ---- the file store as operations --------------------------------------- */

static int b24_file_ops_lock(void *ctx, long timeout_ms, b24_error *err)
{
	return b24_store_lock(ctx, timeout_ms, err) == 0 ? 0 : -1;
}

static int b24_file_ops_unlock(void *ctx, b24_error *err)
{
	(void)err;
	b24_store_unlock(ctx);
	return 0;
}

static int b24_file_ops_load(void *ctx, b24_token *out, b24_error *err)
{
	return b24_store_load(ctx, out, err);
}

static int b24_file_ops_save(void *ctx, const b24_token *t, b24_error *err)
{
	return b24_store_save(ctx, t, err);
}

static int b24_file_ops_remove(void *ctx, b24_error *err)
{
	return b24_store_remove(ctx, err);
}

static const char *b24_file_ops_path(void *ctx)
{
	return b24_store_path(ctx);
}

static void b24_file_ops_free(void *ctx)
{
	b24_store_free(ctx);
}

static const b24_token_store_ops b24_file_ops = {
	"file", b24_file_ops_lock, b24_file_ops_unlock, b24_file_ops_load, b24_file_ops_save,
	b24_file_ops_remove, b24_file_ops_path, b24_file_ops_free
};

int b24_token_store_file(b24_token_store *st, const char *path, b24_error *err)
{
	b24_store *s = b24_store_open(path, err);

	st->ops = s ? &b24_file_ops : NULL;
	st->ctx = s;
	return s ? 0 : -1;
}

int b24_token_store_keyed(b24_token_store *st, const char *dir, const char *member_id,
	b24_error *err)
{
	b24_buf path = B24_BUF_INIT;
	size_t len = strlen(dir);
	int rc;

	st->ops = NULL;
	st->ctx = NULL;
	if (!b24_token_store_member_valid(member_id, strlen(member_id))) {
		b24_error_set(err, B24_E_API, B24_INVALID_ARGUMENT, 0,
			"member_id must be 1 to %d of A-Z a-z 0-9 _ -", B24_MEMBER_ID_MAX);
		return -1;
	}
	b24_buf_append(&path, dir, len);
	if (len == 0 || dir[len - 1] != '/') {
		b24_buf_append_char(&path, '/');
	}
	b24_buf_append_str(&path, member_id);
	b24_buf_append_str(&path, ".json");
	if (!b24_buf_ok(&path)) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory");
		rc = -1;
	} else {
		rc = b24_token_store_file(st, path.data, err);
	}
	b24_buf_free(&path);
	return rc;
}
