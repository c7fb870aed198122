/*
 * b24: the plan of a batch of any length, shared by b24_call_batch() and
 * B24Client::batch(): each entry of $calls becomes "method" or
 * "method?<http_build_query(params)>" as CRest writes a command; requests
 * carry B24_BATCH_MAX commands, in order (the core's b24_batch); a
 * $result[id][path] reference to a command of an earlier request is
 * resolved here, from that command's result, because the portal resolves
 * references within one request only.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "ext/standard/url.h"

#include "b24_batch_private.h"
#include "b24_form.h"
#include "b24_batch.h"

/* An entry's key as messages name it. */
void b24_php_batch_entry_name(zend_string *key, zend_ulong idx, char *buf, size_t size)
{
	char shown[B24_PHP_MSG_VALUE_SIZE];

	if (key) {
		snprintf(buf, size, "\"%s\"", b24_php_msg_value(shown, key));
	} else {
		snprintf(buf, size, ZEND_ULONG_FMT, idx);
	}
}

/*
 * "method" or "method?<http_build_query(params)>", as CRest writes a command;
 * NULL with an exception thrown when the parameters cannot be encoded.
 */
static zend_string *b24_php_batch_command(zend_string *method, zval *params)
{
	b24_buf query = B24_BUF_INIT;
	zend_string *out = NULL;
	bool with_query = params && zend_hash_num_elements(Z_ARRVAL_P(params)) > 0;

	/* b24_form_pair() starts with '&' on a non-empty buffer: encode apart */
	if (!with_query || b24_php_encode_form(&query, Z_ARRVAL_P(params), 1)) {
		out = zend_string_concat3(ZSTR_VAL(method), ZSTR_LEN(method), "?", with_query ? 1 : 0,
			b24_buf_cstr(&query), query.len);
	} else if (!EG(exception)) {
		zend_throw_error(NULL, "Out of memory while encoding a batch command");
	}
	b24_buf_free(&query);
	return out;
}

/*
 * Checks one entry of $calls and returns its command text; NULL with
 * *skip set for an entry without a method (CRest skips those), NULL with an
 * exception thrown for misuse.
 */
static zend_string *b24_php_batch_entry(zend_string *key, zend_ulong idx, zval *entry, bool strict, bool *skip)
{
	zval *method, *params;
	char name[B24_PHP_MSG_VALUE_SIZE + 2];

	*skip = false;
	b24_php_batch_entry_name(key, idx, name, sizeof(name));
	ZVAL_DEREF(entry);
	if (Z_TYPE_P(entry) != IS_ARRAY) {
		zend_argument_type_error(1, "entry %s must be of type array, %s given", name, zend_zval_type_name(entry));
		return NULL;
	}
	method = zend_hash_str_find_deref(Z_ARRVAL_P(entry), ZEND_STRL("method"));
	if (!method || Z_TYPE_P(method) == IS_NULL || (Z_TYPE_P(method) == IS_STRING && Z_STRLEN_P(method) == 0)) {
		if (strict) {
			zend_argument_value_error(1, "entry %s has no \"method\"", name);
			return NULL;
		}
		*skip = true;
		return NULL;
	}
	if (Z_TYPE_P(method) != IS_STRING) {
		zend_argument_type_error(1, "entry %s key \"method\" must be of type string, %s given",
			name, zend_zval_type_name(method));
		return NULL;
	}
	if (!b24_client_method_valid(Z_STRVAL_P(method), Z_STRLEN_P(method))) {
		zend_argument_value_error(1, "entry %s key \"method\" must be a REST method name", name);
		return NULL;
	}
	if (zend_string_equals_literal_ci(Z_STR_P(method), "batch")) {
		zend_argument_value_error(1, "entry %s calls \"batch\", which cannot be nested in a batch", name);
		return NULL;
	}
	params = zend_hash_str_find_deref(Z_ARRVAL_P(entry), ZEND_STRL("params"));
	if (params && Z_TYPE_P(params) != IS_NULL && Z_TYPE_P(params) != IS_ARRAY) {
		zend_argument_type_error(1, "entry %s key \"params\" must be of type array, %s given",
			name, zend_zval_type_name(params));
		return NULL;
	}
	return b24_php_batch_command(Z_STR_P(method), params && Z_TYPE_P(params) == IS_ARRAY ? params : NULL);
}

