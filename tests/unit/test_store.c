/*
 * b24_store: round trip, mode 0600, atomic replacement, CRest settings.json
 * compatibility, damaged files, and the cross-process lock (fork()ed
 * processes contend for it and update the file under it).
 */
#define _DEFAULT_SOURCE 1

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "b24_test.h"
#include "b24_store.h"

static char path[512];

static void write_file(const char *p, const char *text)
{
	FILE *f = fopen(p, "w");

	CHECK(f != NULL);
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static char *read_file(const char *p)
{
	static char buf[8192];
	FILE *f = fopen(p, "r");
	size_t n = 0;

	if (f) {
		n = fread(buf, 1, sizeof(buf) - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	return buf;
}

/* Files in the test directory other than the store and its lock file. */
static int stray_files(void)
{
	DIR *d = opendir(b24t_tmpdir());
	struct dirent *e;
	int n = 0;

	while (d && (e = readdir(d)) != NULL) {
		if (strstr(e->d_name, ".tmp.")) {
			n++;
		}
	}
	if (d) {
		closedir(d);
	}
	return n;
}

static void fill(b24_token *t, const char *access)
{
	b24_token_init(t);
	b24_token_set(&t->access_token, access, strlen(access));
	b24_token_set(&t->refresh_token, "r/1", 3);
	b24_token_set(&t->client_endpoint, "https://portal.bitrix24.com/rest/", 33);
	b24_token_set(&t->domain, "portal.bitrix24.com", 19);
	b24_token_set(&t->application_token, "app", 3);
	b24_token_set(&t->member_id, "m", 1);
	t->expires = 1780319382;
	t->expires_in = 3600;
	t->user_id = 1;
}

static void test_round_trip_and_mode(void)
{
	b24_store *s = b24_store_open(path, NULL);
	b24_token t, back;
	b24_error err;
	struct stat st;

	fill(&t, "a\xc3\xa9");
	b24_token_init(&back);
	CHECK_INT(b24_store_save(s, &t, &err), 0);
	CHECK_INT(stat(path, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0600);
	CHECK_INT(stray_files(), 0);
	CHECK_INT(b24_store_load(s, &back, &err), B24_STORE_LOADED);
	CHECK_STR(back.access_token, "a\xc3\xa9");
	CHECK_STR(back.refresh_token, "r/1");
	CHECK_STR(back.client_endpoint, "https://portal.bitrix24.com/rest/");
	CHECK_INT(back.expires, 1780319382);
	CHECK_INT(back.user_id, 1);
	/* CRest-like JSON: slashes and non-ASCII escaped */
	CHECK(strstr(read_file(path), "\"refresh_token\":\"r\\/1\"") != NULL);
	CHECK(strstr(read_file(path), "\"access_token\":\"a\\u00e9\"") != NULL);
	CHECK_STR(b24_store_path(s), path);
	b24_token_free(&t);
	b24_token_free(&back);
	b24_store_free(s);
}

/* A settings.json as CRest writes it after an install and a refresh (with its defects). */
static void test_crest_settings(void)
{
	b24_store *s = b24_store_open(path, NULL);
	b24_token t;
	b24_error err;
	const char *saved;

	write_file(path, "{\"access_token\":\"acc\",\"expires_in\":3600,\"application_token\":\"apptok\","
		"\"refresh_token\":\"ref\",\"domain\":\"oauth.bitrix.info\","
		"\"client_endpoint\":\"https:\\/\\/portal.bitrix24.com\\/rest\\/\",\"expires\":1780319382,"
		"\"member_id\":\"mem\",\"scope\":\"crm\",\"server_endpoint\":\"https:\\/\\/oauth.bitrix.info\\/rest\\/\","
		"\"status\":\"L\",\"user_id\":1,\"C_REST_CLIENT_ID\":\"local.1\",\"C_REST_CLIENT_SECRET\":\"sec\","
		"\"error_description\":\"old failure\",\"error_information\":\"x\","
		"\"title\":\"\\u003Cb\\u003E \\u0026 \\u0027\"}");
	b24_token_init(&t);
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_LOADED);
	CHECK_STR(t.access_token, "acc");
	CHECK_STR(t.application_token, "apptok");
	CHECK_STR(t.client_endpoint, "https://portal.bitrix24.com/rest/");
	CHECK_STR(t.server_endpoint, "https://oauth.bitrix.info/rest/");
	CHECK_STR(t.member_id, "mem");
	CHECK_STR(t.status, "L");
	CHECK_INT(t.expires_in, 3600);
	CHECK_INT(b24_store_save(s, &t, &err), 0);
	saved = read_file(path);
	CHECK(strstr(saved, "C_REST_CLIENT") == NULL);
	CHECK(strstr(saved, "sec") == NULL);
	CHECK(strstr(saved, "error") == NULL);
	CHECK(strstr(saved, "\"application_token\":\"apptok\"") != NULL);
	b24_token_free(&t);
	b24_store_free(s);
}

static void test_missing_and_damaged(void)
{
	char other[600];
	b24_store *s;
	b24_token t;
	b24_error err;

	snprintf(other, sizeof(other), "%s/absent.json", b24t_tmpdir());
	s = b24_store_open(other, NULL);
	b24_token_init(&t);
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_MISSING);
	b24_store_free(s);

	s = b24_store_open(path, NULL);
	write_file(path, "{\"access_token\":\"acc\",\"refresh_tok");
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_ERROR);
	CHECK_INT(err.kind, B24_E_AUTH);
	CHECK_STR(err.code, B24_STORE_FAILED);
	CHECK(t.access_token == NULL);
	write_file(path, "");
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_ERROR);
	write_file(path, "[1]");
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_ERROR);
	/* strict JSON: what json-c takes by default and json_decode() refuses is damaged */
	write_file(path, "{'access_token':'acc','refresh_token':'ref'}");
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_ERROR);
	write_file(path, "{\"access_token\":\"acc\",\"refresh_token\":\"ref\",}");
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_ERROR);
	write_file(path, "/* c */{\"access_token\":\"acc\",\"refresh_token\":\"ref\"}");
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_ERROR);
	write_file(path, "{\"access_token\":\"acc\",\"refresh_token\":\"ref\"} x");
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_ERROR);
	CHECK(t.access_token == NULL);
	b24_store_free(s);
	CHECK(b24_store_open("", &err) == NULL);
	CHECK_STR(err.code, B24_STORE_FAILED);
}

