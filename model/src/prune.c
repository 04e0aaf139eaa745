/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Time and pruning: what expired leaves its node as capture time passes,
 * and nodes with nothing left leave the table (docs/model.md).
 */
#include <string.h>

#include "analysis.h"
#include "binding_cache.h"
#include "chain.h"
#include "node.h"
#include "prune.h"
#include "receivers.h"
#include "tunnel.h"

/*
 * Every message and every sweep prunes its node, and most of the time
 * nothing has expired: n->prune_at, the earliest time a record goes, in the
 * node's first octets, saves reading the records themselves, which lie in
 * other cache lines (a third of the cache misses of a run, measured).  The
 * walk sets it exactly; records made or changed since lowered it
 * (node_prune_by), so it is never later than the first expiry.
 */
void node_prune(struct analysis *a, struct node *n, cap_time now)
{
	cap_time next = CAP_NEVER;

	if (now < n->prune_at)
		return;
	if (NODE_IS4(n)) {
		cap_time reg = registrations_prune(a, n, now);
		cap_time tun = tunnels_prune(n, now);

		next = reg < tun ? reg : tun;
	} else {
		next = bindings_prune(a, n, now);
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
	node_leaving(a, n);
}

/* After a sweep: the receivers no kept node names, and the care-of
 * addresses of dropped nodes, go. */
static void sweep_end(struct analysis *a, uint8_t *mark, bool dropped)
{
	GHashTableIter it;
	gpointer value;

	if (mark)
		receivers_sweep(&a->receivers, mark);
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
 * did it.  So a sweep frees receivers only when asked to.
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
