/*
 * The bindings file (b24_bindings.h) read from a file holding the input,
 * then edited the way b24_bind_event() does. Input: the portal key, a line
 * feed, then the file. Invariants: a binding recorded into a file that was
 * read is read back; what the page subscribes of it (b24_frame_select()) is
 * at most the list.
 */
#include "fuzz_tmpfile.h"
#include "b24_bindings.h"
#include "b24_frame.h"

#define NOW 1764000000LL

static void check_select(const b24_binding_list *l)
{
	b24_frame_binding *sel = calloc(l->count + 1, sizeof(*sel));

	FUZZ_ASSERT(sel != NULL);
	FUZZ_ASSERT(b24_frame_select(l, NULL, 0, sel) <= l->count);
	FUZZ_ASSERT(b24_frame_select(l, "PAGE_BACKGROUND_WORKER", 22, sel) <= l->count);
	free(sel);
}

static int has_binding(const b24_binding_list *l, const char *event, const char *handler)
{
	size_t i;

	for (i = 0; i < l->count; i++) {
		if (strcmp(l->items[i].event, event) == 0 && strcmp(l->items[i].handler, handler) == 0) {
			return 1;
		}
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_tmpfile(B24_BINDINGS_FILE);
	const char *ev = "BackgroundCallCard::answerButtonClick", *h = "https://app.example/h";
	const uint8_t *portal_in, *file;
	size_t portal_len, file_len;
	b24_binding_list l;
	b24_error err;
	char *portal;

	fuzz_split(data, size, '\n', &portal_in, &portal_len, &file, &file_len);
	portal = fuzz_cstr(portal_in, portal_len);
	fuzz_tmpfile_write(path, file, file_len);
	memset(&err, 0, sizeof(err));
	if (b24_bindings_read(path, portal, NOW, &l, &err) != 0) {
		free(portal);
		return 0;
	}
	check_select(&l);
	b24_binding_list_free(&l);
	if (b24_bindings_record(path, portal, ev, h, "frame", "PAGE_BACKGROUND_WORKER", NOW, &err) >= 0) {
		FUZZ_ASSERT(b24_bindings_read(path, portal, NOW, &l, &err) == 0);
		FUZZ_ASSERT(has_binding(&l, ev, h));
		b24_binding_list_free(&l);
		FUZZ_ASSERT(b24_bindings_forget(path, portal, ev, NULL, &err) >= 1);
	}
	(void) b24_bindings_set_rest_state(path, portal, B24_REST_MISSING, NOW, &err);
	free(portal);
	return 0;
}
