/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A Binding Update reaching the model, for MIPv6, NEMO and PMIPv6 alike:
 * its state checks, then the receiver's cache changed and the checks of
 * the change.
 */
#ifndef MIPX_MODEL_BU_APPLY_H
#define MIPX_MODEL_BU_APPLY_H

#include "mipx/packet.h"
#include "binding_cache.h"

struct analysis;
struct exchange;

void bu_update_from(struct bu_update *u, const struct exchange *ex);
/* The BU arrived: the checks of the cache before it changes. */
void bu_arrived(struct analysis *a, struct node *n, struct exchange *ex,
		const struct mipx_packet *p, const struct bu_update *u);
/* It takes effect (its BA accepted it, or it asked for none). */
void bu_apply(struct analysis *a, struct node *n, struct exchange *ex,
	      const struct bu_update *u, const struct frame_list *frames);

#endif