/* All commands, keyed as in $calls; false when an exception was thrown. */
static bool b24_php_batch_commands(HashTable *calls, HashTable *commands, bool strict)
{
	zend_string *key, *cmd;
	zend_ulong idx;
	zval *entry, zcmd;
	bool skip;

	ZEND_HASH_FOREACH_KEY_VAL(calls, idx, key, entry) {
		cmd = b24_php_batch_entry(key, idx, entry, strict, &skip);
		if (!cmd) {
			if (skip) {
				continue;
			}
			return false;
		}
		ZVAL_STR(&zcmd, cmd);
		if (key) {
			zend_hash_add_new(commands, key, &zcmd);
		} else {
			zend_hash_index_add_new(commands, idx, &zcmd);
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* Each command's id, encoded as inside a command, -> its position in the batch, and back. */
static void b24_php_batch_positions(b24_php_batch_plan *plan)
{
	b24_buf enc = B24_BUF_INIT;
	zend_string *key;
	zend_ulong idx;
	zend_long pos = 0;
	zval zpos, zid;

	ZEND_HASH_FOREACH_KEY(&plan->commands, idx, key) {
		b24_buf_reset(&enc);
		if (key) {
			b24_form_urlencode(&enc, ZSTR_VAL(key), ZSTR_LEN(key));
			ZVAL_STR_COPY(&zid, key);
		} else {
			b24_buf_append_long(&enc, (long long) idx);
			ZVAL_LONG(&zid, (zend_long) idx);
		}
		ZVAL_LONG(&zpos, pos++);
		zend_hash_str_update(&plan->positions, b24_buf_cstr(&enc), enc.len, &zpos);
		zend_hash_next_index_insert_new(&plan->ids, &zid);
	} ZEND_HASH_FOREACH_END();
	b24_buf_free(&enc);
}

/* b24_batch_find over the positions table. */
typedef struct b24_php_batch_refs {
	b24_php_batch_plan *plan;
	HashTable *results;
} b24_php_batch_refs;

static long b24_php_batch_find(void *ctx, const char *id, size_t len)
{
	zval *target = zend_hash_str_find(&((b24_php_batch_refs *) ctx)->plan->positions, id, len);

	return target ? (long) Z_LVAL_P(target) : -1;
}

bool b24_php_batch_plan_make(b24_php_batch_plan *plan, HashTable *calls, bool strict)
{
	zend_hash_init(&plan->commands, zend_hash_num_elements(calls), NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&plan->positions, zend_hash_num_elements(calls), NULL, NULL, 0);
	zend_hash_init(&plan->ids, zend_hash_num_elements(calls), NULL, ZVAL_PTR_DTOR, 0);
	plan->sent = 0;
	if (!b24_php_batch_commands(calls, &plan->commands, strict)) {
		return false;
	}
	b24_php_batch_positions(plan);
	zend_hash_internal_pointer_reset_ex(&plan->commands, &plan->next);
	return true;
}

void b24_php_batch_plan_free(b24_php_batch_plan *plan)
{
	zend_hash_destroy(&plan->commands);
	zend_hash_destroy(&plan->positions);
	zend_hash_destroy(&plan->ids);
}

size_t b24_php_batch_left(const b24_php_batch_plan *plan)
{
	return zend_hash_num_elements(&plan->commands) - plan->sent;
}

/* The result of the command at `target`, then down the path; NULL when any step is missing. */
static zval *b24_php_batch_walk(b24_php_batch_refs *refs, long target, const char *path, size_t len)
{
	zval *id = zend_hash_index_find(&refs->plan->ids, (zend_ulong) target), *v;
	const char *p = path, *end = path + len, *elem;
	zend_string *key;
	size_t n;

	if (!refs->results || !id) {
		return NULL;
	}
	v = Z_TYPE_P(id) == IS_STRING ? zend_hash_find(refs->results, Z_STR_P(id))
		: zend_hash_index_find(refs->results, (zend_ulong) Z_LVAL_P(id));
	while (v && b24_batch_next_elem(&p, end, &elem, &n)) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_ARRAY) {
			return NULL;
		}
		key = zend_string_init(elem, n, 0);
		ZSTR_LEN(key) = php_url_decode(ZSTR_VAL(key), ZSTR_LEN(key));
		v = zend_symtable_find(Z_ARRVAL_P(v), key);
		zend_string_release(key);
	}
	return v;
}

/* b24_batch_value: a scalar result, form-encoded; anything else reads as "". */
static int b24_php_batch_value(void *ctx, long target, const char *path, size_t len, b24_buf *out)
{
	zval *v = b24_php_batch_walk(ctx, target, path, len);
	zend_string *s;
	int rc;

	if (!v) {
		return 0;
	}
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) != IS_STRING && Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE && Z_TYPE_P(v) != IS_TRUE) {
		return 0;
	}
	s = Z_TYPE_P(v) == IS_DOUBLE ? b24_php_float_text(Z_DVAL_P(v)) : zval_get_string(v);
	rc = b24_form_urlencode(out, ZSTR_VAL(s), ZSTR_LEN(s));
	zend_string_release(s);
	return rc;
}

