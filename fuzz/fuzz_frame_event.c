/*
 * The frame-event signature check (b24_frame.h): a handler's POST body read
 * by b24_frame_parse_event(), then b24_frame_verify() against a fixed secret
 * and handler. Invariants: only a body signed with that secret for that
 * handler passes, and one that passes is signed as b24_frame_sign() signs.
 */
#include "fuzz.h"
#include "b24_frame.h"

#define SECRET "fuzz-client-secret"
#define HANDLER "https://app.example/handler"
#define NOW 1764000000LL

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	b24_frame_received rx;
	b24_frame_event ev;
	b24_buf sig = B24_BUF_INIT;
	b24_error err;
	char *body = fuzz_cstr(data, size);

	memset(&err, 0, sizeof(err));
	if (b24_frame_parse_event(body, size, &rx, &err) == 0) {
		ev.member_id = rx.member_id;
		ev.event = rx.event;
		ev.sig = rx.sig;
		ev.expiry = rx.expiry;
		if (b24_frame_verify(SECRET, sizeof(SECRET) - 1, &ev, HANDLER, NULL, NOW, &err) == 0) {
			FUZZ_ASSERT(rx.expiry >= NOW);
			FUZZ_ASSERT(b24_frame_sign(SECRET, sizeof(SECRET) - 1, rx.member_id, rx.event,
				HANDLER, rx.expiry, &sig, &err) == 0);
			FUZZ_ASSERT(strcasecmp(sig.data, rx.sig) == 0);
		} else {
			FUZZ_ASSERT(err.kind != 0);
		}
		(void) b24_frame_verify(SECRET, sizeof(SECRET) - 1, &ev, HANDLER, "member", NOW, &err);
		(void) b24_frame_subscribes(rx.event, NULL, 0);
	}
	b24_frame_received_free(&rx);
	b24_buf_free(&sig);
	free(body);
	return 0;
}
