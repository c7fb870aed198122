/*
 * b24_buf and b24_form: byte-exact http_build_query() output. The expected
 * strings were produced by PHP 8.2's urlencode()/http_build_query().
 */
#include <stdlib.h>

#include "b24_test.h"
#include "b24_buf.h"
#include "b24_form.h"

static void test_buf_basics(void)
{
	b24_buf b = B24_BUF_INIT;
	char *p;
	size_t len;
	int i;

	CHECK_STR(b24_buf_cstr(&b), "");
	for (i = 0; i < 1000; i++) {
		CHECK_INT(b24_buf_append_str(&b, "ab"), 0);
	}
	CHECK_INT(b.len, 2000);
	CHECK_INT(b.data[b.len], '\0');
	b24_buf_truncate(&b, 3);
	CHECK_STR(b.data, "aba");
	b24_buf_append_long(&b, -42);
	CHECK_STR(b.data, "aba-42");
	b24_buf_reset(&b);
	CHECK_STR(b24_buf_cstr(&b), "");
	b24_buf_append_char(&b, 'x');
	p = b24_buf_detach(&b, &len);
	CHECK_STR(p, "x");
	CHECK_INT(len, 1);
	CHECK(b.data == NULL && b.len == 0);
	free(p);
	b24_buf_free(&b);
}

static void test_buf_sticky_failure(void)
{
	b24_buf b = B24_BUF_INIT;

	b24_buf_append_str(&b, "keep");
	CHECK_INT(b24_buf_reserve(&b, (size_t)-1), -1);
	CHECK(!b24_buf_ok(&b));
	CHECK_INT(b24_buf_append_str(&b, "more"), -1);
	CHECK_STR(b.data, "keep");
	CHECK(b24_buf_detach(&b, NULL) == NULL);
	b24_buf_free(&b);
}

static void test_strdup(void)
{
	char *p = b24_strdup("secret");

	CHECK_STR(p, "secret");
	CHECK(b24_strdup(NULL) == NULL);
	free(p);
}

static void test_urlencode_ascii(void)
{
	static const char in[] = "A-Za-z0-9-_. ~*'()!@#$%^&+=/?:;,[]{}|\\\"<>`\t\n\0\x7f\xff";
	b24_buf b = B24_BUF_INIT;

	b24_form_urlencode(&b, in, sizeof(in) - 1);
	CHECK_STR(b.data, "A-Za-z0-9-_.+%7E%2A%27%28%29%21%40%23%24%25%5E%26%2B%3D%2F%3F%3A%3B%2C%5B%5D"
		"%7B%7D%7C%5C%22%3C%3E%60%09%0A%00%7F%FF");
	b24_buf_free(&b);
}

static void test_urlencode_utf8(void)
{
	static const char in[] = "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, "
		"\xd0\xbc\xd0\xb8\xd1\x80 \xf0\x9f\x98\x80";
	b24_buf b = B24_BUF_INIT;

	b24_form_urlencode(&b, in, sizeof(in) - 1);
	CHECK_STR(b.data, "%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82%2C+%D0%BC%D0%B8%D1%80+%F0%9F%98%80");
	b24_buf_reset(&b);
	b24_form_urlencode(&b, "", 0);
	CHECK_INT(b.len, 0);
	b24_buf_free(&b);
}

/* A leaf: key path already in `key`; appends key=value to `body`. */
static void pair(b24_buf *body, const b24_buf *key, const char *value)
{
	b24_form_pair(body, key->data, key->len, value, strlen(value));
}

/*
 * http_build_query(["fields" => ["TITLE" => "A&B", "OPENED" => true, "COMMENTS" => null,
 *   "PHONE" => [["VALUE" => "+7 (999) 123-45-67", "VALUE_TYPE" => "WORK"]]],
 *   "select" => ["ID", "TITLE"], 5 => "x", "a b" => "c d", "auth" => "tok"])
 */
