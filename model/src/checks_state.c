/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The STATE-scope checks of analysis.md section 2: those that need the
 * rebuilt model.  One small function per check, all in one table with the
 * events each one looks at.  Message and pair checks are the shared rules
 * (checks/message_rules.h), not here.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "analysis.h"
#include "binding_cache.h"
#include "cap_time.h"
#include "chain.h"
#include "checks_state.h"
#include "exchange.h"
#include "finding.h"
#include "frame_list.h"
#include "rbit.h"
#include "receivers.h"
#include "topology.h"
#include "tunnel.h"

static const char *ip4(uint32_t a, char buf[16])
{
	return mipx_ipv4_str(a, buf);
}

/* A verdict about `node` (NULL: the node of the event), its text formatted
 * only when the store keeps it: returns it, to add to. */
static struct state_verdict *verdict_add(struct state_verdicts *out, enum mipx_check_id id,
					 const struct mipx_addr *node,
					 const struct frame_list *frames, const char *fmt, ...)
	G_GNUC_PRINTF(5, 6);
static struct state_verdict *verdict_add(struct state_verdicts *out, enum mipx_check_id id,
					 const struct mipx_addr *node,
					 const struct frame_list *frames, const char *fmt, ...)
{
	struct state_verdict *v;

	g_array_set_size(out->v, out->v->len + 1);
	v = &g_array_index(out->v, struct state_verdict, out->v->len - 1);
	memset(v, 0, sizeof(*v));
	v->check = id;
	if (node)
		v->node = *node;
	if (frames)
		v->frames = *frames;
	v->binding = -1;
	if (out->store->kept[id] < FINDINGS_KEPT) {
		va_list ap;

		va_start(ap, fmt);
		vsnprintf(v->text, sizeof(v->text), fmt, ap);
		va_end(ap);
	}
	return v;
}

/* The first time `id` judges the exchange's request (copies: not again). */
static bool once_per_exchange(const struct state_ctx *c, struct state_verdicts *out,
			      enum mipx_check_id id)
{
	uint64_t bit = UINT64_C(1) << id;

	if (!c->ex || ((c->ex->fired | out->judged) & bit))
		return false;
	out->judged |= bit;
	return true;
}

static bool lifetime_le(uint16_t x, uint16_t y)
{
	return x <= y; /* 0xffff, infinity, is the largest value anyway */
}

static void lifetime_str(uint16_t l, char out[16])
{
	if (l == MIPX_LIFETIME_INFINITE)
		snprintf(out, 16, "infinity");
	else
		snprintf(out, 16, "%u s", l);
}

/* The pending or latest request of the node's registration through care_of. */
static const struct reg_attempt *recent_request(const struct node *n, uint32_t care_of,
						bool pending)
{
	const struct reg_attempt *best = NULL;

	if (!NODE_IS4(n))
		return NULL;
	for (unsigned i = 0; i < NODE_RECENT; i++) {
		const struct reg_attempt *r = &NODE4(n)->recent[i];
		if (r->used && r->care_of == care_of && (!pending || !r->answered) &&
		    (!best || r->at >= best->at))
			best = r;
	}
	return best;
}

static bool rbit_request(const struct state_ctx *c);

/* ---- DREMIP ---- */

/* 2.8, 8.3: local <= transit <= home lifetimes along one chain. */
static void check_lt_order(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct chains *chains = chains_at(c->a, c->n, c->at);

	for (guint i = 0; i < chains->len; i++) {
		const struct chain *ch = &chains->chain[i];
		for (guint k = 0; k + 1 < ch->len; k++) {
			const struct registration *x = ch->links[k];
			const struct registration *y = ch->links[k + 1];
			struct frame_list f;
			char lx[16], ly[16];

			if (lifetime_le(x->granted, y->granted))
				continue;
			frame_list_of_few(&f, &x->frames);
			frame_list_merge(&f, &y->frames);
			lifetime_str(x->granted, lx);
			lifetime_str(y->granted, ly);
			verdict_add(out, MIPX_DRM_LT_ORDER, NULL, &f,
				    "%s registration holds %s but the %s registration after it only %s",
				    reg_role_name(ch->roles[k]), lx,
				    reg_role_name(ch->roles[k + 1]), ly);
		}
	}
}

/* 6.4: the server copies the registration's lifetime into the Route Request. */
static void check_lt_route_copy(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct reg_attempt *reg = recent_request(c->n, c->ex->next_hop, false);
	struct frame_list f = { 0 };
	char lr[16], lg[16];

	if (!reg || c->ex->lifetime == 0 || reg->lifetime == c->ex->lifetime)
		return;
	frame_list_add(&f, frame_slot_ref(reg->first));
	frame_list_merge(&f, &c->ex->request_frames);
	lifetime_str(c->ex->lifetime, lr);
	lifetime_str(reg->lifetime, lg);
	verdict_add(out, MIPX_DRM_LT_ROUTE_COPY, NULL, &f,
		    "Route Request asks %s, the registration through %s asked %s",
		    lr, ip4(reg->care_of, (char[16]){0}), lg);
}

