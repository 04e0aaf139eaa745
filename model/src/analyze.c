/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * From decoded packets to the model: each Mobile IP message updates its
 * exchange (request/response, copies merged), then the node's registrations,
 * tunnels or bindings, and the checks run: the shared message and pair rules
 * (checks/message_rules.h) and the state checks (checks_state.c).
 */
#include <string.h>

#include "addr.h"
#include "analysis.h"
#include "binding_cache.h"
#include "bu_apply.h"
#include "cap_time.h"
#include "chain.h"
#include "checks_state.h"
#include "checksum_gate.h"
#include "exchange.h"
#include "finding.h"
#include "frame_list.h"
#include "nemo.h"
#include "node.h"
#include "proxy.h"
#include "prune.h"
#include "rbit.h"
#include "reassembly.h"
#include "receivers.h"
#include "record.h"
#include "topology.h"
#include "tunnel.h"

/* Old exchanges are swept once per this much capture time. */
#define PRUNE_EVERY (2 * CAP_SEC)
/* Nodes with nothing left, at most once per this much: a walk over every
 * node, so it is taken only when the table grew by a quarter since the last
 * one: the walks then cost O(1) per node created, and with no new nodes
 * memory cannot grow anyway. */
#define SWEEP_EVERY (60 * CAP_SEC)
#define SWEEP_GROWTH 4
/* A sweep frees the receivers no node names any more (receivers.c) when
 * they grew by a quarter since they last were freed: it is taken then even
 * if the nodes did not grow, so that ever new correspondent nodes cannot
 * grow memory while the nodes do not.  A sweep for the nodes alone leaves
 * them (marking reads every MCoA binding).  But for no fewer new ones than
 * this: when nodes are swept decides when idle ones are dropped (and
 * counted again if they come back), so a few new receivers must not move
 * the sweeps (nor the reports) to save a few hundred octets. */
#define SWEEP_RECEIVERS_MIN 1024

static guint u32_hash(gconstpointer p)
{
	return (guint)(GPOINTER_TO_UINT(p) * 2654435761u);
}

static void exchange_release(gpointer p)
{
	exchange_unref(p);
}

struct analysis *analysis_new(const struct analysis_options *opt)
{
	struct analysis *a = g_new0(struct analysis, 1);

	a->opt = *opt;
	if (topology_has_server(opt->topology)) {
		a->dremip.shown = true;
		a->dremip.topology = true;
	}
	a->nodes = node_table_new();
	a->exchanges = exchange_table_new();
	a->latest_route = g_hash_table_new_full(u32_hash, g_direct_equal, NULL,
						exchange_release);
	a->servers = g_hash_table_new(u32_hash, g_direct_equal);
	a->rs_adverts = g_hash_table_new_full(u32_hash, g_direct_equal, NULL, g_free);
	finding_store_init(&a->found);
	a->verdicts = g_array_new(FALSE, TRUE, sizeof(struct state_verdict));
	a->care_of_nodes = coa_owner_table_new();
	a->mn_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	a->coa_epoch = 1;
	a->last_prune = CAP_NONE;
	a->last_sweep = CAP_NONE;
	a->chains = chain_cache_new();
	receivers_init(&a->receivers);
	a->pkt = g_new0(struct mipx_packet, 1);
	a->reassembly = reassembly_new(); /* frames pay for it only when fragments */
	return a;
}

void analysis_free(struct analysis *a)
{
	if (!a)
		return;
	chain_cache_free(a->chains);
	g_clear_pointer(&a->report_nodes, g_ptr_array_unref);
	g_hash_table_destroy(a->latest_route);
	g_hash_table_destroy(a->nodes);
	exchanges_forget(a);
	g_hash_table_destroy(a->exchanges);
	exchange_pool_drain(&a->exchange_pool);
	g_hash_table_destroy(a->servers);
	g_hash_table_destroy(a->rs_adverts);
	g_hash_table_destroy(a->care_of_nodes);
	g_hash_table_destroy(a->mn_ids);
	g_clear_pointer(&a->offload_senders, g_hash_table_destroy);
	receivers_clear(&a->receivers);
	finding_store_clear(&a->found);
	g_array_free(a->verdicts, TRUE);
	reassembly_free(a->reassembly);
	g_free(a->pkt);
	g_free(a);
}

