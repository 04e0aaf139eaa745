/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * DREMIP registration chains (analysis.md 1, draft 2.2-2.5): registrations
 * link when the child care-of address of the later equals the parent care-of
 * address of the earlier; a chain runs foreign agent -> local -> transit* ->
 * home.  Each registration is an entry of its registrar's cache (6.1).
 */
#include <string.h>

#include "analysis.h"
#include "chain.h"
#include "node.h"
#include "small_vec.h"
#include "topology.h"

const char *reg_role_name(enum reg_role role)
{
	switch (role) {
	case ROLE_LOCAL: return "local";
	case ROLE_TRANSIT: return "transit";
	case ROLE_HOME: return "home";
	}
	return "?";
}

bool registration_active(const struct registration *r, cap_time at)
{
	return r->accepted_at <= at && at < r->expires_at;
}

static struct mipx_addr v4(uint32_t a)
{
	return mipx_addr_v4(a);
}

/*
 * The home agent: from the topology when there is one; otherwise the
 * registrar of an RFC 3344 (R bit clear) registration of this node, or an
 * address on the home address's /24 (the usual lab and sample layout; the
 * topology file exists for anything else).
 */
bool is_home_agent(const struct analysis *a, const struct node *n, uint32_t addr)
{
	const struct topology *topo = a->opt.topology;

	if (!addr)
		return false;
	if (topo) {
		struct mipx_addr x = v4(addr);
		const struct topo_prefix *p = topology_home_prefix(topo, &n->home);
		const struct topo_entity *e = topology_entity(topo, &x);

		if (p && p->home_agent.family)
			return mipx_addr_equal(&p->home_agent, &x);
		return e && e->role == TOPO_HOME_AGENT && p && e->domain == p->domain;
	}
	for (guint i = 0; i < NODE_NREG(n); i++) {
		const struct registration *r =
			NODE_REG(n, i);
		if (!r->rbit && r->registrar == addr)
			return true;
	}
	return n->home.family == 4 && addr != 0 &&
	       (addr >> 8) == (((uint32_t)n->home.bytes[0] << 16 |
				(uint32_t)n->home.bytes[1] << 8 |
				n->home.bytes[2]));
}

/* The node's home registration server (draft 2.3, 8.2). */
bool is_home_server(const struct analysis *a, const struct node *n, uint32_t addr)
{
	const struct topology *topo = a->opt.topology;

	if (topo) {
		struct mipx_addr x = v4(addr);
		const struct topo_prefix *p = topology_home_prefix(topo, &n->home);
		const struct topo_entity *e = topology_entity(topo, &x);

		if (!p)
			return false;
		if (p->server.family)
			return mipx_addr_equal(&p->server, &x);
		return e && e->role == TOPO_SERVER && e->domain == p->domain;
	}
	return is_home_agent(a, n, addr);
}

const struct registration *registration_by_registrar(const struct node *n, uint32_t registrar,
						     cap_time at)
{
	for (guint i = 0; i < NODE_NREG(n); i++) {
		const struct registration *r =
			NODE_REG(n, i);
		if (r->registrar == registrar && registration_active(r, at))
			return r;
	}
	return NULL;
}

const struct registration *registration_by_parent(const struct node *n, uint32_t parent,
						  cap_time at)
{
	const struct registration *best = NULL;

	for (guint i = 0; i < NODE_NREG(n); i++) {
		const struct registration *r =
			NODE_REG(n, i);
		if (r->parent_coa == parent && parent && registration_active(r, at) &&
		    (!best || r->accepted_at >= best->accepted_at))
			best = r;
	}
	return best;
}

/*
 * A registrar keeps one entry per node and role (6.1): an accepted
 * re-registration replaces it, an accepted lifetime 0 removes it.
 */
void registration_accept(struct analysis *a, struct node *n,
			 const struct registration *r)
{
	chain_cache_forget(a, n);
	if (!NODE_IS4(n))
		return; /* registrations name IPv4 nodes only */
	for (guint i = NODE_NREG(n); i-- > 0;) {
		const struct registration *old = NODE_REG(n, i);
		if (old->registrar == r->registrar)
			SMALL_VEC_REMOVE(&NODE4(n)->registrations, i);
	}
	if (r->granted && node_room(a, n, LIMIT_REGISTRATIONS, NODE_NREG(n))) {
		*SMALL_VEC_PUSH(&NODE4(n)->registrations) = *r;
		node_prune_by(n, r->expires_at);
	}
}

void registration_route_enabled(struct node *n, const struct tunnel *t, cap_time at)
{
	const struct registration *r = registration_by_parent(n, t->from, at);

	/* the one registration of n that r points into */
	if (r && r->child_coa == t->to)
		NODE_REG(n, (guint)(r - NODE_REG(n, 0)))->awaiting_route = false;
}

cap_time registrations_prune(struct analysis *a, struct node *n, cap_time now)
{
	cap_time next = CAP_NEVER;

	for (guint i = NODE_NREG(n); i-- > 0;) {
		cap_time at = NODE_REG(n, i)->expires_at;

		if (at <= now) {
			SMALL_VEC_REMOVE(&NODE4(n)->registrations, i);
			chain_cache_forget(a, n);
		} else if (at < next) {
			next = at;
		}
	}
	return next;
}

static bool reaches_home(const struct analysis *a, const struct node *n,
			 const struct registration *r)
{
	return is_home_agent(a, n, r->parent_coa) ||
	       is_home_agent(a, n, r->registrar) ||
	       is_home_server(a, n, r->registrar);
}

