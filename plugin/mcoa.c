/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * MCoA (draft-wakikawa-mobileip-multiplecoa-01) on top of the built-in
 * Mobility Header dissector.
 *
 * Two hooks, both leaving every mip6.* field in place (plugin.md 1):
 *  - CoAINFO is registered in the "mip6.option" table at the configured
 *    type, the way packet-mip6.c exposes its own options;
 *  - the M flag, BA status text, BU/BA tracking and the binding-cache view
 *    need the whole MH, which an option dissector never sees.  So a
 *    switch handle (builtin.c) sits in front of mip6 on ip.proto 135: it decodes
 *    the MH with the codec, runs the built-in dissector unchanged, and only
 *    when the message concerns MCoA (CoAINFO, Binding Identifier, M flag, or
 *    a BA to such a BU) adds an MCoA subtree.  A plain MIPv6 message looks
 *    exactly as without the plugin.  (A postdissector would also work but
 *    needs the proto tree built and cannot see the MH bytes directly.)
 */
#include "mipx_plugin.h"

#include <string.h>

#include <epan/exceptions.h>
#include <epan/prefs.h>
#include <epan/proto_data.h>
#include <epan/tap.h>
#include <epan/dissectors/packet-ip.h>
#include <wsutil/nstime.h>

#include "mipx/packet.h"

int mipx_mcoa_tap = -1;
static int proto_mcoa = -1;
static int proto_coainfo = -1;

static int hf_bu_m = -1;
static int hf_coainfo_type = -1;
static int hf_coainfo_len = -1;
static int hf_coainfo_ifid = -1;
static int hf_coainfo_ifpri = -1;
static int hf_coainfo_reserved = -1;
static int hf_coainfo_data = -1;
static int hf_ba_status_text = -1;
static int hf_binding_count = -1;
static int hf_bu_response_in = -1;
static int hf_ba_response_to = -1;
static int hf_response_time = -1;

static gint ett_mcoa = -1;
static gint ett_coainfo = -1;

static dissector_handle_t mcoa_handle;
static dissector_handle_t coainfo_handle;
static dissector_handle_t mh_switch;
static dissector_handle_t displaced_option; /* what sat at our type before us */

static guint pref_coainfo_type = MIPX_MHOPT_COAINFO_DEFAULT;
static guint pref_m_flag_mask = MIPX_BU_FLAG_M_DEFAULT;
static guint registered_type;

/* MH layout (RFC 6275 6.1): offsets inside the Mobility Header. */
#define MH_OFF_TYPE 2
#define MH_OFF_BU_FLAGS 8
#define MH_OFF_BA_STATUS 6

struct mh_input {
	const uint8_t *buf;
	size_t len;
	gint raw_offset; /* of the MH in the frame, to place option tvbs */
	struct mipx_mh *mh;
	mipx_status status;
	struct mipx_error err;
	bool cut; /* by the snap length (mipx_tvb_cut): never malformed */
	uint8_t home[16];     /* the mobile node's home address */
	uint8_t receiver[16]; /* the node that keeps the binding cache */
	struct mcoa_frame *frame;
};

/* One BU and its BA, keyed by home address + sequence (plugin.md 2). */
struct mcoa_txn {
	guint32 bu_frame;
	guint32 ba_frame;
	nstime_t bu_time;
	uint8_t *bu;
	size_t bu_len;
	bool mcoa; /* the BU concerned MCoA */
	uint8_t ba_flags; /* of its BA: R (0x40) says the BU was NEMO's */
	uint8_t receiver[16];
	uint8_t home[16];
};

/* What the first pass learnt about a frame. */
struct mcoa_frame {
	struct mcoa_txn *txn;
	bool has_count;
	guint32 binding_count;
};

/* The binding cache of one receiver for one home address (wire-format 2.5):
 * a set of binding ids, IFID (CoAINFO), 0x10000|BID (RFC 5648), or SINGLE. */
#define BINDING_SINGLE 0x20000u
static wmem_map_t *transactions; /* "home/seq" -> mcoa_txn */
static wmem_map_t *caches;       /* "receiver/home" -> wmem_map of ids */

struct mipx_mip6_settings mipx_mcoa_settings(void)
{
	struct mipx_mip6_settings s = MIPX_MIP6_SETTINGS_DEFAULT;

