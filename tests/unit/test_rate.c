/*
 * b24_rate: the bucket arithmetic on explicit clocks (reservations, waits,
 * refusals, a full bucket, method blocks, repair of torn records, slot
 * replacement) and the "burst/drain" parser.
 */
#include <math.h>
#include <stdio.h>

#include "b24_test.h"
#include "b24_rate.h"

#define NEAR(got, want) (fabs((got) - (want)) < 1e-9)

static b24_rate_now at(double mono, double unix_time)
{
	b24_rate_now now;

	now.mono = mono;
	now.unix_time = unix_time;
	return now;
}

static b24_rate_ask ask_of(double burst, double drain, double wait_max)
{
	b24_rate_ask ask;

	ask.portal = 1;
	ask.method = 0;
	ask.limit.burst = burst;
	ask.limit.drain = drain;
	ask.wait_max = wait_max;
	return ask;
}

static void test_parse(void)
{
	b24_rate_limit l;

	CHECK_INT(b24_rate_parse("50/2", &l), 0);
	CHECK(l.burst == 50.0 && l.drain == 2.0);
	CHECK_INT(b24_rate_parse("250/5", &l), 0);
	CHECK(l.burst == 250.0 && l.drain == 5.0);
	CHECK_INT(b24_rate_parse("10/0.5", &l), 0);
	CHECK(l.drain == 0.5);
	CHECK_INT(b24_rate_parse("0", &l), 0);
	CHECK(l.drain == 0.0);
	CHECK_INT(b24_rate_parse("", &l), 0);
	CHECK_INT(b24_rate_parse(NULL, &l), 0);
	CHECK(l.drain == 0.0);
	CHECK_INT(b24_rate_parse("50", &l), -1);
	CHECK_INT(b24_rate_parse("50/", &l), -1);
	CHECK_INT(b24_rate_parse("/2", &l), -1);
	CHECK_INT(b24_rate_parse("50/-2", &l), -1);
	CHECK_INT(b24_rate_parse("50/0", &l), -1);
	CHECK_INT(b24_rate_parse("0.5/2", &l), -1);
	CHECK_INT(b24_rate_parse("50/2x", &l), -1);
	CHECK_INT(b24_rate_parse(" 50/2", &l), -1);
	CHECK_INT(b24_rate_parse("50/2/1", &l), -1);
	CHECK_INT(b24_rate_parse("nan/2", &l), -1);
	CHECK(l.burst == 0.0 && l.drain == 0.0);
}

static void test_hash(void)
{
	CHECK(b24_rate_hash("crm.deal.list", 13) == b24_rate_hash("CRM.Deal.LIST", 13));
	CHECK(b24_rate_hash("crm.deal.list", 13) != b24_rate_hash("crm.deal.get", 12));
	CHECK(b24_rate_hash("", 0) != 0);
}

/*
 * A burst goes at once, then one call per 1/drain seconds, each told its own
 * wait. The room is the burst less the reserve (B24_RATE_MARGIN, B24_RATE_LEAD):
 * here 3.
 */
static void test_burst_then_drain(void)
{
	b24_rate_slot s;
	b24_rate_ask ask = ask_of(3 + B24_RATE_MARGIN + 2 * B24_RATE_LEAD, 2, 10);
	b24_rate_answer ans;
	b24_rate_now now = at(100, 1000);
	int i;

	memset(&s, 0, sizeof(s));
	s.key = 1;
	s.stamp = 100;
	for (i = 0; i < 3; i++) {
		b24_rate_reserve(&s, &ask, &now, &ans);
		CHECK_INT(ans.verdict, B24_RATE_GO);
		CHECK(NEAR(ans.wait, 0.0));
	}
	for (i = 1; i <= 4; i++) {
		b24_rate_reserve(&s, &ask, &now, &ans);
		CHECK_INT(ans.verdict, B24_RATE_GO);
		CHECK(NEAR(ans.wait, 0.5 * i));
	}
	CHECK(NEAR(s.level, 7.0));
	/* two seconds later four have drained: the next waits behind the three still queued */
	now = at(102, 1002);
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK(NEAR(ans.wait, 0.5));
	/* long after, the bucket is empty again */
	now = at(200, 1100);
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK(NEAR(ans.wait, 0.0));
	CHECK(NEAR(s.level, 1.0));
}

static void test_wait_max_refuses_without_reserving(void)
{
	b24_rate_slot s;
	b24_rate_ask ask = ask_of(1, 1, 2.5);
	b24_rate_answer ans;
	b24_rate_now now = at(10, 10);
	int i;

	memset(&s, 0, sizeof(s));
	for (i = 0; i < 3; i++) {
		b24_rate_reserve(&s, &ask, &now, &ans);
		CHECK_INT(ans.verdict, B24_RATE_GO);
	}
	CHECK(NEAR(ans.wait, 2.0));
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK_INT(ans.verdict, B24_RATE_BUSY);
	CHECK(NEAR(ans.wait, 3.0));
	CHECK(NEAR(s.level, 3.0));
	/* wait_max 0: only a call that needs no wait goes */
	ask.wait_max = 0;
	now = at(13, 13);
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK_INT(ans.verdict, B24_RATE_GO);
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK_INT(ans.verdict, B24_RATE_BUSY);
}

