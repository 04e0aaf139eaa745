/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The bindings of an MCoA node at each receiver (wire-format.md 2.5), the
 * care-of table (which node binds a care-of address), and what a node's
 * BUs told beyond its bindings: the IFIDs it used where, its home agent.
 */
#ifndef MIPX_MODEL_BINDING_CACHE_H
#define MIPX_MODEL_BINDING_CACHE_H

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "mipx/model_state.h"

struct analysis;

/* What a BU, with its BA if one came, asks of a receiver's cache. */
struct bu_update {
	struct mipx_addr receiver;
	uint16_t flags;
	bool m_flag, coainfo, bid;
	uint8_t ifid, ifpri;
	uint16_t bid_value;
	uint8_t bid_pri;
	uint16_t sequence;
	uint32_t lifetime; /* seconds granted */
	uint8_t care_of[16];
	bool receiver_mcoa; /* false: the BA did not echo CoAINFO (2.4) */
	bool nemo;          /* a mobile router's (MNP, or the BA's R) */
	bool proxy;         /* PMIPv6: the care-of address is the MAG's */
	bool timestamp;     /* ordered by Timestamp, not sequence (RFC 5213 5.5) */
};

/* A care-of address bound by a node: by its home address, not a pointer, so
 * that dropping the node (nodes_sweep) leaves nothing dangling.  Both are
 * IPv6; 32 octets from the slice allocator, the entry its own key (one per
 * bound care-of address of a million nodes). */
struct coa_owner {
	uint8_t coa[16]; /* first: the entry is the key */
	uint8_t home[16];
};
GHashTable *coa_owner_table_new(void);

/* Applies u at `at`: returns how many bindings a deregistration removed
 * (-1: the BU is dropped). */
int binding_cache_apply(struct analysis *a, struct node *n, const struct bu_update *u,
			cap_time at, const struct frame_list *frames);
/* Binding i of n is gone; its care-of address leaves the care-of table
 * unless another binding of n still holds it. */
void binding_remove(struct analysis *a, struct node *n, unsigned i);
/* The index of the binding at `receiver` (an id) with that key, or -1. */
int binding_index(const struct node *n, uint32_t receiver, enum binding_key kind, uint16_t key);
/* When the prune removes binding b: an expired binding is kept, inactive,
 * a while longer, so that MCOA-EXPIRED can see the node still using it. */
cap_time binding_pruned_at(const struct binding *b);
/* Bindings past binding_pruned_at leave; returns the earliest such time left. */
cap_time bindings_prune(struct analysis *a, struct node *n, cap_time now);
/* MCOA-IFID-SHARED's memory: the BU sent its IFID to its receiver. */
void binding_ifid_used(struct analysis *a, struct node *n, const struct bu_update *u);
/* A home registration (H flag) applied: the node's home agent, and whether
 * it is back home. */
void binding_home_noted(struct analysis *a, struct node *n, const struct bu_update *u,
			const struct frame_list *frames);
/* A Binding Error status 2 from `sender` (7.6: it does not know MCoA). */
void binding_be_sender(struct analysis *a, struct node *n, const struct mipx_addr *sender);

#endif
