/*
 * Unit tests of b24_bindings: the bindings file (record, replace, forget,
 * per-portal isolation, the remembered REST state and its ageing, mode 0600,
 * a corrupt file) and the classification of event names with suggestions.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "b24_bindings.h"
#include "b24_test.h"


#define EV "BackgroundCallCard::answerButtonClick"

static const char *dir;
static char path[256];

static void test_path(void)
{
	b24_buf b = B24_BUF_INIT;

	CHECK(b24_bindings_path_for_store("/var/app/settings.json", &b) == 0);
	CHECK(strcmp(b.data, "/var/app/b24_bindings.json") == 0);
	b24_buf_reset(&b);
	CHECK(b24_bindings_path_for_store("settings.json", &b) == 0);
	CHECK(strcmp(b.data, "b24_bindings.json") == 0);
	b24_buf_free(&b);
}

static void test_record(void)
{
	b24_binding_list l;
	b24_error err;
	struct stat st;

	/* No file yet: an empty record, not an error. */
	CHECK(b24_bindings_read(path, "m1", 100, &l, &err) == 0);
	CHECK(l.count == 0 && l.rest_state == B24_REST_UNKNOWN);
	b24_binding_list_free(&l);

	CHECK(b24_bindings_record(path, "m1", EV, "https://a.example/h", "frame",
		"PAGE_BACKGROUND_WORKER", 100, &err) == 1);
	CHECK(b24_bindings_record(path, "m1", EV, "https://a.example/h", "rest", "", 200, &err) == 0);
	CHECK(b24_bindings_record(path, "m1", "ONCRMDEALADD", "https://a.example/d", "rest", "", 300,
		&err) == 1);
	CHECK(b24_bindings_record(path, "m2", EV, "https://b.example/h", "frame",
		"PAGE_BACKGROUND_WORKER", 400, &err) == 1);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);

	CHECK(b24_bindings_read(path, "m1", 500, &l, &err) == 0);
	CHECK(l.count == 2);
	if (l.count == 2) {
		CHECK(strcmp(l.items[0].event, EV) == 0);
		CHECK(strcmp(l.items[0].handler, "https://a.example/h") == 0);
		CHECK(strcmp(l.items[0].via, "rest") == 0);
		CHECK(strcmp(l.items[0].placement, "") == 0);
		CHECK(l.items[0].bound_at == 200);
		CHECK(strcmp(l.items[1].event, "ONCRMDEALADD") == 0);
	}
	b24_binding_list_free(&l);

	CHECK(b24_bindings_forget(path, "m1", EV, "https://a.example/other", &err) == 0);
	CHECK(b24_bindings_forget(path, "m1", EV, NULL, &err) == 1);
	CHECK(b24_bindings_read(path, "m1", 500, &l, &err) == 0);
	CHECK(l.count == 1);
	b24_binding_list_free(&l);
	/* The other portal is untouched. */
	CHECK(b24_bindings_read(path, "m2", 500, &l, &err) == 0);
	CHECK(l.count == 1 && strcmp(l.items[0].handler, "https://b.example/h") == 0);
	CHECK(strcmp(l.items[0].placement, "PAGE_BACKGROUND_WORKER") == 0);
	b24_binding_list_free(&l);
}

static void test_rest_state(void)
{
	b24_binding_list l;
	b24_error err;

	CHECK(b24_bindings_set_rest_state(path, "m1", B24_REST_MISSING, 1000, &err) == 0);
	CHECK(b24_bindings_read(path, "m1", 1000 + 3600, &l, &err) == 0);
	CHECK(l.rest_state == B24_REST_MISSING && l.rest_checked == 1000);
	CHECK(l.count == 1);
	b24_binding_list_free(&l);
	/* Remembered for a week, then asked again. */
	CHECK(b24_bindings_read(path, "m1", 1000 + B24_BINDINGS_RECHECK_SECONDS, &l, &err) == 0);
	CHECK(l.rest_state == B24_REST_UNKNOWN);
	b24_binding_list_free(&l);
	CHECK(b24_bindings_set_rest_state(path, "m1", B24_REST_PRESENT, 2000, &err) == 0);
	CHECK(b24_bindings_read(path, "m1", 2001, &l, &err) == 0);
	CHECK(l.rest_state == B24_REST_PRESENT);
	b24_binding_list_free(&l);
	CHECK(b24_bindings_read(path, "m2", 2001, &l, &err) == 0);
	CHECK(l.rest_state == B24_REST_UNKNOWN);
	b24_binding_list_free(&l);
}