static void run(struct analysis *a, struct node *n, enum state_event ev,
		const struct mipx_packet *p, struct exchange *ex,
		const struct registration *reg, const struct tunnel *t)
{
	struct state_ctx ctx = { .a = a, .n = n, .event = ev, .p = p, .ex = ex,
				 .reg = reg, .tunnel = t, .at = a->now };

	record_state(a, n, ex, &ctx);
}

static void remember_request(struct node *n, struct exchange *ex)
{
	struct node4 *n4 = NODE4(n);
	struct reg_attempt *r;

	if (!NODE_IS4(n))
		return;
	r = &n4->recent[n->recent_next++ % NODE_RECENT]; /* 256 % 4 == 0: wraps clean */

	r->used = true;
	r->answered = false;
	r->identification = ex->identification;
	r->at = ex->request_at;
	r->care_of = ex->care_of;
	r->lifetime = ex->lifetime;
	r->first = ex->request_frames.f[0];
}

/* Registration Server Extensions advertised (3.1) or sent in a reply (6.2). */
static void note_rs_ext(struct analysis *a, const struct mipx_mip4_ext *ext,
			unsigned n_ext)
{
	for (unsigned i = 0; i < n_ext; i++) {
		if (ext[i].type != MIPX_EXT_REG_SERVER)
			continue;
		for (unsigned k = 0; k < ext[i].u.rs.count && k < MIPX_RS_MAX_ENTRIES; k++) {
			const struct mipx_rs_entry *e = &ext[i].u.rs.entry[k];
			struct rs_advert *adv = g_hash_table_lookup(a->rs_adverts,
								    GUINT_TO_POINTER(e->address));

			if (!adv) {
				adv = g_new0(struct rs_advert, 1);
				g_hash_table_insert(a->rs_adverts, GUINT_TO_POINTER(e->address), adv);
			}
			adv->lifetime = ext[i].u.rs.lifetime == 0 ? 0 : e->lifetime;
			adv->advertised_at = a->now;
			adv->ref = a->ref;
		}
	}
}

static void message_rules4(struct analysis *a, const struct mipx_packet *p,
			   struct node *n, struct exchange *ex,
			   const struct frame_list *here)
{
	struct mipx_verdicts v;
	bool reply = !mipx_mip4_is_request(p->msg.mip4.type);

	v.count = 0;
	mipx_rules_mip4_message(&p->msg.mip4, p->frame.payload, p->frame.payload_len,
				a->opt.keys, &v);
	record_verdicts(a, &v, n, NULL, here, ex, reply);
}


/* An address seen acting as a registration server. */
static void server_seen(struct analysis *a, uint32_t addr)
{
	g_hash_table_add(a->servers, GUINT_TO_POINTER(addr));
}

/*
 * RFC 3344 5.7: what the first copy of a request shows of the node's style,
 * once judged against the latest reply.  Carrying the value the reply gave
 * (and not an echo of its own) is a nonce (5.7.2); after code 133 the same
 * value is also what a timestamp node resynchronised to its home agent's
 * time sends (5.7.1), so it counts as a nonce only for a node that showed
 * no clock.  High-order bits that grew past the request before, not taken
 * from the reply, are the node's own clock.
 */
static void replay_note_request(struct node *n, const struct mipx_mip4_msg *m)
{
	struct replay_state *r;
	uint32_t high = (uint32_t)(m->identification >> 32);

	if (!NODE_IS4(n))
		return;
	r = &NODE4(n)->replay;
	if (!r->pending || r->registrar != m->registrar)
		return;
	r->pending = false;
	if (high == r->given && r->given != r->asked) {
		if (r->code != MIPX_REG_ID_MISMATCH ||
		    (r->style != REPLAY_TIMESTAMP && r->style != REPLAY_CLOCK))
			r->style = REPLAY_NONCE;
	} else if (high > r->asked && r->style == REPLAY_UNKNOWN) {
		r->style = REPLAY_CLOCK;
	}
}

