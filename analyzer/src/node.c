/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Mobile nodes, keyed by home address (IPv4 for DREMIP, IPv6 for MCoA), and
 * the dropping of state that expired as capture time passes.
 */
#include <stdio.h>
#include <string.h>

#include "analyzer.h"

guint addr_hash(gconstpointer p)
{
	const struct mipx_addr *a = p;
	uint64_t w0 = 0, w1 = 0, h;

	if (a->family == 4) {
		memcpy(&w0, a->bytes, 4);
	} else {
		memcpy(&w0, a->bytes, 8);
		memcpy(&w1, a->bytes + 8, 8);
	}
	h = (w0 ^ a->family) * UINT64_C(0x9e3779b97f4a7c15);
	h = (h ^ (h >> 29) ^ w1) * UINT64_C(0xff51afd7ed558ccd);
	h ^= h >> 32;
	return (guint)h;
}

gboolean addr_equal(gconstpointer pa, gconstpointer pb)
{
	const struct mipx_addr *x = pa, *y = pb;

	return x->family == y->family &&
	       memcmp(x->bytes, y->bytes, x->family == 4 ? 4 : 16) == 0;
}

int addr_compare(const struct mipx_addr *x, const struct mipx_addr *y)
{
	if (x->family != y->family)
		return x->family < y->family ? -1 : 1;
	return memcmp(x->bytes, y->bytes, 16);
}

cap_time lifetime_expiry(cap_time t, uint32_t seconds, bool infinite)
{
	return infinite ? CAP_NEVER : cap_add(t, seconds);
}

cap_time cap_add(cap_time t, int64_t seconds)
{
	if (t == CAP_NEVER || t == CAP_NONE)
		return t;
	return t + seconds * CAP_SEC;
}

const char *cap_secs(int64_t usec, unsigned decimals, char out[32])
{
	static const int64_t scale[] = { 1000000, 100000, 10000, 1000, 100, 10, 1 };
	uint64_t mag = usec < 0 ? (uint64_t)0 - (uint64_t)usec : (uint64_t)usec;
	uint64_t unit, q;

	if (decimals > 6)
		decimals = 6;
	unit = (uint64_t)scale[decimals];
	q = (mag + unit / 2) / unit; /* half away from zero */
	if (decimals == 0)
		snprintf(out, 32, "%s%llu", usec < 0 && q ? "-" : "", (unsigned long long)q);
	else {
		uint64_t den = (uint64_t)(CAP_SEC / (int64_t)unit);
		snprintf(out, 32, "%s%llu.%0*llu", usec < 0 && q ? "-" : "",
			 (unsigned long long)(q / den), (int)decimals,
			 (unsigned long long)(q % den));
	}
	return out;
}

static GArray *empty_registrations, *empty_tunnels, *empty_bindings, *empty_ifid,
	*empty_be;

static GArray *shared_empty(GArray **slot, guint size)
{
	if (!*slot)
		*slot = g_array_new(FALSE, TRUE, size);
	return *slot;
}

static void array_free(GArray *a)
{
	if (a != empty_registrations && a != empty_tunnels && a != empty_bindings &&
	    a != empty_ifid && a != empty_be)
		g_array_free(a, TRUE);
	else
		g_assert(a->len == 0);
}

struct node *node_find(const struct analysis *a, const struct mipx_addr *home)
{
	return g_hash_table_lookup(a->nodes, home);
}

struct node *node_get(struct analysis *a, const struct mipx_addr *home)
{
	struct node *n = g_hash_table_lookup(a->nodes, home);

	if (n)
		return n;
	n = g_new0(struct node, 1);
	n->home = *home;
	/* a DREMIP node (IPv4 home) never has bindings, an MCoA node never
	 * registrations: each shares one empty array for what it cannot have */
	if (home->family == 4) {
		n->registrations = g_array_new(FALSE, TRUE, sizeof(struct registration));
		n->tunnels = g_array_new(FALSE, TRUE, sizeof(struct tunnel));
		n->bindings = shared_empty(&empty_bindings, sizeof(struct binding));
		n->ifid_receivers = shared_empty(&empty_ifid, sizeof(struct ifid_use));
		n->be_receivers = shared_empty(&empty_be, sizeof(struct mipx_addr));
	} else {
		n->registrations = shared_empty(&empty_registrations, sizeof(struct registration));
		n->tunnels = shared_empty(&empty_tunnels, sizeof(struct tunnel));
		n->bindings = g_array_new(FALSE, TRUE, sizeof(struct binding));
		n->ifid_receivers = g_array_new(FALSE, TRUE, sizeof(struct ifid_use));
		n->be_receivers = g_array_new(FALSE, TRUE, sizeof(struct mipx_addr));
	}
	g_hash_table_insert(a->nodes, &n->home, n);
	return n;
}

void node_free(gpointer data)
{
	struct node *n = data;

	array_free(n->registrations);
	array_free(n->tunnels);
	array_free(n->bindings);
	array_free(n->ifid_receivers);
	array_free(n->be_receivers);
	g_free(n);
}

/*
 * Registrations and tunnels that expired are gone from the entities that held
 * them.  An expired MCoA binding is kept (inactive) a while longer, so that
 * MCOA-EXPIRED can see the node still using its care-of address.
 */
#define BINDING_KEEP_EXPIRED 3600

void node_prune(struct analysis *a, struct node *n, cap_time now)
{
	for (guint i = n->registrations->len; i-- > 0;) {
		const struct registration *r =
			&g_array_index(n->registrations, struct registration, i);
		if (r->expires_at <= now) {
			g_array_remove_index(n->registrations, i);
			chain_cache_forget(a, n);
		}
	}
	for (guint i = n->tunnels->len; i-- > 0;) {
		const struct tunnel *t = &g_array_index(n->tunnels, struct tunnel, i);
		if (!t->enabled || t->expires_at <= now)
			g_array_remove_index(n->tunnels, i);
	}
	for (guint i = n->bindings->len; i-- > 0;) {
		const struct binding *b = &g_array_index(n->bindings, struct binding, i);
		if (cap_add(b->expires_at, BINDING_KEEP_EXPIRED) <= now)
			g_array_remove_index(n->bindings, i);
	}
}

static gint node_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct node *const *x = pa, *const *y = pb;

	return addr_compare(&(*x)->home, &(*y)->home);
}

GPtrArray *analysis_sorted_nodes(const struct analysis *a)
{
	GPtrArray *out = g_ptr_array_sized_new(g_hash_table_size(a->nodes));
	GHashTableIter it;
	gpointer value;

	g_hash_table_iter_init(&it, a->nodes);
	while (g_hash_table_iter_next(&it, NULL, &value))
		g_ptr_array_add(out, value);
	g_ptr_array_sort(out, node_cmp);
	return out;
}
