/*
 * b24: B24Client::each() and fetchAll(), and class B24ListCursor that
 * carries one export.
 *
 * An internal function cannot be a PHP generator, and each() must return a
 * real Generator (foreach, getReturn(), yield from). So each() makes a
 * B24ListCursor (the core's b24_list plan, the client, the options) and
 * hands it to a small generator closure compiled from the text below: the
 * closure asks the cursor for the items of one batch request at a time and
 * yields them with their positions as keys, so at most two requests' items
 * (5,000 at 2,500 a request) are alive at once, whatever the list's length.
 * fetchAll() drives the same cursor from C into one array.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"

#include "b24_each_private.h"
#include "b24_each_arginfo.h"

static zend_class_entry *b24_php_ce_ListCursor;
static zend_object_handlers b24_php_each_handlers;

static inline b24_php_each *b24_php_each_obj(zend_object *obj)
{
	return (b24_php_each *) ((char *) obj - offsetof(b24_php_each, std));
}

/* The generator of each(): positions as keys, the count as its return value. */
static const char b24_php_each_generator[] =
	"static function (\\B24ListCursor $cursor): \\Generator {\n"
	"\t$n = 0;\n"
	"\twhile (($items = $cursor->fetch()) !== null) {\n"
	"\t\tforeach ($items as $item) {\n"
	"\t\t\tyield $n++ => $item;\n"
	"\t\t}\n"
	"\t}\n"
	"\treturn $n;\n"
	"}";

zval *b24_php_each_member(zval *map, const char *key)
{
	return map && Z_TYPE_P(map) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(map), key, strlen(key)) : NULL;
}

/* The rows of page `key`, where the catalog says they sit; NULL with err. */
static zval *b24_php_each_rows(const b24_php_each *e, zval *results, const char *key, b24_error *err)
{
	zval *rows = b24_php_each_member(results, key);

	if (rows && e->plan.method.items[0]) {
		rows = b24_php_each_member(rows, e->plan.method.items);
	}
	if (!rows || Z_TYPE_P(rows) != IS_ARRAY) {
		b24_error_set(err, B24_E_RESPONSE, B24_LIST_SHAPE, 200, "page %s of %s has no list of rows%s%s", key,
			ZSTR_VAL(e->method), e->plan.method.items[0] ? " in result." : "", e->plan.method.items);
		return NULL;
	}
	return rows;
}