	s.coainfo_type = (uint8_t)pref_coainfo_type;
	s.m_flag_mask = (uint16_t)pref_m_flag_mask;
	return s;
}

static bool from_mobile_node(uint8_t type)
{
	return type == MIPX_MH_BU || type == MIPX_MH_HOTI || type == MIPX_MH_COTI;
}

static void copy_v6(uint8_t out[16], const address *a)
{
	if (a && a->type == AT_IPv6 && a->len == 16)
		memcpy(out, a->data, 16);
}

/* Home address and receiver: the IPv6 header's, refined by the codec's
 * frame decoder (Home Address option, type 2 routing header) when the MH
 * is the frame's own payload rather than a tunnelled one. */
static void find_addresses(tvbuff_t *tvb, packet_info *pinfo, void *data, struct mh_input *in)
{
	ws_ip6 *iph = WS_IP6_PTR(data);
	bool from_mn = in->len > MH_OFF_TYPE && from_mobile_node(in->buf[MH_OFF_TYPE]);
	const address *src = iph ? &iph->ip6_src : &pinfo->src;
	const address *dst = iph ? &iph->ip6_dst : &pinfo->dst;

	copy_v6(in->home, from_mn ? src : dst);
	copy_v6(in->receiver, from_mn ? dst : src);
	{
		int dlt = mipx_linktype_of(pinfo);
		tvbuff_t *ds = tvb_get_ds_tvb(tvb);
		struct mipx_settings fs = MIPX_SETTINGS_DEFAULT;
		struct mipx_packet *pkt;
		struct mipx_error err;
		const uint8_t *frame;
		size_t flen;

		if (dlt < 0)
			return;
		frame = mipx_tvb_bytes(pinfo, ds, 0, &flen);
		pkt = wmem_new0(pinfo->pool, struct mipx_packet);
		fs.mip6 = mipx_mcoa_settings();
		(void)mipx_packet_decode(dlt, frame, flen, &fs, pkt, &err);
		if (pkt->frame.kind != MIPX_PAYLOAD_MH || pkt->frame.payload_offset != (size_t)in->raw_offset)
			return;
		memcpy(in->home, pkt->mn_home_address, 16);
		if (pkt->frame.src.family == 6 && pkt->frame.dst.family == 6) {
			/* The receiver is the peer of the mobile node. */
			memcpy(in->receiver, from_mn ? pkt->frame.dst.bytes : pkt->frame.src.bytes, 16);
		}
	}
}

static char *key_of(const uint8_t a[16], const uint8_t b[16], unsigned extra)
{
	char sa[46], sb[46];

	return wmem_strdup_printf(wmem_file_scope(), "%s/%s/%u", mipx_ipv6_str(a, sa),
				  b ? mipx_ipv6_str(b, sb) : "-", extra);
}

struct binding_set {
	wmem_map_t *ids;
};

static struct binding_set *cache_of(const uint8_t receiver[16], const uint8_t home[16])
{
	char *key = key_of(receiver, home, 0);
	struct binding_set *set = (struct binding_set *)wmem_map_lookup(caches, key);

	if (!set) {
		set = wmem_new0(wmem_file_scope(), struct binding_set);
		set->ids = wmem_map_new(wmem_file_scope(), g_direct_hash, g_direct_equal);
		wmem_map_insert(caches, key, set);
	}
	return set;
}

/* A BU the receiver accepted changes its cache (wire-format.md 2.5). */
static guint32 apply_bu(const uint8_t receiver[16], const uint8_t home[16], const struct mipx_mh *bu)
{
	struct binding_set *set = cache_of(receiver, home);
	wmem_map_t *ids = set->ids;
	const struct mipx_mh_option *ci = mipx_mh_coainfo(bu);
	const struct mipx_mh_option *bid = mipx_mh_bid(bu);
	guint id = ci ? ci->u.coainfo.ifid : bid ? (0x10000u | bid->u.bid.bid) : BINDING_SINGLE;

	if (ci || bid) {
		wmem_map_remove(ids, GUINT_TO_POINTER(BINDING_SINGLE + 1));
		if (bu->lifetime == 0)
			wmem_map_remove(ids, GUINT_TO_POINTER(id + 1));
		else
			wmem_map_insert(ids, GUINT_TO_POINTER(id + 1), GUINT_TO_POINTER(1));
	} else if (!bu->m_flag) {
		ids = set->ids = wmem_map_new(wmem_file_scope(), g_direct_hash, g_direct_equal);
		if (bu->lifetime != 0)
			wmem_map_insert(ids, GUINT_TO_POINTER(BINDING_SINGLE + 1), GUINT_TO_POINTER(1));
	} /* M without CoAINFO: dropped silently (draft 8.3). */
	return wmem_map_size(ids);
}

