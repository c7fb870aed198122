/*
 * b24_rate_shm: the rate store shared by every process of the host, a file
 * of fixed slots mapped MAP_SHARED. See b24_rate_store.h.
 *
 * Locking: an exclusive flock() on the mapped file around each operation
 * (a few hundred nanoseconds of arithmetic). The kernel drops a flock when
 * its holder dies, however it dies, so a killed process never leaves the
 * lock taken; what it may leave is a record half written, which
 * b24_rate_slot_repair() puts back in bounds before every use. A holder
 * that is alive but frozen (SIGSTOP, a debugger) is waited for at most
 * B24_RATE_LOCK_MS; the call then goes on without pacing rather than stall.
 * A flock belongs to the open file description, which fork() shares: a
 * process that finds itself with another pid opens the file again before
 * locking, so parent and child never hold "the same" lock at once.
 *
 * Test hook: with B24_TEST_RATE_STOP=1 in the environment when the store is
 * opened, the process stops itself (SIGSTOP) inside its first reserve, the
 * lock held and the record written, so that a test can kill it there.
 */
#if defined(__linux__) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE)
/* flock(), nanosleep(), O_NOFOLLOW, O_CLOEXEC under -std=c99 */
# define _DEFAULT_SOURCE 1
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b24_rate_store.h"

#ifdef _WIN32

/* No shared mapping on Windows yet: the caller falls back to the local store. */
b24_rate_store *b24_rate_shm_open(const char *dir)
{
	(void)dir;
	return NULL;
}

const char *b24_rate_default_dir(char *buf, size_t size)
{
	if (size) {
		buf[0] = '\0';
	}
	return buf;
}

#else

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sched.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define B24_RATE_MAGIC 0x52343242u   /* "B24R" */
#define B24_RATE_VERSION 2u
#define B24_RATE_LOCK_MS 500
#define B24_RATE_FILE "rate.v2"

typedef struct b24_rate_file {
	uint32_t magic;
	uint32_t version;
	uint32_t slots;
	uint32_t slot_size;
	/*
	 * The latest blocked_until of any method of any portal (Unix seconds),
	 * written under the lock, read without it: while it lies in the past
	 * and the caller paces nothing, a turn is a GO that needs no lock.
	 */
	int64_t blocked_until;
	b24_rate_slot slot[B24_RATE_SLOTS];
} b24_rate_file;

typedef struct b24_rate_shm {
	b24_rate_store base;
	char *path;
	int fd;
	pid_t pid;                 /* the process that opened fd */
	b24_rate_file *map;
	int stop_once;             /* the test hook */
} b24_rate_shm;

const char *b24_rate_default_dir(char *buf, size_t size)
{
	const char *tmp = getenv("TMPDIR");

	if (!tmp || tmp[0] != '/') {
		tmp = "/tmp";
	}
	snprintf(buf, size, "%s/b24-%lu", tmp, (unsigned long)geteuid());
	return buf;
}

/* Ours alone: owned by this user, nothing for group and others. */
static int b24_rate_private(const struct stat *sb)
{
	return sb->st_uid == geteuid() && (sb->st_mode & 077) == 0;
}

static int b24_rate_dir_ok(const char *dir)
{
	struct stat sb;

	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		return -1;
	}
	return lstat(dir, &sb) == 0 && S_ISDIR(sb.st_mode) && b24_rate_private(&sb) ? 0 : -1;
}

static int b24_rate_open_file(const char *path)
{
	struct stat sb;
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);

	if (fd < 0) {
		return -1;
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || !b24_rate_private(&sb)) {
		close(fd);
		return -1;
	}
	return fd;
}

static void b24_rate_pause(int round)
{
	struct timespec ts = { 0, round < 20 ? 50000L : 1000000L };

	if (round < 4) {
		sched_yield();
		return;
	}
	nanosleep(&ts, NULL);
}

