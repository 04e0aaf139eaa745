/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The MCoA binding cache of a receiving node (wire-format.md 2.5): bindings
 * keyed by (home address, IFID), or by (home address, BID) for RFC 5648.
 * The node's bindings at every receiver live in its struct node.
 */
#include <string.h>

#include "analysis.h"
#include "binding_cache.h"
#include "cap_time.h"
#include "frame_list.h"
#include "node.h"
#include "receivers.h"
#include "small_vec.h"

/* An expired binding is kept this long (capture seconds). */
#define BINDING_KEEP_EXPIRED 3600

bool binding_active(const struct binding *b, cap_time at)
{
	return at < b->expires_at;
}

const char *binding_kind_name(const struct binding *b)
{
	switch (b->key_kind) {
	case BKEY_IFID: return "mcoa";
	case BKEY_BID: return "bid";
	case BKEY_NEMO: return "nemo";
	case BKEY_PMIP6: return "pmip6";
	default: return "mip6";
	}
}

cap_time binding_pruned_at(const struct binding *b)
{
	return cap_add(b->expires_at, BINDING_KEEP_EXPIRED);
}

int binding_index(const struct node *n, uint32_t receiver, enum binding_key kind, uint16_t key)
{
	for (guint i = 0; i < NODE_NBIND(n); i++) {
		const struct binding *b = NODE_BIND(n, i);
		if (b->key_kind == kind && b->key == key && b->receiver == receiver)
			return (int)i;
	}
	return -1;
}

static struct binding *binding_find_id(struct node *n, uint32_t receiver,
				       enum binding_key kind, uint16_t key)
{
	int i = binding_index(n, receiver, kind, key);

	return i < 0 ? NULL : NODE_BIND(n, i);
}

static guint coa_hash(gconstpointer p)
{
	uint64_t w0, w1, h;

	memcpy(&w0, p, 8);
	memcpy(&w1, (const uint8_t *)p + 8, 8);
	h = (w0 ^ (w1 * UINT64_C(0x9e3779b97f4a7c15))) * UINT64_C(0xff51afd7ed558ccd);
	return (guint)(h ^ (h >> 32));
}

static gboolean coa_equal(gconstpointer x, gconstpointer y)
{
	return memcmp(x, y, 16) == 0;
}

static void coa_owner_free(gpointer p)
{
	g_slice_free(struct coa_owner, p);
}

GHashTable *coa_owner_table_new(void)
{
	return g_hash_table_new_full(coa_hash, coa_equal, coa_owner_free, NULL);
}


/*
 * The care-of table names the node of every care-of address a kept binding
 * holds (a return-routability test from it is that node still using it).
 * It holds exactly those: a node moving all day does not leave an entry for
 * each address it ever used (memory follows live state).
 */
static void coa_hold(struct analysis *a, const struct node *n, struct binding *b)
{
	/* Held when last asked, and no care-of address has changed owner
	 * since: still held (a node re-registering from the same address
	 * needs no lookup). */
	if (b->coa_epoch == a->coa_epoch)
		return;
	const struct coa_owner *e = g_hash_table_lookup(a->care_of_nodes, b->coa);

	if (!e || memcmp(e->home, n->home.bytes, 16) != 0) {
		struct coa_owner *fresh = g_slice_new(struct coa_owner);
		memcpy(fresh->coa, b->coa, 16);
		memcpy(fresh->home, n->home.bytes, 16);
		if (e && ++a->coa_epoch == 0) /* taken from another node */
			a->coa_epoch = 1;
		/* the old entry (its key) is freed after the new one is in */
		g_hash_table_add(a->care_of_nodes, fresh);
	}
	b->coa_epoch = a->coa_epoch;
}