/* A save that cannot complete leaves the previous file as it was. */
static void test_failed_save_keeps_old_file(void)
{
	char bad_dir[600];
	b24_store *s = b24_store_open(path, NULL), *nowhere;
	b24_token good, bad;
	b24_error err;
	char before[8192];

	fill(&good, "good");
	CHECK_INT(b24_store_save(s, &good, &err), 0);
	strcpy(before, read_file(path));
	fill(&bad, "bad\xff");   /* invalid UTF-8 cannot be written as JSON */
	CHECK_INT(b24_store_save(s, &bad, &err), -1);
	CHECK_STR(err.code, B24_STORE_FAILED);
	CHECK_STR(read_file(path), before);
	CHECK_INT(stray_files(), 0);
	snprintf(bad_dir, sizeof(bad_dir), "%s/no/such/dir/settings.json", b24t_tmpdir());
	nowhere = b24_store_open(bad_dir, NULL);
	CHECK_INT(b24_store_save(nowhere, &good, &err), -1);
	CHECK(strstr(err.description, "temporary") != NULL);
	b24_store_free(nowhere);
	b24_token_free(&good);
	b24_token_free(&bad);
	b24_store_free(s);
}

static void test_lock_excludes_other_processes(void)
{
	b24_store *s = b24_store_open(path, NULL);
	b24_error err;
	int ready[2], go[2], status = -1;
	char c = 0;
	pid_t pid;
	struct stat st;

	CHECK_INT(pipe(ready), 0);
	CHECK_INT(pipe(go), 0);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		/* child: hold the lock until the parent has tried */
		b24_store *mine = b24_store_open(path, NULL);
		int ok = b24_store_lock(mine, 1000, NULL) == 0;

		b24_store_free(s);   /* the parent's object, copied by fork() */
		ok = ok && write(ready[1], "x", 1) == 1 && read(go[0], &c, 1) == 1;
		b24_store_free(mine);   /* releases the lock */
		_exit(ok ? 0 : 1);
	}
	CHECK_INT(read(ready[0], &c, 1), 1);
	CHECK_INT(b24_store_lock(s, 100, &err), B24_STORE_TIMED_OUT);
	CHECK_STR(err.code, B24_STORE_FAILED);
	CHECK(strstr(err.description, "timed out") != NULL);
	CHECK(!b24_store_locked(s));
	CHECK_INT(write(go[1], "x", 1), 1);
	CHECK_INT(b24_store_lock(s, 5000, &err), 0);
	CHECK(b24_store_locked(s));
	CHECK_INT(b24_store_lock(s, 10, &err), -1);   /* not reentrant */
	b24_store_unlock(s);
	CHECK(!b24_store_locked(s));
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	close(ready[0]);
	close(ready[1]);
	close(go[0]);
	close(go[1]);
	CHECK_INT(stat(b24_store_path(s), &st), 0);
	b24_store_free(s);
}