static long long b24_rate_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The lock, polled until B24_RATE_LOCK_MS; a forked child first gets its own description. */
static int b24_rate_lock(b24_rate_shm *s)
{
	long long deadline = b24_rate_ms() + B24_RATE_LOCK_MS;
	int round;

	if (s->pid != getpid()) {
		int fd = b24_rate_open_file(s->path);

		if (fd < 0) {
			return -1;
		}
		close(s->fd);
		s->fd = fd;
		s->pid = getpid();
	}
	for (round = 0; flock(s->fd, LOCK_EX | LOCK_NB) != 0; round++) {
		if ((errno != EWOULDBLOCK && errno != EINTR) || b24_rate_ms() >= deadline) {
			return -1;
		}
		b24_rate_pause(round);
	}
	return 0;
}

static void b24_rate_unlock(b24_rate_shm *s)
{
	flock(s->fd, LOCK_UN);
}

/* The portal's record, repaired, the lock held; NULL when the lock is not to be had. */
static b24_rate_slot *b24_rate_shm_slot(b24_rate_shm *s, uint64_t portal, b24_rate_now *now)
{
	b24_rate_slot *slot;

	if (b24_rate_lock(s) != 0) {
		return NULL;
	}
	b24_rate_clock(now);
	slot = b24_rate_table_slot(s->map->slot, B24_RATE_SLOTS, portal, now);
	b24_rate_slot_repair(slot, now);
	return slot;
}

/*
 * A turn without a bucket (b24.rate_limit=0) while no method is blocked
 * anywhere on the host: the answer is GO whatever the record says, so the
 * lock (a flock pair, most of a turn's cost) is not taken.
 */
static int b24_rate_shm_nothing_to_wait(const b24_rate_shm *s, const b24_rate_ask *ask)
{
	int64_t until;

	if (ask->limit.drain > 0.0) {
		return 0;
	}
	until = __atomic_load_n(&s->map->blocked_until, __ATOMIC_ACQUIRE);
	return until == 0 || until < (int64_t)time(NULL);
}

static int b24_rate_shm_reserve(b24_rate_store *st, const b24_rate_ask *ask, b24_rate_answer *ans)
{
	b24_rate_shm *s = (b24_rate_shm *)st;
	b24_rate_now now;
	b24_rate_slot *slot;

	if (b24_rate_shm_nothing_to_wait(s, ask)) {
		ans->verdict = B24_RATE_GO;
		ans->wait = 0.0;
		return 0;
	}
	slot = b24_rate_shm_slot(s, ask->portal, &now);
	if (!slot) {
		return -1;
	}
	b24_rate_reserve(slot, ask, &now, ans);
	if (s->stop_once) {
		s->stop_once = 0;
		raise(SIGSTOP);
	}
	b24_rate_unlock(s);
	return 0;
}

static int b24_rate_shm_fill(b24_rate_store *st, uint64_t portal, const b24_rate_limit *limit)
{
	b24_rate_shm *s = (b24_rate_shm *)st;
	b24_rate_now now;
	b24_rate_slot *slot = b24_rate_shm_slot(s, portal, &now);

	if (!slot) {
		return -1;
	}
	b24_rate_fill(slot, limit, &now);
	b24_rate_unlock(s);
	return 0;
}

/* Moves the file's blocked_until up to the method's, the lock held. */
static void b24_rate_shm_raise_block(b24_rate_shm *s, uint64_t method, const b24_rate_slot *slot)
{
	int64_t until = 0;
	size_t i;

	for (i = 0; i < B24_RATE_METHODS; i++) {
		if (slot->methods[i].hash == method) {
			until = slot->methods[i].blocked_until;
		}
	}
	if (until > __atomic_load_n(&s->map->blocked_until, __ATOMIC_RELAXED)) {
		__atomic_store_n(&s->map->blocked_until, until, __ATOMIC_RELEASE);
	}
}