static void lt_tunnel_report(const struct state_ctx *c, struct state_verdicts *out, const struct tunnel *t,
			     const struct registration *r)
{
	struct frame_list f;
	char lt[16], lr[16];

	/* half a second of slack: the reply and the Route Reply are not
	 * sent in the same microsecond */
	if (r->expires_at == CAP_NEVER || t->expires_at <= r->expires_at + CAP_SEC / 2)
		return;
	frame_list_of_few(&f, &r->frames);
	frame_list_merge(&f, &t->frames);
	lifetime_str(t->granted, lt);
	lifetime_str(r->granted, lr);
	verdict_add(out, MIPX_DRM_LT_TUNNEL, NULL, &f,
		    "tunnel %s -> %s granted %s outlives its registration (%s, %s s left)",
		    ip4(t->from, (char[16]){0}), ip4(t->to, (char[16]){0}), lt, lr,
		    cap_secs(r->expires_at - c->at, 0, (char[32]){0}));
}

/* 6.5: without previous-agent notification a tunnel must not outlive the
 * registration it serves.  Judged when the later of the two is known. */
static void check_lt_tunnel(const struct state_ctx *c, struct state_verdicts *out)
{
	if (c->event == EV_ROUTE_REPLY) {
		const struct tunnel *t = c->tunnel;
		const struct registration *r;

		if (recent_request(c->n, t->to, true))
			return; /* its registration is still being answered */
		r = registration_by_parent(c->n, t->from, c->at);
		if (r && r->child_coa == t->to)
			lt_tunnel_report(c, out, t, r);
	} else {
		const struct registration *r = c->reg;
		const struct tunnel *t;

		if (!r->granted || !r->parent_coa)
			return;
		t = tunnel_find(c->n, r->parent_coa, r->child_coa);
		if (t && tunnel_active(t, c->at))
			lt_tunnel_report(c, out, t, r);
	}
}

/* The node's registration that the request's care-of address comes from:
 * the relay's own binding (6.3). */
static const struct registration *relay_binding(const struct state_ctx *c)
{
	const struct registration *r = registration_by_parent(c->n, c->ex->care_of, c->at);

	return r && r->registrar != c->ex->registrar ? r : NULL;
}

/* 6.3 (informative: 2.8 asks the opposite, see analysis.md). */
static void check_lt_relay(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct registration *r;
	struct frame_list f;
	char lq[16], lb[16];

	if (!rbit_request(c) || !once_per_exchange(c, out, MIPX_DRM_LT_RELAY))
		return;
	r = relay_binding(c);
	if (!r || lifetime_le(c->ex->lifetime, r->granted))
		return;
	frame_list_of_few(&f, &r->frames);
	frame_list_merge(&f, &c->ex->request_frames);
	lifetime_str(c->ex->lifetime, lq);
	lifetime_str(r->granted, lb);
	verdict_add(out, MIPX_DRM_LT_RELAY, NULL, &f,
		    "request relayed by %s asks %s, the relay's own binding holds %s",
		    ip4(r->registrar, (char[16]){0}), lq, lb);
}

static void check_no_reply(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct exchange *ex = c->ex;
	struct mipx_addr node;

	if (c->a->cut_unmodelled)
		return; /* its reply may be among the frames cut unreadable */
	if (ex->key.kind == EXCH_ROUTE) {
		node = mipx_addr_v4(ex->destination);
		verdict_add(out, MIPX_DRM_NO_REPLY, &node, &ex->request_frames,
			    "Route Request to %s (next hop %s, id low 0x%08x) never answered",
			    ip4(ex->agent, (char[16]){0}), ip4(ex->next_hop, (char[16]){0}),
			    (unsigned)(uint32_t)ex->identification);
	} else if (ex->key.kind == EXCH_REG) {
		node = mipx_addr_v4(ex->home);
		verdict_add(out, MIPX_DRM_NO_REPLY, &node, &ex->request_frames,
			    "Registration Request to %s (id 0x%016llx) never answered",
			    ip4(ex->registrar, (char[16]){0}),
			    (unsigned long long)ex->identification);
	}
}

static void check_orphan_reply(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct mipx_mip4_msg *m = &c->p->msg.mip4;

	if (c->a->cut_unmodelled)
		return; /* its request may be among the frames cut unreadable */
	verdict_add(out, MIPX_DRM_ORPHAN_REPLY, NULL, &c->ex->reply_frames,
		    "%s (id 0x%016llx) answers no request in the capture",
		    mipx_mip4_type_name(m->type), (unsigned long long)m->identification);
}

