/*
 * The batch planner and its reference rule (b24_batch.h). Input: commands
 * separated by line feeds; command k is at position k * stride, where the
 * first byte sets the stride, so the commands spread over several requests.
 * A reference %24result%5B<n>%5D names the command at position n.
 * Invariants: the chunks add up to the count, none over B24_BATCH_MAX, in
 * as many requests as b24_batch_requests() says; b24_batch_resolve() asks
 * for a value exactly when a reference names a command of an earlier
 * request, and otherwise copies the command byte for byte.
 */
#define _GNU_SOURCE
#include "fuzz.h"
#include "b24_batch.h"

#define REF_OPEN "%24result%5B"
#define REF_CLOSE "%5D"

typedef struct plan {
	size_t count;
	size_t values;   /* values b24_batch_resolve() asked for */
} plan;

static long find_position(void *ctx, const char *id, size_t len)
{
	const plan *p = ctx;
	size_t i, v = 0;

	if (len == 0 || len > 9) {
		return -1;
	}
	for (i = 0; i < len; i++) {
		if (id[i] < '0' || id[i] > '9') {
			return -1;
		}
		v = v * 10 + (size_t) (id[i] - '0');
	}
	return v < p->count ? (long) v : -1;
}

static int give_value(void *ctx, long target, const char *path, size_t path_len, b24_buf *out)
{
	plan *p = ctx;

	(void) path;
	(void) path_len;
	FUZZ_ASSERT(target >= 0 && (size_t) target < p->count);
	p->values++;
	return b24_buf_append_str(out, "v"), b24_buf_ok(out) ? 0 : -1;
}

/* The rule written out plainly: does any reference reach an earlier request? */
static int refers_back(const char *cmd, size_t len, size_t pos, plan *p)
{
	const char *s = cmd, *end = cmd + len, *open, *close;
	long target;

	while ((open = memmem(s, (size_t) (end - s), REF_OPEN, sizeof(REF_OPEN) - 1)) != NULL) {
		open += sizeof(REF_OPEN) - 1;
		close = memmem(open, (size_t) (end - open), REF_CLOSE, sizeof(REF_CLOSE) - 1);
		if (!close) {
			return 0;
		}
		target = find_position(p, open, (size_t) (close - open));
		if (target >= 0 && (size_t) target / B24_BATCH_MAX < pos / B24_BATCH_MAX) {
			return 1;
		}
		s = close + sizeof(REF_CLOSE) - 1;
	}
	return 0;
}

static void check_plan(size_t count)
{
	size_t sent = 0, requests = 0, chunk;

	while (sent < count) {
		chunk = b24_batch_chunk(sent, count);
		FUZZ_ASSERT(chunk > 0 && chunk <= B24_BATCH_MAX);
		FUZZ_ASSERT(b24_batch_request_of(sent) == requests);
		sent += chunk;
		requests++;
	}
	FUZZ_ASSERT(sent == count && requests == b24_batch_requests(count));
}

static void check_command(const char *cmd, size_t len, size_t pos, plan *p)
{
	b24_buf out = B24_BUF_INIT;

	p->values = 0;
	FUZZ_ASSERT(b24_batch_resolve(cmd, len, pos, find_position, give_value, p, &out) == 0);
	FUZZ_ASSERT((p->values > 0) == refers_back(cmd, len, pos, p));
	if (p->values == 0) {
		FUZZ_ASSERT(out.len == len && (len == 0 || memcmp(out.data, cmd, len) == 0));
	}
	b24_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	plan p;
	size_t stride, k = 0, len;
	const char *cmd, *end, *nl;

	if (size < 1) {
		return 0;
	}
	stride = 1 + data[0] % 40;
	cmd = (const char *) data + 1;
	end = (const char *) data + size;
	p.count = 0;
	for (nl = cmd; (nl = memchr(nl, '\n', (size_t) (end - nl))) != NULL; nl++) {
		p.count++;
	}
	p.count = (p.count + 1) * stride;
	check_plan(p.count);
	for (;;) {
		nl = memchr(cmd, '\n', (size_t) (end - cmd));
		len = nl ? (size_t) (nl - cmd) : (size_t) (end - cmd);
		check_command(cmd, len, k * stride, &p);
		if (!nl) {
			break;
		}
		k++;
		cmd = nl + 1;
	}
	return 0;
}
