/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Proxy Mobile IPv6 (RFC 5213): a MAG registers a mobile node with its LMA
 * by Proxy Binding Update and Acknowledgement.  The node is not the IPv6
 * source of anything: it is its MN identifier (8.6, RFC 4283) and home
 * network prefix (8.3), so it is filed under the prefix's address, taken
 * from the PBU or, when the PBU asks with ::/0, from the PBA (5.3.1).  A PBA
 * answers the PBU of the same MN identifier from the MAG it goes back to
 * and, with the Timestamp option, the same timestamp: RFC 5213 5.5 lets
 * the sequence number stay 0 then.
 * See docs/standard-mip6.md 5.
 */
#include <string.h>

#include "analysis.h"
#include "bu_apply.h"
#include "exchange.h"
#include "node.h"
#include "proxy.h"
#include "prune.h"
#include "record.h"

struct proxy_id {
	uint8_t digest[16];   /* of the MN identifier, else the HNP */
	char *mn_id;          /* printable, g_free; NULL: none */
	struct mipx_addr hnp; /* family 0: none or ::/0 */
	uint8_t hnp_len;
	bool has_ts;
	uint64_t ts;
};

static const struct mipx_mh_option *opt_of(const struct mipx_mh *mh, int i,
					   enum mipx_mh_option_kind kind)
{
	if (i < 0 || i >= mh->n_opt || i >= MIPX_MH_MAX_OPTIONS || mh->opt[i].kind != kind)
		return NULL;
	return &mh->opt[i];
}

/* RFC 4283 3: subtype 1 is an NAI, shown as text; anything else in hex. */
static char *mn_id_text(const struct mipx_mh_option *o)
{
	GString *s = g_string_new(NULL);
	bool text = o->u.mn_id.subtype == 1;

	for (unsigned i = 0; i < o->u.mn_id.len; i++)
		if (o->u.mn_id.id[i] < 0x21 || o->u.mn_id.id[i] > 0x7e || o->u.mn_id.id[i] == '"' ||
		    o->u.mn_id.id[i] == '\\')
			text = false;
	if (text) {
		g_string_append_len(s, (const char *)o->u.mn_id.id, o->u.mn_id.len);
	} else {
		g_string_append_printf(s, "subtype %u:", (unsigned)o->u.mn_id.subtype);
		for (unsigned i = 0; i < o->u.mn_id.len; i++)
			g_string_append_printf(s, "%02x", o->u.mn_id.id[i]);
	}
	return g_string_free(s, FALSE);
}

static void proxy_id_of(const struct mipx_packet *p, struct proxy_id *id)
{
	const struct mipx_mh *mh = &p->msg.mh;
	const struct mipx_mh_option *mn = opt_of(mh, mh->mn_id_index, MIPX_MHOPT_KIND_MN_ID);
	const struct mipx_mh_option *hnp = opt_of(mh, mh->hnp_index, MIPX_MHOPT_KIND_HNP);
	const struct mipx_mh_option *ts = opt_of(mh, mh->timestamp_index, MIPX_MHOPT_KIND_TIMESTAMP);
	static const uint8_t zero[16];

	memset(id, 0, sizeof(*id));
	if (hnp && (hnp->u.prefix.len != 0 || memcmp(hnp->u.prefix.prefix, zero, 16) != 0)) {
		id->hnp = mipx_addr_v6(hnp->u.prefix.prefix);
		id->hnp_len = hnp->u.prefix.len;
	}
	if (ts) {
		id->has_ts = true;
		id->ts = ts->u.timestamp.value;
	}
	if (mn) {
		GChecksum *sum = g_checksum_new(G_CHECKSUM_MD5);
		gsize n = sizeof id->digest;

		g_checksum_update(sum, &mn->u.mn_id.subtype, 1);
		g_checksum_update(sum, mn->u.mn_id.id, mn->u.mn_id.len);
		g_checksum_get_digest(sum, id->digest, &n);
		g_checksum_free(sum);
		id->mn_id = mn_id_text(mn);
	} else if (id->hnp.family) {
		memcpy(id->digest, id->hnp.bytes, 16);
	} else {
		/* no identity of its own: the node the codec names */
		memcpy(id->digest, p->mn_home_address, 16);
	}
}

/* The pair's key: the node and its MAG, whose PBU the PBA goes back to
 * (RFC 5213 5.3.6); MAGs that all start at sequence 0 stay apart. */
static void pair_key(struct exch_key *k, const struct proxy_id *id, const uint8_t mag[16],
		     const uint8_t lma[16], uint16_t seq)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_MD5);
	uint8_t digest[16];
	gsize n = sizeof digest;

	g_checksum_update(sum, id->digest, sizeof id->digest);
	g_checksum_update(sum, mag, 16);
	g_checksum_get_digest(sum, digest, &n);
	g_checksum_free(sum);
	exch_key_proxy(k, digest, lma, seq, id->has_ts, id->ts);
}

/* The node's home address: its prefix, or what an earlier PBA gave. */
static struct mipx_addr home_of(const struct analysis *a, const struct proxy_id *id)
{
	const struct mipx_addr *known;

	if (id->hnp.family)
		return id->hnp;
	known = id->mn_id ? g_hash_table_lookup(a->mn_ids, id->mn_id) : NULL;
	return known ? *known : (struct mipx_addr){ 0 };
}

