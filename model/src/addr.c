/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Addresses as hash table keys (node table, receivers), and their order. */
#include <string.h>

#include "addr.h"

guint addr_hash(gconstpointer p)
{
	const struct mipx_addr *a = p;
	uint64_t w0 = 0, w1 = 0, h;

	if (a->family == 4) {
		memcpy(&w0, a->bytes, 4);
	} else {
		memcpy(&w0, a->bytes, 8);
		memcpy(&w1, a->bytes + 8, 8);
	}
	h = (w0 ^ a->family) * UINT64_C(0x9e3779b97f4a7c15);
	h = (h ^ (h >> 29) ^ w1) * UINT64_C(0xff51afd7ed558ccd);
	h ^= h >> 32;
	return (guint)h;
}

/* Fixed-size compares, inlined: a memcmp call with a length chosen at run
 * time was 2% of a run (every node lookup ends here). */
gboolean addr_equal(gconstpointer pa, gconstpointer pb)
{
	const struct mipx_addr *x = pa, *y = pb;
	uint64_t x0, x1, y0, y1;

	if (x->family != y->family)
		return FALSE;
	if (x->family == 4) {
		uint32_t x4, y4;
		memcpy(&x4, x->bytes, 4);
		memcpy(&y4, y->bytes, 4);
		return x4 == y4;
	}
	memcpy(&x0, x->bytes, 8);
	memcpy(&x1, x->bytes + 8, 8);
	memcpy(&y0, y->bytes, 8);
	memcpy(&y1, y->bytes + 8, 8);
	return ((x0 ^ y0) | (x1 ^ y1)) == 0;
}

int addr_compare(const struct mipx_addr *x, const struct mipx_addr *y)
{
	if (x->family != y->family)
		return x->family < y->family ? -1 : 1;
	return memcmp(x->bytes, y->bytes, 16);
}

uint32_t addr_v4(const struct mipx_addr *x)
{
	return x->family == 4 ? (uint32_t)x->bytes[0] << 24 | (uint32_t)x->bytes[1] << 16 |
					(uint32_t)x->bytes[2] << 8 | x->bytes[3]
			      : 0;
}