/* `coa` left one of n's bindings: its entry goes unless another still holds it. */
static void coa_release(struct analysis *a, const struct node *n, const uint8_t coa[16])
{
	const struct coa_owner *e = g_hash_table_lookup(a->care_of_nodes, coa);

	if (!e || memcmp(e->home, n->home.bytes, 16) != 0)
		return; /* another node took it over */
	for (guint i = 0; i < NODE_NBIND(n); i++)
		if (memcmp(NODE_BIND(n, i)->coa, coa, 16) == 0)
			return;
	g_hash_table_remove(a->care_of_nodes, coa);
}

void binding_remove(struct analysis *a, struct node *n, unsigned i)
{
	uint8_t coa[16];

	memcpy(coa, NODE_BIND(n, i)->coa, 16);
	SMALL_VEC_REMOVE(&NODE6(n)->bindings, i);
	coa_release(a, n, coa);
}

static void remove_binding(struct analysis *a, struct node *n, const struct binding *b)
{
	binding_remove(a, n, (unsigned)(b - NODE_BIND(n, 0)));
}

static int remove_all(struct analysis *a, struct node *n, uint32_t receiver, cap_time at)
{
	int removed = 0;

	for (guint i = NODE_NBIND(n); i-- > 0;) {
		const struct binding *b = NODE_BIND(n, i);
		if (b->receiver == receiver) {
			if (binding_active(b, at))
				removed++;
			binding_remove(a, n, i);
		}
	}
	return removed;
}

/* The binding of (receiver, kind, key), made or updated from `u`; NULL when
 * a new one would exceed the bindings mipx keeps for one node (node_room). */
static struct binding *put(struct analysis *a, struct node *n, uint32_t receiver,
			   const struct bu_update *u, enum binding_key kind, uint16_t key,
			   uint8_t priority, cap_time at, const struct frame_list *frames)
{
	struct binding *b = binding_find_id(n, receiver, kind, key);
	bool fresh = !b;

	if (!b) {
		if (!node_room(a, n, LIMIT_BINDINGS, NODE_NBIND(n)))
			return NULL;
		if (receiver == RECEIVER_NONE) /* interned once a binding names it */
			receiver = receiver_intern(&a->receivers, &u->receiver);
		b = SMALL_VEC_PUSH(&NODE6(n)->bindings);
		b->receiver = receiver;
		b->key_kind = kind;
		b->key = key;
	}
	b->priority = priority; /* IFPRI is overwritten by each BU (2.5) */
	if (fresh || memcmp(b->coa, u->care_of, 16) != 0) {
		uint8_t old[16];

		memcpy(old, b->coa, 16);
		memcpy(b->coa, u->care_of, 16);
		b->coa_epoch = 0; /* not held yet */
		/* a fresh binding held nothing: only the table's invariant
		 * (every entry held by a binding of its owner) to keep */
		if (!fresh)
			coa_release(a, n, old);
	}
	coa_hold(a, n, b);
	b->sequence = u->sequence;
	b->lifetime = u->lifetime;
	b->expires_at = cap_add(at, u->lifetime);
	node_prune_by(n, binding_pruned_at(b));
	b->home = (u->flags & MIPX_BU_FLAG_H) != 0;
	b->expiry_noted = false;
	memset(&b->frames, 0, sizeof(b->frames));
	frame_few_merge(&b->frames, frames);
	return b;
}

