/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Mobile nodes, keyed by home address (IPv4 for DREMIP, IPv6 for MCoA), and
 * the dropping of state that expired as capture time passes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"

G_STATIC_ASSERT(offsetof(struct node, home) == 0);
G_STATIC_ASSERT(offsetof(struct node4, n) == 0 && offsetof(struct node6, n) == 0);
/* issue 7: receivers as ids (receivers.c), no padding but the tail's */
G_STATIC_ASSERT(sizeof(struct ifid_use) == 8);
G_STATIC_ASSERT(sizeof(struct binding) <= 72);

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

/* Fixed-size compares, inlined: a memcmp call with a length chosen at run
 * time was 2% of a run (every node lookup ends here). */
gboolean addr_equal(gconstpointer pa, gconstpointer pb)
{
	const struct mipx_addr *x = pa, *y = pb;
	uint64_t x0, x1, y0, y1;

	if (x->family != y->family)
		return FALSE;
	if (x->family == 4) {
		uint32_t x4, y4;
		memcpy(&x4, x->bytes, 4);
		memcpy(&y4, y->bytes, 4);
		return x4 == y4;
	}
	memcpy(&x0, x->bytes, 8);
	memcpy(&x1, x->bytes + 8, 8);
	memcpy(&y0, y->bytes, 8);
	memcpy(&y1, y->bytes + 8, 8);
	return ((x0 ^ y0) | (x1 ^ y1)) == 0;
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

void *small_vec_push(uint16_t *len, uint16_t *cap, void **heap, void *in,
		     unsigned n_in, size_t size)
{
	uint8_t *data;

	if (!*heap && *len < n_in) {
		data = in;
	} else {
		if (!*heap) { /* outgrew the inline records: all move to the heap */
			*cap = (uint16_t)(n_in * 2);
			*heap = g_malloc(size * *cap);
			memcpy(*heap, in, size * *len);
		} else if (*len == *cap) {
			if (*cap >= UINT16_MAX / 2)
				g_error("mipx: more than %u records for one node", (unsigned)*cap);
			*cap = (uint16_t)(*cap * 2);
			*heap = g_realloc(*heap, size * *cap);
		}
		data = *heap;
	}
	memset(data + size * *len, 0, size);
	return data + size * (*len)++;
}

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

void small_vec_remove(uint16_t *len, void *data, unsigned i, size_t size)
{
	uint8_t *d = data;

	memmove(d + size * i, d + size * (i + 1), size * (*len - i - 1u));
	(*len)--;
}

void small_vec_free(void *heap)
{
	g_free(heap);
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

struct node *node_find(const struct analysis *a, const struct mipx_addr *home)
{
	return g_hash_table_lookup(a->nodes, home);
}

struct node *node_get(struct analysis *a, const struct mipx_addr *home)
{
	struct node *n = g_hash_table_lookup(a->nodes, home);

	if (n) {
		n->idle_once = false; /* a message about it: not idle */
		return n;
	}
	/* each family at its own size: a DREMIP node never has bindings, an
	 * MCoA node never registrations (issue 7: bytes per live node) */
	if (home->family == 4)
		n = g_malloc0(sizeof(struct node4));
	else
		n = g_malloc0(sizeof(struct node6));
	n->home = *home;
	g_hash_table_add(a->nodes, n); /* its own key: home comes first */
	g_clear_pointer(&a->report_nodes, g_ptr_array_unref);
	a->nodes_seen++;
	return n;
}

void node_free(gpointer data)
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

/*
 * Registrations and tunnels that expired are gone from the entities that held
 * them.  An expired MCoA binding is kept (inactive) a while longer, so that
 * MCOA-EXPIRED can see the node still using its care-of address.
 */
#define BINDING_KEEP_EXPIRED 3600

cap_time binding_pruned_at(const struct binding *b)
{
	return cap_add(b->expires_at, BINDING_KEEP_EXPIRED);
}

/*
 * Every message and every sweep prunes its node, and most of the time
 * nothing has expired: n->prune_at, the earliest time a record goes, in the
 * node's first octets, saves reading the records themselves, which lie in
 * other cache lines (issue 7: a third of the cache misses of a run).  The
 * walk sets it exactly; records made or changed since lowered it
 * (node_prune_by), so it is never later than the first expiry.
 */
void node_prune(struct analysis *a, struct node *n, cap_time now)
{
	cap_time next = CAP_NEVER;

	if (now < n->prune_at)
		return;
	if (NODE_IS4(n)) {
		struct node4 *n4 = NODE4(n);

		for (guint i = n4->registrations.len; i-- > 0;) {
			cap_time at = NODE_REG(n, i)->expires_at;

			if (at <= now) {
				SMALL_VEC_REMOVE(&n4->registrations, i);
				chain_cache_forget(a, n);
			} else if (at < next) {
				next = at;
			}
		}
		for (guint i = n4->tunnels.len; i-- > 0;) {
			const struct tunnel *t = NODE_TUN(n, i);

			if (!t->enabled || t->expires_at <= now)
				SMALL_VEC_REMOVE(&n4->tunnels, i);
			else if (t->expires_at < next)
				next = t->expires_at;
		}
	} else {
		for (guint i = NODE_NBIND(n); i-- > 0;) {
			cap_time at = binding_pruned_at(NODE_BIND(n, i));

			if (at <= now)
				binding_remove(a, n, i);
			else if (at < next)
				next = at;
		}
	}
	n->prune_at = next;
}

/* A request younger than this may still be answered (exchange.c keeps
 * unanswered requests as long): its node keeps its recent requests. */
#define NODE_KEEP_ASKING (120 * CAP_SEC)

static bool node_idle(const struct node *n, cap_time now)
{
	if (n->has_finding)
		return false;
	if (!NODE_IS4(n))
		return NODE_NBIND(n) == 0;
	if (NODE_NREG(n) || NODE_NTUN(n))
		return false;
	for (unsigned i = 0; i < NODE_RECENT; i++) {
		const struct reg_attempt *r = &NODE4(n)->recent[i];
		if (r->used && now - r->at < NODE_KEEP_ASKING)
			return false;
	}
	return true;
}

/* The receivers a kept node names (receivers.c: mark, then sweep); no
 * mark: this sweep frees no receivers. */
static void mark_receivers(const struct node *n, uint8_t *mark)
{
	const struct node6 *n6;

	if (!mark || NODE_IS4(n))
		return;
	n6 = NODE6(n);
	for (guint i = 0; i < n6->bindings.len; i++)
		mark[SMALL_VEC_DATA(n6->bindings)[i].receiver] = 1;
	for (guint i = 0; i < n6->ifid_receivers.len; i++)
		mark[SMALL_VEC_DATA(n6->ifid_receivers)[i].receiver] = 1;
	for (guint i = 0; i < n6->be_receivers.len; i++)
		mark[SMALL_VEC_DATA(n6->be_receivers)[i]] = 1;
	mark[n6->home_agent6] = 1;
	if (n6->extra && n6->extra->prefixes)
		for (guint i = 0; i < n6->extra->prefixes->len; i++)
			mark[g_array_index(n6->extra->prefixes, struct mr_prefix, i).receiver] = 1;
}

/* Node n at a sweep: pruned, then kept (its receivers marked) or, when
 * true is returned, to be dropped by the caller (node_dropped first). */
static bool sweep_drops(struct analysis *a, struct node *n, cap_time now, bool final,
			uint8_t *mark)
{
	node_prune(a, n, now);
	if (!node_idle(n, now)) {
		n->idle_once = false;
		mark_receivers(n, mark);
		return false;
	}
	/* idle at two sweeps in a row, with no message between: a BU waiting
	 * for its BA leaves no state yet, but its node stays */
	if (!final && !n->idle_once) {
		n->idle_once = true;
		mark_receivers(n, mark);
		return false;
	}
	return true;
}

static void node_dropped(struct analysis *a, const struct node *n)
{
	chain_cache_forget(a, n);
}

/* After a sweep: the receivers no kept node names, and the care-of
 * addresses of dropped nodes, go. */
static void sweep_end(struct analysis *a, uint8_t *mark, bool dropped)
{
	GHashTableIter it;
	gpointer value;

	if (mark)
		receivers_sweep(a, mark);
	g_free(mark);
	if (!dropped)
		return;
	g_hash_table_iter_init(&it, a->care_of_nodes);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		const struct coa_owner *e = value;
		struct mipx_addr home = mipx_addr_v6(e->home);

		if (!g_hash_table_contains(a->nodes, &home))
			g_hash_table_iter_remove(&it);
	}
}

/*
 * Marking the receivers reads every binding of every MCoA node, in cache
 * lines of their own: a fifth of the cache misses of a run when every sweep
 * did it (issue 7).  So a sweep frees receivers only when asked to.
 */
void nodes_sweep(struct analysis *a, cap_time now, bool final, bool receivers)
{
	GHashTableIter it;
	gpointer value;
	bool dropped = false;
	uint8_t *mark = receivers ? g_malloc0(a->receivers.addrs->len) : NULL;

	g_clear_pointer(&a->report_nodes, g_ptr_array_unref); /* may drop some */
	g_hash_table_iter_init(&it, a->nodes);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		struct node *n = value;

		if (sweep_drops(a, n, now, final, mark)) {
			node_dropped(a, n);
			g_hash_table_iter_remove(&it); /* frees it */
			dropped = true;
		}
	}
	sweep_end(a, mark, dropped);
}