static void on_request4(struct analysis *a, const struct mipx_packet *p,
			struct node *n, struct exchange *ex,
			const struct frame_list *here)
{
	const struct mipx_mip4_msg *m = &p->msg.mip4;
	bool first = !ex->has_request;
	bool route = mipx_mip4_is_route(m->type);

	frame_list_add(&ex->request_frames, a->ref);
	if (first) {
		ex->has_request = true;
		exchange_touch(a, ex); /* its keep time changed */
		ex->request_at = a->now;
		mipx_mip4_request_facts_of(m, &ex->request.mip4);
		ex->flags = m->flags;
		ex->lifetime = m->lifetime;
		ex->home = m->home_address;
		ex->registrar = m->registrar;
		ex->care_of = m->care_of;
		ex->destination = m->destination;
		ex->next_hop = m->next_hop;
		ex->identification = m->identification;
		ex->agent = addr_v4(&p->frame.dst);
	}
	message_rules4(a, p, n, ex, here);
	if (route) {
		if (!first)
			return;
		/* 6.5: a Route Reply answers the latest Route Request to that agent */
		ex->refs++;
		g_hash_table_replace(a->latest_route, GUINT_TO_POINTER(ex->agent), ex);
		server_seen(a, addr_v4(&p->frame.src));
		run(a, n, EV_ROUTE_REQUEST, p, ex, NULL, NULL);
		if (m->lifetime == 0)
			tunnel_disable(n, ex->agent, m->next_hop);
		return;
	}
	if (first) {
		if (rbit_reads_r(a, m->flags)) {
			ex->rbit_r = true;
			server_seen(a, m->registrar);
		}
		remember_request(n, ex);
	}
	run(a, n, EV_REG_REQUEST, p, ex, NULL, NULL);
	/* the request the latest reply spoke of was judged (checks_state.c) */
	if (first)
		replay_note_request(n, m);
}

/* RFC 3344 5.7: what the reply says the next request must carry. */
static void replay_note_reply(struct analysis *a, struct node *n, const struct exchange *ex,
			      const struct mipx_mip4_msg *m)
{
	struct replay_state *r;
	uint32_t req_high = (uint32_t)(ex->identification >> 32);
	uint32_t rep_high = (uint32_t)(m->identification >> 32);

	if (!NODE_IS4(n) || (m->code > 1 && m->code != MIPX_REG_ID_MISMATCH))
		return;
	r = &NODE4(n)->replay;
	if (r->registrar != ex->registrar) {
		memset(r, 0, sizeof(*r));
		r->registrar = ex->registrar;
	}
	if (m->code <= 1) {
		/* 5.7.1: an accepted timestamp is echoed whole; other bits are
		 * the next nonce (5.7.2) only if the node goes on to use them
		 * (replay_note_request) */
		if (rep_high == req_high)
			r->style = REPLAY_TIMESTAMP;
		r->accepted_high = req_high;
	}
	r->given = rep_high;
	r->asked = req_high;
	r->code = m->code;
	r->given_at = a->now;
	r->given_ref = a->ref;
	r->pending = true;
}

static void on_reg_reply(struct analysis *a, const struct mipx_packet *p,
			 struct node *n, struct exchange *ex,
			 const struct frame_list *frames)
{
	const struct mipx_mip4_msg *m = &p->msg.mip4;
	const struct mipx_mip4_ext *coa = mipx_mip4_find_ext(m, MIPX_EXT_CARE_OF);
	struct registration r;
	const struct tunnel *t;

	note_rs_ext(a, m->ext, m->n_ext);
	if (m->code > 1) /* RFC 3344: 0 and 1 accept */
		return;
	memset(&r, 0, sizeof(r));
	r.registrar = ex->registrar;
	r.child_coa = ex->care_of;
	r.rbit = rbit_reads_r(a, ex->flags);
	/* 3.3: the parent care-of address is extension 82 of the reply; an
	 * RFC 3344 registration tunnels from its registrar, the home agent. */
	r.parent_coa = coa ? coa->u.care_of.address : (r.rbit ? 0 : ex->registrar);
	if (!coa && r.rbit && (m->notes & MIPX_NOTE_CUT))
		n->cut_coa = true;
	r.requested = ex->lifetime;
	r.granted = m->lifetime;
	r.accepted_at = a->now;
	r.expires_at = lifetime_expiry(a->now, m->lifetime,
				       m->lifetime == MIPX_LIFETIME_INFINITE);
	frame_few_set(&r.frames, frames);
	t = r.parent_coa ? tunnel_find(n, r.parent_coa, r.child_coa) : NULL;
	r.awaiting_route = r.rbit && r.parent_coa && r.parent_coa != r.child_coa &&
			   !(t && tunnel_active(t, a->now));
	run(a, n, EV_REG_ACCEPTED, p, ex, &r, NULL);
	registration_accept(a, n, &r);
}