static void test_nested_like_http_build_query(void)
{
	b24_buf body = B24_BUF_INIT, key = B24_BUF_INIT;
	size_t mark, mark2;

	b24_form_key_root(&key, "fields", 6);
	mark = key.len;
	b24_form_key_push(&key, "TITLE", 5);
	pair(&body, &key, "A&B");
	b24_buf_truncate(&key, mark);
	b24_form_key_push(&key, "OPENED", 6);
	pair(&body, &key, "1");
	b24_buf_truncate(&key, mark);
	/* COMMENTS => null: nothing is emitted */
	b24_form_key_push(&key, "PHONE", 5);
	b24_form_key_push_index(&key, 0);
	mark2 = key.len;
	b24_form_key_push(&key, "VALUE", 5);
	pair(&body, &key, "+7 (999) 123-45-67");
	b24_buf_truncate(&key, mark2);
	b24_form_key_push(&key, "VALUE_TYPE", 10);
	pair(&body, &key, "WORK");

	b24_form_key_root(&key, "select", 6);
	mark = key.len;
	b24_form_key_push_index(&key, 0);
	pair(&body, &key, "ID");
	b24_buf_truncate(&key, mark);
	b24_form_key_push_index(&key, 1);
	pair(&body, &key, "TITLE");

	b24_form_key_root_index(&key, 5);
	pair(&body, &key, "x");
	b24_form_key_root(&key, "a b", 3);
	pair(&body, &key, "c d");
	b24_form_key_root(&key, "auth", 4);
	pair(&body, &key, "tok");

	CHECK_STR(body.data, "fields%5BTITLE%5D=A%26B&fields%5BOPENED%5D=1"
		"&fields%5BPHONE%5D%5B0%5D%5BVALUE%5D=%2B7+%28999%29+123-45-67"
		"&fields%5BPHONE%5D%5B0%5D%5BVALUE_TYPE%5D=WORK&select%5B0%5D=ID&select%5B1%5D=TITLE"
		"&5=x&a+b=c+d&auth=tok");
	b24_buf_free(&body);
	b24_buf_free(&key);
}

/* http_build_query([0 => 123, 1 => ["POST_MESSAGE" => "text"]]): positional task.* calls */
static void test_positional(void)
{
	b24_buf body = B24_BUF_INIT, key = B24_BUF_INIT;

	b24_form_key_root_index(&key, 0);
	b24_form_pair_long(&body, key.data, key.len, 123);
	b24_form_key_root_index(&key, 1);
	b24_form_key_push(&key, "POST_MESSAGE", 12);
	pair(&body, &key, "text");
	CHECK_STR(body.data, "0=123&1%5BPOST_MESSAGE%5D=text");
	b24_buf_free(&body);
	b24_buf_free(&key);
}

/* A batch command is a query string encoded once more as a value. */
static void test_batch_command_double_encoding(void)
{
	b24_buf body = B24_BUF_INIT, key = B24_BUF_INIT, cmd = B24_BUF_INIT, q = B24_BUF_INIT;

	b24_form_key_root(&key, "id", 2);
	pair(&q, &key, "$result[find_contact][CONTACT][0]");
	b24_buf_append_str(&cmd, "crm.contact.get?");
	b24_buf_append(&cmd, q.data, q.len);
	b24_form_key_root(&key, "cmd", 3);
	b24_form_key_push(&key, "get_0", 5);
	pair(&body, &key, cmd.data);
	b24_form_key_root(&key, "halt", 4);
	b24_form_pair_long(&body, key.data, key.len, 0);
	CHECK_STR(body.data, "cmd%5Bget_0%5D=crm.contact.get%3Fid%3D%2524result%255Bfind_contact%255D"
		"%255BCONTACT%255D%255B0%255D&halt=0");
	b24_buf_free(&body);
	b24_buf_free(&key);
	b24_buf_free(&cmd);
	b24_buf_free(&q);
}

static void test_integer_text(void)
{
	b24_buf body = B24_BUF_INIT;

	b24_form_pair_long(&body, "n", 1, -9223372036854775807LL - 1);
	b24_form_pair_long(&body, "m", 1, 9223372036854775807LL);
	CHECK_STR(body.data, "n=-9223372036854775808&m=9223372036854775807");
	b24_buf_reset(&body);
	b24_buf_append_long(&body, 0);
	b24_buf_append_long(&body, 10);
	b24_buf_append_long(&body, -1);
	CHECK_STR(body.data, "010-1");
	b24_buf_free(&body);
}

int main(void)
{
	B24T_RUN(test_buf_basics);
	B24T_RUN(test_buf_sticky_failure);
	B24T_RUN(test_strdup);
	B24T_RUN(test_urlencode_ascii);
	B24T_RUN(test_urlencode_utf8);
	B24T_RUN(test_nested_like_http_build_query);
	B24T_RUN(test_positional);
	B24T_RUN(test_batch_command_double_encoding);
	B24T_RUN(test_integer_text);
	return b24t_finish();
}
