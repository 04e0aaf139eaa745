/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Request flag 0x02 read as DREMIP's R or RFC 3024's T: by the option, or
 * (auto) as R once the input showed DREMIP (docs/standard-mip4.md).
 */
#include "analysis.h"
#include "rbit.h"

const char *rbit_mode_name(enum rbit_mode mode)
{
	return mode == RBIT_R ? "r" : mode == RBIT_T ? "t" : "auto";
}

bool rbit_reads_t(const struct analysis *a)
{
	return a->opt.rbit == RBIT_T || (a->opt.rbit == RBIT_AUTO && !a->dremip.shown);
}

bool rbit_reads_r(const struct analysis *a, uint8_t flags)
{
	return (flags & MIPX_REG_FLAG_R) && !rbit_reads_t(a);
}

void dremip_seen_mip4(struct analysis *a, const struct mipx_mip4_msg *m)
{
	struct dremip_shown *d = &a->dremip;

	if (d->shown)
		return;
	if (mipx_mip4_is_route(m->type)) {
		d->msg_type = m->type;
	} else {
		for (unsigned i = 0; i < m->n_ext && i < MIPX_MIP4_MAX_EXTS; i++)
			if (mipx_mip4_is_dremip_ext(m->ext[i].type)) {
				d->ext = m->ext[i].type;
				break;
			}
		if (!d->ext)
			return;
	}
	d->shown = true;
	d->ref = a->ref;
}

void dremip_seen_adv(struct analysis *a, const struct mipx_agent_adv *adv)
{
	if (a->dremip.shown || !mipx_agent_adv_find_ext(adv, MIPX_ADV_EXT_REG_SERVER))
		return;
	a->dremip.shown = true;
	a->dremip.advert = true;
	a->dremip.ref = a->ref;
}