/* PMIPv6's PBU/PBA (RFC 5213 8.1-8.2) are never MCoA's, whatever bits
 * they share with the draft's layout. */
static bool concerns_mcoa(const struct mipx_mh *mh)
{
	if (mipx_mh_is_proxy(mh))
		return false;
	return mh->coainfo_index >= 0 || mh->bid_index >= 0 ||
	       (mh->type == MIPX_MH_BU && mh->m_flag);
}

/* First pass only: transactions and the cache. */
static void track(packet_info *pinfo, struct mh_input *in)
{
	const struct mipx_mh *mh = in->mh;
	struct mcoa_frame *fr = wmem_new0(wmem_file_scope(), struct mcoa_frame);
	struct mcoa_txn *txn;

	p_add_proto_data(wmem_file_scope(), pinfo, proto_mcoa, 0, fr);
	if (in->status != MIPX_OK)
		return;
	if (mh->type == MIPX_MH_BU) {
		txn = wmem_new0(wmem_file_scope(), struct mcoa_txn);
		txn->bu_frame = pinfo->num;
		txn->bu_time = pinfo->abs_ts;
		txn->bu = (uint8_t *)wmem_memdup(wmem_file_scope(), in->buf, in->len);
		txn->bu_len = in->len;
		txn->mcoa = concerns_mcoa(mh);
		memcpy(txn->receiver, in->receiver, 16);
		memcpy(txn->home, in->home, 16);
		wmem_map_insert(transactions, key_of(in->home, NULL, mh->sequence), txn);
		fr->txn = txn;
		fr->has_count = true;
		if (!(mh->flags & MIPX_BU_FLAG_A))
			fr->binding_count = apply_bu(in->receiver, in->home, mh);
		else
			fr->binding_count = wmem_map_size(cache_of(in->receiver, in->home)->ids);
	} else if (mh->type == MIPX_MH_BA) {
		char *key = key_of(in->home, NULL, mh->sequence);

		txn = (struct mcoa_txn *)wmem_map_lookup(transactions, key);
		if (txn && !txn->ba_frame && txn->bu_frame < pinfo->num) {
			struct mipx_mh *bu = wmem_new0(pinfo->pool, struct mipx_mh);
			struct mipx_mip6_settings s = mipx_mcoa_settings();
			struct mipx_error err;

			txn->ba_frame = pinfo->num;
			txn->ba_flags = (uint8_t)mh->flags;
			fr->txn = txn;
			fr->has_count = true;
			if (mipx_mh_decode(txn->bu, txn->bu_len, &s, bu, &err) == MIPX_OK && mh->status < 128)
				fr->binding_count = apply_bu(txn->receiver, txn->home, bu);
			else
				fr->binding_count = wmem_map_size(cache_of(txn->receiver, txn->home)->ids);
		}
	}
}

/* ---- the CoAINFO option, called by the built-in MH dissector ---- */