int binding_cache_apply(struct analysis *a, struct node *n, const struct bu_update *u,
			cap_time at, const struct frame_list *frames)
{
	if (NODE_IS4(n))
		return -1; /* bindings name IPv6 nodes only */
	bool home = (u->flags & MIPX_BU_FLAG_H) != 0;
	/* RECEIVER_NONE: no binding anywhere names it; put() interns it */
	uint32_t rcv = receiver_find(&a->receivers, &u->receiver);

	if (u->bid) { /* RFC 5648: one binding per BID, at home agents too */
		struct binding *b = binding_find_id(n, rcv, BKEY_BID, u->bid_value);
		if (u->lifetime == 0) {
			if (b)
				remove_binding(a, n, b);
			return b ? 1 : 0;
		}
		put(a, n, rcv, u, BKEY_BID, u->bid_value, u->bid_pri, at, frames);
		return 0;
	}
	/* A mobile router's or a proxy registration: one plain binding per
	 * receiver, as RFC 6275 keeps it (RFC 3963 6.1, RFC 5213 5.3). */
	if (u->nemo || u->proxy) {
		int removed = remove_all(a, n, rcv, at);

		if (u->lifetime == 0)
			return removed;
		put(a, n, rcv, u, u->proxy ? BKEY_PMIP6 : BKEY_NEMO, 0, 0, at, frames);
		return 0;
	}
	if (u->coainfo && u->receiver_mcoa && !home) {
		struct binding *b = binding_find_id(n, rcv, BKEY_IFID, u->ifid);
		if (u->lifetime == 0) {
			if (b)
				remove_binding(a, n, b);
			return b ? 1 : 0;
		}
		/* a keyless binding is replaced once the node speaks MCoA */
		struct binding *plain = binding_find_id(n, rcv, BKEY_NONE, 0);
		if (plain)
			remove_binding(a, n, plain);
		put(a, n, rcv, u, BKEY_IFID, u->ifid, u->ifpri, at, frames);
		return 0;
	}
	if (u->m_flag && !u->coainfo)
		return -1; /* dropped silently (draft 8.3) */
	/* The home agent keeps only the primary care-of address (2.5). */
	if (home && u->coainfo && u->ifpri != 0 && u->lifetime != 0)
		return -1;
	int removed = remove_all(a, n, rcv, at);
	if (u->lifetime == 0)
		return removed;
	struct binding *b = put(a, n, rcv, u, BKEY_NONE, 0, u->coainfo ? u->ifpri : 0,
				at, frames);
	if (b && u->coainfo)
		b->key = 0;
	return 0;
}

cap_time bindings_prune(struct analysis *a, struct node *n, cap_time now)
{
	cap_time next = CAP_NEVER;

	for (guint i = NODE_NBIND(n); i-- > 0;) {
		cap_time at = binding_pruned_at(NODE_BIND(n, i));

		if (at <= now)
			binding_remove(a, n, i);
		else if (at < next)
			next = at;
	}
	return next;
}

void binding_ifid_used(struct analysis *a, struct node *n, const struct bu_update *u)
{
	struct node6 *n6;
	uint32_t rcv;
	struct ifid_use *use;

	if (!u->coainfo || NODE_IS4(n))
		return;
	n6 = NODE6(n);
	rcv = receiver_intern(&a->receivers, &u->receiver);
	for (guint i = 0; i < n6->ifid_receivers.len; i++) {
		const struct ifid_use *x = &SMALL_VEC_DATA(n6->ifid_receivers)[i];
		if (x->ifid == u->ifid && x->receiver == rcv)
			return;
	}
	if (node_room(a, n, LIMIT_IFID_USES, n6->ifid_receivers.len)) {
		use = SMALL_VEC_PUSH(&n6->ifid_receivers);
		use->ifid = u->ifid;
		use->receiver = rcv;
	}
}

void binding_home_noted(struct analysis *a, struct node *n, const struct bu_update *u,
			const struct frame_list *frames)
{
	if (!(u->flags & MIPX_BU_FLAG_H) || NODE_IS4(n))
		return;
	n->home_dereg = u->lifetime == 0;
	frame_few_set(&NODE6(n)->home_dereg_frames, frames);
	NODE6(n)->home_agent6 = receiver_intern(&a->receivers, &u->receiver);
}

void binding_be_sender(struct analysis *a, struct node *n, const struct mipx_addr *sender)
{
	struct node6 *n6;
	uint32_t id;

	if (NODE_IS4(n))
		return;
	n6 = NODE6(n);
	id = receiver_intern(&a->receivers, sender);
	for (guint i = 0; i < n6->be_receivers.len; i++)
		if (SMALL_VEC_DATA(n6->be_receivers)[i] == id)
			return;
	if (node_room(a, n, LIMIT_BE_SENDERS, n6->be_receivers.len))
		*SMALL_VEC_PUSH(&n6->be_receivers) = id;
}
