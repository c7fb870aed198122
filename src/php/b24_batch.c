/*
 * b24: b24_call_batch(), CRest::callBatch() with its input and output: each
 * command is "method" or "method?<http_build_query(params)>", sent as
 * cmd[id] with halt, the decoded answer returned as is. Unlike CRest, more
 * than 50 commands are sent as several batch requests whose per-command maps
 * are merged, instead of being cut; a $result[id] reference to a command of
 * an earlier request, which the portal cannot resolve, is refused. The
 * plan (requests of B24_BATCH_MAX, the reference rule) is the core's
 * b24_batch; this file walks the PHP arrays and merges the answers.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"

#include "b24_private.h"
#include "b24_form.h"
#include "b24_batch.h"

static void b24_php_batch_entry_name(zend_string *key, zend_ulong idx, char *buf, size_t size)
{
	if (key) {
		snprintf(buf, size, "\"%s\"", ZSTR_VAL(key));
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
	if (!with_query || b24_php_encode_form(&query, Z_ARRVAL_P(params))) {
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
static zend_string *b24_php_batch_entry(zend_string *key, zend_ulong idx, zval *entry, bool *skip)
{
	zval *method, *params;
	char name[128];

	*skip = false;
	b24_php_batch_entry_name(key, idx, name, sizeof(name));
	ZVAL_DEREF(entry);
	if (Z_TYPE_P(entry) != IS_ARRAY) {
		zend_argument_type_error(1, "entry %s must be of type array, %s given", name, zend_zval_type_name(entry));
		return NULL;
	}
	method = zend_hash_str_find_deref(Z_ARRVAL_P(entry), ZEND_STRL("method"));
	if (!method || Z_TYPE_P(method) == IS_NULL || (Z_TYPE_P(method) == IS_STRING && Z_STRLEN_P(method) == 0)) {
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
static bool b24_php_batch_commands(HashTable *calls, HashTable *commands)
{
	zend_string *key, *cmd;
	zend_ulong idx;
	zval *entry, zcmd;
	bool skip;

	ZEND_HASH_FOREACH_KEY_VAL(calls, idx, key, entry) {
		cmd = b24_php_batch_entry(key, idx, entry, &skip);
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

/* Each command's id, encoded as inside a command, -> its position in the batch. */
static void b24_php_batch_positions(HashTable *commands, HashTable *positions)
{
	b24_buf enc = B24_BUF_INIT;
	zend_string *key;
	zend_ulong idx;
	zend_long pos = 0;
	zval zpos;

	ZEND_HASH_FOREACH_KEY(commands, idx, key) {
		b24_buf_reset(&enc);
		if (key) {
			b24_form_urlencode(&enc, ZSTR_VAL(key), ZSTR_LEN(key));
		} else {
			b24_buf_append_long(&enc, (long long) idx);
		}
		ZVAL_LONG(&zpos, pos++);
		zend_hash_str_update(positions, b24_buf_cstr(&enc), enc.len, &zpos);
	} ZEND_HASH_FOREACH_END();
	b24_buf_free(&enc);
}

/* b24_batch_find over the positions table. */
static long b24_php_batch_find(void *ctx, const char *id, size_t len)
{
	zval *target = zend_hash_str_find((HashTable *) ctx, id, len);

	return target ? (long) Z_LVAL_P(target) : -1;
}

/* A command that uses the result of one sent in an earlier request is refused (b24_batch.h). */
static bool b24_php_batch_check_refs(HashTable *commands)
{
	HashTable positions;
	zend_string *key;
	zend_ulong idx;
	zval *cmd;
	size_t pos = 0;
	char name[128];
	bool ok = true;

	if (b24_batch_requests(zend_hash_num_elements(commands)) <= 1) {
		return true;
	}
	zend_hash_init(&positions, zend_hash_num_elements(commands), NULL, NULL, 0);
	b24_php_batch_positions(commands, &positions);
	ZEND_HASH_FOREACH_KEY_VAL(commands, idx, key, cmd) {
		if (b24_batch_check_command(Z_STRVAL_P(cmd), Z_STRLEN_P(cmd), pos++, b24_php_batch_find, &positions) != 0) {
			b24_php_batch_entry_name(key, idx, name, sizeof(name));
			zend_argument_value_error(1, "entry %s refers to the result of a command sent in an earlier "
				"batch request (a request carries %d commands); $result works within one request only",
				name, B24_BATCH_MAX);
			ok = false;
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&positions);
	return ok;
}

/* The next request's commands (b24_batch_chunk()) as batch parameters: cmd[...] and halt. */
static void b24_php_batch_params(zval *params, HashTable *commands, HashPosition *pos, size_t *sent, bool halt)
{
	size_t n = b24_batch_chunk(*sent, zend_hash_num_elements(commands));
	zval cmd, *value, key;

	*sent += n;
	array_init_size(&cmd, (uint32_t) n);
	while (n-- > 0 && (value = zend_hash_get_current_data_ex(commands, pos))) {
		zend_hash_get_current_key_zval_ex(commands, &key, pos);
		Z_ADDREF_P(value);
		if (Z_TYPE(key) == IS_STRING) {
			zend_hash_add_new(Z_ARRVAL(cmd), Z_STR(key), value);
			zval_ptr_dtor_str(&key);
		} else {
			zend_hash_index_add_new(Z_ARRVAL(cmd), Z_LVAL(key), value);
		}
		zend_hash_move_forward_ex(commands, pos);
	}
	array_init_size(params, 2);
	add_assoc_zval(params, "cmd", &cmd);
	add_assoc_bool(params, "halt", halt);
}

static void b24_php_batch_merge_map(zval *into, zval *from)
{
	zend_string *key;
	zend_ulong idx;
	zval *value;

	if (Z_TYPE_P(from) != IS_ARRAY) {
		return;
	}
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(from), idx, key, value) {
		Z_TRY_ADDREF_P(value);
		if (key) {
			zend_hash_update(Z_ARRVAL_P(into), key, value);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(into), idx, value);
		}
	} ZEND_HASH_FOREACH_END();
}