static int dissect_coainfo(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
	struct mh_input *in = (struct mh_input *)p_get_proto_data(pinfo->pool, pinfo, proto_mcoa, 1);
	const struct mipx_mh_option *opt = NULL;
	int cap = (int)tvb_captured_length(tvb);
	proto_item *ti;
	proto_tree *ct;

	if (in && in->mh) {
		gint off = tvb_raw_offset(tvb) - in->raw_offset;

		for (unsigned i = 0; i < in->mh->n_opt && i < MIPX_MH_MAX_OPTIONS; i++)
			if (in->mh->opt[i].offset == off && in->mh->opt[i].kind == MIPX_MHOPT_KIND_COAINFO)
				opt = &in->mh->opt[i];
	}
	ct = proto_tree_add_subtree(tree, tvb, 0, cap, ett_coainfo, &ti, "CoAINFO (MCoA)");
	if (cap >= 1)
		proto_tree_add_uint(ct, hf_coainfo_type, tvb, 0, 1, pref_coainfo_type);
	if (!opt) {
		/* Not decodable: a wrong length (MCOA-MALFORMED, on the MCoA tree). */
		if (cap >= 2)
			proto_tree_add_item(ct, hf_coainfo_len, tvb, 1, 1, ENC_BIG_ENDIAN);
		if (cap > 2)
			proto_tree_add_item(ct, hf_coainfo_data, tvb, 2, cap - 2, ENC_NA);
		proto_item_append_text(ti, ": malformed");
		return cap;
	}
	proto_tree_add_uint(ct, hf_coainfo_len, tvb, 1, 1, opt->length);
	proto_tree_add_uint(ct, hf_coainfo_ifid, tvb, 2, 1, opt->u.coainfo.ifid);
	proto_tree_add_uint_format_value(ct, hf_coainfo_ifpri, tvb, 3, 1, opt->u.coainfo.ifpri, "%u%s",
					 opt->u.coainfo.ifpri, opt->u.coainfo.ifpri == 0 ? " (primary)" : "");
	if (!opt->u.coainfo.literal)
		proto_tree_add_uint(ct, hf_coainfo_reserved, tvb, 4, 2, opt->u.coainfo.reserved);
	proto_item_append_text(ti, ": IFID %u, IFPRI %u%s", opt->u.coainfo.ifid, opt->u.coainfo.ifpri,
			       opt->u.coainfo.literal ? " (2-octet form)" : "");
	return cap;
}

/* ---- the MCoA subtree ---- */

static void add_tracking(proto_tree *t, tvbuff_t *tvb, packet_info *pinfo, struct mh_input *in,
			 struct mipx_verdicts *pair)
{
	struct mcoa_frame *fr = in->frame;
	struct mcoa_txn *txn = fr ? fr->txn : NULL;
	proto_item *it;

	if (!txn)
		return;
	if (in->mh->type == MIPX_MH_BU && txn->bu_frame == pinfo->num && txn->ba_frame) {
		it = proto_tree_add_uint(t, hf_bu_response_in, tvb, 0, 0, txn->ba_frame);
		proto_item_set_generated(it);
	} else if (in->mh->type == MIPX_MH_BA && txn->ba_frame == pinfo->num) {
		struct mipx_mh *bu = wmem_new0(pinfo->pool, struct mipx_mh);
		struct mipx_mip6_settings s = mipx_mcoa_settings();
		struct mipx_error err;
		nstime_t delta;

		it = proto_tree_add_uint(t, hf_ba_response_to, tvb, 0, 0, txn->bu_frame);
		proto_item_set_generated(it);
		nstime_delta(&delta, &pinfo->abs_ts, &txn->bu_time);
		it = proto_tree_add_time(t, hf_response_time, tvb, 0, 0, &delta);
		proto_item_set_generated(it);
		if (mipx_mh_decode(txn->bu, txn->bu_len, &s, bu, &err) == MIPX_OK)
			mipx_rules_mh_pair(bu, in->mh, pair);
	}
}

/*
 * A BU's M bit under the default mask is NEMO's R too (RFC 3963 6.1): the
 * BU is a mobile router's when it carries a Mobile Network Prefix (6.2) or
 * its BA sets R.  Then it is no MCoA BU and the subtree says so.
 */
static const char *nemo_reason(packet_info *pinfo, const struct mh_input *in)
{
	const struct mcoa_txn *txn = in->frame ? in->frame->txn : NULL;

	if (in->mh->type != MIPX_MH_BU || !in->mh->m_flag)
		return NULL;
	if (mipx_mh_is_nemo(in->mh))
		return "a Mobile Network Prefix option";
	if ((in->mh->flags & MIPX_BU_FLAG_NEMO_R) && txn && txn->bu_frame == pinfo->num &&
	    txn->ba_frame && (txn->ba_flags & MIPX_BA_FLAG_R))
		return "its BA sets R";
	return NULL;
}

/* MCOA-M-NO-COAINFO on the bit NEMO's R also takes waits for the BA: said
 * here when none was asked (no A flag) or, once every frame has been seen
 * (a second pass), none came; the pair rules say it when one accepts. */
static void unanswered_rules(packet_info *pinfo, const struct mh_input *in,
			     struct mipx_verdicts *out)
{
	const struct mcoa_txn *txn = in->frame ? in->frame->txn : NULL;
	struct mipx_mh_bu_facts facts;

