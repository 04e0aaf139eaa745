/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * One verdict: "[DRM-LT-REPLY] reply grants 600 s, request asked 300 s".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "verdict.h"

static uint16_t clamp16(size_t v)
{
	return v > UINT16_MAX ? UINT16_MAX : (uint16_t)v;
}

void mipx_verdict_add(struct mipx_verdicts *out, enum mipx_check_id check,
		      size_t offset, size_t length, bool about_response,
		      const char *fmt, ...)
{
	const struct mipx_check_info *info = mipx_check_info(check);
	struct mipx_verdict *v;
	va_list ap;
	int n;

	if (!out || !info || out->count >= MIPX_MAX_VERDICTS)
		return;
	v = &out->v[out->count++];
	memset(v, 0, sizeof *v);
	v->check = check;
	v->offset = clamp16(offset);
	v->length = clamp16(length);
	v->about_response = about_response;
	n = snprintf(v->text, sizeof v->text, "[%s] ", info->name);
	if (n < 0 || (size_t)n >= sizeof v->text)
		return;
	va_start(ap, fmt);
	vsnprintf(v->text + n, sizeof v->text - (size_t)n, fmt, ap);
	va_end(ap);
}

/*
 * DREMIP 3.4/3.5 and RFC 3344: 0xffff is infinity.  An infinite grant
 * exceeds any finite request; nothing exceeds an infinite request.
 */
bool mipx_lifetime_exceeds(uint16_t granted, uint16_t asked)
{
	if (asked == MIPX_LIFETIME_INFINITE)
		return false;
	if (granted == MIPX_LIFETIME_INFINITE)
		return true;
	return granted > asked;
}