/* 6.2: a registrar that already binds the node hands out the same parent. */
static void check_coa_unstable(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct registration *r = c->reg;
	const struct registration *old = registration_by_registrar(c->n, r->registrar, c->at);
	struct frame_list f;

	if (!old || !r->granted || !r->rbit || !old->parent_coa || !r->parent_coa ||
	    old->parent_coa == r->parent_coa)
		return;
	frame_list_of_few(&f, &old->frames);
	frame_list_merge(&f, &r->frames);
	verdict_add(out, MIPX_DRM_COA_UNSTABLE, NULL, &f,
		    "registrar %s gave parent care-of %s, then %s while still bound",
		    ip4(r->registrar, (char[16]){0}), ip4(old->parent_coa, (char[16]){0}),
		    ip4(r->parent_coa, (char[16]){0}));
}

static bool is_server(const struct analysis *a, uint32_t addr)
{
	if (a->opt.topology) {
		struct mipx_addr x = mipx_addr_v4(addr);
		const struct topo_entity *e = topology_entity(a->opt.topology, &x);
		return e && e->role == TOPO_SERVER;
	}
	return addr && (g_hash_table_contains(a->servers, GUINT_TO_POINTER(addr)) ||
			g_hash_table_contains(a->rs_adverts, GUINT_TO_POINTER(addr)));
}

static uint32_t v4_of(const struct mipx_addr *x)
{
	return x->family == 4 ? (uint32_t)x->bytes[0] << 24 | (uint32_t)x->bytes[1] << 16 |
					(uint32_t)x->bytes[2] << 8 | x->bytes[3]
			      : 0;
}

static bool rbit_request(const struct state_ctx *c)
{
	return rbit_reads_r(c->a, c->ex->flags);
}

/*
 * The sender of this copy relays it as a registration server: it is not the
 * registrar, and it is known to act as a server (advertised in extension 81,
 * registrar of a DREMIP request, sender of Route Requests, or named so in the
 * topology).  A foreign agent relays as in RFC 3344 and is none of these.
 */
static bool server_relays(const struct state_ctx *c, uint32_t src)
{
	const struct mipx_mip4_msg *m = &c->p->msg.mip4;

	if (!src || src == m->registrar || src == m->home_address)
		return false;
	return is_server(c->a, src);
}

/* 6.3, 8.2: copies relayed by a server carry 85; a node's request handed to
 * a server that relays it carries 84. */
static void check_auth_relay(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct mipx_mip4_msg *m = &c->p->msg.mip4;
	uint32_t src = v4_of(&c->p->frame.src), dst = v4_of(&c->p->frame.dst);
	struct frame_list here = { 0 };

	/* a request cut by the capture may carry them in what was lost */
	if (!rbit_request(c) || (m->notes & MIPX_NOTE_CUT))
		return;
	frame_list_add(&here, c->a->ref);
	if (server_relays(c, src) &&
	    !mipx_mip4_find_ext(m, MIPX_EXT_SERVER_SERVER_AUTH) &&
	    once_per_exchange(c, out, MIPX_DRM_AUTH_RELAY))
		verdict_add(out, MIPX_DRM_AUTH_RELAY, NULL, &here,
			    "request relayed by server %s to %s without Server-Server Authentication",
			    ip4(src, (char[16]){0}), ip4(dst, (char[16]){0}));
	else if ((src == m->home_address || !src) && dst != m->registrar &&
		 dst != m->care_of && is_server(c->a, dst) &&
		 !mipx_mip4_find_ext(m, MIPX_EXT_MOBILE_SERVER_AUTH) &&
		 once_per_exchange(c, out, MIPX_DRM_AUTH_RELAY))
		verdict_add(out, MIPX_DRM_AUTH_RELAY, NULL, &here,
			    "request sent through server %s to registrar %s without Mobile-Server Authentication",
			    ip4(dst, (char[16]){0}), ip4(m->registrar, (char[16]){0}));
}

/* 6.3: a relay MUST already be the registrar of the node's local binding. */
static void check_relay_unbound(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct mipx_mip4_msg *m = &c->p->msg.mip4;
	uint32_t src = v4_of(&c->p->frame.src);
	struct frame_list here = { 0 };

	if (!rbit_request(c) || !server_relays(c, src) ||
	    registration_by_registrar(c->n, src, c->at) ||
	    !once_per_exchange(c, out, MIPX_DRM_RELAY_UNBOUND))
		return;
	frame_list_add(&here, c->a->ref);
	verdict_add(out, MIPX_DRM_RELAY_UNBOUND, NULL, &here,
		    "server %s relays a request to %s but holds no binding for the node",
		    ip4(src, (char[16]){0}), ip4(m->registrar, (char[16]){0}));
}