/* The IDs of a page's rows (at most a page of them); false with err. */
static bool b24_php_each_ids(const b24_php_each *e, HashTable *rows, long long *ids, size_t *n, b24_error *err)
{
	const char *id = e->plan.method.row_id;
	zval *row, *v;

	*n = 0;
	ZEND_HASH_FOREACH_VAL(rows, row) {
		if (*n == B24_LIST_PAGE) {
			break;
		}
		v = b24_php_each_member(row, id);
		if (!v || !b24_php_each_int(v, &ids[*n])) {
			b24_error_set(err, B24_E_RESPONSE, B24_LIST_SHAPE, 200, "a row of %s has no integer %s",
				ZSTR_VAL(e->method), id);
			return false;
		}
		(*n)++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The first `keep` rows into out, without the ID key when only the cursor asked for it. */
static void b24_php_each_append(const b24_php_each *e, HashTable *rows, size_t keep, zval *out)
{
	const char *id = e->plan.method.row_id;
	zval *row;

	ZEND_HASH_FOREACH_VAL(rows, row) {
		if (keep-- == 0) {
			break;
		}
		if (e->plan.remove_id) {
			SEPARATE_ARRAY(row);
			zend_hash_str_del(Z_ARRVAL_P(row), id, strlen(id));
		}
		Z_TRY_ADDREF_P(row);
		add_next_index_zval(out, row);
	} ZEND_HASH_FOREACH_END();
}

bool b24_php_each_page_rows(const b24_php_each *e, zval *batch, const char *key, zval **rows, long long *ids,
	size_t *n, b24_error *err)
{
	zval *failed;

	if ((failed = b24_php_each_member(b24_php_each_member(batch, "result_error"), key))) {
		b24_php_error_of_command(failed, 200, err);
		return false;
	}
	*rows = b24_php_each_rows(e, b24_php_each_member(batch, "result"), key, err);
	return *rows && b24_php_each_ids(e, Z_ARRVAL_P(*rows), ids, n, err);
}

/* One page of the answer: its error, its rows, the core's verdict of list l. */
static b24_list_step b24_php_each_page(b24_php_each *e, b24_list *l, zval *batch, size_t k, zval *out,
	b24_error *err)
{
	char key[24];
	zval *rows, *total;
	long long ids[B24_LIST_PAGE], t = -1;
	size_t n, keep;
	b24_list_step step;

	b24_list_command_key(k, key);
	if (!b24_php_each_page_rows(e, batch, key, &rows, ids, &n, err)) {
		return B24_LIST_FAILED;
	}
	total = b24_php_each_member(b24_php_each_member(batch, "result_total"), key);
	if (total && Z_TYPE_P(total) == IS_LONG) {
		t = (long long) Z_LVAL_P(total);
	}
	if ((step = b24_list_take(l, ids, n, t, &keep, err)) != B24_LIST_FAILED) {
		b24_php_each_append(e, Z_ARRVAL_P(rows), keep, out);
	}
	return step;
}

bool b24_php_each_pages(b24_php_each *e, b24_list *l, zval *answer, zval *out, b24_error *err)
{
	zval *batch = b24_php_each_member(answer, "result");
	size_t k;
	b24_list_step step = B24_LIST_MORE;

	for (k = 0; k < l->commands && step == B24_LIST_MORE; k++) {
		step = b24_php_each_page(e, l, batch, k, out, err);
	}
	return step != B24_LIST_FAILED;
}

bool b24_php_each_progress(b24_php_each *e)
{
	zval args[2], rv;

	if (Z_ISUNDEF(e->progress)) {
		return true;
	}
	ZVAL_LONG(&args[0], e->done);
	if (e->list.paging == B24_LIST_COUNTED && e->list.total >= 0) {
		ZVAL_LONG(&args[1], (zend_long) e->list.total);
	} else {
		ZVAL_NULL(&args[1]);
	}
	ZVAL_UNDEF(&rv);
	call_user_function(NULL, NULL, &e->progress, &rv, 2, args);
	zval_ptr_dtor(&rv);
	return !EG(exception);
}

/* Sends the next request and decodes its answer; false with err (nothing thrown). */
static bool b24_php_each_send(b24_php_each *e, b24_php_client *pc, zval *answer, b24_error *err)
{
	b24_response resp;

	b24_error_clear(err);
	if (b24_list_request(&e->list, ZSTR_VAL(e->method), e->plan.base.data ? e->plan.base.data : "",
			e->plan.base.len, &e->body) != 0) {
		b24_error_set(err, B24_E_TRANSPORT, B24_NO_MEMORY, 0, "out of memory while writing a list request");
		return false;
	}
	if (b24_client_call(pc->core, "batch", e->body.data, e->body.len, 0, &resp, err) != 0) {
		return false;
	}
	if (!b24_php_decode_json(answer, resp.body, resp.body_len) || Z_TYPE_P(answer) != IS_ARRAY) {
		zval_ptr_dtor(answer);
		b24_error_set(err, B24_E_RESPONSE, B24_INVALID_JSON, resp.status, "the batch answer is not a JSON object");
		return false;
	}
	return true;
}

/*
 * The items of the next request into *out (an array), or NULL in *out when
 * the list is over; false with an exception thrown. A failure ends the export.
 */
static bool b24_php_each_fetch(b24_php_each *e, zval *out)
{
	b24_php_client *pc;
	b24_error err;
	zval answer;
	bool ok;

	ZVAL_NULL(out);
	if (b24_list_done(&e->list)) {
		return true;
	}
	if (!(pc = b24_php_client_from_zval(&e->client))) {
		return false;
	}
	if (e->slices) {
		return b24_php_each_slices_fetch(e, pc, out);
	}
	if (!b24_php_each_send(e, pc, &answer, &err)) {
		e->list.ended = 1;
		b24_php_throw(&err);
		return false;
	}
	array_init(out);
	ok = b24_php_each_pages(e, &e->list, &answer, out, &err);
	zval_ptr_dtor(&answer);
	if (!ok) {
		zval_ptr_dtor(out);
		ZVAL_NULL(out);
		b24_php_throw(&err);
		return false;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(out)) == 0 && b24_list_done(&e->list)) {
		/* the request that found the end brought nothing new to report */
		zval_ptr_dtor(out);
		ZVAL_NULL(out);
		return true;
	}
	e->done += zend_hash_num_elements(Z_ARRVAL_P(out));
	return b24_php_each_progress(e);
}

/* private: each() makes cursors */
PHP_METHOD(B24ListCursor, __construct)
{
	(void) return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(B24ListCursor, fetch)
{
	b24_php_each *e = b24_php_each_obj(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_NONE();
	if (Z_ISUNDEF(e->client)) {
		zend_throw_error(NULL, "A B24ListCursor is made by B24Client::each() only");
		RETURN_THROWS();
	}
	if (!b24_php_each_fetch(e, return_value)) {
		RETURN_THROWS();
	}
}

/* ---- each() and fetchAll() ---- */

static const b24_php_opt b24_php_each_opt_rows[] = {
	{ "page_size", B24_PHP_OPT_INT, 0 },
	{ "progress", B24_PHP_OPT_CALLABLE, 1 },
	{ "concurrency", B24_PHP_OPT_INT, 2 },
};
static const b24_php_opts b24_php_each_opts = { b24_php_each_opt_rows, 3, "option" };

/* The options into e; false with the error thrown. */
static bool b24_php_each_options(b24_php_each *e, HashTable *options, unsigned *page_size, int *concurrency)
{
	zval *values[3];

	if (!b24_php_options_parse(options, &b24_php_each_opts, values, 3)) {
		return false;
	}
	*page_size = B24_LIST_PAGE;
	if (values[0]) {
		if (Z_LVAL_P(values[0]) < 1 || Z_LVAL_P(values[0]) > B24_LIST_PAGE) {
			zend_argument_value_error(3, "option \"page_size\" must be between 1 and %d", B24_LIST_PAGE);
			return false;
		}
		*page_size = (unsigned) Z_LVAL_P(values[0]);
	}
	if (values[1]) {
		ZVAL_COPY(&e->progress, values[1]);
	}
	return b24_php_concurrency(values[2], 1, B24_PHP_EACH_MAX_CONCURRENCY, 3, concurrency);
}

/* A new cursor for this client's export into *cursor; false with the error thrown. */
static bool b24_php_each_open(zval *client, zend_string *method, HashTable *params, HashTable *options, zval *cursor)
{
	b24_php_each *e;
	unsigned page_size;
	int concurrency;

	if (!b24_php_client_from_zval(client) || !b24_php_check_method(method, 1)) {
		return false;
	}
	object_init_ex(cursor, b24_php_ce_ListCursor);
	e = b24_php_each_obj(Z_OBJ_P(cursor));
	if (!b24_php_each_options(e, options, &page_size, &concurrency)
			|| !b24_php_each_plan_make(&e->plan, method, params)) {
		zval_ptr_dtor(cursor);
		return false;
	}
	ZVAL_COPY(&e->client, client);
	e->method = zend_string_copy(method);
	b24_list_init(&e->list, &e->plan.method, e->plan.paging, page_size, e->plan.after_id);
	/* slices need the cursor, and no upper ID bound of the caller's that theirs would replace */
	if (concurrency > 1 && e->plan.paging == B24_LIST_CURSOR && !e->plan.upper_bound) {
		e->slices = b24_php_each_slices_new(concurrency, page_size);
	}
	return true;
}

/* each(): the generator closure, called with the cursor. */
static void b24_php_each_generator_of(zval *cursor, zval *return_value)
{
	zval closure;

	if (zend_eval_stringl(b24_php_each_generator, sizeof(b24_php_each_generator) - 1, &closure,
			"B24Client::each()") != SUCCESS) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "B24Client::each(): the generator could not be made");
		}
		return;
	}
	call_user_function(NULL, NULL, &closure, return_value, 1, cursor);
	zval_ptr_dtor(&closure);
}