#define WORKERS 6
#define ROUNDS 40

/* One worker: lock, re-read, increment, save, unlock — ROUNDS times. */
static int counter_worker(void)
{
	b24_store *s = b24_store_open(path, NULL);
	b24_token t;
	char num[32];
	int i, ok = 1;

	b24_token_init(&t);
	for (i = 0; i < ROUNDS && ok; i++) {
		ok = b24_store_lock(s, 30000, NULL) == 0 && b24_store_load(s, &t, NULL) == B24_STORE_LOADED;
		if (ok) {
			snprintf(num, sizeof(num), "%lld", atoll(t.access_token) + 1);
			b24_token_set(&t.access_token, num, strlen(num));
			ok = b24_store_save(s, &t, NULL) == 0;
		}
		b24_store_unlock(s);
	}
	b24_token_free(&t);
	b24_store_free(s);
	return ok;
}

/* A reader that never takes the lock must never see a damaged file. */
static int reader_worker(void)
{
	b24_store *s = b24_store_open(path, NULL);
	b24_token t;
	int i, ok = 1;

	b24_token_init(&t);
	for (i = 0; i < 400 && ok; i++) {
		ok = b24_store_load(s, &t, NULL) == B24_STORE_LOADED && t.access_token != NULL;
	}
	b24_token_free(&t);
	b24_store_free(s);
	return ok;
}

static void test_concurrent_updates(void)
{
	b24_store *s = b24_store_open(path, NULL);
	pid_t pids[WORKERS + 1];
	b24_token t;
	b24_error err;
	int i, status;

	fill(&t, "0");
	CHECK_INT(b24_store_save(s, &t, &err), 0);
	/* nothing allocated may be alive across fork(): the children would leak it */
	b24_token_free(&t);
	b24_store_free(s);
	fflush(stdout);
	for (i = 0; i <= WORKERS; i++) {
		pids[i] = fork();
		if (pids[i] == 0) {
			_exit((i == WORKERS ? reader_worker() : counter_worker()) ? 0 : 1);
		}
	}
	for (i = 0; i <= WORKERS; i++) {
		waitpid(pids[i], &status, 0);
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	s = b24_store_open(path, NULL);
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_LOADED);
	CHECK_INT(atoll(t.access_token), WORKERS * ROUNDS);
	CHECK_STR(t.application_token, "app");
	CHECK_INT(stray_files(), 0);
	b24_token_free(&t);
	b24_store_free(s);
}