/* 6.2: the registrar waits for the care-of agent's positive Route Reply
 * (the driver then marks the registration as no longer awaiting it). */
static void check_reply_before_route(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct tunnel *t = c->tunnel;
	const struct registration *r = registration_by_parent(c->n, t->from, c->at);
	struct frame_list f;

	if (!r || r->child_coa != t->to || !r->awaiting_route)
		return;
	frame_list_of_few(&f, &r->frames);
	frame_list_merge(&f, &t->frames);
	verdict_add(out, MIPX_DRM_REPLY_BEFORE_ROUTE, NULL, &f,
		    "registrar %s accepted the registration %s s before the Route Reply from %s",
		    ip4(r->registrar, (char[16]){0}),
		    cap_secs(c->at - r->accepted_at, 3, (char[32]){0}),
		    ip4(t->from, (char[16]){0}));
}

static void check_chain_incomplete(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct chains *chains = chains_at(c->a, c->n, c->at);
	bool away = false, complete = false;
	struct frame_list f = { 0 };

	if (c->n->cut_coa)
		return; /* a parent care-of address may be in a cut reply's lost tail */

	for (guint i = 0; i < chains->len; i++) {
		const struct chain *ch = &chains->chain[i];
		complete |= ch->complete;
		for (guint k = 0; k < ch->len; k++) {
			const struct registration *r = ch->links[k];
			away |= r->rbit;
			frame_list_merge(&f, &r->frames);
		}
	}
	if (away && !complete)
		verdict_add(out, MIPX_DRM_CHAIN_INCOMPLETE, NULL, &f,
			    "no registration chain reaches the home agent");
}

/* The home agent and foreign agent a complete chain names, if any. */
static void chain_ends(const struct state_ctx *c, uint32_t *ha, uint32_t *fa)
{
	const struct chains *chains = chains_at(c->a, c->n, c->at);

	*ha = *fa = 0;
	for (guint i = 0; i < chains->len; i++) {
		const struct chain *ch = &chains->chain[i];
		const struct registration *first = ch->links[0];
		const struct registration *last =
			ch->links[ch->len - 1];
		if (!*fa || ch->complete)
			*fa = first->child_coa;
		if (ch->complete) {
			*ha = last->parent_coa;
			break;
		}
	}
}

static void tunnel_frames(const struct node *n, cap_time at, struct frame_list *f)
{
	for (guint i = 0; i < NODE_NTUN(n); i++) {
		const struct tunnel *t = NODE_TUN(n, i);
		if (tunnel_active(t, at))
			frame_list_merge(f, &t->frames);
	}
}

static void check_tunnel_gap(const struct state_ctx *c, struct state_verdicts *out)
{
	uint32_t ha, fa;
	struct frame_list f = { 0 };

	chain_ends(c, &ha, &fa);
	if (tunnel_path(c->n, c->at, ha, fa, NULL) != PATH_GAP)
		return;
	tunnel_frames(c->n, c->at, &f);
	verdict_add(out, MIPX_DRM_TUNNEL_GAP, NULL, &f,
		    "enabled tunnels do not lead from %s to the foreign agent %s",
		    ha ? ip4(ha, (char[16]){0}) : "the first tunnel",
		    fa ? ip4(fa, (char[16]){0}) : "(unknown)");
}

static void check_tunnel_loop(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct node *n = c->n;
	struct frame_list f = { 0 };
	guint active = 0;

	for (guint i = 0; i < NODE_NTUN(n); i++)
		active += tunnel_active(NODE_TUN(n, i), c->at);
	for (guint i = 0; i < NODE_NTUN(n); i++) {
		const struct tunnel *t = NODE_TUN(n, i);
		uint32_t cur = t->to;

		if (!tunnel_active(t, c->at))
			continue;
		for (guint steps = 0; steps < active; steps++) {
			const struct tunnel *next = NULL;
			if (cur == t->from) {
				tunnel_frames(n, c->at, &f);
				verdict_add(out, MIPX_DRM_TUNNEL_LOOP, NULL, &f,
					    "enabled tunnels cycle through %s",
					    ip4(t->from, (char[16]){0}));
				return;
			}
			for (guint j = 0; j < NODE_NTUN(n) && !next; j++) {
				const struct tunnel *o =
					NODE_TUN(n, j);
				if (tunnel_active(o, c->at) && o->from == cur)
					next = o;
			}
			if (!next)
				break;
			cur = next->to;
		}
	}
}

