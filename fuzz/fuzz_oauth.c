/*
 * The OAuth answer reader (b24_oauth_parse_token()) and the merge of its
 * result into a stored set. Input: two bytes of HTTP status (modulo 600),
 * then the answer body. Invariants: success means an access_token; an error
 * has a kind and a NUL-terminated code; a merge never takes the domain or
 * the application_token from the answer.
 */
#include "fuzz.h"
#include "b24_oauth.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	b24_token fresh, stored;
	b24_error err;
	long status;
	char *body;

	if (size < 2) {
		return 0;
	}
	status = ((long) data[0] << 8 | data[1]) % 600;
	body = fuzz_cstr(data + 2, size - 2);
	memset(&err, 0, sizeof(err));
	b24_token_init(&fresh);
	b24_token_init(&stored);
	if (b24_oauth_parse_token(body, size - 2, status, &fresh, &err) == 0) {
		FUZZ_ASSERT(fresh.access_token != NULL);
		FUZZ_ASSERT(b24_token_set(&stored.domain, "portal.example", 14) == 0);
		FUZZ_ASSERT(b24_token_merge_refresh(&stored, &fresh) == 0);
		FUZZ_ASSERT(strcmp(stored.domain, "portal.example") == 0);
		FUZZ_ASSERT(stored.application_token == NULL);
	} else {
		FUZZ_ASSERT(err.kind != 0);
		FUZZ_ASSERT(memchr(err.code, '\0', sizeof(err.code)) != NULL);
		FUZZ_ASSERT(memchr(err.description, '\0', sizeof(err.description)) != NULL);
	}
	b24_token_free(&fresh);
	b24_token_free(&stored);
	free(body);
	return 0;
}