/* Found by fuzz_bindings: a value that is not UTF-8 is refused, the file stays readable. */
static void test_not_utf8(void)
{
	b24_binding_list l;
	b24_error err;

	CHECK(b24_bindings_record(path, "\xfep", EV, "https://a.example/h", "frame", "PAGE_BACKGROUND_WORKER",
		100, &err) == -1);
	CHECK(strstr(err.description, "not UTF-8") != NULL);
	CHECK(b24_bindings_record(path, "m1", EV, "https://a.example/h\xff", "rest", "", 100, &err) == -1);
	CHECK(b24_bindings_read(path, "m1", 100, &l, &err) == 0);
	b24_binding_list_free(&l);
}

static void test_corrupt(void)
{
	char bad[300];
	FILE *f;
	b24_binding_list l;
	b24_error err;

	snprintf(bad, sizeof(bad), "%s/bad.json", dir);
	f = fopen(bad, "w");
	fputs("{\"portals\": [", f);
	fclose(f);
	CHECK(b24_bindings_read(bad, "m1", 1, &l, &err) == -1);
	CHECK(err.kind == B24_E_AUTH && strcmp(err.code, "B24_STORE_FAILED") == 0);
	CHECK(strstr(err.description, "not a JSON object") != NULL);
	/* strict JSON: a trailing comma, like any damage, refuses the file */
	f = fopen(bad, "w");
	fputs("{\"portals\": {},}", f);
	fclose(f);
	CHECK(b24_bindings_read(bad, "m1", 1, &l, &err) == -1);
	CHECK(strstr(err.description, "not a JSON object") != NULL);
	/* A write does not overwrite what it cannot read. */
	CHECK(b24_bindings_record(bad, "m1", EV, "https://a.example/h", "frame", "", 1, &err) == -1);
	unlink(bad);
	CHECK(b24_bindings_read("/nonexistent-dir/x/b24_bindings.json", "m1", 1, &l, &err) == 0);
	CHECK(b24_bindings_record("/nonexistent-dir/x/b24_bindings.json", "m1", EV, "h", "frame", "",
		1, &err) == -1);
	CHECK(strstr(err.description, "lock") != NULL);
}

/* Processes recording at once lose nothing: each change re-reads the file under the lock. */
static void test_concurrent_records(void)
{
	char file[300];
	b24_binding_list l;
	b24_error err;
	int p, i, status, ok = 1;

	snprintf(file, sizeof(file), "%s/concurrent.json", dir);
	for (p = 0; p < 4; p++) {
		if (fork() == 0) {
			for (i = 0; i < 25; i++) {
				char event[64];

				snprintf(event, sizeof(event), "OnEvent%d_%d", p, i);
				if (b24_bindings_record(file, "m1", event, "https://a.example/h", "rest", "", i, &err) != 1) {
					_exit(1);
				}
			}
			_exit(0);
		}
	}
	for (p = 0; p < 4; p++) {
		if (wait(&status) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			ok = 0;
		}
	}
	CHECK(ok);
	CHECK(b24_bindings_read(file, "m1", 1, &l, &err) == 0);
	CHECK_INT(l.count, 100);
	b24_binding_list_free(&l);
}

int main(void)
{
	dir = b24t_tmpdir();
	snprintf(path, sizeof(path), "%s/b24_bindings.json", dir);
	B24T_RUN(test_path);
	B24T_RUN(test_record);
	B24T_RUN(test_rest_state);
	B24T_RUN(test_not_utf8);
	B24T_RUN(test_corrupt);
	B24T_RUN(test_concurrent_records);
	return b24t_finish();
}