static void on_route_reply(struct analysis *a, const struct mipx_packet *p,
			   struct node *n, struct exchange *ex,
			   const struct frame_list *frames)
{
	const struct mipx_mip4_msg *m = &p->msg.mip4;
	const struct tunnel *t;

	if (m->code != MIPX_ROUTE_ADDED)
		return; /* 3.5: with a non-zero code the lifetime means nothing */
	if (m->lifetime == 0) {
		tunnel_disable(n, ex->agent, ex->next_hop);
		return;
	}
	t = tunnel_enable(a, n, ex->agent, ex->next_hop, m->lifetime, a->now, frames);
	if (!t) /* the node holds the most tunnels mipx keeps (node_room) */
		return;
	run(a, n, EV_ROUTE_REPLY, p, ex, NULL, t);
	registration_route_enabled(n, t, a->now);
}

static void on_reply4(struct analysis *a, const struct mipx_packet *p,
		      struct node *n, struct exchange *ex,
		      const struct frame_list *here)
{
	const struct mipx_mip4_msg *m = &p->msg.mip4;
	bool route = mipx_mip4_is_route(m->type);
	struct mipx_verdicts v;
	struct frame_list frames;

	if (!ex && route) {
		struct exchange *latest = g_hash_table_lookup(
			a->latest_route, GUINT_TO_POINTER(addr_v4(&p->frame.src)));
		if (latest && latest->has_request && !latest->has_reply &&
		    latest->destination == m->destination)
			ex = latest;
	}
	if (!ex) {
		struct exch_key k;
		if (route)
			exch_key_route(&k, m->destination, m->next_hop, m->identification);
		else
			exch_key_reg(&k, m->home_address, m->identification);
		ex = exchange_lookup(a, &k, true);
	}
	exchange_touch(a, ex);
	if (!ex->has_request) {
		bool first = !ex->has_reply;
		ex->has_reply = true;
		exchange_touch(a, ex); /* its keep time changed */
		frame_list_add(&ex->reply_frames, a->ref);
		message_rules4(a, p, n, ex, here);
		if (first)
			run(a, n, EV_ORPHAN, p, ex, NULL, NULL);
		return;
	}
	frame_list_add(&ex->reply_frames, a->ref);
	message_rules4(a, p, n, ex, here);
	if (ex->has_reply)
		return; /* another copy of the same reply */
	exchange_answer(a, ex, &frames);
	/* The reply itself may be what shows DREMIP (an 82, say): its
	 * request's R bit counts from now on, as if read so at the request. */
	if (!route && !ex->rbit_r && rbit_reads_r(a, ex->flags)) {
		ex->rbit_r = true;
		server_seen(a, ex->registrar);
	}
	v.count = 0;
	mipx_rules_mip4_pair_facts(&ex->request.mip4, m, rbit_reads_t(a), &v);
	record_verdicts(a, &v, n, NULL, &frames, ex, false);
	if (route) {
		on_route_reply(a, p, n, ex, &frames);
		return;
	}
	for (unsigned i = 0; i < NODE_RECENT && NODE_IS4(n); i++)
		if (NODE4(n)->recent[i].used &&
		    NODE4(n)->recent[i].identification == ex->identification)
			NODE4(n)->recent[i].answered = true;
	replay_note_reply(a, n, ex, m);
	on_reg_reply(a, p, n, ex, &frames);
}

static void on_mip4(struct analysis *a, const struct mipx_packet *p,
		    const struct frame_list *here)
{
	const struct mipx_mip4_msg *m = &p->msg.mip4;
	bool route = mipx_mip4_is_route(m->type);
	struct mipx_addr home = mipx_addr_v4(route ? m->destination : m->home_address);
	struct node *n = node_get(a, &home);
	struct exch_key k;
	struct exchange *ex;

	node_prune(a, n, a->now);
	if (route)
		exch_key_route(&k, m->destination, m->next_hop, m->identification);
	else
		exch_key_reg(&k, m->home_address, m->identification);
	if (mipx_mip4_is_request(m->type)) {
		ex = exchange_lookup(a, &k, true);
		/* The same low-order bits, other high-order ones: not a copy but
		 * a new request (a retry with a new timestamp or nonce). */
		if (!route && ex->has_request && ex->identification != m->identification) {
			exchange_retire(a, ex, record_unanswered);
			ex = exchange_lookup(a, &k, true);
		}
		exchange_touch(a, ex);
		on_request4(a, p, n, ex, here);
	} else {
		on_reply4(a, p, n, exchange_lookup(a, &k, false), here);
	}
}