/* 4.1: an entry lifetime of 0 means the server takes no more mobile nodes. */
static void check_rs_withdrawn(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct rs_advert *adv;
	struct frame_list f = { 0 };

	if (c->ex->request_frames.count != 1 || c->ex->request_frames.dropped)
		return; /* first copy only */
	adv = g_hash_table_lookup(c->a->rs_adverts, GUINT_TO_POINTER(c->ex->registrar));
	if (!adv)
		return;
	if (adv->lifetime != 0 &&
	    (adv->lifetime == MIPX_LIFETIME_INFINITE ||
	     cap_add(adv->advertised_at, adv->lifetime) >= c->at))
		return;
	frame_list_add(&f, adv->ref);
	frame_list_merge(&f, &c->ex->request_frames);
	verdict_add(out, MIPX_DRM_RS_WITHDRAWN, NULL, &f,
		    adv->lifetime == 0 ? "registers with %s, which advertised lifetime 0"
				       : "registers with %s, whose advertised lifetime expired",
		    ip4(c->ex->registrar, (char[16]){0}));
}

/* ---- MCoA and RFC 5648 ---- */

static const char *ip6(const struct mipx_addr *a, char out[46])
{
	return mipx_addr_str(a, out);
}

/* 3, 4: exactly one primary (IFPRI 0) among a receiver's bindings. */
static void check_no_primary(const struct state_ctx *c, struct state_verdicts *out)
{
	for (guint i = 0; i < NODE_NBIND(c->n); i++) {
		const struct binding *b = NODE_BIND(c->n, i);
		struct frame_list f = { 0 };
		unsigned primaries = 0, total = 0;
		bool seen_before = false;

		if (b->key_kind != BKEY_IFID || !binding_active(b, c->at))
			continue;
		for (guint j = 0; j < i; j++) {
			const struct binding *o = NODE_BIND(c->n, j);
			if (o->key_kind == BKEY_IFID && binding_active(o, c->at) &&
			    o->receiver == b->receiver)
				seen_before = true;
		}
		if (seen_before)
			continue;
		for (guint j = i; j < NODE_NBIND(c->n); j++) {
			const struct binding *o = NODE_BIND(c->n, j);
			if (o->key_kind == BKEY_IFID && binding_active(o, c->at) &&
			    o->receiver == b->receiver) {
				total++;
				primaries += o->priority == 0;
				frame_list_merge(&f, &o->frames);
			}
		}
		if (primaries != 1)
			verdict_add(out, MIPX_MCOA_NO_PRIMARY, NULL, &f,
				    "%u bindings at %s, %u of them primary (IFPRI 0)",
				    total, ip6(receiver_addr(c->a, b->receiver), (char[46]){0}),
				    primaries);
	}
}

static void check_ifid_shared(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct bu_update *u = c->bu;
	bool same = false, shared = false;
	uint32_t rcv, other = 0;

	/* the uses before this BU (the driver notes its own after) */
	if (!u->coainfo || NODE_IS4(c->n))
		return;
	rcv = receiver_find(&c->a->receivers, &u->receiver);
	for (guint i = 0; i < NODE6(c->n)->ifid_receivers.len; i++) {
		const struct ifid_use *x = &SMALL_VEC_DATA(NODE6(c->n)->ifid_receivers)[i];
		if (x->ifid != u->ifid)
			continue;
		if (x->receiver == rcv) {
			same = true;
		} else {
			other = x->receiver;
			shared = true;
		}
	}
	if (!same && shared)
		verdict_add(out, MIPX_MCOA_IFID_SHARED, NULL, &c->ex->request_frames,
			    "IFID %u sent to %s and to %s", u->ifid,
			    ip6(&u->receiver, (char[46]){0}),
			    ip6(receiver_addr(c->a, other), (char[46]){0}));
}

static void check_dereg_all(const struct state_ctx *c, struct state_verdicts *out)
{
	if (c->bu->lifetime == 0 && !c->bu->coainfo && !c->bu->bid && c->removed >= 2)
		verdict_add(out, MIPX_MCOA_DEREG_ALL, NULL, &c->ex->request_frames,
			    "deregistration without CoAINFO removed %d bindings at %s",
			    c->removed, ip6(&c->bu->receiver, (char[46]){0}));
}

/* 4, 7.8: back home, the correspondent nodes' bindings should go too.  The
 * node deregisters with them after its home agent, so this is judged on the
 * state at the time asked. */
