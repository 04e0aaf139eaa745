/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Tunnels (binding routes, DREMIP 2.5, 5.2): a positive Route Reply (code 0,
 * lifetime > 0) enables one from the care-of agent to the next hop for the
 * mobile node; a Route Request or Reply with lifetime 0, or expiry, disables
 * it.  The tunnel path runs from the home agent to the foreign agent.
 */

#include <string.h>

#include "analysis.h"
#include "cap_time.h"
#include "chain.h"
#include "frame_list.h"
#include "node.h"
#include "small_vec.h"
#include "tunnel.h"

bool tunnel_active(const struct tunnel *t, cap_time at)
{
	return t->enabled && t->enabled_at <= at && at < t->expires_at;
}

static int tunnel_index(const struct node *n, uint32_t from, uint32_t to)
{
	for (guint i = 0; i < NODE_NTUN(n); i++) {
		const struct tunnel *t = NODE_TUN(n, i);
		if (t->from == from && t->to == to)
			return (int)i;
	}
	return -1;
}

const struct tunnel *tunnel_find(const struct node *n, uint32_t from, uint32_t to)
{
	int i = tunnel_index(n, from, to);

	return i < 0 ? NULL : NODE_TUN(n, i);
}

const struct tunnel *tunnel_enable(struct analysis *a, struct node *n, uint32_t from,
				   uint32_t to, uint16_t granted, cap_time at,
				   const struct frame_list *frames)
{
	int i = tunnel_index(n, from, to);
	struct tunnel *t = i < 0 ? NULL : NODE_TUN(n, i);

	if (!NODE_IS4(n))
		return NULL; /* routes name IPv4 nodes only */
	if (!t) {
		if (!node_room(a, n, LIMIT_TUNNELS, NODE_NTUN(n)))
			return NULL;
		t = SMALL_VEC_PUSH(&NODE4(n)->tunnels);
		t->from = from;
		t->to = to;
	}
	if (!t->enabled || t->expires_at <= at) {
		t->enabled_at = at;
		memset(&t->frames, 0, sizeof(t->frames));
	}
	t->enabled = true;
	t->granted = granted;
	t->expires_at = lifetime_expiry(at, granted, granted == MIPX_LIFETIME_INFINITE);
	node_prune_by(n, t->expires_at);
	frame_few_merge(&t->frames, frames);
	return t;
}

void tunnel_disable(struct node *n, uint32_t from, uint32_t to)
{
	for (guint i = NODE_NTUN(n); i-- > 0;) {
		const struct tunnel *t = NODE_TUN(n, i);
		if (t->from == from && t->to == to)
			SMALL_VEC_REMOVE(&NODE4(n)->tunnels, i);
	}
}

cap_time tunnels_prune(struct node *n, cap_time now)
{
	cap_time next = CAP_NEVER;

	for (guint i = NODE_NTUN(n); i-- > 0;) {
		const struct tunnel *t = NODE_TUN(n, i);

		if (!t->enabled || t->expires_at <= now)
			SMALL_VEC_REMOVE(&NODE4(n)->tunnels, i);
		else if (t->expires_at < next)
			next = t->expires_at;
	}
	return next;
}

static const struct tunnel *tunnel_from(const struct node *n, uint32_t from,
					cap_time at, guint *index)
{
	const struct tunnel *best = NULL;

	for (guint i = 0; i < NODE_NTUN(n); i++) {
		const struct tunnel *t = NODE_TUN(n, i);
		if (t->from == from && tunnel_active(t, at) &&
		    (!best || t->enabled_at > best->enabled_at)) {
			best = t;
			*index = i;
		}
	}
	return best;
}

/*
 * Follow the enabled tunnels from `start` (the home agent, or failing that a
 * tunnel end no tunnel leads to) until `end` (the foreign agent; 0: a tunnel
 * end no tunnel leaves).  PATH_NONE when the node has no enabled tunnel.
 * `out` (may be NULL) receives the tunnels walked, in order.
 */
enum path_result tunnel_path(const struct node *n, cap_time at, uint32_t start,
			     uint32_t end, GPtrArray *out)
{
	guint len = NODE_NTUN(n), active = 0, steps = 0;
	uint32_t cur = start;

	for (guint i = 0; i < len; i++)
		if (tunnel_active(NODE_TUN(n, i), at))
			active++;
	if (!active)
		return PATH_NONE;
	if (!cur) {
		for (guint i = 0; i < len && !cur; i++) {
			const struct tunnel *t = NODE_TUN(n, i);
			bool entered = false;

			if (!tunnel_active(t, at))
				continue;
			for (guint j = 0; j < len; j++) {
				const struct tunnel *o =
					NODE_TUN(n, j);
				if (tunnel_active(o, at) && o->to == t->from)
					entered = true;
			}
			if (!entered)
				cur = t->from;
		}
		if (!cur) /* every tunnel start is entered: a cycle */
			return PATH_LOOP;
	}
	for (;;) {
		guint idx = 0;
		const struct tunnel *t;

		if (end && cur == end)
			return PATH_OK;
		t = tunnel_from(n, cur, at, &idx);
		if (!t)
			return end ? PATH_GAP : (steps ? PATH_OK : PATH_GAP);
		if (++steps > active)
			return PATH_LOOP;
		if (out)
			g_ptr_array_add(out, (gpointer)(uintptr_t)t);
		cur = t->to;
	}
}

/* Home, transit or local after the registration the tunnel serves (2.5). */
enum reg_role tunnel_kind(const struct analysis *a, const struct node *n,
			  const struct tunnel *t, cap_time at)
{
	const struct chains *chains = chains_at(a, n, at);
	enum reg_role role = is_home_agent(a, n, t->from) ? ROLE_HOME : ROLE_TRANSIT;
	bool found = false;

	for (guint i = 0; i < chains->len && !found; i++) {
		const struct chain *c = &chains->chain[i];
		for (guint k = 0; k < c->len; k++) {
			const struct registration *r = c->links[k];
			if (r->parent_coa == t->from && r->child_coa == t->to) {
				role = c->roles[k];
				found = true;
				break;
			}
		}
	}
	return role;
}
