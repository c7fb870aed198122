/*
 * b24_rate: the bucket and method-block arithmetic. See b24_rate.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "b24_rate.h"

/* A positive finite number, the whole of [s, end). */
static int b24_rate_number(const char *s, const char *end, double *out)
{
	char buf[32];
	char *stop;
	size_t len = (size_t)(end - s);

	if (len == 0 || len >= sizeof(buf) || s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		return -1;
	}
	memcpy(buf, s, len);
	buf[len] = '\0';
	*out = strtod(buf, &stop);
	return *stop == '\0' && isfinite(*out) && *out > 0.0 && *out <= 1e6 ? 0 : -1;
}

int b24_rate_parse(const char *text, b24_rate_limit *out)
{
	const char *slash;

	out->burst = 0.0;
	out->drain = 0.0;
	if (!text || !*text || strcmp(text, "0") == 0) {
		return 0;
	}
	slash = strchr(text, '/');
	if (!slash || b24_rate_number(text, slash, &out->burst) != 0
			|| b24_rate_number(slash + 1, slash + strlen(slash), &out->drain) != 0
			|| out->burst < 1.0) {
		out->burst = out->drain = 0.0;
		return -1;
	}
	return 0;
}

uint64_t b24_rate_hash(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		h ^= (c >= 'A' && c <= 'Z') ? (unsigned char)(c + ('a' - 'A')) : c;
		h *= 1099511628211ULL;
	}
	return h ? h : 1;
}

b24_rate_slot *b24_rate_table_slot(b24_rate_slot *slots, size_t n, uint64_t key,
	const b24_rate_now *now)
{
	b24_rate_slot *pick = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		if (slots[i].key == key) {
			return &slots[i];
		}
		if (!pick || (pick->key != 0 && (slots[i].key == 0 || slots[i].used < pick->used))) {
			pick = &slots[i];
		}
	}
	if (pick) {
		memset(pick, 0, sizeof(*pick));
		pick->key = key;
		pick->stamp = pick->used = now->mono;
	}
	return pick;
}

/* The level drained up to now. A stamp in the future (a reboot reset the clock) drains nothing. */
static double b24_rate_level(const b24_rate_slot *s, const b24_rate_limit *limit, const b24_rate_now *now)
{
	double elapsed = now->mono - s->stamp;
	double level = s->level - (elapsed > 0.0 ? elapsed : 0.0) * limit->drain;

	return level > 0.0 ? level : 0.0;
}

/* The method's record, or NULL when unknown and not to be made. */
static b24_rate_method *b24_rate_method_find(b24_rate_slot *s, uint64_t method, int make)
{
	b24_rate_method *pick = NULL;
	size_t i;

	for (i = 0; i < B24_RATE_METHODS; i++) {
		b24_rate_method *m = &s->methods[i];

		if (m->hash == method) {
			return m;
		}
		/* a free record, else the least recently noted one */
		if (!pick || (pick->hash != 0 && (m->hash == 0 || m->used < pick->used))) {
			pick = m;
		}
	}
	if (!make) {
		return NULL;
	}
	memset(pick, 0, sizeof(*pick));
	pick->hash = method;
	return pick;
}

void b24_rate_reserve(b24_rate_slot *s, const b24_rate_ask *ask, const b24_rate_now *now,
	b24_rate_answer *ans)
{
	b24_rate_method *m = ask->method ? b24_rate_method_find(s, ask->method, 0) : NULL;
	double level, room;

	s->used = now->mono;
	ans->verdict = B24_RATE_GO;
	ans->wait = 0.0;
	if (m && (double)m->blocked_until > now->unix_time) {
		ans->wait = (double)m->blocked_until - now->unix_time;
		ans->verdict = ans->wait > ask->wait_max ? B24_RATE_BLOCKED : B24_RATE_HELD;
		return;
	}
	if (ask->limit.drain <= 0.0) {
		return;
	}
	level = b24_rate_level(s, &ask->limit, now);
	room = ask->limit.burst - B24_RATE_MARGIN - ask->limit.drain * B24_RATE_LEAD;
	room = room > 1.0 ? room : 1.0;
	ans->wait = level + 1.0 > room ? (level + 1.0 - room) / ask->limit.drain : 0.0;
	if (ans->wait > ask->wait_max) {
		ans->verdict = B24_RATE_BUSY;
		return;
	}
	s->level = level + 1.0;
	s->stamp = now->mono;
}

void b24_rate_fill(b24_rate_slot *s, const b24_rate_limit *limit, const b24_rate_now *now)
{
	double level = b24_rate_level(s, limit, now);

	s->level = level > limit->burst ? level : limit->burst;
	s->stamp = s->used = now->mono;
}

void b24_rate_note(b24_rate_slot *s, uint64_t method, int64_t reset_at, int blocked,
	const b24_rate_now *now)
{
	b24_rate_method *m = b24_rate_method_find(s, method, 1);
	int64_t t = (int64_t)now->unix_time;

	m->used = now->mono;
	if (reset_at > t && reset_at <= t + B24_RATE_RESET_HORIZON) {
		m->reset_at = reset_at;
	}
	if (!blocked) {
		if (m->blocked_until <= t) {
			m->blocked_until = 0;
		}
		return;
	}
	/* one second after the reset: portals count whole seconds */
	m->blocked_until = m->reset_at > t ? m->reset_at + 1 : t + B24_RATE_BLOCK_FALLBACK;
}

void b24_rate_slot_repair(b24_rate_slot *s, const b24_rate_now *now)
{
	size_t i;

	if (!isfinite(s->level) || s->level < 0.0 || s->level > 1e7) {
		s->level = 0.0;
	}
	if (!isfinite(s->stamp) || s->stamp > now->mono) {
		s->stamp = now->mono;
	}
	if (!isfinite(s->used)) {
		s->used = 0.0;
	}
	for (i = 0; i < B24_RATE_METHODS; i++) {
		b24_rate_method *m = &s->methods[i];
		int64_t t = (int64_t)now->unix_time;

		if (m->blocked_until > t + B24_RATE_RESET_HORIZON + B24_RATE_BLOCK_FALLBACK
				|| m->reset_at > t + B24_RATE_RESET_HORIZON || !isfinite(m->used)) {
			memset(m, 0, sizeof(*m));
		}
	}
}
