/*
 * b24_addr: numeric host addresses — IPv4 in every spelling libc and
 * browsers accept, IPv6 text forms — and whether a host is local. See
 * b24_addr.h.
 */
#include <string.h>

#include "b24_addr.h"

static int b24_addr_lc(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static int b24_addr_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int b24_addr_is_hex(int c)
{
	return b24_addr_is_digit(c) || (b24_addr_lc(c) >= 'a' && b24_addr_lc(c) <= 'f');
}

/* s[0..n) equals the lowercase literal `lit` but for ASCII case. */
static int b24_addr_name_equal(const char *s, size_t n, const char *lit)
{
	size_t i;

	if (n != strlen(lit)) {
		return 0;
	}
	for (i = 0; i < n && b24_addr_lc((unsigned char)s[i]) == lit[i]; i++) {
	}
	return i == n;
}

/* One IPv4 part as inet_aton/WHATWG read it: 0x hex, leading 0 octal, decimal. */
static int b24_addr_v4_part(const char *s, size_t n, unsigned long long *v)
{
	unsigned base = 10, d;
	size_t i = 0;

	*v = 0;
	if (n == 0) {
		return -1;
	}
	if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		i = 2;
	} else if (n >= 2 && s[0] == '0') {
		base = 8;
		i = 1;
	}
	for (; i < n; i++) {
		int c = b24_addr_lc((unsigned char)s[i]);

		d = b24_addr_is_digit(c) ? (unsigned)(c - '0') : (c >= 'a' && c <= 'f') ? (unsigned)(c - 'a' + 10) : 99;
		if (d >= base) {
			return -1;
		}
		if ((*v = *v * base + d) > 0xffffffffULL) {
			return -1;
		}
	}
	return 0;
}

/*
 * Parses every numeric IPv4 spelling that libc and browsers accept
 * ("127.1", "2130706433", "0x7f.0.0.1", "0177.0.0.1"). 0, or -1 when the
 * text is no valid address.
 */
int b24_addr_ipv4_parse(const char *h, size_t n, unsigned long *addr)
{
	unsigned long long part[4], v;
	size_t count = 0, start = 0, i;

	for (i = 0; i <= n; i++) {
		if (i < n && h[i] != '.') {
			continue;
		}
		if (count == 4 || b24_addr_v4_part(h + start, i - start, &part[count]) != 0) {
			return -1;
		}
		count++;
		start = i + 1;
	}
	v = part[count - 1];
	if (v >= (1ULL << (8 * (5 - count)))) {
		return -1;
	}
	for (i = 0; i + 1 < count; i++) {
		if (part[i] > 255) {
			return -1;
		}
		v |= part[i] << (8 * (3 - i));
	}
	*addr = (unsigned long)v;
	return 0;
}

/* 1 when the last label is numeric: then the host must be an IPv4 address. */
static int b24_addr_numeric_tail(const char *h, size_t n)
{
	size_t i = n;

	while (i > 0 && h[i - 1] != '.') {
		i--;
	}
	if (i == n) {
		return 0;
	}
	if (n - i >= 2 && h[i] == '0' && (h[i + 1] == 'x' || h[i + 1] == 'X')) {
		return 1;
	}
	for (; i < n && b24_addr_is_digit((unsigned char)h[i]); i++) {
	}
	return i == n;
}

int b24_addr_ipv4_is_local(unsigned long a)
{
	unsigned b0 = (unsigned)(a >> 24), b1 = (unsigned)(a >> 16) & 255, b2 = (unsigned)(a >> 8) & 255;

	return b0 == 0 || b0 == 10 || b0 == 127 || b0 >= 224
		|| (b0 == 100 && (b1 & 0xc0) == 64)
		|| (b0 == 169 && b1 == 254)
		|| (b0 == 172 && (b1 & 0xf0) == 16)
		|| (b0 == 192 && b1 == 0 && b2 == 0)
		|| (b0 == 192 && b1 == 168)
		|| (b0 == 198 && (b1 & 0xfe) == 18);
}

/* Strict dotted quad at the end of an IPv6 literal. */
static int b24_addr_v6_tail_v4(const char *s, size_t n, unsigned char *out)
{
	size_t i, part = 0, digits = 0;
	unsigned v = 0;

	for (i = 0; i <= n; i++) {
		if (i < n && b24_addr_is_digit((unsigned char)s[i])) {
			v = v * 10 + (unsigned)(s[i] - '0');
			if (++digits > 3 || v > 255) {
				return -1;
			}
			continue;
		}
		if (digits == 0 || part == 4 || (i < n && s[i] != '.')) {
			return -1;
		}
		out[part++] = (unsigned char)v;
		v = 0;
		digits = 0;
	}
	return part == 4 ? 0 : -1;
}