/* Keyed stores: the member_id is the file name and nothing else reaches a path. */
static void test_keyed_store(void)
{
	static const char *const bad[] = { "", "../x", "a/b", ".", "a b", "a.json", NULL };
	char want[600], big[66];
	b24_token_store st;
	b24_token t, back;
	b24_error err;
	size_t i;

	for (i = 0; bad[i]; i++) {
		CHECK_INT(b24_token_store_keyed(&st, b24t_tmpdir(), bad[i], &err), -1);
		CHECK_STR(err.code, B24_INVALID_ARGUMENT);
		CHECK(st.ops == NULL);
	}
	memset(big, 'a', 65);
	big[65] = '\0';
	CHECK_INT(b24_token_store_member_valid(big, 65), 0);
	CHECK_INT(b24_token_store_member_valid(big, 64), 1);
	CHECK_INT(b24_token_store_keyed(&st, b24t_tmpdir(), "0123abcdef_-XY", &err), 0);
	snprintf(want, sizeof(want), "%s/0123abcdef_-XY.json", b24t_tmpdir());
	CHECK_STR(b24_token_store_path(&st), want);
	fill(&t, "k1");
	b24_token_init(&back);
	CHECK_INT(st.ops->lock(st.ctx, 1000, &err), 0);
	CHECK_INT(st.ops->save(st.ctx, &t, &err), 0);
	CHECK_INT(st.ops->unlock(st.ctx, &err), 0);
	CHECK_INT(st.ops->load(st.ctx, &back, &err), B24_STORE_LOADED);
	CHECK_STR(back.access_token, "k1");
	CHECK_INT(st.ops->remove(st.ctx, &err), 0);
	CHECK_INT(st.ops->remove(st.ctx, &err), 0);
	CHECK_INT(st.ops->load(st.ctx, &back, &err), B24_STORE_MISSING);
	b24_token_free(&t);
	b24_token_free(&back);
	b24_token_store_release(&st);
	CHECK(st.ops == NULL);
}

/* A FIFO as the store or as its lock file is refused at once, never opened for I/O. */
static void test_fifo_refused(void)
{
	char fifo[600];
	b24_store *s;
	b24_token t;
	b24_error err;

	snprintf(fifo, sizeof(fifo), "%s/fifo.json", b24t_tmpdir());
	CHECK_INT(mkfifo(fifo, 0600), 0);
	s = b24_store_open(fifo, NULL);
	b24_token_init(&t);
	CHECK_INT(b24_store_load(s, &t, &err), B24_STORE_ERROR);
	CHECK(strstr(err.description, "not a regular file") != NULL);
	b24_store_free(s);
	unlink(fifo);
	snprintf(fifo, sizeof(fifo), "%s/store.json.lock", b24t_tmpdir());
	CHECK_INT(mkfifo(fifo, 0600), 0);
	fifo[strlen(fifo) - 5] = '\0';
	s = b24_store_open(fifo, NULL);
	CHECK_INT(b24_store_lock(s, 100, &err), -1);
	CHECK(strstr(err.description, "lock file is not a regular file") != NULL);
	b24_store_free(s);
	strcat(fifo, ".lock");
	unlink(fifo);
}

int main(void)
{
	snprintf(path, sizeof(path), "%s/settings.json", b24t_tmpdir());
	B24T_RUN(test_round_trip_and_mode);
	B24T_RUN(test_crest_settings);
	B24T_RUN(test_missing_and_damaged);
	B24T_RUN(test_failed_save_keeps_old_file);
	B24T_RUN(test_lock_excludes_other_processes);
	B24T_RUN(test_concurrent_updates);
	B24T_RUN(test_keyed_store);
	B24T_RUN(test_fifo_refused);
	return b24t_finish();
}
