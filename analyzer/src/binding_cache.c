/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The MCoA binding cache of a receiving node (wire-format.md 2.5): bindings
 * keyed by (home address, IFID), or by (home address, BID) for RFC 5648.
 * The node's bindings at every receiver live in its struct node.
 */
#include <string.h>

#include "analyzer.h"

bool binding_active(const struct binding *b, cap_time at)
{
	return at < b->expires_at;
}

struct binding *binding_find(struct node *n, const struct mipx_addr *receiver,
			     enum binding_key kind, uint16_t key)
{
	for (guint i = 0; i < NODE_NBIND(n); i++) {
		struct binding *b = NODE_BIND(n, i);
		if (b->key_kind == kind && b->key == key &&
		    mipx_addr_equal(&b->receiver, receiver))
			return b;
	}
	return NULL;
}

static void remove_binding(struct node *n, const struct binding *b)
{
	SMALL_VEC_REMOVE(&NODE6(n)->bindings, (unsigned)(b - NODE_BIND(n, 0)));
}

static int remove_all(struct node *n, const struct mipx_addr *receiver, cap_time at)
{
	int removed = 0;

	for (guint i = NODE_NBIND(n); i-- > 0;) {
		const struct binding *b = NODE_BIND(n, i);
		if (mipx_addr_equal(&b->receiver, receiver)) {
			if (binding_active(b, at))
				removed++;
			SMALL_VEC_REMOVE(&NODE6(n)->bindings, i);
		}
	}
	return removed;
}

static void put(struct node *n, const struct bu_update *u, enum binding_key kind,
		uint16_t key, uint8_t priority, cap_time at,
		const struct frame_list *frames)
{
	struct binding *b = binding_find(n, &u->receiver, kind, key);

	if (!b) {
		b = SMALL_VEC_PUSH(&NODE6(n)->bindings);
		b->receiver = u->receiver;
		b->key_kind = kind;
		b->key = key;
	}
	b->priority = priority; /* IFPRI is overwritten by each BU (2.5) */
	memcpy(b->coa, u->care_of, 16);
	b->sequence = u->sequence;
	b->lifetime = u->lifetime;
	b->expires_at = cap_add(at, u->lifetime);
	b->home = (u->flags & MIPX_BU_FLAG_H) != 0;
	b->expiry_noted = false;
	memset(&b->frames, 0, sizeof(b->frames));
	frame_few_merge(&b->frames, frames);
}

int binding_cache_apply(struct node *n, const struct bu_update *u, cap_time at,
			const struct frame_list *frames)
{
	if (NODE_IS4(n))
		return -1; /* bindings name IPv6 nodes only */
	bool home = (u->flags & MIPX_BU_FLAG_H) != 0;

	if (u->bid) { /* RFC 5648: one binding per BID, at home agents too */
		struct binding *b = binding_find(n, &u->receiver, BKEY_BID, u->bid_value);
		if (u->lifetime == 0) {
			if (b)
				remove_binding(n, b);
			return b ? 1 : 0;
		}
		put(n, u, BKEY_BID, u->bid_value, u->bid_pri, at, frames);
		return 0;
	}
	if (u->coainfo && u->receiver_mcoa && !home) {
		struct binding *b = binding_find(n, &u->receiver, BKEY_IFID, u->ifid);
		if (u->lifetime == 0) {
			if (b)
				remove_binding(n, b);
			return b ? 1 : 0;
		}
		/* a keyless binding is replaced once the node speaks MCoA */
		struct binding *plain = binding_find(n, &u->receiver, BKEY_NONE, 0);
		if (plain)
			remove_binding(n, plain);
		put(n, u, BKEY_IFID, u->ifid, u->ifpri, at, frames);
		return 0;
	}
	if (u->m_flag && !u->coainfo)
		return -1; /* dropped silently (draft 8.3) */
	/* The home agent keeps only the primary care-of address (2.5). */
	if (home && u->coainfo && u->ifpri != 0 && u->lifetime != 0)
		return -1;
	int removed = remove_all(n, &u->receiver, at);
	if (u->lifetime == 0)
		return removed;
	put(n, u, BKEY_NONE, 0, u->coainfo ? u->ifpri : 0, at, frames);
	if (u->coainfo) {
		struct binding *b = binding_find(n, &u->receiver, BKEY_NONE, 0);
		b->key = 0;
	}
	return 0;
}
