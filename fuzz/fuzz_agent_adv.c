/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Agent Advertisements: decode; whatever decodes must encode back to the same
 * octets, except the checksum when the input's was wrong (the encoder always
 * writes a correct one), and decode again the same.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mipx/frame.h"
#include "mipx/mip4.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint8_t out[70000];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct mipx_agent_adv a, b;
	struct mipx_error err;
	size_t n = 0;
	unsigned i;
	int32_t pref;

	if (mipx_agent_adv_decode(data, size, &a, &err) != MIPX_OK) {
		if (!err.field || !err.reason)
			abort();
		if (err.status == MIPX_TRUNCATED && err.offset != size)
			abort();
		return 0;
	}
	if (mipx_agent_adv_encode(&a, out, sizeof out, &n, &err) != MIPX_OK)
		abort();
	if (n != size || memcmp(out, data, 2) != 0 || memcmp(out + 4, data + 4, n - 4) != 0)
		abort();
	if (!(a.notes & MIPX_NOTE_BAD_CHECKSUM) && memcmp(out, data, n) != 0)
		abort();
	if (mipx_inet_fold(mipx_inet_sum(out, n, 0)) != 0)
		abort();
	if (mipx_agent_adv_decode(out, n, &b, &err) != MIPX_OK)
		abort();
	if (b.n_ext != a.n_ext || b.notes != (a.notes & ~(uint32_t)MIPX_NOTE_BAD_CHECKSUM))
		abort();
	for (i = 0; i < a.num_addrs; i++)
		if (mipx_agent_adv_router(&a, i, &pref) != mipx_agent_adv_router(&b, i, &pref))
			abort();
	for (i = 0; i < a.n_ext; i++) {
		if (a.ext[i].type != b.ext[i].type || a.ext[i].length != b.ext[i].length ||
		    a.ext[i].offset != b.ext[i].offset)
			abort();
		if (a.ext[i].type == MIPX_ADV_EXT_MOBILITY_AGENT && a.ext[i].u.mobility_agent.coa_count &&
		    mipx_mobility_agent_coa(&a.ext[i], 0) != mipx_mobility_agent_coa(&b.ext[i], 0))
			abort();
	}
	return 0;
}