/* fetchAll(): every fetch appended to one array. */
static void b24_php_each_all(zval *cursor, zval *return_value)
{
	b24_php_each *e = b24_php_each_obj(Z_OBJ_P(cursor));
	zval items, *item;

	array_init(return_value);
	while (b24_php_each_fetch(e, &items) && Z_TYPE(items) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(items), item) {
			Z_TRY_ADDREF_P(item);
			add_next_index_zval(return_value, item);
		} ZEND_HASH_FOREACH_END();
		zval_ptr_dtor(&items);
	}
}

/* each() and fetchAll() take the same arguments and open the same cursor. */
static void b24_php_each_method(INTERNAL_FUNCTION_PARAMETERS, bool all)
{
	zend_string *method;
	HashTable *params = (HashTable *) &zend_empty_array, *options = NULL;
	zval cursor;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_PATH_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24_php_each_open(ZEND_THIS, method, params, options, &cursor)) {
		RETURN_THROWS();
	}
	if (all) {
		b24_php_each_all(&cursor, return_value);
	} else {
		b24_php_each_generator_of(&cursor, return_value);
	}
	zval_ptr_dtor(&cursor);
	if (EG(exception)) {
		/* the engine frees what return_value holds */
		RETURN_THROWS();
	}
}

PHP_METHOD(B24Client, each)
{
	b24_php_each_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_METHOD(B24Client, fetchAll)
{
	b24_php_each_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

/* ---- object handlers ---- */

static zend_object *b24_php_each_create(zend_class_entry *ce)
{
	b24_php_each *e = zend_object_alloc(sizeof(b24_php_each), ce);

	memset(e, 0, offsetof(b24_php_each, std));
	ZVAL_UNDEF(&e->client);
	ZVAL_UNDEF(&e->progress);
	zend_object_std_init(&e->std, ce);
	object_properties_init(&e->std, ce);
	B24_OBJECT_SET_HANDLERS(&e->std, &b24_php_each_handlers);
	return &e->std;
}

static void b24_php_each_free_obj(zend_object *object)
{
	b24_php_each *e = b24_php_each_obj(object);

	zval_ptr_dtor(&e->client);
	zval_ptr_dtor(&e->progress);
	if (e->method) {
		zend_string_release(e->method);
	}
	b24_buf_free(&e->plan.base);
	b24_buf_free(&e->body);
	b24_php_each_slices_free(e->slices);
	zend_object_std_dtor(object);
}

/* The client and the progress callable may hold the generator: the cycle collector sees them. */
static HashTable *b24_php_each_get_gc(zend_object *object, zval **table, int *n)
{
	b24_php_each *e = b24_php_each_obj(object);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buf, &e->client);
	zend_get_gc_buffer_add_zval(buf, &e->progress);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(object);
}

static HashTable *b24_php_each_debug_info(zend_object *object, int *is_temp)
{
	b24_php_each *e = b24_php_each_obj(object);
	zval info;

	*is_temp = 1;
	array_init(&info);
	if (e->method) {
		add_assoc_str(&info, "method", zend_string_copy(e->method));
		add_assoc_string(&info, "paging", e->list.paging == B24_LIST_CURSOR ? "cursor" : "counted");
		add_assoc_long(&info, "concurrency", e->slices ? b24_php_each_slices_concurrency(e->slices) : 1);
		add_assoc_long(&info, "done", e->done);
	}
	return Z_ARRVAL(info);
}

void b24_php_each_minit(void)
{
	b24_php_ce_ListCursor = register_class_B24ListCursor();
	b24_php_class_objects(b24_php_ce_ListCursor, &b24_php_each_handlers, b24_php_each_create,
		offsetof(b24_php_each, std), b24_php_each_free_obj, b24_php_each_debug_info);
	b24_php_each_handlers.get_gc = b24_php_each_get_gc;
}