static void on_bu(struct analysis *a, const struct mipx_packet *p, struct node *n,
		  const struct frame_list *here)
{
	const struct mipx_mh *mh = &p->msg.mh;
	const struct mipx_mh_option *ci = mipx_mh_coainfo(mh);
	const struct mipx_mh_option *bid = mipx_mh_bid(mh);
	struct exch_key k;
	struct exchange *ex;
	struct mipx_verdicts v;
	struct bu_update u;

	exch_key_mh(&k, n->home.bytes, p->frame.dst.bytes, mh->sequence);
	ex = exchange_lookup(a, &k, true);
	exchange_touch(a, ex);
	frame_list_add(&ex->request_frames, a->ref);
	if (ex->has_request)
		return; /* a copy seen at another point */
	ex->has_request = true;
	exchange_touch(a, ex); /* its keep time changed */
	ex->request_at = a->now;
	mipx_mh_bu_facts_of(mh, &ex->request.bu);
	ex->mn = n->home;
	ex->receiver = p->frame.dst;
	ex->bu_flags = mh->flags;
	ex->bu_m = mh->m_flag;
	ex->bu_sequence = mh->sequence;
	ex->bu_lifetime = mh->lifetime;
	ex->bu_coainfo = ci != NULL;
	ex->bu_nemo = mipx_mh_is_nemo(mh);
	if (ex->bu_nemo) /* RFC 3963 6.1.2: explicit mode lists the prefixes */
		nemo_prefixes_set(a, n, &p->frame.dst, mh);
	if (ci) {
		ex->bu_ifid = ci->u.coainfo.ifid;
		ex->bu_ifpri = ci->u.coainfo.ifpri;
	}
	memcpy(ex->bu_care_of, p->bu_care_of, 16);
	if (bid) {
		ex->bu_bid = true;
		ex->bid = bid->u.bid.bid;
		ex->bid_pri = bid->u.bid.bid_pri;
		if (bid->u.bid.coa_family == 6)
			memcpy(ex->bu_care_of, bid->u.bid.coa, 16);
	}
	v.count = 0;
	mipx_rules_mh_message(mh, &v);
	record_verdicts(a, &v, n, NULL, here, ex, false);

	bu_update_from(&u, ex);
	bu_arrived(a, n, ex, p, &u);
	/* no BA asked for: the BU takes effect as sent (analysis.md 1), and
	 * no BA will tell NEMO's R from MCoA's M */
	if (!(mh->flags & MIPX_BU_FLAG_A)) {
		v.count = 0;
		mipx_rules_mh_unanswered(&ex->request.bu, &v);
		record_verdicts(a, &v, n, NULL, here, ex, false);
		ex->answered_reported = true;
		bu_apply(a, n, ex, &u, &ex->request_frames);
	}
}

static void on_ba(struct analysis *a, const struct mipx_packet *p, struct node *n,
		  const struct frame_list *here)
{
	const struct mipx_mh *mh = &p->msg.mh;
	struct exch_key k;
	struct exchange *ex;
	struct mipx_verdicts v;
	struct frame_list frames;

	exch_key_mh(&k, n->home.bytes, p->frame.src.bytes, mh->sequence);
	ex = exchange_lookup(a, &k, false);
	v.count = 0;
	mipx_rules_mh_message(mh, &v);
	if (!ex || !ex->has_request) {
		record_verdicts(a, &v, n, NULL, here, NULL, true);
		return;
	}
	exchange_touch(a, ex);
	frame_list_add(&ex->reply_frames, a->ref);
	record_verdicts(a, &v, n, NULL, here, ex, true);
	if (ex->has_reply)
		return;
	exchange_answer(a, ex, &frames);
	v.count = 0;
	mipx_rules_mh_pair_facts(&ex->request.bu, mh, &v);
	record_verdicts(a, &v, n, NULL, &frames, ex, false);
	if (mh->status < 128 && !ex->bu_applied) {
		struct bu_update u;

		bu_update_from(&u, ex);
		u.lifetime = (uint32_t)mh->lifetime * 4; /* what was granted */
		/* 2.4: a BA that does not echo CoAINFO comes from a receiver that
		 * keeps one binding per home address and just overwrote it */
		u.receiver_mcoa = !ex->bu_coainfo || mipx_mh_coainfo(mh) != NULL ||
				  (mh->notes & MIPX_NOTE_CUT); /* the echo may be lost */
		/* RFC 3963 6.1: R in the BA, the implicit mode's only mark */
		if (mh->flags & MIPX_BA_FLAG_R)
			u.nemo = true;
		bu_apply(a, n, ex, &u, &frames);
	}
}

