/*
 * b24_batch: how batches are cut into requests, and the $result[id]
 * references to a command of an earlier request, which the portal resolves
 * only within one request and the client resolves itself. Commands are
 * written as http_build_query() writes them.
 */
#include <string.h>

#include "b24_test.h"
#include "b24_batch.h"

static void test_requests(void)
{
	CHECK_INT(B24_BATCH_MAX, 50);
	CHECK_INT(b24_batch_requests(0), 0);
	CHECK_INT(b24_batch_requests(1), 1);
	CHECK_INT(b24_batch_requests(50), 1);
	CHECK_INT(b24_batch_requests(51), 2);
	CHECK_INT(b24_batch_requests(100), 2);
	CHECK_INT(b24_batch_requests(101), 3);
	CHECK_INT(b24_batch_request_of(0), 0);
	CHECK_INT(b24_batch_request_of(49), 0);
	CHECK_INT(b24_batch_request_of(50), 1);
	CHECK_INT(b24_batch_request_of(149), 2);
	CHECK_INT(b24_batch_chunk(0, 120), 50);
	CHECK_INT(b24_batch_chunk(50, 120), 50);
	CHECK_INT(b24_batch_chunk(100, 120), 20);
	CHECK_INT(b24_batch_chunk(120, 120), 0);
	CHECK_INT(b24_batch_chunk(0, 7), 7);
}

static void test_next_ref(void)
{
	static const char cmd[] = "crm.deal.get?id=%24result%5Bfirst%5D&x=%24result%5B2%5D%5BID%5D"
		"&y=%24result%5Bopen";
	const char *p = cmd, *end = cmd + sizeof(cmd) - 1, *id;
	size_t len;

	CHECK_INT(b24_batch_next_ref(&p, end, &id, &len), 1);
	CHECK_MEM(id, len, "first");
	CHECK_INT(b24_batch_next_ref(&p, end, &id, &len), 1);
	CHECK_MEM(id, len, "2");
	/* an unclosed reference is none */
	CHECK_INT(b24_batch_next_ref(&p, end, &id, &len), 0);
	p = "profile";
	CHECK_INT(b24_batch_next_ref(&p, p + 7, &id, &len), 0);
	/* a reference as text before encoding is not one: the portal reads the encoded form */
	p = "x?a=$result[first]";
	CHECK_INT(b24_batch_next_ref(&p, p + strlen(p), &id, &len), 0);
}

/* ids "first" at 0, "mid" at 50, "late" at 60 */
static long find_id(void *ctx, const char *id, size_t len)
{
	static const char *const ids[] = { "first", "mid", "late" };
	static const long pos[] = { 0, 50, 60 };
	size_t i;

	(void) ctx;
	for (i = 0; i < 3; i++) {
		if (strlen(ids[i]) == len && memcmp(ids[i], id, len) == 0) {
			return pos[i];
		}
	}
	return -1;
}

/* The value of a reference, written so that the test sees target and path: "<target>|<elements>". */
static int value_of(void *ctx, long target, const char *path, size_t len, b24_buf *out)
{
	const char *p = path, *end = path + len, *elem;
	size_t n;

	(void) ctx;
	b24_buf_append_long(out, target);
	b24_buf_append_char(out, '|');
	while (b24_batch_next_elem(&p, end, &elem, &n)) {
		b24_buf_append(out, elem, n);
		b24_buf_append_char(out, ',');
	}
	return 0;
}

static void test_resolve(void)
{
	static const char cmd[] = "crm.deal.get?id=%24result%5Bfirst%5D%5BITEMS%5D%5B0%5D%5BID%5D&x=1"
		"&y=%24result%5Blate%5D%5BID%5D&z=%24result%5Bmid%5D&w=%24result%5Bnobody%5D%5B1%5D";
	b24_buf out = B24_BUF_INIT;

	/* at 70 (second request): first (0) is resolved, late and mid (same request) are the portal's */
	CHECK_INT(b24_batch_resolve(cmd, sizeof(cmd) - 1, 70, find_id, value_of, NULL, &out), 0);
	CHECK_STR(b24_buf_cstr(&out), "crm.deal.get?id=0|ITEMS,0,ID,&x=1"
		"&y=%24result%5Blate%5D%5BID%5D&z=%24result%5Bmid%5D&w=%24result%5Bnobody%5D%5B1%5D");
	/* at 120 (third request): first, late and mid are earlier; a reference without a path reads the whole result */
	b24_buf_reset(&out);
	CHECK_INT(b24_batch_resolve(cmd, sizeof(cmd) - 1, 120, find_id, value_of, NULL, &out), 0);
	CHECK_STR(b24_buf_cstr(&out), "crm.deal.get?id=0|ITEMS,0,ID,&x=1&y=60|ID,&z=50|&w=%24result%5Bnobody%5D%5B1%5D");
	/* within the first request nothing changes */
	b24_buf_reset(&out);
	CHECK_INT(b24_batch_resolve(cmd, sizeof(cmd) - 1, 10, find_id, value_of, NULL, &out), 0);
	CHECK_STR(b24_buf_cstr(&out), cmd);
	b24_buf_free(&out);
}

int main(void)
{
	B24T_RUN(test_requests);
	B24T_RUN(test_next_ref);
	B24T_RUN(test_resolve);
	return b24t_finish();
}