static enum reg_role topo_role(const struct analysis *a, const struct node *n,
			       const struct registration *r, uint32_t fa)
{
	const struct topology *topo = a->opt.topology;
	struct mipx_addr reg = v4(r->registrar), foreign = v4(fa);
	int dom = topology_domain_of(topo, &reg);

	if (reaches_home(a, n, r))
		return ROLE_HOME;
	if (dom >= 0 && dom == topology_domain_of(topo, &foreign))
		return ROLE_LOCAL;
	return ROLE_TRANSIT;
}

/* The cache's buffers, grown to hold `regs` registrations and `links`
 * links (never shrunk: the next node likely needs as much). */
static void reserve(struct chain_cache *cc, guint regs, guint links)
{
	if (regs > cc->reg_cap) {
		cc->reg_cap = MAX(regs, cc->reg_cap * 2);
		cc->chain = g_renew(struct chain, cc->chain, cc->reg_cap);
		cc->used = g_renew(bool, cc->used, cc->reg_cap);
	}
	if (links > cc->link_cap) {
		cc->link_cap = MAX(links, cc->link_cap * 2);
		cc->link = g_renew(const struct registration *, cc->link, cc->link_cap);
		cc->role = g_renew(enum reg_role, cc->role, cc->link_cap);
	}
}

/* The chain starting at registration `i`, its links appended to the cache's
 * link buffer from `first` on; returns the number of links. */
static guint chain_walk(const struct analysis *a, const struct node *n, cap_time at,
			struct chain_cache *cc, guint i, guint first)
{
	guint len = NODE_NREG(n), m = 0;
	const struct registration *cur = NODE_REG(n, i);

	memset(cc->used, 0, sizeof(bool) * len);
	cc->used[i] = true;
	cc->link[first + m++] = cur;
	while (cur->rbit && cur->parent_coa && !reaches_home(a, n, cur)) {
		const struct registration *next = NULL;
		guint next_i = 0;

		for (guint j = 0; j < len; j++) {
			const struct registration *o = NODE_REG(n, j);
			if (!cc->used[j] && registration_active(o, at) && o->rbit &&
			    o->child_coa == cur->parent_coa &&
			    (!next || o->accepted_at >= next->accepted_at)) {
				next = o;
				next_i = j;
			}
		}
		if (!next)
			break;
		cc->used[next_i] = true;
		cc->link[first + m++] = next;
		cur = next;
	}
	return m;
}

static void chains_build(const struct analysis *a, const struct node *n, cap_time at,
			 struct chain_cache *cc)
{
	guint len = NODE_NREG(n), nchains = 0, nlinks = 0;

	/* a chain has at most `len` links (each registration once), and at
	 * most `len` chains start: room for all before any pointer is taken */
	reserve(cc, MAX(len, 1), 0);
	for (guint i = 0; i < len; i++) {
		const struct registration *r = NODE_REG(n, i);
		bool linked_from = false;

		if (!registration_active(r, at))
			continue;
		/* a chain starts where no other registration hands over to it */
		for (guint j = 0; j < len; j++) {
			const struct registration *o = NODE_REG(n, j);
			if (j != i && registration_active(o, at) && o->parent_coa &&
			    o->parent_coa == r->child_coa && r->rbit && o->rbit)
				linked_from = true;
		}
		if (linked_from)
			continue;

		reserve(cc, 0, nlinks + len);
		guint first = nlinks, m = chain_walk(a, n, at, cc, i, first);
		const struct registration *head = cc->link[first];
		const struct registration *last = cc->link[first + m - 1];
		for (guint k = 0; k < m; k++) {
			const struct registration *x = cc->link[first + k];
			enum reg_role *role = &cc->role[first + k];
			if (a->opt.topology)
				*role = topo_role(a, n, x, head->child_coa);
			else if (k == m - 1 && reaches_home(a, n, x))
				*role = ROLE_HOME;
			else if (k == 0)
				*role = ROLE_LOCAL;
			else
				*role = ROLE_TRANSIT;
		}
		/* an RFC 3344 registration is a one-link chain to the home agent */
		cc->chain[nchains++] = (struct chain){
			.links = NULL, /* set below: the link buffer may still move */
			.len = m,
			.complete = head->child_coa != 0 &&
				    (!last->rbit || (last->parent_coa && reaches_home(a, n, last))),
		};
		nlinks += m;
	}
	for (guint c = 0, at_link = 0; c < nchains; at_link += cc->chain[c++].len) {
		cc->chain[c].links = cc->link + at_link;
		cc->chain[c].roles = cc->role + at_link;
	}
	cc->result = (struct chains){ .chain = cc->chain, .len = nchains };
}

struct chain_cache *chain_cache_new(void)
{
	return g_new0(struct chain_cache, 1);
}

void chain_cache_free(struct chain_cache *cache)
{
	if (!cache)
		return;
	g_free(cache->chain);
	g_free(cache->link);
	g_free(cache->role);
	g_free(cache->used);
	g_free(cache);
}

void chain_cache_forget(const struct analysis *a, const struct node *n)
{
	if (a->chains->node == n)
		a->chains->node = NULL;
}

/* Several checks and every report ask for the same node's chains at the
 * same time: they are built once. */
const struct chains *chains_at(const struct analysis *a, const struct node *n, cap_time at)
{
	struct chain_cache *cache = a->chains;

	if (cache->node == n && cache->at == at)
		return &cache->result;
	chains_build(a, n, at, cache);
	cache->node = n;
	cache->at = at;
	return &cache->result;
}
