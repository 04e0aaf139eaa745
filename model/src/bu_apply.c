/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A Binding Update into the model (MIPv6, NEMO and PMIPv6 alike): the
 * checks of the cache as it arrives, then the cache changed (the BU's
 * effect, the IFID it used, the home agent it named) and the checks of
 * the change.
 */
#include <string.h>

#include "analysis.h"
#include "binding_cache.h"
#include "bu_apply.h"
#include "exchange.h"
#include "record.h"

void bu_update_from(struct bu_update *u, const struct exchange *ex)
{
	memset(u, 0, sizeof(*u));
	u->receiver = ex->receiver;
	u->flags = ex->bu_flags;
	u->m_flag = ex->bu_m;
	u->coainfo = ex->bu_coainfo;
	u->bid = ex->bu_bid;
	u->ifid = ex->bu_ifid;
	u->ifpri = ex->bu_ifpri;
	u->bid_value = ex->bid;
	u->bid_pri = ex->bid_pri;
	u->sequence = ex->bu_sequence;
	u->lifetime = (uint32_t)ex->bu_lifetime * 4; /* RFC 6275: 4 s units */
	memcpy(u->care_of, ex->bu_care_of, 16);
	u->receiver_mcoa = true;
	u->nemo = ex->bu_nemo;
	u->proxy = ex->bu_proxy;
	u->timestamp = ex->bu_timestamp;
}

void bu_arrived(struct analysis *a, struct node *n, struct exchange *ex,
		const struct mipx_packet *p, const struct bu_update *u)
{
	struct state_ctx ctx = { .a = a, .n = n, .event = EV_BU, .p = p, .ex = ex,
				 .bu = u, .at = a->now };

	record_state(a, n, ex, &ctx);
	binding_ifid_used(a, n, u);
}

void bu_apply(struct analysis *a, struct node *n, struct exchange *ex,
	      const struct bu_update *u, const struct frame_list *frames)
{
	struct state_ctx ctx = { .a = a, .n = n, .event = EV_BU_APPLIED, .ex = ex,
				 .bu = u, .at = a->now };

	ex->bu_applied = true;
	ctx.removed = binding_cache_apply(a, n, u, a->now, frames);
	binding_home_noted(a, n, u, &ex->request_frames);
	record_state(a, n, ex, &ctx);
}