/* One group's hex digits from s[i]: its end offset, or (size_t)-1 when bad or longer than 4. */
static size_t b24_addr_v6_group(const char *s, size_t i, size_t n, unsigned *v)
{
	size_t j = i;

	*v = 0;
	while (j < n && s[j] != ':' && s[j] != '.') {
		int c = b24_addr_lc((unsigned char)s[j]);

		if (!b24_addr_is_hex(c) || j - i == 4) {
			return (size_t)-1;
		}
		*v = *v * 16 + (unsigned)(b24_addr_is_digit(c) ? c - '0' : c - 'a' + 10);
		j++;
	}
	return j;
}

/* Places the bytes before and after the "::" gap into 16 bytes. */
static int b24_addr_v6_expand(const unsigned char *bytes, size_t count, size_t gap, unsigned char out[16])
{
	if (gap == (size_t)-1 ? count != 16 : count > 14) {
		return -1;
	}
	memset(out, 0, 16);
	if (gap == (size_t)-1) {
		gap = 16;
	}
	memcpy(out, bytes, gap);
	memcpy(out + 16 - (count - gap), bytes + gap, count - gap);
	return 0;
}

/* Parses an IPv6 literal (RFC 4291 text forms) into 16 bytes. */
int b24_addr_ipv6_parse(const char *s, size_t n, unsigned char out[16])
{
	unsigned char bytes[16];
	size_t i = 0, j, count = 0, gap = (size_t)-1;
	unsigned v;

	if (n >= 2 && s[0] == ':' && s[1] == ':') {
		gap = 0;
		i = 2;
	} else if (n && s[0] == ':') {
		return -1;
	}
	while (i < n) {
		j = b24_addr_v6_group(s, i, n, &v);
		if (j != (size_t)-1 && j < n && s[j] == '.') {
			/* a dotted IPv4 tail takes the last 4 bytes */
			if (count > 12 || b24_addr_v6_tail_v4(s + i, n - i, bytes + count) != 0) {
				return -1;
			}
			count += 4;
			break;
		}
		if (j == (size_t)-1 || j == i || count > 14) {
			return -1;
		}
		bytes[count++] = (unsigned char)(v >> 8);
		bytes[count++] = (unsigned char)v;
		if (j == n) {
			break;
		}
		if (++j < n && s[j] == ':') {
			if (gap != (size_t)-1) {
				return -1;
			}
			gap = count;
			j++;
		} else if (j == n) {
			return -1;   /* a trailing single ':' */
		}
		i = j;
	}
	return b24_addr_v6_expand(bytes, count, gap, out);
}

static unsigned long b24_addr_be32(const unsigned char *p)
{
	return ((unsigned long)p[0] << 24) | ((unsigned long)p[1] << 16) | ((unsigned long)p[2] << 8) | p[3];
}

int b24_addr_ipv6_is_local(const unsigned char a[16])
{
	static const unsigned char zero[12] = { 0 };
	static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
	static const unsigned char nat64[12] = { 0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0 };

	if (memcmp(a, zero, 12) == 0 || memcmp(a, mapped, 12) == 0 || memcmp(a, nat64, 12) == 0) {
		/* ::, ::1, IPv4-compatible, IPv4-mapped and NAT64: judge the IPv4 part */
		return b24_addr_ipv4_is_local(b24_addr_be32(a + 12)) || b24_addr_be32(a + 12) <= 1;
	}
	if (a[0] == 0x20 && a[1] == 0x02) {
		return b24_addr_ipv4_is_local(b24_addr_be32(a + 2));   /* 6to4 */
	}
	return (a[0] & 0xfe) == 0xfc           /* fc00::/7 unique local */
		|| (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)   /* fe80::/10 link-local */
		|| (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)   /* fec0::/10 site-local */
		|| a[0] == 0xff;                  /* multicast */
}

static int b24_addr_name_is_local(const char *h, size_t n)
{
	return b24_addr_name_equal(h, n, "localhost")
		|| (n > 10 && b24_addr_name_equal(h + n - 10, 10, ".localhost"))
		|| b24_addr_name_equal(h, n, "localhost.localdomain")
		|| b24_addr_name_equal(h, n, "ip6-localhost")
		|| b24_addr_name_equal(h, n, "ip6-loopback");
}

int b24_addr_host_is_local(const char *host, size_t n)
{
	unsigned char a6[16];
	unsigned long a4;

	if (n && host[n - 1] == '.') {
		n--;
	}
	if (n == 0 || memchr(host, '%', n)) {
		return 1;   /* no host, or an IPv6 zone id: link-scoped */
	}
	if (memchr(host, ':', n)) {
		return b24_addr_ipv6_parse(host, n, a6) != 0 || b24_addr_ipv6_is_local(a6);
	}
	if (b24_addr_name_is_local(host, n)) {
		return 1;
	}
	if (!b24_addr_numeric_tail(host, n)) {
		return 0;   /* a DNS name */
	}
	/* a numeric host that is no address cannot be reached: fail closed */
	return b24_addr_ipv4_parse(host, n, &a4) != 0 || b24_addr_ipv4_is_local(a4);
}