static void check_home_stale(const struct state_ctx *c, struct state_verdicts *out)
{
	struct frame_list f;
	unsigned stale = 0;
	uint32_t ha;

	if (!c->n->home_dereg || NODE_IS4(c->n))
		return;
	ha = NODE6(c->n)->home_agent6;
	frame_list_of_few(&f, &NODE6(c->n)->home_dereg_frames);
	for (guint i = 0; i < NODE_NBIND(c->n); i++) {
		const struct binding *b = NODE_BIND(c->n, i);
		if (!b->home && binding_active(b, c->at) && b->receiver != ha) {
			stale++;
			frame_list_merge(&f, &b->frames);
		}
	}
	if (stale)
		verdict_add(out, MIPX_MCOA_HOME_STALE, NULL, &f,
			    "deregistered at home agent %s; %u bindings remain at correspondent nodes",
			    ip6(receiver_addr(c->a, ha), (char[46]){0}), stale);
}

static bool seq_after(uint16_t a, uint16_t b)
{
	return (int16_t)(uint16_t)(a - b) > 0; /* RFC 6275 9.5.1, modulo 2^16 */
}

static void check_seq(const struct state_ctx *c, struct state_verdicts *out)
{
	const struct bu_update *u = c->bu;
	enum binding_key kind = u->bid ? BKEY_BID : u->coainfo ? BKEY_IFID : BKEY_NONE;
	uint16_t key = u->bid ? u->bid_value : u->coainfo ? u->ifid : 0;
	uint32_t rcv = receiver_find(&c->a->receivers, &u->receiver);

	/* RFC 5213 5.5: with timestamps the sequence number orders nothing */
	if (u->timestamp)
		return;
	for (guint i = 0; i < NODE_NBIND(c->n); i++) {
		const struct binding *b = NODE_BIND(c->n, i);
		struct frame_list f;

		if (b->receiver != rcv ||
		    (kind != BKEY_NONE && (b->key_kind != kind || b->key != key)))
			continue;
		if (seq_after(u->sequence, b->sequence))
			continue;
		frame_list_of_few(&f, &b->frames);
		frame_list_merge(&f, &c->ex->request_frames);
		verdict_add(out, MIPX_MCOA_SEQ, NULL, &f,
			    "BU sequence %u does not follow %u of the binding at %s",
			    u->sequence, b->sequence, ip6(&u->receiver, (char[46]){0}));
		return;
	}
}

static void check_after_be(const struct state_ctx *c, struct state_verdicts *out)
{
	uint32_t rcv;

	if (!c->bu->coainfo || NODE_IS4(c->n) || !NODE6(c->n)->be_receivers.len)
		return;
	rcv = receiver_find(&c->a->receivers, &c->bu->receiver);
	for (guint i = 0; i < NODE6(c->n)->be_receivers.len; i++)
		if (SMALL_VEC_DATA(NODE6(c->n)->be_receivers)[i] == rcv) {
			verdict_add(out, MIPX_MCOA_AFTER_BE, &c->n->home,
				    &c->ex->request_frames,
				    "CoAINFO sent again to %s after its Binding Error status 2",
				    ip6(&c->bu->receiver, (char[46]){0}));
			return;
		}
}

static void expired_report(const struct state_ctx *c, struct state_verdicts *out,
			   unsigned i, const char *how)
{
	const struct binding *b = NODE_BIND(c->n, i);
	struct frame_list f, here = { 0 };

	frame_list_of_few(&f, &b->frames);
	frame_list_add(&here, c->a->ref);
	frame_list_merge(&f, &here);
	verdict_add(out, MIPX_MCOA_EXPIRED, NULL, &f,
		    "binding at %s expired %s s before %s",
		    ip6(receiver_addr(c->a, b->receiver), (char[46]){0}),
		    cap_secs(c->at - b->expires_at, 0, (char[32]){0}), how)->binding = (int)i;
}

/* A binding lapsed while the node kept using it: a late refresh, or other
 * mobility signalling from the care-of address it bound. */
static void check_expired(const struct state_ctx *c, struct state_verdicts *out)
{
	if (c->event == EV_BU) {
		const struct bu_update *u = c->bu;
		enum binding_key kind = u->bid ? BKEY_BID : u->coainfo ? BKEY_IFID : BKEY_NONE;
		uint16_t key = u->bid ? u->bid_value : u->coainfo ? u->ifid : 0;
		uint32_t rcv = receiver_find(&c->a->receivers, &u->receiver);
		int i = rcv == RECEIVER_NONE ? -1 : binding_index(c->n, rcv, kind, key);
		const struct binding *b = i < 0 ? NULL : NODE_BIND(c->n, i);

		if (b && !binding_active(b, c->at) && !b->expiry_noted && u->lifetime)
			expired_report(c, out, (unsigned)i, "this refresh");
		return;
	}
	for (guint i = 0; i < NODE_NBIND(c->n); i++) {
		const struct binding *b = NODE_BIND(c->n, i);
		struct mipx_addr coa = mipx_addr_v6(b->coa);

		if (!binding_active(b, c->at) && !b->expiry_noted &&
		    mipx_addr_equal(&coa, &c->p->frame.src))
			expired_report(c, out, i, "its care-of address was used again");
	}
}

