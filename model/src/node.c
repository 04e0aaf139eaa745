/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Mobile nodes, keyed by home address (IPv4 for DREMIP, IPv6 for MCoA),
 * and the limits on what one node holds.
 */
#include <stdlib.h>

#include "addr.h"
#include "analysis.h"
#include "node.h"
#include "small_vec.h"

G_STATIC_ASSERT(offsetof(struct node, home) == 0);
G_STATIC_ASSERT(offsetof(struct node4, n) == 0 && offsetof(struct node6, n) == 0);
/* a million live nodes: receivers as ids (receivers.c), no padding but
 * the tail's */
G_STATIC_ASSERT(sizeof(struct ifid_use) == 8);
G_STATIC_ASSERT(sizeof(struct binding) <= 72);

static const struct {
	unsigned max;
	const char *what;
} node_limits[LIMIT_COUNT] = {
	[LIMIT_REGISTRATIONS] = { 32, "registrations" },
	[LIMIT_TUNNELS] = { 64, "tunnels" },
	[LIMIT_BINDINGS] = { 1024, "bindings" },
	[LIMIT_IFID_USES] = { 1024, "(IFID, receiver) uses" },
	[LIMIT_BE_SENDERS] = { 64, "Binding Error senders" },
};

unsigned node_limit_max(enum node_limit kind)
{
	return node_limits[kind].max;
}

const char *node_limit_what(enum node_limit kind)
{
	return node_limits[kind].what;
}

bool node_room(struct analysis *a, const struct node *n, enum node_limit kind, unsigned len)
{
	struct node_limit_hit *hit = &a->limit_hit[kind];

	if (len < node_limits[kind].max)
		return true;
	if (hit->count++ == 0) {
		hit->node = n->home;
		hit->first = a->ref;
	}
	return false;
}

/*
 * The node of the message being analyzed is asked for again (return
 * routability, proxy bindings, findings about an address): one remembered
 * node saves those hash lookups, 1.5% of the instructions of a run.
 */
static struct node *last_node(const struct analysis *a, const struct mipx_addr *home)
{
	struct node *n = a->last_node;

	return n && addr_equal(&n->home, home) ? n : NULL;
}

struct node *node_find(const struct analysis *a, const struct mipx_addr *home)
{
	struct node *n = last_node(a, home);

	return n ? n : g_hash_table_lookup(a->nodes, home);
}

struct node *node_get(struct analysis *a, const struct mipx_addr *home)
{
	struct node *n = last_node(a, home);

	if (!n)
		n = g_hash_table_lookup(a->nodes, home);
	if (n) {
		n->idle_once = false; /* a message about it: not idle */
		a->last_node = n;
		return n;
	}
	/* each family at its own size: a DREMIP node never has bindings, an
	 * MCoA node never registrations (bytes per live node) */
	if (home->family == 4)
		n = g_malloc0(sizeof(struct node4));
	else
		n = g_malloc0(sizeof(struct node6));
	n->home = *home;
	g_hash_table_add(a->nodes, n); /* its own key: home comes first */
	g_clear_pointer(&a->report_nodes, g_ptr_array_unref);
	a->nodes_seen++;
	a->last_node = n;
	return n;
}

struct node6_extra *node6_extra(struct node *n)
{
	struct node6 *n6 = NODE6(n);

	if (!n6->extra)
		n6->extra = g_new0(struct node6_extra, 1);
	return n6->extra;
}

static void node6_extra_free(struct node6_extra *x)
{
	if (!x)
		return;
	if (x->prefixes)
		g_array_free(x->prefixes, TRUE);
	g_free(x->mn_id);
	g_free(x);
}

void node_leaving(struct analysis *a, const struct node *n)
{
	if (a->last_node == n)
		a->last_node = NULL;
}

static void node_free(gpointer data)
{
	struct node *n = data;

	if (NODE_IS4(n)) {
		small_vec_free(NODE4(n)->registrations.heap);
		small_vec_free(NODE4(n)->tunnels.heap);
	} else {
		small_vec_free(NODE6(n)->bindings.heap);
		small_vec_free(NODE6(n)->ifid_receivers.heap);
		small_vec_free(NODE6(n)->be_receivers.heap);
		node6_extra_free(NODE6(n)->extra);
	}
	g_free(n);
}

GHashTable *node_table_new(void)
{
	/* a set: a node is its own key (its home address comes first), half
	 * the table of a key and a value (a million nodes) */
	return g_hash_table_new_full(addr_hash, addr_equal, node_free, NULL);
}

/* Sorting compares home addresses copied out of the nodes once: the
 * comparisons then read one array, not node records scattered over the
 * heap. */
struct node_sort_key {
	struct mipx_addr home;
	struct node *n;
};

static int sort_key_cmp(const void *pa, const void *pb)
{
	const struct node_sort_key *x = pa, *y = pb;

	return addr_compare(&x->home, &y->home);
}

/* Home addresses are the unique keys of a->nodes: no ties, a stable order. */
static GPtrArray *sort_nodes(const struct analysis *a)
{
	guint count = g_hash_table_size(a->nodes), i = 0;
	struct node_sort_key *keys = g_new(struct node_sort_key, count ? count : 1);
	GPtrArray *out = g_ptr_array_sized_new(count);
	GHashTableIter it;
	gpointer value;

	g_hash_table_iter_init(&it, a->nodes);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		struct node *n = value;

		keys[i].home = n->home;
		keys[i++].n = n;
	}
	qsort(keys, count, sizeof(*keys), sort_key_cmp);
	for (i = 0; i < count; i++)
		g_ptr_array_add(out, keys[i].n);
	g_free(keys);
	return out;
}

GPtrArray *analysis_sorted_nodes(const struct analysis *a)
{
	if (a->report_nodes) /* analysis_finish kept them sorted */
		return g_ptr_array_ref(a->report_nodes);
	return sort_nodes(a);
}