static int b24_rate_shm_note(b24_rate_store *st, uint64_t portal, uint64_t method, int64_t reset_at,
	int blocked)
{
	b24_rate_shm *s = (b24_rate_shm *)st;
	b24_rate_now now;
	b24_rate_slot *slot = b24_rate_shm_slot(s, portal, &now);

	if (!slot) {
		return -1;
	}
	b24_rate_note(slot, method, reset_at, blocked, &now);
	if (blocked) {
		b24_rate_shm_raise_block(s, method, slot);
	}
	b24_rate_unlock(s);
	return 0;
}

static void b24_rate_shm_close(b24_rate_store *st)
{
	b24_rate_shm *s = (b24_rate_shm *)st;

	if (s->map) {
		munmap(s->map, sizeof(b24_rate_file));
	}
	if (s->fd >= 0) {
		close(s->fd);
	}
	free(s->path);
	free(s);
}

static const b24_rate_store_ops b24_rate_shm_ops = {
	"shared", b24_rate_shm_reserve, b24_rate_shm_fill, b24_rate_shm_note, b24_rate_shm_close
};

static int b24_rate_shm_layout_ok(const b24_rate_file *f)
{
	return f->magic == B24_RATE_MAGIC && f->version == B24_RATE_VERSION && f->slots == B24_RATE_SLOTS
		&& f->slot_size == sizeof(b24_rate_slot);
}

/* Maps a file of the full size (a file being made is not yet). */
static int b24_rate_shm_mmap(b24_rate_shm *s)
{
	struct stat sb;
	void *map;

	if (fstat(s->fd, &sb) != 0 || sb.st_size < (off_t)sizeof(b24_rate_file)) {
		return -1;
	}
	map = mmap(NULL, sizeof(b24_rate_file), PROT_READ | PROT_WRITE, MAP_SHARED, s->fd, 0);
	if (map == MAP_FAILED) {
		return -1;
	}
	s->map = map;
	return 0;
}

/* Sizes and maps a new file and writes its header, the lock held. */
static int b24_rate_shm_make(b24_rate_shm *s)
{
	struct stat sb;

	if (!s->map && (fstat(s->fd, &sb) != 0 || (sb.st_size < (off_t)sizeof(b24_rate_file)
			&& ftruncate(s->fd, sizeof(b24_rate_file)) != 0) || b24_rate_shm_mmap(s) != 0)) {
		return -1;
	}
	if (s->map->magic == 0) {
		s->map->version = B24_RATE_VERSION;
		s->map->slots = B24_RATE_SLOTS;
		s->map->slot_size = sizeof(b24_rate_slot);
		s->map->magic = B24_RATE_MAGIC;
	}
	return b24_rate_shm_layout_ok(s->map) ? 0 : -1;
}

b24_rate_store *b24_rate_shm_open(const char *dir)
{
	b24_rate_shm *s;
	size_t len;
	int rc;

	if (!dir || dir[0] != '/' || b24_rate_dir_ok(dir) != 0 || !(s = calloc(1, sizeof(*s)))) {
		return NULL;
	}
	s->base.ops = &b24_rate_shm_ops;
	s->fd = -1;
	s->pid = getpid();
	len = strlen(dir) + sizeof("/" B24_RATE_FILE);
	s->path = malloc(len);
	if (s->path) {
		snprintf(s->path, len, "%s/%s", dir, B24_RATE_FILE);
		s->fd = b24_rate_open_file(s->path);
	}
	/* a file in use needs no lock to be mapped: a frozen holder cannot keep a process out */
	rc = s->fd >= 0 ? 0 : -1;
	if (rc == 0 && (b24_rate_shm_mmap(s) != 0 || !b24_rate_shm_layout_ok(s->map))) {
		rc = b24_rate_lock(s);
		if (rc == 0) {
			rc = b24_rate_shm_make(s);
			b24_rate_unlock(s);
		}
	}
	if (rc != 0) {
		b24_rate_shm_close(&s->base);
		return NULL;
	}
	s->stop_once = getenv("B24_TEST_RATE_STOP") && strcmp(getenv("B24_TEST_RATE_STOP"), "1") == 0;
	return &s->base;
}

#endif /* _WIN32 */