/* ---- RFC 3344 5.7 replay protection ---- */

/* 5.7.1: how far a timestamp may be from the home agent's clock, by default. */
#define REPLAY_TOLERANCE_SECONDS 7
/* A request this soon after the reply that carries its predecessor's
 * high-order bits is a retransmission by a node the reply did not reach
 * (RFC 3344 3.6.3: retransmissions start after a second and back off). */
#define REPLAY_RETRY_SECONDS 10
/* After code 133, a value this close to the time the home agent gave is a
 * timestamp (a stale one, if off by more than the tolerance); farther, a
 * nonce that is not the one given. */
#define REPLAY_TIMESTAMP_RANGE 86400

/* The first copy of a node's next registration request to the home agent
 * whose latest reply (accepted, or code 133) gave its high-order 32 bits. */
static const struct replay_state *replay_to_judge(const struct state_ctx *c)
{
	const struct replay_state *r;

	if (!NODE_IS4(c->n) || !c->ex || c->ex->key.kind != EXCH_REG ||
	    c->ex->request_frames.count != 1)
		return NULL;
	r = &NODE4(c->n)->replay;
	return r->pending && r->registrar == c->ex->registrar ? r : NULL;
}

/* Each of the two checks reports its own verdict of replay_judge. */
static void replay_finding(const struct state_ctx *c, struct state_verdicts *out,
			   enum mipx_check_id running, enum mipx_check_id id,
			   const struct replay_state *r, const char *text)
{
	struct frame_list f = { 0 };

	if (id != running)
		return;
	frame_list_add(&f, r->given_ref);
	frame_list_merge(&f, &c->ex->request_frames);
	verdict_add(out, id, NULL, &f, "%s", text);
}

static void replay_judge(const struct state_ctx *c, struct state_verdicts *out,
			 enum mipx_check_id running)
{
	const struct replay_state *r = replay_to_judge(c);
	char text[MIPX_VERDICT_TEXT], ha[16];
	uint32_t high;
	int64_t off;
	bool stale;

	if (!r)
		return;
	high = (uint32_t)(c->ex->identification >> 32);
	if (high == r->asked && high != r->given &&
	    c->at - r->given_at <= REPLAY_RETRY_SECONDS * CAP_SEC)
		return;
	ip4(r->registrar, ha);
	if (r->code == MIPX_REG_ID_MISMATCH) {
		/* 5.7.1: the home agent's time, which the next timestamp
		 * follows; 5.7.2: the nonce to use next */
		int64_t expected = (int64_t)r->given + (c->at - r->given_at) / CAP_SEC;

		if (high == r->given)
			return;
		off = (int64_t)high - expected;
		if (off >= -REPLAY_TOLERANCE_SECONDS && off <= REPLAY_TOLERANCE_SECONDS &&
		    r->style != REPLAY_NONCE)
			return;
		stale = r->style == REPLAY_TIMESTAMP || r->style == REPLAY_CLOCK ||
			(r->style == REPLAY_UNKNOWN && off >= -REPLAY_TIMESTAMP_RANGE &&
			 off <= REPLAY_TIMESTAMP_RANGE);
		if (stale) {
			snprintf(text, sizeof(text),
				 "request's timestamp 0x%08x is %lld s off the time home agent %s gave with code 133 (0x%08x)",
				 (unsigned)high, (long long)off, ha, (unsigned)r->given);
			replay_finding(c, out, running, MIPX_DRM_REPLAY_STALE, r, text);
			return;
		}
	} else if (r->style == REPLAY_TIMESTAMP) {
		/* 5.7.1: timestamps only grow */
		if (high >= r->accepted_high)
			return;
		snprintf(text, sizeof(text),
			 "request's timestamp 0x%08x is older than the last one home agent %s accepted (0x%08x)",
			 (unsigned)high, ha, (unsigned)r->accepted_high);
		replay_finding(c, out, running, MIPX_DRM_REPLAY_STALE, r, text);
		return;
	} else if (high == r->given || r->style == REPLAY_CLOCK) {
		/* 5.7.1: a node on its own clock is not bound by the bits the
		 * home agent put in an accepted reply */
		return;
	} else if (r->style != REPLAY_NONCE && high != r->asked) {
		/* 5.7.2 is not shown yet: a value of the node's own is judged
		 * only once it has used a value a reply gave it; one that
		 * stands still is neither a clock nor the nonce given */
		return;
	}
	snprintf(text, sizeof(text),
		 "request carries 0x%08x in the high-order 32 bits of its identification, not the nonce 0x%08x home agent %s gave (code %u)",
		 (unsigned)high, (unsigned)r->given, ha, (unsigned)r->code);
	replay_finding(c, out, running, MIPX_DRM_REPLAY_NONCE, r, text);
}