	if (in->mh->type != MIPX_MH_BU)
		return;
	mipx_mh_bu_facts_of(in->mh, &facts);
	if (!facts.m_or_nemo)
		return;
	if (!(in->mh->flags & MIPX_BU_FLAG_A) ||
	    (PINFO_FD_VISITED(pinfo) && txn && txn->bu_frame == pinfo->num && !txn->ba_frame))
		mipx_rules_mh_unanswered(&facts, out);
}

static int dissect_mcoa(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
	struct mh_input *in = (struct mh_input *)data;
	struct mipx_verdicts *verdicts, *pair;
	const struct mipx_mh *mh;
	const char *nemo;
	proto_item *ti, *it;
	proto_tree *t;
	int cap = (int)tvb_captured_length(tvb);

	if (!in)
		return 0;
	mh = in->mh;
	ti = proto_tree_add_item(tree, proto_mcoa, tvb, 0, -1, ENC_NA);
	t = proto_item_add_subtree(ti, ett_mcoa);
	verdicts = wmem_new0(pinfo->pool, struct mipx_verdicts);
	pair = wmem_new0(pinfo->pool, struct mipx_verdicts);

	if (in->status != MIPX_OK) {
		mipx_rules_malformed(true, &in->err, verdicts);
		col_append_str(pinfo->cinfo, COL_INFO, " [MCoA: malformed]");
		mipx_expert_add(t, pinfo, tvb, 0, cap, verdicts, false);
		return cap;
	}
	proto_item_append_text(ti, ", %s", mipx_mh_type_name(mh->type));
	nemo = nemo_reason(pinfo, in);
	if (mh->type == MIPX_MH_BU && cap >= MH_OFF_BU_FLAGS + 2) {
		if (nemo)
			it = proto_tree_add_boolean_format_value(t, hf_bu_m, tvb, MH_OFF_BU_FLAGS, 2, FALSE,
								 "Not set: 0x%04x is NEMO's R (RFC 3963 6.1), "
								 "as %s says", pref_m_flag_mask, nemo);
		else
			it = proto_tree_add_boolean_format_value(t, hf_bu_m, tvb, MH_OFF_BU_FLAGS, 2,
								 mh->m_flag, "%s (mask 0x%04x)",
								 mh->m_flag ? "Set" : "Not set",
								 pref_m_flag_mask);
		(void)it;
	}
	if (mh->type == MIPX_MH_BA && cap > MH_OFF_BA_STATUS)
		proto_tree_add_string(t, hf_ba_status_text, tvb, MH_OFF_BA_STATUS, 1,
				      mipx_ba_status_name(mh->status, mh->coainfo_index >= 0));
	if (in->frame && in->frame->has_count) {
		/* A BU that asks for an acknowledgement changes nothing until its
		 * BA says so: until then the count is the one before it. */
		if (mh->type == MIPX_MH_BU && (mh->flags & MIPX_BU_FLAG_A))
			it = proto_tree_add_uint_format_value(t, hf_binding_count, tvb, 0, 0,
							      in->frame->binding_count,
							      "pending (%u before this BU)",
							      in->frame->binding_count);
		else
			it = proto_tree_add_uint(t, hf_binding_count, tvb, 0, 0,
						 in->frame->binding_count);
		proto_item_set_generated(it);
	}
	add_tracking(t, tvb, pinfo, in, pair);
	mipx_rules_mh_message(mh, verdicts);
	if (!nemo)
		unanswered_rules(pinfo, in, verdicts);
	mipx_expert_add(t, pinfo, tvb, 0, cap, verdicts, false);
	mipx_expert_add(t, pinfo, tvb, 0, cap, pair, true);

	{
		const struct mipx_mh_option *ci = mipx_mh_coainfo(mh);
		struct mipx_mcoa_tap *tap;

		col_append_str(pinfo->cinfo, COL_INFO, nemo ? " [NEMO" : " [MCoA");
		if (mh->type == MIPX_MH_BU && mh->m_flag)
			col_append_str(pinfo->cinfo, COL_INFO, nemo ? " R" : " M");
		if (ci)
			col_append_fstr(pinfo->cinfo, COL_INFO, " IFID %u IFPRI %u", ci->u.coainfo.ifid,
					ci->u.coainfo.ifpri);
		if (mh->type == MIPX_MH_BA)
			col_append_fstr(pinfo->cinfo, COL_INFO, " status %u", mh->status);
		col_append_str(pinfo->cinfo, COL_INFO, "]");

		if (mh->type == MIPX_MH_BU || mh->type == MIPX_MH_BA) {
			tap = wmem_new0(pinfo->pool, struct mipx_mcoa_tap);
			tap->mh_type = mh->type;
			tap->m_flag = mh->type == MIPX_MH_BU && mh->m_flag && !nemo;
			tap->has_coainfo = ci != NULL;
			tap->ifid = ci ? ci->u.coainfo.ifid : 0;
			tap->ifpri = ci ? ci->u.coainfo.ifpri : 0;
			tap->ba_status = mh->status;
			tap_queue_packet(mipx_mcoa_tap, pinfo, tap);
		}
	}
	return cap;
}

