/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Receivers (home agents, correspondent nodes) interned: a million MCoA
 * nodes name the same few, so a node keeps a 4-octet id per binding, IFID
 * use and BE sender instead of a 17-octet address.  Id 0 is no address
 * (family 0, as an unset struct mipx_addr).  An id no live node refers to
 * any more is freed by nodes_sweep (prune.c) and reused.
 */
#ifndef MIPX_MODEL_RECEIVERS_H
#define MIPX_MODEL_RECEIVERS_H

#include <stdint.h>

#include <glib.h>

#include "mipx/model_state.h"
#include "mipx/packet.h"

struct receiver_table {
	GHashTable *ids;   /* struct mipx_addr * (owned, = addrs[id]) -> id */
	GPtrArray *addrs;  /* id -> struct mipx_addr *; NULL: free */
	GArray *free_ids;  /* uint32_t, reused first */
	uint64_t made;     /* ids ever handed out for a new address */
	uint32_t last;     /* the id interned last: a BU's checks and its
			    * binding ask for the same receiver several
			    * times, so most finds end here (2.5% of the
			    * instructions of a run) */
};

void receivers_init(struct receiver_table *t);
void receivers_clear(struct receiver_table *t);
/* The id of `addr`, made if new (0 for family 0 only). */
uint32_t receiver_intern(struct receiver_table *t, const struct mipx_addr *addr);
/* Its id, or RECEIVER_NONE when not interned: no node refers to it. */
uint32_t receiver_find(const struct receiver_table *t, const struct mipx_addr *addr);
/* The address of an id; id 0: the zero address. */
const struct mipx_addr *receiver_table_addr(const struct receiver_table *t, uint32_t id);
/* How many ids are live (not free), the zero one aside. */
guint receivers_live(const struct receiver_table *t);
/* Free every id whose mark[id] is 0 (mark has t->addrs->len octets). */
void receivers_sweep(struct receiver_table *t, const uint8_t *mark);

#endif