static void test_off_and_clock_reset(void)
{
	b24_rate_slot s;
	b24_rate_ask ask = ask_of(0, 0, 0);
	b24_rate_answer ans;
	b24_rate_now now = at(5, 5);
	int i;

	memset(&s, 0, sizeof(s));
	for (i = 0; i < 100; i++) {
		b24_rate_reserve(&s, &ask, &now, &ans);
		CHECK_INT(ans.verdict, B24_RATE_GO);
	}
	CHECK(NEAR(s.level, 0.0));
	/* a stamp from before a reboot (the monotonic clock started again) */
	s.level = 40;
	s.stamp = 1e6;
	b24_rate_slot_repair(&s, &now);
	CHECK(NEAR(s.stamp, 5.0));
	ask = ask_of(50, 2, 10);
	now = at(10, 10);
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK(NEAR(s.level, 31.0));
}

static void test_fill(void)
{
	b24_rate_slot s;
	b24_rate_ask ask = ask_of(10, 5, 10);
	b24_rate_answer ans;
	b24_rate_now now = at(1, 1);

	memset(&s, 0, sizeof(s));
	b24_rate_fill(&s, &ask.limit, &now);
	CHECK(NEAR(s.level, 10.0));
	/* full to the burst: the room (10 less the reserve) comes back at 5 a second */
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK(NEAR(ans.wait, (11.0 - (10.0 - B24_RATE_MARGIN - 5 * B24_RATE_LEAD)) / 5));
	/* a fuller bucket (queued reservations) is not lowered */
	s.level = 15;
	b24_rate_fill(&s, &ask.limit, &now);
	CHECK(NEAR(s.level, 15.0));
}

static void test_method_block(void)
{
	b24_rate_slot s;
	b24_rate_ask ask = ask_of(50, 2, 10);
	b24_rate_answer ans;
	b24_rate_now now = at(1, 1000);

	memset(&s, 0, sizeof(s));
	ask.method = 77;
	/* a success tells the reset; a refusal then blocks until one second after it */
	b24_rate_note(&s, 77, 1008, 0, &now);
	b24_rate_note(&s, 77, 0, 1, &now);
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK_INT(ans.verdict, B24_RATE_HELD);
	CHECK(NEAR(ans.wait, 9.0));
	CHECK(NEAR(s.level, 0.0));
	ask.wait_max = 5;
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK_INT(ans.verdict, B24_RATE_BLOCKED);
	CHECK(NEAR(ans.wait, 9.0));
	/* other methods go on */
	ask.method = 78;
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK_INT(ans.verdict, B24_RATE_GO);
	/* after the block, the method goes; a success clears the passed block */
	ask.method = 77;
	now = at(20, 1010);
	b24_rate_reserve(&s, &ask, &now, &ans);
	CHECK_INT(ans.verdict, B24_RATE_GO);
	b24_rate_note(&s, 77, 0, 0, &now);
	CHECK_INT(s.methods[0].blocked_until, 0);
	/* unknown reset (the last one passed): the fallback */
	b24_rate_note(&s, 77, 0, 1, &now);
	CHECK_INT(s.methods[0].blocked_until, 1010 + B24_RATE_BLOCK_FALLBACK);
	/* a reset beyond the ten-minute window is not believed */
	b24_rate_note(&s, 79, 1010 + B24_RATE_RESET_HORIZON + 5, 0, &now);
	CHECK_INT(s.methods[1].hash, 79);
	CHECK_INT(s.methods[1].reset_at, 0);
}

static void test_method_replacement(void)
{
	b24_rate_slot s;
	b24_rate_now now;
	int i;

	memset(&s, 0, sizeof(s));
	for (i = 0; i < B24_RATE_METHODS + 1; i++) {
		now = at(i, 1000);
		b24_rate_note(&s, (uint64_t)(100 + i), 1005, 0, &now);
	}
	/* the first one noted made room for the last */
	for (i = 0; i < B24_RATE_METHODS; i++) {
		CHECK(s.methods[i].hash != 100);
	}
}

static void test_repair(void)
{
	b24_rate_slot s;
	b24_rate_now now = at(50, 5000);

	memset(&s, 0, sizeof(s));
	s.level = NAN;
	s.stamp = INFINITY;
	s.methods[1].hash = 9;
	s.methods[1].blocked_until = 5000 + 100000;
	b24_rate_slot_repair(&s, &now);
	CHECK(s.level == 0.0);
	CHECK(s.stamp == 50.0);
	CHECK(s.methods[1].hash == 0);
	s.level = -3;
	b24_rate_slot_repair(&s, &now);
	CHECK(s.level == 0.0);
}

static void test_table(void)
{
	b24_rate_slot slots[3];
	b24_rate_now now;
	b24_rate_slot *a, *b;

	memset(slots, 0, sizeof(slots));
	now = at(1, 1);
	a = b24_rate_table_slot(slots, 3, 11, &now);
	a->level = 5;
	now = at(2, 2);
	b = b24_rate_table_slot(slots, 3, 12, &now);
	CHECK(a != b);
	CHECK(b24_rate_table_slot(slots, 3, 11, &now) == a);
	CHECK(NEAR(a->level, 5.0));
	a->used = 3;
	now = at(4, 4);
	b24_rate_table_slot(slots, 3, 13, &now)->used = 4;
	/* full: the least recently used (12) is taken over, empty */
	now = at(5, 5);
	b = b24_rate_table_slot(slots, 3, 14, &now);
	CHECK(b == &slots[1]);
	CHECK(b->key == 14 && b->level == 0.0);
}

int main(void)
{
	B24T_RUN(test_parse);
	B24T_RUN(test_hash);
	B24T_RUN(test_burst_then_drain);
	B24T_RUN(test_wait_max_refuses_without_reserving);
	B24T_RUN(test_off_and_clock_reset);
	B24T_RUN(test_fill);
	B24T_RUN(test_method_block);
	B24T_RUN(test_method_replacement);
	B24T_RUN(test_repair);
	B24T_RUN(test_table);
	return b24t_finish();
}