static zval *b24_php_batch_result(zval *answer)
{
	zval *result = zend_hash_str_find(Z_ARRVAL_P(answer), ZEND_STRL("result"));

	return result && Z_TYPE_P(result) == IS_ARRAY ? result : NULL;
}

/*
 * Adds a later chunk's answer to the first: each per-command map of
 * "result" is merged by command id; "time" becomes the latest request's.
 */
static void b24_php_batch_merge(zval *merged, zval *answer)
{
	static const char *const maps[] = { "result", "result_error", "result_total", "result_next", "result_time" };
	zval *into = b24_php_batch_result(merged), *from = b24_php_batch_result(answer), *src, *dst, empty, *time;
	size_t i;

	if (!into || !from) {
		return;
	}
	SEPARATE_ARRAY(into);
	for (i = 0; i < sizeof(maps) / sizeof(maps[0]); i++) {
		if (!(src = zend_hash_str_find(Z_ARRVAL_P(from), maps[i], strlen(maps[i])))) {
			continue;
		}
		dst = zend_hash_str_find(Z_ARRVAL_P(into), maps[i], strlen(maps[i]));
		if (!dst || Z_TYPE_P(dst) != IS_ARRAY) {
			array_init(&empty);
			dst = zend_hash_str_update(Z_ARRVAL_P(into), maps[i], strlen(maps[i]), &empty);
		}
		SEPARATE_ARRAY(dst);
		b24_php_batch_merge_map(dst, src);
	}
	if ((time = zend_hash_str_find(Z_ARRVAL_P(answer), ZEND_STRL("time")))) {
		Z_TRY_ADDREF_P(time);
		zend_hash_str_update(Z_ARRVAL_P(merged), ZEND_STRL("time"), time);
	}
}

/* halt: a chunk with a failed command ends the batch, as the portal does inside one. */
static bool b24_php_batch_failed(zval *answer)
{
	zval *result = b24_php_batch_result(answer), *errors;

	if (!result) {
		return true;
	}
	errors = zend_hash_str_find(Z_ARRVAL_P(result), ZEND_STRL("result_error"));
	return errors && Z_TYPE_P(errors) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(errors)) > 0;
}

/* A later chunk failed as a whole: its error keys go next to what earlier chunks gave. */
static void b24_php_batch_add_error(zval *merged, zval *answer)
{
	zend_string *key;
	zval *value;

	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(answer), key, value) {
		if (key && strncmp(ZSTR_VAL(key), "error", 5) == 0) {
			Z_TRY_ADDREF_P(value);
			zend_hash_update(Z_ARRVAL_P(merged), key, value);
		}
	} ZEND_HASH_FOREACH_END();
}

/*
 * Folds one chunk's answer into the merged one. false when the batch ends
 * here: the request failed as a whole, or halt is set and a command failed.
 */
static bool b24_php_batch_fold(zval *merged, zval *answer, bool halt)
{
	bool failed = zend_hash_str_exists(Z_ARRVAL_P(answer), ZEND_STRL("error"));
	bool more = !failed && !(halt && b24_php_batch_failed(answer));

	if (Z_ISUNDEF_P(merged)) {
		ZVAL_COPY_VALUE(merged, answer);
		return more;
	}
	if (failed) {
		b24_php_batch_add_error(merged, answer);
	} else {
		b24_php_batch_merge(merged, answer);
	}
	zval_ptr_dtor(answer);
	return more;
}

bool b24_php_batch_plan(HashTable *calls, HashTable *commands)
{
	zend_hash_init(commands, zend_hash_num_elements(calls), NULL, ZVAL_PTR_DTOR, 0);
	return b24_php_batch_commands(calls, commands) && b24_php_batch_check_refs(commands);
}

bool b24_php_batch_run(b24_php_client *pc, HashTable *commands, bool halt, zval *merged)
{
	HashPosition pos;
	size_t sent = 0;
	zval params, answer;
	bool ok;

	zend_hash_internal_pointer_reset_ex(commands, &pos);
	while (sent < zend_hash_num_elements(commands)) {
		b24_php_batch_params(&params, commands, &pos, &sent, halt);
		ok = b24_php_call_answer(pc, "batch", Z_ARRVAL(params), 1, &answer);
		zval_ptr_dtor(&params);
		if (!ok) {
			return false;
		}
		if (!b24_php_batch_fold(merged, &answer, halt)) {
			break;
		}
	}
	return true;
}

PHP_FUNCTION(b24_call_batch)
{
	HashTable *calls, commands;
	bool halt = false;
	zval *client = NULL, merged;
	b24_php_client *pc;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(calls)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(halt)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_php_ce_Client)
	ZEND_PARSE_PARAMETERS_END();

	ok = b24_php_batch_plan(calls, &commands);
	if (ok && zend_hash_num_elements(&commands) == 0) {
		zend_hash_destroy(&commands);
		RETURN_EMPTY_ARRAY();
	}
	if (ok && !client && b24_php_default_not_installed()) {
		zend_hash_destroy(&commands);
		b24_php_return_not_installed(return_value);
		return;
	}
	ZVAL_UNDEF(&merged);
	ok = ok && (pc = b24_php_pick_client(client)) && b24_php_batch_run(pc, &commands, halt, &merged);
	zend_hash_destroy(&commands);
	if (!ok) {
		zval_ptr_dtor(&merged);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&merged);
}