/*
 * A BU from a mobile node away from home (Home Address option, RFC 6275
 * 6.3) or its BA (type 2 routing header, 6.4) may carry an MN identifier
 * for RFC 4285 authentication: that alone does not make it PMIPv6, whose
 * messages go between MAG and LMA with neither (RFC 5213 6.9.1.1).
 */
static bool self_named(const struct mipx_packet *p)
{
	const struct mipx_mh *mh = &p->msg.mh;

	if (!p->frame.has_home_address_option && !p->frame.has_rh2)
		return false;
	if (mh->type == MIPX_MH_BU && (mh->flags & MIPX_BU_FLAG_P))
		return false;
	if (mh->type == MIPX_MH_BA && (mh->flags & MIPX_BA_FLAG_P))
		return false;
	return mh->hnp_index < 0 && mh->timestamp_index < 0;
}

static void on_mh(struct analysis *a, const struct mipx_packet *p,
		  const struct frame_list *here)
{
	const struct mipx_mh *mh = &p->msg.mh;
	struct mipx_addr home = mipx_addr_v6(p->mn_home_address);
	struct mipx_verdicts v;
	struct node *n;

	/* PMIPv6 names the node by MN identifier and home network prefix,
	 * not by the MAG's address (RFC 5213 5.5) */
	if ((mh->type == MIPX_MH_BU || mh->type == MIPX_MH_BA) && mipx_mh_is_proxy(mh) &&
	    !self_named(p)) {
		on_proxy_mh(a, p, here);
		return;
	}
	/* The rest of the registry (Heartbeat, FMIPv6, revocation, ...) is
	 * between agents: recognised, judged alone, no node of its own. */
	if (mh->type > MIPX_MH_BE) {
		v.count = 0;
		mipx_rules_mh_message(mh, &v);
		record_verdicts(a, &v, NULL, NULL, here, NULL, false);
		return;
	}
	if (mh->type == MIPX_MH_BE) {
		static const uint8_t zero[16];
		if (memcmp(mh->home_address, zero, 16) != 0)
			home = mipx_addr_v6(mh->home_address);
	}
	if (mh->type == MIPX_MH_HOTI || mh->type == MIPX_MH_COTI ||
	    mh->type == MIPX_MH_HOT || mh->type == MIPX_MH_COT) {
		/* return routability names no home address of its own: a test
		 * init from a bound care-of address is that node still using it */
		n = node_find(a, &home);
		if (!n && (mh->type == MIPX_MH_HOTI || mh->type == MIPX_MH_COTI)) {
			const struct coa_owner *e =
				p->frame.src.family == 6
					? g_hash_table_lookup(a->care_of_nodes, p->frame.src.bytes)
					: NULL;
			struct mipx_addr owner;

			if (e)
				owner = mipx_addr_v6(e->home);
			n = e ? node_find(a, &owner) : NULL;
		}
		v.count = 0;
		mipx_rules_mh_message(mh, &v);
		record_verdicts(a, &v, n, NULL, here, NULL, false);
		if (n && (mh->type == MIPX_MH_HOTI || mh->type == MIPX_MH_COTI))
			run(a, n, EV_MH_OTHER, p, NULL, NULL, NULL);
		return;
	}
	n = node_get(a, &home);
	node_prune(a, n, a->now);
	switch (mh->type) {
	case MIPX_MH_BU:
		on_bu(a, p, n, here);
		return;
	case MIPX_MH_BA:
		on_ba(a, p, n, here);
		return;
	case MIPX_MH_BE:
		if (mh->status == 2) /* 7.6: the sender does not know MCoA's MH */
			binding_be_sender(a, n, &p->frame.src);
		run(a, n, EV_BE, p, NULL, NULL, NULL);
		break;
	default:
		run(a, n, EV_MH_OTHER, p, NULL, NULL, NULL);
		break;
	}
	v.count = 0;
	mipx_rules_mh_message(mh, &v);
	record_verdicts(a, &v, n, NULL, here, NULL, false);
}

