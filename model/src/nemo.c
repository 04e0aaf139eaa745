/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A mobile router's prefixes per receiver (RFC 3963 6.2), kept in the
 * node's struct node6_extra (on the heap, only for such nodes).
 */
#include <string.h>

#include "analysis.h"
#include "nemo.h"
#include "node.h"
#include "receivers.h"

/* RFC 3963 6.1.2: each BU lists the prefixes in full (explicit mode), so a
 * BU with MNP options replaces what the router registered there before. */
void nemo_prefixes_set(struct analysis *a, struct node *n, const struct mipx_addr *receiver,
		       const struct mipx_mh *bu)
{
	struct node6_extra *x;
	uint32_t rcv;

	if (NODE_IS4(n) || bu->mnp_index < 0)
		return;
	x = node6_extra(n);
	rcv = receiver_intern(&a->receivers, receiver);
	if (!x->prefixes)
		x->prefixes = g_array_new(FALSE, FALSE, sizeof(struct mr_prefix));
	for (guint i = x->prefixes->len; i-- > 0;)
		if (g_array_index(x->prefixes, struct mr_prefix, i).receiver == rcv)
			g_array_remove_index(x->prefixes, i);
	for (unsigned i = 0; i < bu->n_opt && i < MIPX_MH_MAX_OPTIONS; i++) {
		const struct mipx_mh_option *o = &bu->opt[i];
		struct mr_prefix p = { .receiver = rcv };

		if (o->kind != MIPX_MHOPT_KIND_MNP || x->prefixes->len >= 64)
			continue;
		p.len = o->u.prefix.len > 128 ? 128 : o->u.prefix.len;
		memcpy(p.prefix, o->u.prefix.prefix, 16);
		g_array_append_val(x->prefixes, p);
	}
}
