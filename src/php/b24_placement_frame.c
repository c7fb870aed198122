/*
 * b24: the frame bridge of B24Placement — renderFrame() and frame() render
 * the app's frame page (src/core/b24_frame), which subscribes the portal's
 * recorded interface events in the browser and forwards each, signed, to
 * its handler; verifyEvent() checks what a handler received; bindings()
 * lists the record.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php_b24_compat.h"
#include "zend_exceptions.h"

#include "b24_placement_private.h"
#include "b24_bindings.h"
#include "b24_catalog.h"
#include "b24_bind_event.h"
#include "b24_frame.h"
#include "b24_hmac.h"

/* Reads the portal's record: the portal key from member_id, else the client (then not NULL). */
static bool b24_php_frame_read_record(b24_php_client *pc, zval *member_opt, zval *file_opt, b24_binding_list *list)
{
	b24_buf path = B24_BUF_INIT, portal = B24_BUF_INIT;
	b24_error err;
	bool ok = false;

	memset(list, 0, sizeof(*list));
	if (!b24_php_bindings_where(file_opt, pc, member_opt ? Z_STRVAL_P(member_opt) : NULL, &path, &portal)) {
		b24_php_bindings_missing();
	} else if (!(ok = b24_bindings_read(path.data, b24_buf_cstr(&portal), b24_php_placement_now(), list,
			&err) == 0)) {
		b24_php_placement_throw(&err);
	}
	b24_buf_free(&path);
	b24_buf_free(&portal);
	return ok;
}

static const b24_php_opt b24_php_frame_file_rows[] = { { "bindings_file", B24_PHP_OPT_STRING, 0 } };
static const b24_php_opts b24_php_frame_file_opts = B24_PHP_PLACEMENT_OPTS(b24_php_frame_file_rows);

PHP_METHOD(B24Placement, bindings)
{
	zval *client = NULL, *file;
	HashTable *options = NULL;
	b24_binding_list list;
	b24_php_client *pc;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_php_ce_Client)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24_php_options_parse(options, &b24_php_frame_file_opts, &file, 2) || !(pc = b24_php_pick_client(client))
			|| !b24_php_frame_read_record(pc, NULL, file, &list)) {
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t) list.count);
	for (i = 0; i < list.count; i++) {
		zval item;

		array_init_size(&item, 5);
		add_assoc_string(&item, "event", list.items[i].event);
		add_assoc_string(&item, "handler", list.items[i].handler);
		add_assoc_string(&item, "via", list.items[i].via);
		add_assoc_string(&item, "placement", list.items[i].placement);
		add_assoc_long(&item, "bound_at", (zend_long) list.items[i].bound_at);
		add_next_index_zval(return_value, &item);
	}
	b24_binding_list_free(&list);
}

/* ---- renderFrame() and frame() ---- */

enum { PLF_PLACEMENT, PLF_SECRET, PLF_TTL, PLF_SDK_URL, PLF_MEMBER_ID, PLF_FILE, PLF_BINDINGS,
	PLF_COUNT };
static const b24_php_opt b24_php_frame_rows[PLF_COUNT] = {
	{ "placement", B24_PHP_OPT_STRING, PLF_PLACEMENT },
	{ "secret", B24_PHP_OPT_STRING, PLF_SECRET },
	{ "ttl", B24_PHP_OPT_INT, PLF_TTL },
	{ "sdk_url", B24_PHP_OPT_STRING, PLF_SDK_URL },
	{ "member_id", B24_PHP_OPT_STRING, PLF_MEMBER_ID },
	{ "bindings_file", B24_PHP_OPT_STRING, PLF_FILE },
	{ "bindings", B24_PHP_OPT_ARRAY, PLF_BINDINGS },
};
static const b24_php_opts b24_php_frame_opts = B24_PHP_PLACEMENT_OPTS(b24_php_frame_rows);

/* The signing key: the option, the client's client_secret, else b24.client_secret. */
static const char *b24_php_frame_secret(zval *opt, b24_php_client *pc)
{
	const char *own = pc ? b24_client_secret(pc->core) : NULL;

	if (opt && Z_STRLEN_P(opt)) {
		return Z_STRVAL_P(opt);
	}
	if (own && own[0]) {
		return own;
	}
	return B24_G(client_secret) && B24_G(client_secret)[0] ? B24_G(client_secret) : NULL;
}

/* What a rendered page subscribes: pointers into the record or into the option. */
typedef struct b24_php_frame_subs {
	b24_frame_binding *items;
	size_t count;
	b24_binding_list list;
} b24_php_frame_subs;

