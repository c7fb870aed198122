/*
 * The token-store reader (b24_store.h): the JSON reader of settings.json
 * (b24_token_parse_json()) and b24_store_load() over a file holding the
 * input. Invariant: what the writer serialises from a read token set reads
 * back to the same text (the store never writes what its reader changes).
 */
#include <sys/stat.h>

#include "fuzz_tmpfile.h"
#include "b24_oauth.h"
#include "b24_store.h"

static void check_roundtrip(const b24_token *t)
{
	b24_buf first = B24_BUF_INIT, second = B24_BUF_INIT;
	b24_token again;

	b24_token_init(&again);
	if (b24_store_serialize(t, &first) == 0) {
		FUZZ_ASSERT(b24_token_parse_json(first.data, first.len, &again) == 0);
		FUZZ_ASSERT(b24_store_serialize(&again, &second) == 0);
		FUZZ_ASSERT(first.len == second.len && memcmp(first.data, second.data, first.len) == 0);
	}
	b24_token_free(&again);
	b24_buf_free(&first);
	b24_buf_free(&second);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_tmpfile("settings.json");
	char *text = fuzz_cstr(data, size);
	b24_token t;
	b24_error err;
	b24_store *s;

	b24_token_init(&t);
	if (b24_token_parse_json(text, size, &t) == 0) {
		check_roundtrip(&t);
	}
	b24_token_free(&t);
	free(text);

	fuzz_tmpfile_write(path, data, size);
	memset(&err, 0, sizeof(err));
	s = b24_store_open(path, &err);
	FUZZ_ASSERT(s != NULL);
	if (b24_store_load(s, &t, &err) == B24_STORE_LOADED) {
		check_roundtrip(&t);
	}
	b24_token_free(&t);
	b24_store_free(s);
	return 0;
}