static struct node *proxy_node(struct analysis *a, const struct proxy_id *id,
			       const struct mipx_addr *home, const uint8_t mag[16])
{
	struct node *n = node_get(a, home);
	struct node6_extra *x;

	node_prune(a, n, a->now);
	if (NODE_IS4(n))
		return n;
	x = node6_extra(n);
	x->proxy = true;
	if (id->hnp.family) {
		memcpy(x->hnp, id->hnp.bytes, 16);
		x->hnp_len = id->hnp_len;
	} else if (!x->hnp_len) {
		memcpy(x->hnp, home->bytes, 16);
	}
	if (mag)
		memcpy(x->mag, mag, 16);
	if (id->mn_id) {
		if (!x->mn_id || strcmp(x->mn_id, id->mn_id) != 0) {
			g_free(x->mn_id);
			x->mn_id = g_strdup(id->mn_id);
		}
		if (id->hnp.family && !g_hash_table_contains(a->mn_ids, id->mn_id))
			g_hash_table_insert(a->mn_ids, g_strdup(id->mn_id),
					    g_memdup2(&id->hnp, sizeof id->hnp));
	}
	return n;
}

static void on_pbu(struct analysis *a, const struct mipx_packet *p, const struct frame_list *here)
{
	const struct mipx_mh *mh = &p->msg.mh;
	struct proxy_id id;
	struct mipx_addr home;
	struct exch_key k;
	struct exchange *ex;
	struct mipx_verdicts v = { 0 };
	struct bu_update u;
	struct node *n = NULL;

	proxy_id_of(p, &id);
	home = home_of(a, &id);
	pair_key(&k, &id, p->frame.src.bytes, p->frame.dst.bytes, mh->sequence);
	ex = exchange_lookup(a, &k, true);
	if (ex->has_request && (ex->has_reply || ex->bu_lifetime != mh->lifetime ||
				ex->bu_flags != mh->flags)) {
		/* not a copy: a new PBU with the key of one answered, or of
		 * one that asked otherwise (no Timestamp and sequence numbers
		 * left alone, as early PMIPv6 daemons do) */
		bool ambiguous = !ex->has_reply;

		exchange_retire(a, ex, record_unanswered);
		ex = exchange_lookup(a, &k, true);
		ex->pair_ambiguous = ambiguous;
	}
	exchange_touch(a, ex);
	frame_list_add(&ex->request_frames, a->ref);
	if (ex->has_request)
		goto out; /* a copy seen at another point */
	ex->has_request = true;
	exchange_touch(a, ex);
	ex->request_at = a->now;
	mipx_mh_bu_facts_of(mh, &ex->request.bu);
	ex->mn = home;
	ex->receiver = p->frame.dst;
	ex->bu_flags = mh->flags;
	ex->bu_sequence = mh->sequence;
	ex->bu_lifetime = mh->lifetime;
	ex->bu_proxy = true;
	ex->bu_timestamp = id.has_ts;
	/* RFC 5213 6.9.1.1: the MAG is the proxy care-of address */
	memcpy(ex->bu_care_of, p->bu_care_of, 16);
	if (home.family)
		n = proxy_node(a, &id, &home, p->bu_care_of);
	mipx_rules_mh_message(mh, &v);
	record_verdicts(a, &v, n, NULL, here, ex, false);
	bu_update_from(&u, ex);
	if (n)
		bu_arrived(a, n, ex, p, &u);
	if (!(mh->flags & MIPX_BU_FLAG_A)) {
		ex->answered_reported = true;
		if (n)
			bu_apply(a, n, ex, &u, &ex->request_frames);
	}
out:
	g_free(id.mn_id);
}

static void on_pba(struct analysis *a, const struct mipx_packet *p, const struct frame_list *here)
{
	const struct mipx_mh *mh = &p->msg.mh;
	struct proxy_id id;
	struct exch_key k;
	struct exchange *ex;
	struct mipx_verdicts v = { 0 };
	struct frame_list frames;
	struct mipx_addr home;
	struct node *n = NULL;

	proxy_id_of(p, &id);
	pair_key(&k, &id, p->frame.dst.bytes, p->frame.src.bytes, mh->sequence);
	ex = exchange_lookup(a, &k, false);
	home = home_of(a, &id);
	if (!home.family && ex && ex->has_request)
		home = ex->mn;
	if (home.family)
		n = proxy_node(a, &id, &home, NULL);
	mipx_rules_mh_message(mh, &v);
	if (!ex || !ex->has_request) {
		record_verdicts(a, &v, n, NULL, here, NULL, true);
		goto out;
	}
	exchange_touch(a, ex);
	frame_list_add(&ex->reply_frames, a->ref);
	record_verdicts(a, &v, n, NULL, here, ex, true);
	if (ex->has_reply)
		goto out;
	exchange_answer(a, ex, &frames);
	if (!n)
		goto out;
	if (!ex->mn.family) /* the PBU asked with ::/0: the PBA named it */
		ex->mn = home;
	memcpy(node6_extra(n)->mag, ex->bu_care_of, 16);
	v.count = 0;
	/* RFC 5213 5.3.x: the granted lifetime is at most the requested one;
	 * not judged against a PBU the PBA may not answer */
	if (!ex->pair_ambiguous)
		mipx_rules_mh_pair_facts(&ex->request.bu, mh, &v);
	record_verdicts(a, &v, n, NULL, &frames, ex, false);
	if (mh->status < 128 && !ex->bu_applied) {
		struct bu_update u;

		bu_update_from(&u, ex);
		u.lifetime = (uint32_t)mh->lifetime * 4;
		bu_apply(a, n, ex, &u, &frames);
	}
out:
	g_free(id.mn_id);
}

void on_proxy_mh(struct analysis *a, const struct mipx_packet *p, const struct frame_list *here)
{
	if (p->msg.mh.type == MIPX_MH_BU)
		on_pbu(a, p, here);
	else
		on_pba(a, p, here);
}