/* One command as sent: its references to earlier requests resolved. */
static zend_string *b24_php_batch_resolved(b24_php_batch_refs *refs, zend_string *cmd, size_t pos)
{
	b24_buf out = B24_BUF_INIT;
	zend_string *s;

	if (b24_batch_request_of(pos) == 0 || b24_batch_resolve(ZSTR_VAL(cmd), ZSTR_LEN(cmd), pos, b24_php_batch_find,
			b24_php_batch_value, refs, &out) != 0) {
		b24_buf_free(&out);
		return zend_string_copy(cmd);
	}
	s = zend_string_init(out.data ? out.data : "", out.len, 0);
	b24_buf_free(&out);
	return s;
}

void b24_php_batch_next(b24_php_batch_plan *plan, HashTable *results, bool halt, zval *params, HashTable *ids)
{
	b24_php_batch_refs refs = { plan, results };
	size_t n = b24_batch_chunk(plan->sent, zend_hash_num_elements(&plan->commands));
	zval cmd, *value, key, text;

	array_init_size(&cmd, (uint32_t) n);
	while (n-- > 0 && (value = zend_hash_get_current_data_ex(&plan->commands, &plan->next))) {
		zend_hash_get_current_key_zval_ex(&plan->commands, &key, &plan->next);
		ZVAL_STR(&text, b24_php_batch_resolved(&refs, Z_STR_P(value), plan->sent++));
		if (Z_TYPE(key) == IS_STRING) {
			zend_hash_update(Z_ARRVAL(cmd), Z_STR(key), &text);
		} else {
			zend_hash_index_update(Z_ARRVAL(cmd), Z_LVAL(key), &text);
		}
		if (ids) {
			zend_hash_next_index_insert_new(ids, &key);
		} else {
			zval_ptr_dtor(&key);
		}
		zend_hash_move_forward_ex(&plan->commands, &plan->next);
	}
	array_init_size(params, 2);
	add_assoc_zval(params, "cmd", &cmd);
	add_assoc_bool(params, "halt", halt);
}

bool b24_php_batch_next_refers(b24_php_batch_plan *plan, size_t from)
{
	HashPosition pos = plan->next;
	size_t n = b24_batch_chunk(plan->sent, zend_hash_num_elements(&plan->commands)), k, id_len;
	const char *p, *end, *id;
	zval *cmd, *target;

	for (k = 0; k < n && (cmd = zend_hash_get_current_data_ex(&plan->commands, &pos)); k++) {
		p = Z_STRVAL_P(cmd);
		end = p + Z_STRLEN_P(cmd);
		while (b24_batch_next_ref(&p, end, &id, &id_len)) {
			target = zend_hash_str_find(&plan->positions, id, id_len);
			if (target && (size_t) Z_LVAL_P(target) >= from && (size_t) Z_LVAL_P(target) < plan->sent) {
				return true;
			}
		}
		zend_hash_move_forward_ex(&plan->commands, &pos);
	}
	return false;
}
