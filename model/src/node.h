/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The node table: mobile nodes keyed by home address (IPv4 for DREMIP,
 * IPv6 for MCoA), each a struct node4 or node6 (model_state.h), and the
 * limits on what one node holds.
 */
#ifndef MIPX_MODEL_NODE_H
#define MIPX_MODEL_NODE_H

#include <stdbool.h>

#include <glib.h>

#include "mipx/model_state.h"

struct analysis;

/* A set of struct node *, each its own key (its home address comes first). */
GHashTable *node_table_new(void);
/* The node of `home`, made if new (counted in nodes_seen): a message about
 * it, so it is not idle. */
struct node *node_get(struct analysis *a, const struct mipx_addr *home);
struct node *node_find(const struct analysis *a, const struct mipx_addr *home);
/* n is about to leave the table (nodes_sweep): nothing may remember it. */
void node_leaving(struct analysis *a, const struct node *n);
/* Room for one more record of `kind` in a node holding `len` of them; if
 * not, the record is counted in a->limit_hit. */
bool node_room(struct analysis *a, const struct node *n, enum node_limit kind, unsigned len);
/* What a NEMO or PMIPv6 node holds beyond bindings, made when first asked. */
struct node6_extra *node6_extra(struct node *n);
/* A record of n that node_prune removes at `at` was made or changed. */
static inline void node_prune_by(struct node *n, cap_time at)
{
	if (at < n->prune_at)
		n->prune_at = at;
}

#endif