static void check_replay_nonce(const struct state_ctx *c, struct state_verdicts *out)
{
	replay_judge(c, out, MIPX_DRM_REPLAY_NONCE);
}

static void check_replay_stale(const struct state_ctx *c, struct state_verdicts *out)
{
	replay_judge(c, out, MIPX_DRM_REPLAY_STALE);
}

struct state_check {
	enum mipx_check_id id;
	unsigned events;
	void (*fn)(const struct state_ctx *c, struct state_verdicts *out);
};

static const struct state_check state_checks[] = {
	{ MIPX_DRM_LT_ORDER, EV_SNAPSHOT, check_lt_order },
	{ MIPX_DRM_LT_ROUTE_COPY, EV_ROUTE_REQUEST, check_lt_route_copy },
	{ MIPX_DRM_LT_TUNNEL, EV_ROUTE_REPLY | EV_REG_ACCEPTED, check_lt_tunnel },
	{ MIPX_DRM_LT_RELAY, EV_REG_REQUEST, check_lt_relay },
	{ MIPX_DRM_NO_REPLY, EV_NO_REPLY, check_no_reply },
	{ MIPX_DRM_ORPHAN_REPLY, EV_ORPHAN, check_orphan_reply },
	{ MIPX_DRM_COA_UNSTABLE, EV_REG_ACCEPTED, check_coa_unstable },
	{ MIPX_DRM_AUTH_RELAY, EV_REG_REQUEST, check_auth_relay },
	{ MIPX_DRM_RELAY_UNBOUND, EV_REG_REQUEST, check_relay_unbound },
	{ MIPX_DRM_REPLY_BEFORE_ROUTE, EV_ROUTE_REPLY, check_reply_before_route },
	{ MIPX_DRM_CHAIN_INCOMPLETE, EV_SNAPSHOT, check_chain_incomplete },
	{ MIPX_DRM_TUNNEL_GAP, EV_SNAPSHOT, check_tunnel_gap },
	{ MIPX_DRM_TUNNEL_LOOP, EV_SNAPSHOT, check_tunnel_loop },
	{ MIPX_DRM_RS_WITHDRAWN, EV_REG_REQUEST, check_rs_withdrawn },
	{ MIPX_DRM_REPLAY_NONCE, EV_REG_REQUEST, check_replay_nonce },
	{ MIPX_DRM_REPLAY_STALE, EV_REG_REQUEST, check_replay_stale },
	{ MIPX_MCOA_NO_PRIMARY, EV_SNAPSHOT, check_no_primary },
	{ MIPX_MCOA_IFID_SHARED, EV_BU, check_ifid_shared },
	{ MIPX_MCOA_DEREG_ALL, EV_BU_APPLIED, check_dereg_all },
	{ MIPX_MCOA_HOME_STALE, EV_SNAPSHOT, check_home_stale },
	{ MIPX_MCOA_SEQ, EV_BU, check_seq },
	{ MIPX_MCOA_AFTER_BE, EV_BU, check_after_be },
	{ MIPX_MCOA_EXPIRED, EV_BU | EV_MH_OTHER, check_expired },
};

/*
 * The checks of each event, in table order, listed once: every message
 * raises one or two events, and walking all the table for each was a few
 * percent of the analysis.
 */
#define STATE_EVENTS 11 /* bits of enum state_event */
G_STATIC_ASSERT(EV_MH_OTHER == 1u << (STATE_EVENTS - 1));
struct event_checks {
	unsigned count;
	const struct state_check *check[G_N_ELEMENTS(state_checks)];
};

static const struct event_checks *checks_of(enum state_event event)
{
	static struct event_checks by_event[STATE_EVENTS], none;
	static gsize built;
	gint bit = g_bit_nth_lsf((gulong)event, -1);

	if (g_once_init_enter(&built)) {
		for (unsigned e = 0; e < STATE_EVENTS; e++)
			for (size_t i = 0; i < G_N_ELEMENTS(state_checks); i++)
				if (state_checks[i].events & (1u << e))
					by_event[e].check[by_event[e].count++] = &state_checks[i];
		g_once_init_leave(&built, 1);
	}
	/* one event at a time: each run raises exactly one */
	if (bit < 0 || bit >= STATE_EVENTS || (event & (event - 1u)))
		return &none;
	return &by_event[bit];
}

void state_checks_run(const struct state_ctx *ctx, struct state_verdicts *out)
{
	const struct event_checks *ec = checks_of(ctx->event);

	for (unsigned i = 0; i < ec->count; i++)
		if (check_enabled(ctx->a, ec->check[i]->id))
			ec->check[i]->fn(ctx, out);
}
