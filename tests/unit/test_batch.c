/*
 * b24_batch: how b24_call_batch() cuts commands into batch requests, and the
 * check of $result[id] references, which the portal resolves only within
 * one request. Commands are written as http_build_query() writes them.
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

static void test_check_refs(void)
{
	static const char to_first[] = "a?x=%24result%5Bfirst%5D";
	static const char to_mid[] = "a?x=%24result%5Bmid%5D";
	static const char to_late[] = "a?x=%24result%5Blate%5D";
	static const char to_none[] = "a?x=%24result%5Bnobody%5D";
	static const char both[] = "a?y=%24result%5Bmid%5D&x=%24result%5Bfirst%5D";

	CHECK_INT(b24_batch_check_command(to_first, sizeof(to_first) - 1, 10, find_id, NULL), 0);
	CHECK_INT(b24_batch_check_command(to_first, sizeof(to_first) - 1, 49, find_id, NULL), 0);
	CHECK_INT(b24_batch_check_command(to_first, sizeof(to_first) - 1, 50, find_id, NULL), -1);
	CHECK_INT(b24_batch_check_command(to_mid, sizeof(to_mid) - 1, 55, find_id, NULL), 0);
	CHECK_INT(b24_batch_check_command(to_late, sizeof(to_late) - 1, 55, find_id, NULL), 0);
	CHECK_INT(b24_batch_check_command(to_mid, sizeof(to_mid) - 1, 100, find_id, NULL), -1);
	CHECK_INT(b24_batch_check_command(to_none, sizeof(to_none) - 1, 120, find_id, NULL), 0);
	CHECK_INT(b24_batch_check_command(both, sizeof(both) - 1, 70, find_id, NULL), -1);
	CHECK_INT(b24_batch_check_command("profile", 7, 70, find_id, NULL), 0);
}

int main(void)
{
	B24T_RUN(test_requests);
	B24T_RUN(test_next_ref);
	B24T_RUN(test_check_refs);
	return b24t_finish();
}