GPtrArray *nodes_sweep_sorted(struct analysis *a, const GPtrArray *sorted, cap_time at,
			      void (*first)(struct analysis *a, struct node *n))
{
	GPtrArray *kept = g_ptr_array_sized_new(sorted->len);
	bool dropped = false;
	uint8_t *mark = NULL; /* the ids of the kept nodes' receivers stay */

	g_clear_pointer(&a->report_nodes, g_ptr_array_unref);
	for (guint i = 0; i < sorted->len; i++) {
		struct node *n = g_ptr_array_index(sorted, i);

		if (first)
			first(a, n);
		if (sweep_drops(a, n, at, true, mark)) {
			node_dropped(a, n);
			g_hash_table_remove(a->nodes, n); /* frees it */
			dropped = true;
		} else {
			g_ptr_array_add(kept, n);
		}
	}
	sweep_end(a, mark, dropped);
	return kept;
}

static int node_cmp(const void *pa, const void *pb)
{
	const struct node *x = *(const struct node *const *)pa;
	const struct node *y = *(const struct node *const *)pb;

	return addr_compare(&x->home, &y->home);
}

/* Home addresses are the unique keys of a->nodes: no ties, a stable order. */
static GPtrArray *sort_nodes(const struct analysis *a)
{
	GPtrArray *out = g_ptr_array_sized_new(g_hash_table_size(a->nodes));
	GHashTableIter it;
	gpointer value;

	g_hash_table_iter_init(&it, a->nodes);
	while (g_hash_table_iter_next(&it, NULL, &value))
		g_ptr_array_add(out, value);
	if (out->len > 1)
		qsort(out->pdata, out->len, sizeof(gpointer), node_cmp);
	return out;
}

GPtrArray *analysis_sorted_nodes(const struct analysis *a)
{
	if (a->report_nodes) /* analysis_finish kept them sorted */
		return g_ptr_array_ref(a->report_nodes);
	return sort_nodes(a);
}