/* One message its receiver would accept, into the model. */
static void apply_message(struct analysis *a, const struct mipx_packet *p,
			  const struct frame_list *here)
{
	switch (p->frame.kind) {
	case MIPX_PAYLOAD_MIP4:
		/* Revocations (RFC 3543) and UDP tunnel data (RFC 3519) are
		 * well formed, and no part of the registration model. */
		if (mipx_mip4_is_exchange(p->msg.mip4.type)) {
			dremip_seen_mip4(a, &p->msg.mip4);
			on_mip4(a, p, here);
		}
		break;
	case MIPX_PAYLOAD_AGENT_ADV:
		dremip_seen_adv(a, &p->msg.adv);
		note_rs_ext(a, p->msg.adv.ext, p->msg.adv.n_ext);
		break;
	case MIPX_PAYLOAD_MH:
		on_mh(a, p, here);
		break;
	default:
		break;
	}
}

void analysis_packet(struct analysis *a, const struct mipx_packet *p,
		     cap_time ts, struct frame_ref ref)
{
	struct frame_list here;

	if (p->frame.kind == MIPX_PAYLOAD_NONE || p->frame.kind == MIPX_PAYLOAD_FRAGMENT)
		return;
	a->now = ts;
	a->ref = ref;
	memset(&here, 0, sizeof(here));
	frame_list_add(&here, ref);
	a->messages++;
	if (checksum_admits(a, p, &here))
		apply_message(a, p, &here);
	exchanges_bound(a, record_unanswered);
	if (a->last_prune == CAP_NONE)
		a->last_prune = ts;
	if (ts - a->last_prune >= PRUNE_EVERY) {
		a->last_prune = ts;
		exchanges_prune(a, false, record_unanswered);
	}
	if (a->last_sweep == CAP_NONE)
		a->last_sweep = ts;
	if (ts - a->last_sweep >= SWEEP_EVERY) {
		bool nodes = a->nodes_seen - a->seen_at_sweep >= a->kept_at_sweep / SWEEP_GROWTH;
		bool receivers = a->receivers.made - a->receivers_made_at_free >=
				 MAX(SWEEP_RECEIVERS_MIN, a->receivers_at_free / SWEEP_GROWTH);

		if (nodes || receivers) {
			a->last_sweep = ts;
			nodes_sweep(a, ts, false, receivers);
			a->seen_at_sweep = a->nodes_seen;
			a->kept_at_sweep = g_hash_table_size(a->nodes);
			if (receivers) {
				a->receivers_made_at_free = a->receivers.made;
				a->receivers_at_free = receivers_live(&a->receivers);
			}
		}
	}
}

void analysis_malformed(struct analysis *a, const struct mipx_packet *p,
			const struct mipx_error *err, cap_time ts,
			struct frame_ref ref)
{
	struct mipx_verdicts v;
	struct frame_list here;
	bool mcoa = p->frame.kind == MIPX_PAYLOAD_MH;

	if (p->frame.kind == MIPX_PAYLOAD_NONE || p->frame.kind == MIPX_PAYLOAD_FRAGMENT)
		return;
	a->now = ts;
	a->ref = ref;
	a->messages++;
	memset(&here, 0, sizeof(here));
	frame_list_add(&here, ref);
	v.count = 0;
	mipx_rules_malformed(mcoa, err, &v);
	record_verdicts(a, &v, NULL, NULL, &here, NULL, false);
}

static void snapshot(struct analysis *a, struct node *n)
{
	run(a, n, EV_SNAPSHOT, NULL, NULL, NULL, NULL);
}

void analysis_finish(struct analysis *a, cap_time at)
{
	GPtrArray *nodes, *kept;

	a->now = at;
	exchanges_prune(a, true, record_unanswered);
	nodes = analysis_sorted_nodes(a);
	/* the report lists the nodes with state at `at` or a finding: those
	 * the final sweep keeps, in the order just sorted, each after its
	 * end-of-capture checks (one pass over the nodes: these checks name
	 * only the node they look at) */
	kept = nodes_sweep_sorted(a, nodes, at, snapshot);
	g_ptr_array_unref(nodes);
	a->report_nodes = kept;
	findings_sort(&a->found);
}