/* ---- the switch on ip.proto 135 ---- */

static int dissect_mh_switch(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
	volatile int ret = 0;
	volatile unsigned long caught = 0;
	const char *volatile exc_msg = NULL;
	struct mipx_mip6_settings s = mipx_mcoa_settings();
	struct mh_input *in;
	bool relevant = false;

	in = wmem_new0(pinfo->pool, struct mh_input);
	in->buf = mipx_tvb_bytes(pinfo, tvb, 0, &in->len);
	in->raw_offset = tvb_raw_offset(tvb);
	in->mh = wmem_new0(pinfo->pool, struct mipx_mh);
	in->status = mipx_mh_decode(in->buf, in->len, &s, in->mh, &in->err);
	in->cut = mipx_tvb_cut(tvb, in->status, &in->err);
	if (in->cut && in->status == MIPX_TRUNCATED && in->len >= MIPX_MH_HEADER_LEN &&
	    mipx_mh_fixed_len(in->mh->type) >= 0 &&
	    in->err.offset >= (size_t)(MIPX_MH_HEADER_LEN + mipx_mh_fixed_len(in->mh->type)) &&
	    in->mh->length <= tvb_reported_length(tvb))
		in->status = MIPX_OK; /* the fixed part is whole: judged on what was captured */
	if (in->cut && in->status == MIPX_OK)
		in->mh->notes |= MIPX_NOTE_CUT;
	find_addresses(tvb, pinfo, data, in);
	p_add_proto_data(pinfo->pool, pinfo, proto_mcoa, 1, in);

	if (!PINFO_FD_VISITED(pinfo))
		track(pinfo, in);
	in->frame = (struct mcoa_frame *)p_get_proto_data(wmem_file_scope(), pinfo, proto_mcoa, 0);

	TRY {
		ret = mipx_builtin_call(MIPX_BUILTIN_MIP6, tvb, pinfo, tree, data);
	}
	CATCH_NONFATAL_ERRORS {
		caught = EXCEPT_CODE;
		exc_msg = GET_MESSAGE;
	}
	ENDTRY;

	if (in->status == MIPX_OK) {
		struct mcoa_txn *txn = in->frame ? in->frame->txn : NULL;

		/* a Header Len below the fixed part: read as the built-in
		 * dissector reads it, with one warning (RFC 6275 9.2) */
		relevant = concerns_mcoa(in->mh) ||
			   (in->mh->type == MIPX_MH_BA && txn && txn->mcoa && txn->ba_frame == pinfo->num) ||
			   (in->mh->notes & MIPX_NOTE_MH_LEN_SHORT);
	} else {
		/* Only the RFC 6275 types are ours to call malformed, and
		 * not when the snap length cut them. */
		relevant = !in->cut && in->len > MH_OFF_TYPE && in->buf[MH_OFF_TYPE] <= MIPX_MH_BE;
	}
	if (relevant)
		call_dissector_with_data(mcoa_handle, tvb, pinfo, tree, in);
	mipx_checksum_tree(tree, tvb, pinfo, MIPX_PAYLOAD_MH);
	if (caught)
		THROW_MESSAGE(caught, exc_msg);
	return ret;
}

/* ---- registration ---- */

static void apply_prefs(void)
{
	if (!coainfo_handle || registered_type == pref_coainfo_type)
		return;
	if (registered_type) {
		dissector_delete_uint("mip6.option", registered_type, coainfo_handle);
		if (displaced_option)
			dissector_add_uint("mip6.option", registered_type, displaced_option);
	}
	registered_type = pref_coainfo_type & 0xff;
	displaced_option = dissector_get_uint_handle(find_dissector_table("mip6.option"), registered_type);
	dissector_add_uint("mip6.option", registered_type, coainfo_handle);
}

