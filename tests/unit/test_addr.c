/*
 * Unit tests of b24_addr: IPv4 and IPv6 parsing and which hosts are local.
 */
#include <string.h>

#include "b24_addr.h"
#include "b24_test.h"

static unsigned long v4(const char *s)
{
	unsigned long a = 0xdeadbeefUL;

	return b24_addr_ipv4_parse(s, strlen(s), &a) == 0 ? a : 0xdeadbeefUL;
}

static void test_ipv4_parse(void)
{
	CHECK_INT(v4("127.0.0.1"), 0x7f000001UL);
	CHECK_INT(v4("127.1"), 0x7f000001UL);
	CHECK_INT(v4("2130706433"), 0x7f000001UL);
	CHECK_INT(v4("0x7f.0.0.1"), 0x7f000001UL);
	CHECK_INT(v4("0177.0.0.1"), 0x7f000001UL);
	CHECK_INT(v4("10.1.2"), 0x0a010002UL);
	CHECK_INT(v4("256.0.0.1"), 0xdeadbeefUL);
	CHECK_INT(v4("1.2.3.4.5"), 0xdeadbeefUL);
	CHECK_INT(v4("08.0.0.1"), 0xdeadbeefUL);
	CHECK_INT(v4("4294967296"), 0xdeadbeefUL);
	CHECK_INT(v4("1..2"), 0xdeadbeefUL);
}

static void test_ipv6_parse(void)
{
	unsigned char a[16];
	static const unsigned char loop[16] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };
	static const unsigned char mapped[16] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 1 };
	static const unsigned char doc[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0a };

	CHECK(b24_addr_ipv6_parse("::1", 3, a) == 0 && memcmp(a, loop, 16) == 0);
	CHECK(b24_addr_ipv6_parse("0:0:0:0:0:0:0:1", 15, a) == 0 && memcmp(a, loop, 16) == 0);
	CHECK(b24_addr_ipv6_parse("::ffff:10.0.0.1", 15, a) == 0 && memcmp(a, mapped, 16) == 0);
	CHECK(b24_addr_ipv6_parse("2001:DB8::A", 11, a) == 0 && memcmp(a, doc, 16) == 0);
	CHECK(b24_addr_ipv6_parse("::1::", 5, a) == -1);
	CHECK(b24_addr_ipv6_parse("12345::", 7, a) == -1);
	CHECK(b24_addr_ipv6_parse("1:2:3:4:5:6:7", 13, a) == -1);
	CHECK(b24_addr_ipv6_parse("2001:db8:1:", 11, a) == -1);
	CHECK(b24_addr_ipv4_is_local(0x7f000001UL));
	CHECK(!b24_addr_ipv4_is_local(0x08080808UL));
	CHECK(b24_addr_ipv6_is_local(loop));
	CHECK(!b24_addr_ipv6_is_local(doc));
}

static int is_local(const char *host)
{
	return b24_addr_host_is_local(host, strlen(host));
}

static void test_local_hosts(void)
{
	static const char *const local[] = {
		/* names */
		"localhost", "LOCALHOST", "localhost.", "app.localhost", "a.b.localhost.",
		"localhost.localdomain", "ip6-localhost", "ip6-loopback",
		/* IPv4 ranges, first and last addresses */
		"0.0.0.0", "0.255.255.255", "10.0.0.0", "10.255.255.255", "100.64.0.0", "100.127.255.255",
		"127.0.0.1", "127.255.255.254", "169.254.0.0", "169.254.255.255", "172.16.0.0",
		"172.31.255.255", "192.0.0.8", "192.168.0.1", "192.168.255.255", "198.18.0.0",
		"198.19.255.255", "224.0.0.1", "239.255.255.255", "240.0.0.1", "255.255.255.255",
		/* other spellings of loopback/private addresses */
		"2130706433", "0x7f000001", "0x7f.1", "127.1", "0177.0.0.1", "017700000001", "10.1",
		"0xA9.0xFE.0xA9.0xFE", "3232235521", "127.0.0.1.",
		/* numeric but invalid: no host can answer, fail closed */
		"256.0.0.1", "1.2.3.4.5", "0x1g.0.0.1", "4294967296",
		/* IPv6 */
		"::", "::1", "0:0:0:0:0:0:0:1", "fc00::1", "fdff:ffff::1", "fe80::1", "febf::1",
		"fec0::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1",
		"::ffff:192.168.1.1", "::127.0.0.1", "64:ff9b::10.0.0.1", "64:ff9b::a9fe:a9fe",
		"2002:7f00:1::", "2002:c0a8:101::1", "fe80::1%eth0", "fe80::1%25eth0",
		/* malformed IPv6: fail closed */
		"::1::", "12345::", "1:2:3:4:5:6:7:8:9", "g::1", ":1:2", "2001:db8:::1", "2001:db8:1:",
		"1:2:3:4:5:6:7", "::ffff:1.2.3", "::ffff:1.2.3.4.5", "::ffff:1.2.3.256",
		NULL
	};
	static const char *const public_hosts[] = {
		"example.com", "portal.bitrix24.com", "localhost.example.com", "mylocalhost",
		"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
		"169.253.0.1", "192.167.1.1", "192.169.0.1", "198.17.255.255", "198.20.0.0",
		"223.255.255.255", "11.0.0.1", "134744072", "0x08080808",
		"2001:db8::1", "2a00:1450:4001::200e", "2001:db8:1:2:3:4:5:6", "2001:db8::", "2001:DB8::A",
		"2001:db8:1:2:3:4::", "::ffff:1.2.3.4", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8",
		"2002:808:808::1", "fbff::1", "fe7f::1", "1.2.3.example", "123.example",
		NULL
	};
	size_t i;

	for (i = 0; local[i]; i++) {
		if (!is_local(local[i])) {
			b24t_fail(__FILE__, __LINE__, "%s should be local", local[i]);
		}
	}
	for (i = 0; public_hosts[i]; i++) {
		if (is_local(public_hosts[i])) {
			b24t_fail(__FILE__, __LINE__, "%s should not be local", public_hosts[i]);
		}
	}
	CHECK(is_local(""));
}

int main(void)
{
	B24T_RUN(test_ipv4_parse);
	B24T_RUN(test_ipv6_parse);
	B24T_RUN(test_local_hosts);
	return b24t_finish();
}
