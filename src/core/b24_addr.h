/*
 * b24_addr: numeric host addresses, apart from URLs. Handler URLs must not
 * point into the app server's own network (b24_url_check_handler()), so a
 * host is judged by the address it denotes, however it is written.
 */
#ifndef B24_ADDR_H
#define B24_ADDR_H

#include <stddef.h>

/*
 * Parses every numeric IPv4 spelling that libc and browsers accept
 * ("127.1", "2130706433", "0x7f.0.0.1", "0177.0.0.1") into a host-order
 * address. 0, or -1 when the text is no valid address.
 */
int b24_addr_ipv4_parse(const char *host, size_t len, unsigned long *addr);

/* Parses an IPv6 literal (RFC 4291 text forms, without brackets) into 16 bytes. 0 / -1. */
int b24_addr_ipv6_parse(const char *host, size_t len, unsigned char out[16]);

/* 1 for the IPv4 ranges listed below b24_addr_host_is_local(). */
int b24_addr_ipv4_is_local(unsigned long addr);
/* 1 for the IPv6 ranges listed below, and for mapped/compatible/NAT64/6to4 local IPv4. */
int b24_addr_ipv6_is_local(const unsigned char addr[16]);

/*
 * 1 when a host (as in a URL, IPv6 without brackets, a trailing dot
 * allowed) cannot be reached from the internet: "localhost" and
 * "*.localhost" (and localhost.localdomain, ip6-localhost, ip6-loopback);
 * IPv4 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24,
 * 192.168/16, 198.18/15, 224/4 and above — also written the ways libc and
 * browsers accept (decimal, octal, hex, fewer parts); IPv6 ::, ::1,
 * fc00::/7, fe80::/10, fec0::/10, ff00::/8, and IPv4-mapped/compatible/NAT64
 * addresses whose IPv4 part is local; any host with a zone id.
 */
int b24_addr_host_is_local(const char *host, size_t len);

#endif /* B24_ADDR_H */