void mipx_proto_register_mcoa(void)
{
	static hf_register_info hf[] = {
		{ &hf_bu_m, { "Multiple Care-of Addresses (M)", "mcoa.bu.m", FT_BOOLEAN, BASE_NONE, NULL, 0,
			      "The BU flag at mcoa.m_flag_mask (default 0x0400, drawn after R in the draft)", HFILL } },
		{ &hf_coainfo_type, { "Option Type", "mcoa.coainfo.type", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_coainfo_len, { "Length", "mcoa.coainfo.len", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_coainfo_ifid, { "Interface ID (IFID)", "mcoa.coainfo.ifid", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_coainfo_ifpri, { "Interface priority (IFPRI)", "mcoa.coainfo.ifpri", FT_UINT8, BASE_DEC, NULL, 0,
				       "0 = primary; a lower value is a higher priority", HFILL } },
		{ &hf_coainfo_reserved, { "Reserved", "mcoa.coainfo.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
		{ &hf_coainfo_data, { "Data", "mcoa.coainfo.data", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
		{ &hf_ba_status_text, { "Status (MCoA reading)", "mcoa.ba.status_text", FT_STRING, BASE_NONE, NULL, 0,
					"Status 1 with CoAINFO: non-primary care-of address registered", HFILL } },
		{ &hf_binding_count, { "Bindings of this home address at the receiver", "mcoa.binding.count", FT_UINT32,
				       BASE_DEC, NULL, 0, "After this message (wire-format.md 2.5 model)", HFILL } },
		{ &hf_bu_response_in, { "Binding Acknowledgement In", "mcoa.bu.response_in", FT_FRAMENUM, BASE_NONE,
					FRAMENUM_TYPE(FT_FRAMENUM_RESPONSE), 0, NULL, HFILL } },
		{ &hf_ba_response_to, { "Binding Update In", "mcoa.ba.response_to", FT_FRAMENUM, BASE_NONE,
					FRAMENUM_TYPE(FT_FRAMENUM_REQUEST), 0, NULL, HFILL } },
		{ &hf_response_time, { "Response Time", "mcoa.response_time", FT_RELATIVE_TIME, BASE_NONE, NULL, 0,
				       "Time between the BU and its BA", HFILL } },
	};
	static gint *ett[] = { &ett_mcoa, &ett_coainfo };
	module_t *module;

	proto_mcoa = proto_register_protocol("Multiple Care-of Addresses for Mobile IPv6 (MCoA)", "MCoA", "mcoa");
	proto_register_field_array(proto_mcoa, hf, array_length(hf));
	proto_register_subtree_array(ett, array_length(ett));
	proto_coainfo = proto_register_protocol_in_name_only("MIPv6 Option - CoAINFO (MCoA)", "CoAINFO",
							     "mcoa.coainfo_option", proto_mcoa, FT_BYTES);
	mcoa_handle = register_dissector("mcoa", dissect_mcoa, proto_mcoa);
	coainfo_handle = create_dissector_handle(dissect_coainfo, proto_coainfo);
	mipx_mcoa_tap = register_tap("mcoa");
	transactions = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_str_hash, g_str_equal);
	caches = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_str_hash, g_str_equal);

	module = prefs_register_protocol(proto_mcoa, apply_prefs);
	prefs_register_uint_preference(module, "coainfo_type", "CoAINFO option type",
				       "Mobility option type of CoAINFO (\"TBD\" in the draft)", 10, &pref_coainfo_type);
	prefs_register_uint_preference(module, "m_flag_mask", "M flag mask",
				       "Binding Update flag mask of the MCoA M flag (RFC 5380 later used 0x0800)",
				       16, &pref_m_flag_mask);
	mipx_expert_register(proto_mcoa, "mcoa.");
	mipx_checksum_register(proto_mcoa, "mcoa");
}

void mipx_proto_reg_handoff_mcoa(void)
{
	mh_switch = mipx_builtin_wrap("mip6", MIPX_BUILTIN_MIP6, dissect_mh_switch, "mipx_mh_switch",
				      "MIPv6, MCoA analysis added (mipx)");
	if (mh_switch)
		dissector_add_uint("ip.proto", MIPX_IPPROTO_MH, mh_switch);
	registered_type = 0;
	apply_prefs();
}
