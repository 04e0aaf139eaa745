/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Bounds-checked reading of wire bytes, after tcpdump's GET_ accessors: the
 * logic never does pointer arithmetic on the input, and every read says
 * whether the octets were there.  A failed read records the offset of the
 * first missing octet, so the caller can report "truncated at N".
 *
 * Usage:
 *	struct mipx_cursor c = mipx_cursor_init(buf, len);
 *	uint16_t lifetime;
 *	if (!mipx_get_u16(&c, &lifetime))
 *		return mipx_truncated(err, &c, "lifetime");
 */
#ifndef MIPX_CURSOR_H
#define MIPX_CURSOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mipx/status.h"

struct mipx_cursor {
	const uint8_t *base;
	size_t len;
	size_t pos;
};

static inline struct mipx_cursor mipx_cursor_init(const uint8_t *base, size_t len)
{
	struct mipx_cursor c = { base, len, 0 };
	return c;
}

static inline size_t mipx_remaining(const struct mipx_cursor *c)
{
	return c->len - c->pos;
}

static inline bool mipx_has(const struct mipx_cursor *c, size_t n)
{
	return n <= c->len - c->pos;
}

static inline const uint8_t *mipx_here(const struct mipx_cursor *c)
{
	return c->base + c->pos;
}

static inline bool mipx_skip(struct mipx_cursor *c, size_t n)
{
	if (!mipx_has(c, n))
		return false;
	c->pos += n;
	return true;
}

static inline bool mipx_get_u8(struct mipx_cursor *c, uint8_t *out)
{
	if (!mipx_has(c, 1))
		return false;
	*out = c->base[c->pos];
	c->pos += 1;
	return true;
}

static inline bool mipx_get_u16(struct mipx_cursor *c, uint16_t *out)
{
	if (!mipx_has(c, 2))
		return false;
	const uint8_t *p = c->base + c->pos;
	*out = (uint16_t)((p[0] << 8) | p[1]);
	c->pos += 2;
	return true;
}

static inline bool mipx_get_u32(struct mipx_cursor *c, uint32_t *out)
{
	if (!mipx_has(c, 4))
		return false;
	const uint8_t *p = c->base + c->pos;
	*out = ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) |
	       ((uint32_t)p[2] << 8) | (uint32_t)p[3];
	c->pos += 4;
	return true;
}

static inline bool mipx_get_u64(struct mipx_cursor *c, uint64_t *out)
{
	uint32_t hi, lo;
	if (!mipx_has(c, 8))
		return false;
	mipx_get_u32(c, &hi);
	mipx_get_u32(c, &lo);
	*out = ((uint64_t)hi << 32) | lo;
	return true;
}

static inline bool mipx_get_bytes(struct mipx_cursor *c, void *out, size_t n)
{
	if (!mipx_has(c, n))
		return false;
	memcpy(out, c->base + c->pos, n);
	c->pos += n;
	return true;
}

/* Take a pointer to the next n octets without copying them. */
static inline bool mipx_get_span(struct mipx_cursor *c, const uint8_t **out, size_t n)
{
	if (!mipx_has(c, n))
		return false;
	*out = c->base + c->pos;
	c->pos += n;
	return true;
}

/* The first missing octet is at len: the input stopped there. */
static inline mipx_status mipx_truncated(struct mipx_error *err,
					 const struct mipx_cursor *c,
					 const char *field)
{
	return mipx_fail(err, MIPX_TRUNCATED, c->len, field, "input ends early");
}

/* Writing: the mirror, for encoders.  A failed put means "buffer too small". */
struct mipx_writer {
	uint8_t *base;
	size_t cap;
	size_t pos;
};

static inline struct mipx_writer mipx_writer_init(uint8_t *base, size_t cap)
{
	struct mipx_writer w = { base, cap, 0 };
	return w;
}

static inline bool mipx_put_u8(struct mipx_writer *w, uint8_t v)
{
	if (w->cap - w->pos < 1)
		return false;
	w->base[w->pos++] = v;
	return true;
}

static inline bool mipx_put_u16(struct mipx_writer *w, uint16_t v)
{
	if (w->cap - w->pos < 2)
		return false;
	w->base[w->pos++] = (uint8_t)(v >> 8);
	w->base[w->pos++] = (uint8_t)v;
	return true;
}

static inline bool mipx_put_u32(struct mipx_writer *w, uint32_t v)
{
	if (w->cap - w->pos < 4)
		return false;
	w->base[w->pos++] = (uint8_t)(v >> 24);
	w->base[w->pos++] = (uint8_t)(v >> 16);
	w->base[w->pos++] = (uint8_t)(v >> 8);
	w->base[w->pos++] = (uint8_t)v;
	return true;
}

static inline bool mipx_put_u64(struct mipx_writer *w, uint64_t v)
{
	return w->cap - w->pos >= 8 && mipx_put_u32(w, (uint32_t)(v >> 32)) &&
	       mipx_put_u32(w, (uint32_t)v);
}

static inline bool mipx_put_bytes(struct mipx_writer *w, const void *p, size_t n)
{
	if (w->cap - w->pos < n)
		return false;
	if (n)
		memcpy(w->base + w->pos, p, n);
	w->pos += n;
	return true;
}

static inline mipx_status mipx_no_space(struct mipx_error *err,
					const struct mipx_writer *w,
					const char *field)
{
	return mipx_fail(err, MIPX_TRUNCATED, w->pos, field, "output buffer too small");
}

#endif
