/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The reports' output buffer and number/address formatters (issue 7: a
 * 20,000-node report spent most of its time in printf and inet_ntop).
 *
 * A report is written into one 64 KiB block flushed with fwrite, never
 * stdio per item.  The formatters write into caller memory (usually the
 * block itself, through rb_reserve) and return the length; each prints
 * exactly what the printf/inet_ntop/cap_secs call it replaces printed, so
 * the reports stay byte-identical.
 */
#ifndef MIPX_REPORT_BUF_H
#define MIPX_REPORT_BUF_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

#define RB_SIZE (1u << 16)

struct rbuf {
	FILE *out;
	size_t len;
	char buf[RB_SIZE];
};

void rb_init(struct rbuf *b, FILE *out);
void rb_flush(struct rbuf *b);
/* for text longer than the block */
void rb_put_long(struct rbuf *b, const char *s, size_t n);

/* Room for n (at most RB_SIZE) octets at the returned pointer; rb_commit
 * says how many were written. */
static inline char *rb_reserve(struct rbuf *b, size_t n)
{
	if (b->len + n > RB_SIZE)
		rb_flush(b);
	return b->buf + b->len;
}

static inline void rb_commit(struct rbuf *b, size_t n)
{
	b->len += n;
}

static inline void rb_put(struct rbuf *b, const char *s, size_t n)
{
	if (n > RB_SIZE) {
		rb_put_long(b, s, n);
		return;
	}
	memcpy(rb_reserve(b, n), s, n);
	b->len += n;
}

static inline void rb_putc(struct rbuf *b, char c)
{
	if (b->len == RB_SIZE)
		rb_flush(b);
	b->buf[b->len++] = c;
}

static inline void rb_puts(struct rbuf *b, const char *s)
{
	rb_put(b, s, strlen(s));
}

/* A string literal, its length known at compile time. */
#define rb_lit(b, s) rb_put((b), "" s, sizeof(s) - 1)

/* printf's "%-*s": s, then spaces up to `width`; never cut. */
void rb_pad(struct rbuf *b, const char *s, size_t width);

/* "%llu" */
#define FMT_U64_MAX 20
size_t fmt_u64(char *out, uint64_t v);
/* "%lld" */
#define FMT_I64_MAX 21
size_t fmt_i64(char *out, int64_t v);
/* mipx_ipv4_str(): "a.b.c.d" of a host-order address */
#define FMT_IPV4_MAX 15
size_t fmt_ipv4(char *out, uint32_t addr);
/* mipx_ipv6_str(), i.e. glibc's inet_ntop(AF_INET6) */
#define FMT_IPV6_MAX 45
size_t fmt_ipv6(char *out, const uint8_t addr[16]);
/* mipx_addr_str(): "-" when the family is neither 4 nor 6 */
size_t fmt_addr(char *out, const struct mipx_addr *addr);
/* cap_secs(usec, 6, ...): seconds with six decimals */
#define FMT_SECS6_MAX 27
size_t fmt_secs6(char *out, int64_t usec);

static inline void rb_u64(struct rbuf *b, uint64_t v)
{
	rb_commit(b, fmt_u64(rb_reserve(b, FMT_U64_MAX), v));
}

static inline void rb_i64(struct rbuf *b, int64_t v)
{
	rb_commit(b, fmt_i64(rb_reserve(b, FMT_I64_MAX), v));
}

static inline void rb_ipv4(struct rbuf *b, uint32_t addr)
{
	rb_commit(b, fmt_ipv4(rb_reserve(b, FMT_IPV4_MAX), addr));
}

static inline void rb_addr(struct rbuf *b, const struct mipx_addr *addr)
{
	rb_commit(b, fmt_addr(rb_reserve(b, FMT_IPV6_MAX), addr));
}

#endif