/* The option "bindings": a list of [event, handler] (or {event:, handler:}) pairs. */
static bool b24_php_frame_subs_from_option(HashTable *ht, zval *placement, b24_php_frame_subs *subs)
{
	zval *item, *event, *handler;

	subs->items = safe_emalloc(zend_hash_num_elements(ht) + 1, sizeof(*subs->items), 0);
	ZEND_HASH_FOREACH_VAL(ht, item) {
		ZVAL_DEREF(item);
		event = Z_TYPE_P(item) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(item), ZEND_STRL("event")) : NULL;
		handler = Z_TYPE_P(item) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(item), ZEND_STRL("handler")) : NULL;
		if (!event || !handler || Z_TYPE_P(event) != IS_STRING || Z_TYPE_P(handler) != IS_STRING) {
			zend_argument_value_error(2, "option \"bindings\" must be a list of "
				"[\"event\" => string, \"handler\" => string]");
			return false;
		}
		if (!b24_catalog_event(Z_STRVAL_P(event), Z_STRLEN_P(event))) {
			char shown[B24_PHP_MSG_VALUE_SIZE];

			zend_argument_value_error(2, "option \"bindings\" names \"%s\", which is not an "
				"interface event", b24_php_msg_value(shown, Z_STR_P(event)));
			return false;
		}
		if (b24_frame_subscribes(Z_STRVAL_P(event), placement ? Z_STRVAL_P(placement) : NULL,
				placement ? Z_STRLEN_P(placement) : 0)) {
			subs->items[subs->count].event = Z_STRVAL_P(event);
			subs->items[subs->count++].handler = Z_STRVAL_P(handler);
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The portal's record: its bindings made "frame" that the placement raises. */
static bool b24_php_frame_subs_from_record(b24_php_client *pc, zval **v, b24_php_frame_subs *subs)
{
	zval *placement = v[PLF_PLACEMENT];

	if (!b24_php_frame_read_record(pc, v[PLF_MEMBER_ID], v[PLF_FILE], &subs->list)) {
		return false;
	}
	subs->items = safe_emalloc(subs->list.count + 1, sizeof(*subs->items), 0);
	subs->count = b24_frame_select(&subs->list, placement ? Z_STRVAL_P(placement) : NULL,
		placement ? Z_STRLEN_P(placement) : 0, subs->items);
	return true;
}

static void b24_php_frame_subs_free(b24_php_frame_subs *subs)
{
	if (subs->items) {
		efree(subs->items);
	}
	b24_binding_list_free(&subs->list);
}

/* Checks renderFrame()'s options; the signing secret, or NULL with an exception. */
static const char *b24_php_frame_check(zval **v, b24_php_client *pc)
{
	const char *secret;

	if (v[PLF_TTL] && (Z_LVAL_P(v[PLF_TTL]) < 60 || Z_LVAL_P(v[PLF_TTL]) > 30 * 86400)) {
		zend_argument_value_error(2, "option \"ttl\" must be 60 to 2592000 seconds");
		return NULL;
	}
	if (!(secret = b24_php_frame_secret(v[PLF_SECRET], pc))) {
		zend_throw_error(NULL, "B24Placement::renderFrame(): no secret to sign the page with: "
			"give the client a client_secret, or set the option \"secret\" or b24.client_secret");
	}
	return secret;
}

/* Renders the page for the subscriptions; false with an exception. */
static bool b24_php_frame_render_page(zval **v, b24_php_client *pc, const b24_php_frame_subs *subs, b24_frame_page *page,
	zval *return_value)
{
	b24_buf member = B24_BUF_INIT, html = B24_BUF_INIT;
	b24_php_placement_settings ini;
	b24_error err;
	bool ok;

	b24_php_placement_ini(&ini);
	b24_bind_event_portal(v[PLF_MEMBER_ID] ? NULL : pc->core, v[PLF_MEMBER_ID] ? Z_STRVAL_P(v[PLF_MEMBER_ID]) : NULL,
		&member);
	page->sdk_url = v[PLF_SDK_URL] ? Z_STRVAL_P(v[PLF_SDK_URL]) : ini.sdk_url;
	page->member_id = b24_buf_cstr(&member);
	page->secret_len = strlen(page->secret);
	page->bindings = subs->items;
	page->count = subs->count;
	page->expiry = b24_php_placement_now() + (v[PLF_TTL] ? Z_LVAL_P(v[PLF_TTL]) : B24_FRAME_DEFAULT_TTL);
	ok = b24_frame_render(page, &html, &err) == 0;
	if (!ok && strcmp(err.code, B24_INVALID_ARGUMENT) == 0) {
		zend_value_error("B24Placement::%s(): %s", get_active_function_name(), err.description);
	} else if (!ok) {
		b24_php_placement_throw(&err);
	} else {
		RETVAL_STRINGL(b24_buf_cstr(&html), html.len);
	}
	b24_buf_free(&member);
	b24_buf_free(&html);
	return ok;
}

/*
 * renderFrame() and frame(): the page for the options, where member/placement
 * (frame(): the request's) win over the options. false with an exception.
 */
static bool b24_php_frame_render(zval *client, HashTable *options, zval *member_id, zval *placement,
	zval *return_value)
{
	zval *v[PLF_COUNT];
	b24_php_frame_subs subs;
	b24_frame_page page;
	b24_php_client *pc = NULL;
	bool ok;

	memset(&subs, 0, sizeof(subs));
	memset(&page, 0, sizeof(page));
	if (!b24_php_options_parse(options, &b24_php_frame_opts, v, 2)) {
		return false;
	}
	v[PLF_MEMBER_ID] = member_id ? member_id : v[PLF_MEMBER_ID];
	v[PLF_PLACEMENT] = placement ? placement : v[PLF_PLACEMENT];
	/* With member_id and no client the page needs no connection to the portal. */
	if ((client || !v[PLF_MEMBER_ID]) && !(pc = b24_php_pick_client(client))) {
		return false;
	}
	if (!(page.secret = b24_php_frame_check(v, pc))) {
		return false;
	}
	ok = v[PLF_BINDINGS] ? b24_php_frame_subs_from_option(Z_ARRVAL_P(v[PLF_BINDINGS]), v[PLF_PLACEMENT], &subs)
		: b24_php_frame_subs_from_record(pc, v, &subs);
	ok = ok && b24_php_frame_render_page(v, pc, &subs, &page, return_value);
	b24_php_frame_subs_free(&subs);
	return ok;
}

PHP_METHOD(B24Placement, renderFrame)
{
	zval *client = NULL;
	HashTable *options = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_php_ce_Client)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24_php_frame_render(client, options, NULL, NULL, return_value)) {
		RETURN_THROWS();
	}
}

