/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The reports' output block and formatters (report_buf.h).  Each formatter
 * is the printf or inet_ntop call it replaces, done by hand: the reports
 * must not change by one octet (tests/analyzer/test_report_format.c
 * compares them with the library calls).
 */
#include <string.h>

#include "report_buf.h"

void rb_init(struct rbuf *b, FILE *out)
{
	b->out = out;
	b->len = 0;
}

void rb_flush(struct rbuf *b)
{
	if (b->len)
		fwrite(b->buf, 1, b->len, b->out);
	b->len = 0;
}

void rb_put_long(struct rbuf *b, const char *s, size_t n)
{
	rb_flush(b);
	fwrite(s, 1, n, b->out);
}

void rb_pad(struct rbuf *b, const char *s, size_t width)
{
	size_t n = strlen(s);

	rb_put(b, s, n);
	for (; n < width; n++)
		rb_putc(b, ' ');
}

static const char digits2[] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

size_t fmt_u64(char *out, uint64_t v)
{
	char tmp[FMT_U64_MAX], *p = tmp + sizeof(tmp);
	size_t n;

	while (v >= 100) {
		unsigned r = (unsigned)(v % 100);

		v /= 100;
		p -= 2;
		memcpy(p, digits2 + 2 * r, 2);
	}
	if (v >= 10) {
		p -= 2;
		memcpy(p, digits2 + 2 * v, 2);
	} else {
		*--p = (char)('0' + v);
	}
	n = (size_t)(tmp + sizeof(tmp) - p);
	memcpy(out, p, n);
	return n;
}

size_t fmt_i64(char *out, int64_t v)
{
	if (v >= 0)
		return fmt_u64(out, (uint64_t)v);
	*out = '-';
	return 1 + fmt_u64(out + 1, (uint64_t)0 - (uint64_t)v);
}

/* one octet, no leading zeros */
static size_t fmt_octet(char *out, unsigned v)
{
	if (v >= 100) {
		out[0] = (char)('0' + v / 100);
		memcpy(out + 1, digits2 + 2 * (v % 100), 2);
		return 3;
	}
	if (v >= 10) {
		memcpy(out, digits2 + 2 * v, 2);
		return 2;
	}
	out[0] = (char)('0' + v);
	return 1;
}

size_t fmt_ipv4(char *out, uint32_t addr)
{
	size_t n = fmt_octet(out, addr >> 24);

	out[n++] = '.';
	n += fmt_octet(out + n, (addr >> 16) & 0xff);
	out[n++] = '.';
	n += fmt_octet(out + n, (addr >> 8) & 0xff);
	out[n++] = '.';
	n += fmt_octet(out + n, addr & 0xff);
	return n;
}

/*
 * The text glibc's inet_ntop gives, which the reports always printed: the
 * longest run of two or more zero words (the first of equal runs) as "::",
 * hex words in lower case without leading zeros, and the last 32 bits as a
 * dotted quad for IPv4-compatible (::a.b.c.d, six zero words) and
 * IPv4-mapped (::ffff:a.b.c.d) addresses.  Not quite RFC 5952 (which
 * leaves ::a.b.c.d alone and would print ::1 the same): the old output wins.
 */
size_t fmt_ipv6(char *out, const uint8_t addr[16])
{
	static const char hex[] = "0123456789abcdef";
	unsigned w[8];
	int best = -1, best_len = 0, cur = -1, cur_len = 0;
	size_t n = 0;

	for (int i = 0; i < 8; i++) {
		w[i] = (unsigned)addr[2 * i] << 8 | addr[2 * i + 1];
		if (!w[i]) {
			if (cur < 0)
				cur = i, cur_len = 0;
			cur_len++;
			if (cur_len > best_len)
				best = cur, best_len = cur_len;
		} else {
			cur = -1;
		}
	}
	if (best_len < 2)
		best = -1;
	for (int i = 0; i < 8; i++) {
		if (best >= 0 && i >= best && i < best + best_len) {
			if (i == best)
				out[n++] = ':';
			continue;
		}
		if (i)
			out[n++] = ':';
		if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff))) {
			uint32_t v4 = (uint32_t)addr[12] << 24 | (uint32_t)addr[13] << 16 |
				      (uint32_t)addr[14] << 8 | addr[15];

			return n + fmt_ipv4(out + n, v4);
		}
		if (w[i] >= 0x1000)
			out[n++] = hex[w[i] >> 12];
		if (w[i] >= 0x100)
			out[n++] = hex[(w[i] >> 8) & 0xf];
		if (w[i] >= 0x10)
			out[n++] = hex[(w[i] >> 4) & 0xf];
		out[n++] = hex[w[i] & 0xf];
	}
	if (best >= 0 && best + best_len == 8)
		out[n++] = ':';
	return n;
}

size_t fmt_addr(char *out, const struct mipx_addr *addr)
{
	if (addr->family == 4)
		return fmt_ipv4(out, (uint32_t)addr->bytes[0] << 24 |
				     (uint32_t)addr->bytes[1] << 16 |
				     (uint32_t)addr->bytes[2] << 8 | addr->bytes[3]);
	if (addr->family == 6)
		return fmt_ipv6(out, addr->bytes);
	out[0] = '-';
	return 1;
}

size_t fmt_secs6(char *out, int64_t usec)
{
	uint64_t mag = usec < 0 ? (uint64_t)0 - (uint64_t)usec : (uint64_t)usec;
	uint64_t frac = mag % 1000000;
	size_t n = 0;

	if (usec < 0)
		out[n++] = '-';
	n += fmt_u64(out + n, mag / 1000000);
	out[n++] = '.';
	for (int i = 6; i > 0; i--, frac /= 10)
		out[n + (size_t)i - 1] = (char)('0' + frac % 10);
	return n + 6;
}