PHP_METHOD(B24Placement, frame)
{
	zend_string *token;
	HashTable *options = NULL;
	zval *client = NULL;
	b24_php_placement_object *o;
	zval code;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_PATH_STR(token)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(client, b24_php_ce_Client)
	ZEND_PARSE_PARAMETERS_END();

	if (!(o = b24_php_placement_request_this(ZEND_THIS, "frame"))) {
		RETURN_THROWS();
	}
	/* The page carries valid signatures: only the portal's own request may get it. */
	if (!o->app_token || ZSTR_LEN(token) == 0 || !b24_ct_equal(ZSTR_VAL(o->app_token),
			ZSTR_LEN(o->app_token), ZSTR_VAL(token), ZSTR_LEN(token))) {
		b24_php_placement_throwf(B24_E_AUTH, B24_WRONG_APPLICATION_TOKEN, "the request's "
			"APPLICATION_TOKEN is %s this installation's: no frame page for it",
			o->app_token ? "not" : "missing, so not");
		RETURN_THROWS();
	}
	ZVAL_STR(&code, o->code);
	if (!b24_php_frame_render(client, options, zend_hash_str_find(Z_ARRVAL(o->request), ZEND_STRL("member_id")),
			&code, return_value)) {
		RETURN_THROWS();
	}
}

/* ---- verifyEvent() ---- */

static const b24_php_opt b24_php_frame_verify_rows[] = {
	{ "member_id", B24_PHP_OPT_STRING, 0 }, { "now", B24_PHP_OPT_INT, 1 },
};
static const b24_php_opts b24_php_frame_verify_opts = B24_PHP_PLACEMENT_OPTS(b24_php_frame_verify_rows);

/* The verified event as verifyEvent() returns it. */
static void b24_php_frame_return_event(const b24_frame_received *ev, zval *return_value)
{
	zval data;

	array_init_size(return_value, 5);
	add_assoc_string(return_value, "event", ev->event);
	if (ev->data.len && b24_php_decode_json(&data, b24_buf_cstr(&ev->data), ev->data.len)) {
		add_assoc_zval(return_value, "data", &data);
	} else {
		add_assoc_null(return_value, "data");
	}
	add_assoc_string(return_value, "member_id", ev->member_id);
	add_assoc_long(return_value, "ts", (zend_long) ev->ts);
	add_assoc_long(return_value, "expiry", (zend_long) ev->expiry);
}

PHP_METHOD(B24Placement, verifyEvent)
{
	zend_string *body, *secret, *handler;
	HashTable *options = NULL;
	zval *v[2];
	b24_frame_received got;
	b24_frame_event ev;
	b24_error err;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_STR(body)
		Z_PARAM_PATH_STR(secret)
		Z_PARAM_PATH_STR(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24_php_options_parse(options, &b24_php_frame_verify_opts, v, 4)) {
		RETURN_THROWS();
	}
	b24_error_clear(&err);
	ok = b24_frame_parse_event(ZSTR_VAL(body), ZSTR_LEN(body), &got, &err) == 0;
	if (ok) {
		ev.member_id = got.member_id;
		ev.event = got.event;
		ev.sig = got.sig;
		ev.expiry = got.expiry;
		ok = b24_frame_verify(ZSTR_VAL(secret), ZSTR_LEN(secret), &ev, ZSTR_VAL(handler),
			v[0] ? Z_STRVAL_P(v[0]) : NULL, v[1] ? (long long) Z_LVAL_P(v[1]) : b24_php_placement_now(), &err) == 0;
	}
	if (ok) {
		b24_php_frame_return_event(&got, return_value);
	} else {
		b24_php_throw(&err);
	}
	b24_frame_received_free(&got);
}
