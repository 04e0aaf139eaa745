/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * DREMIP (draft-chuahli-mobileip-dremip-00) on UDP port 434.
 *
 * The plugin takes over udp.port 434 with a switch handle (builtin.c) that
 * adds the same layer as the built-in dissector and decides per
 * message: a plain RFC 3344 message (type 1 or 3, R bit clear, no extension
 * 81-85) and every type we do not own go to the built-in `mip` dissector,
 * untouched (plugin.md 1); Route Request/Reply and DREMIP registrations go to
 * the dremip protocol.  Decoding is the codec's; this file only says which
 * bytes are which field.
 */
#include "mipx_plugin.h"

#include <string.h>

#include <epan/conversation.h>
#include <epan/prefs.h>
#include <epan/proto_data.h>
#include <epan/tap.h>
#include <wsutil/nstime.h>

#include "mipx/auth.h"
#include "mipx/message_rules.h"

int mipx_proto_dremip = -1;
int mipx_dremip_tap = -1;

static int hf_type = -1;
static int hf_flags = -1;
static int hf_flag_s = -1;
static int hf_flag_b = -1;
static int hf_flag_d = -1;
static int hf_flag_m = -1;
static int hf_flag_g = -1;
static int hf_flag_v = -1;
static int hf_flag_r = -1;
static int hf_flag_x = -1;
static int hf_lifetime = -1;
static int hf_homeaddr = -1;
static int hf_registrar = -1;
static int hf_coa = -1;
static int hf_ident = -1;
static int hf_code = -1;
static int hf_route_code = -1;
static int hf_dest = -1;
static int hf_nexthop = -1;
static int hf_reserved = -1;
static int hf_ext_type = -1;
static int hf_ext_len = -1;
static int hf_ext_subtype = -1;
static int hf_ext_data = -1;
static int hf_rs_lifetime = -1;
static int hf_rs_addr = -1;
static int hf_rs_prio = -1;
static int hf_rs_entry_lifetime = -1;
static int hf_coaext_reserved = -1;
static int hf_coaext_addr = -1;
static int hf_auth_type = -1;
static int hf_auth_spi = -1;
static int hf_auth_authenticator = -1;
static int hf_auth_valid = -1;
static int hf_response_in = -1;
static int hf_response_to = -1;
static int hf_response_time = -1;

/* The built-in dissector's fields, for base-protocol extensions (plugin.md 2). */
static int hf_mip_auth_spi = -1;
static int hf_mip_auth_auth = -1;
static int hf_mip_auth_subtype = -1;
static int hf_mip_nai = -1;

static gint ett_dremip = -1;
static gint ett_flags = -1;
static gint ett_ext = -1;
static gint ett_rs_entry = -1;

static dissector_handle_t mip_handle;     /* the built-in RFC 3344 dissector */
static dissector_handle_t dremip_handle;  /* ours, owned by the dremip protocol */
static dissector_handle_t udp_handle;     /* protocol-less switch on udp.port */

static guint pref_udp_port = MIPX_MIP4_UDP_PORT;
static guint registered_port;
/* Request flag 0x02: DREMIP's R, RFC 3024's T, or by what the capture
 * shows (docs/standard-mip4.md 2): an enum rbit_mode, as the model reads it. */
static gint pref_rbit = RBIT_AUTO;
static gboolean pref_rbit_as_t = FALSE; /* obsolete dremip.rbit_as_t: T */
/* The first frame that showed DREMIP, 0: none yet (first pass). */
static guint32 dremip_shown_frame;

/* What the switch on udp.port hands to the dremip dissector. */
struct dremip_input {
	const uint8_t *buf;
	size_t len;
	struct mipx_mip4_msg *msg;
	mipx_status status;
	struct mipx_error err;
	bool cut; /* by the snap length (mipx_tvb_cut): never malformed */
};

/* One request and its reply (README.request_response_tracking). */
struct dremip_txn {
	guint32 req_frame;
	guint32 rep_frame;
	nstime_t req_time;
	uint8_t *req;
	size_t req_len;
	bool dremip; /* the request went to the dremip dissector */
};

struct dremip_conv {
	wmem_tree_t *registrations; /* by identification, low 32 bits */
	wmem_tree_t *routes;
	/* DREMIP 6.5: a Route Reply answers the latest Route Request to that agent. */
	struct dremip_txn *latest_route;
};

/* ---- R or T ---- */

void mipx_dremip_shown(packet_info *pinfo)
{
	if (!PINFO_FD_VISITED(pinfo) && (!dremip_shown_frame || pinfo->num < dremip_shown_frame))
		dremip_shown_frame = pinfo->num;
}

/* DREMIP 3.4-3.5 route messages and extensions 81-85 show DREMIP. */
static void note_dremip(packet_info *pinfo, const struct dremip_input *in)
{
	if (in->len >= 1 && mipx_mip4_is_route(in->buf[0])) {
		mipx_dremip_shown(pinfo);
		return;
	}
	for (unsigned i = 0; i < in->msg->n_ext && i < MIPX_MIP4_MAX_EXTS; i++)
		if (mipx_mip4_is_dremip_ext(in->msg->ext[i].type)) {
			mipx_dremip_shown(pinfo);
			return;
		}
}

/* Flag 0x02 of a request in this frame, or of the request a reply in this
 * frame answers, reads as T: by the preference, or (auto) as long as no
 * frame up to this one showed DREMIP. */
enum rbit_mode mipx_dremip_rbit(void)
{
	return pref_rbit == RBIT_AUTO && pref_rbit_as_t ? RBIT_T : (enum rbit_mode)pref_rbit;
}

static bool rbit_reads_t(const packet_info *pinfo)
{
	enum rbit_mode mode = mipx_dremip_rbit();

	if (mode != RBIT_AUTO)
		return mode == RBIT_T;
	return !dremip_shown_frame || dremip_shown_frame > pinfo->num;
}

static void dremip_init(void)
{
	dremip_shown_frame = 0;
}

/* ---- fields ---- */

static void bits_str(uint8_t mask, uint8_t value, char out[12])
{
	unsigned j = 0;

	for (int bit = 7; bit >= 0; bit--) {
		uint8_t m = (uint8_t)(1u << bit);

		out[j++] = (mask & m) ? ((value & m) ? '1' : '0') : '.';
		if (bit == 4)
			out[j++] = ' ';
	}
	out[j] = '\0';
}

static void add_flags(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo, uint8_t flags)
{
	static int *const hfs[] = { &hf_flag_s, &hf_flag_b, &hf_flag_d, &hf_flag_m,
				    &hf_flag_g, &hf_flag_v, &hf_flag_r, &hf_flag_x };
	static const char *const names[] = {
		"Simultaneous bindings (S)", "Broadcast datagrams (B)",
		"Decapsulation by mobile node (D)", "Minimal encapsulation (M)",
		"GRE encapsulation (G)", "Van Jacobson compression (V)",
		"DREMIP (R)", "Reserved (x)" };
	proto_item *ti = proto_tree_add_uint(tree, hf_flags, tvb, 1, 1, flags);
	proto_tree *ft = proto_item_add_subtree(ti, ett_flags);

	for (unsigned i = 0; i < 8; i++) {
		uint8_t mask = (uint8_t)(0x80u >> i);
		const char *name = names[i];
		char bits[12];

		/* The same bit is RFC 3024's reverse tunnelling on newer networks
		 * (wire-format.md 1.1): the label follows the preference. */
		if (mask == MIPX_REG_FLAG_R && rbit_reads_t(pinfo))
			name = "Reverse tunnelling (T)";
		bits_str(mask, flags, bits);
		proto_tree_add_boolean_format(ft, *hfs[i], tvb, 1, 1, flags, "%s = %s: %s",
					      bits, name, (flags & mask) ? "Set" : "Not set");
	}
}

static int off_of(const uint8_t *buf, const uint8_t *p)
{
	return (int)(p - buf);
}

void mipx_dremip_add_ext(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
			 const uint8_t *buf, size_t len,
			 const struct mipx_mip4_ext *ext)
{
	int start = ext->offset;
	int data = ext->data ? off_of(buf, ext->data) : start + ext->header_len;
	int span = ext->header_len + ext->length;
	proto_item *ti;
	proto_tree *et;

	if (start + span > (int)len)
		span = (int)len - start;
	et = proto_tree_add_subtree_format(tree, tvb, start, span, ett_ext, &ti, "%s Extension",
					   mipx_mip4_ext_name(ext->type));
	proto_tree_add_uint_format_value(et, hf_ext_type, tvb, start, 1, ext->type, "%s (%u)",
					 mipx_mip4_ext_name(ext->type), ext->type);
	if (ext->header_len == 1)
		return;
	if (ext->header_len == 4) {
		/* RFC 3012 / 3115 / 5563 forms: type, subtype, 16-bit length. */
		proto_tree_add_uint(et, hf_mip_auth_subtype > 0 && ext->type == MIPX_EXT_GEN_AUTH ?
					hf_mip_auth_subtype : hf_ext_subtype,
				    tvb, start + 1, 1, ext->subtype);
		proto_tree_add_uint(et, hf_ext_len, tvb, start + 2, 2, ext->length);
	} else {
		proto_tree_add_uint(et, hf_ext_len, tvb, start + 1, 1, ext->length);
	}

	switch (ext->type) {
	case MIPX_EXT_REG_SERVER: {
		const struct mipx_rs_ext *rs = &ext->u.rs;
		char lt[24];

		proto_tree_add_uint_format_value(et, hf_rs_lifetime, tvb, data, 2, rs->lifetime,
						 "%s", mipx_lifetime_str(rs->lifetime, lt));
		for (unsigned i = 0; i < rs->count && i < MIPX_RS_MAX_ENTRIES; i++) {
			const struct mipx_rs_entry *e = &rs->entry[i];
			int eo = data + 2 + 8 * (int)i;
			char addr[16];
			proto_tree *st = proto_tree_add_subtree_format(
				et, tvb, eo, 8, ett_rs_entry, NULL,
				"Registration server %s, priority %u, lifetime %s",
				mipx_ipv4_str(e->address, addr), e->priority,
				mipx_lifetime_str(e->lifetime, lt));

			proto_tree_add_ipv4(st, hf_rs_addr, tvb, eo, 4, g_htonl(e->address));
			proto_tree_add_uint(st, hf_rs_prio, tvb, eo + 4, 2, e->priority);
			proto_tree_add_uint_format_value(st, hf_rs_entry_lifetime, tvb, eo + 6, 2,
							 e->lifetime, "%s",
							 e->lifetime == 0 ? "0 (takes no more mobile nodes)" :
							 mipx_lifetime_str(e->lifetime, lt));
		}
		break;
	}
	case MIPX_EXT_CARE_OF: {
		char addr[16];

		proto_tree_add_uint(et, hf_coaext_reserved, tvb, data, 2, ext->u.care_of.reserved);
		proto_tree_add_ipv4(et, hf_coaext_addr, tvb, data + 2, 4, g_htonl(ext->u.care_of.address));
		proto_item_append_text(ti, ": %s", mipx_ipv4_str(ext->u.care_of.address, addr));
		break;
	}
	case MIPX_EXT_MN_HA_AUTH:
	case MIPX_EXT_MN_FA_AUTH:
	case MIPX_EXT_FA_HA_AUTH:
	case MIPX_EXT_GEN_AUTH:
	case MIPX_EXT_AGENT_SERVER_AUTH:
	case MIPX_EXT_MOBILE_SERVER_AUTH:
	case MIPX_EXT_SERVER_SERVER_AUTH: {
		bool base_ext = !mipx_mip4_is_dremip_ext(ext->type);
		int hf_spi = base_ext && hf_mip_auth_spi > 0 ? hf_mip_auth_spi : hf_auth_spi;
		int hf_auth = base_ext && hf_mip_auth_auth > 0 ? hf_mip_auth_auth : hf_auth_authenticator;
		const struct mipx_key *key = mipx_dremip_key(ext->u.auth.spi);
		int ao = ext->u.auth.authenticator ? off_of(buf, ext->u.auth.authenticator) : data + 4;
		proto_item *type_item;

		/* The type byte is already shown as dremip.ext.type; the
		 * dremip.auth.type field stays filterable but hidden. */
		type_item = proto_tree_add_uint(et, hf_auth_type, tvb, start, 1, ext->type);
		proto_item_set_hidden(type_item);
		proto_tree_add_uint(et, hf_spi, tvb, data, 4, ext->u.auth.spi);
		if (ext->u.auth.authenticator_len)
			proto_tree_add_bytes(et, hf_auth, tvb, ao, ext->u.auth.authenticator_len,
					     ext->u.auth.authenticator);
		if (key) {
			bool ok = mipx_mip4_auth_verify(buf, len, ext, key->key, key->key_len);
			proto_item *vi = proto_tree_add_boolean(et, hf_auth_valid, tvb, ao,
								ext->u.auth.authenticator_len, ok);

			proto_item_set_generated(vi);
			proto_item_append_text(ti, ok ? " (verified)" : " (does not verify)");
		}
		break;
	}
	case MIPX_EXT_NAI:
		if (hf_mip_nai > 0 && ext->length)
			proto_tree_add_item(et, hf_mip_nai, tvb, data, ext->length, ENC_ASCII);
		else if (ext->length)
			proto_tree_add_item(et, hf_ext_data, tvb, data, ext->length, ENC_NA);
		break;
	default:
		if (ext->length)
			proto_tree_add_item(et, hf_ext_data, tvb, data, ext->length, ENC_NA);
		break;
	}
	(void)pinfo;
}

/* ---- tracking ---- */

static struct dremip_conv *conv_state(packet_info *pinfo)
{
	conversation_t *conv = find_or_create_conversation(pinfo);
	struct dremip_conv *cs = (struct dremip_conv *)conversation_get_proto_data(conv, mipx_proto_dremip);

	if (!cs) {
		cs = wmem_new0(wmem_file_scope(), struct dremip_conv);
		cs->registrations = wmem_tree_new(wmem_file_scope());
		cs->routes = wmem_tree_new(wmem_file_scope());
		conversation_add_proto_data(conv, mipx_proto_dremip, cs);
	}
	return cs;
}

static struct dremip_txn *track(packet_info *pinfo, const struct dremip_input *in, bool ours)
{
	const struct mipx_mip4_msg *msg = in->msg;
	struct dremip_txn *txn;

	if (!PINFO_FD_VISITED(pinfo) && in->status == MIPX_OK) {
		struct dremip_conv *cs = conv_state(pinfo);
		bool route = mipx_mip4_is_route(msg->type);
		wmem_tree_t *tree = route ? cs->routes : cs->registrations;
		guint32 key = (guint32)(msg->identification & 0xffffffffu);

		if (mipx_mip4_is_request(msg->type)) {
			txn = wmem_new0(wmem_file_scope(), struct dremip_txn);
			txn->req_frame = pinfo->num;
			txn->req_time = pinfo->abs_ts;
			txn->req = (uint8_t *)wmem_memdup(wmem_file_scope(), in->buf, in->len);
			txn->req_len = in->len;
			txn->dremip = ours;
			wmem_tree_insert32(tree, key, txn);
			if (route)
				cs->latest_route = txn;
			p_add_proto_data(wmem_file_scope(), pinfo, mipx_proto_dremip, 0, txn);
		} else {
			txn = (struct dremip_txn *)wmem_tree_lookup32(tree, key);
			if ((!txn || txn->rep_frame) && route)
				txn = cs->latest_route;
			if (txn && !txn->rep_frame && txn->req_frame < pinfo->num) {
				txn->rep_frame = pinfo->num;
				p_add_proto_data(wmem_file_scope(), pinfo, mipx_proto_dremip, 0, txn);
			}
		}
	}
	return (struct dremip_txn *)p_get_proto_data(wmem_file_scope(), pinfo, mipx_proto_dremip, 0);
}

/* ---- the message ---- */

static void set_info(packet_info *pinfo, const struct mipx_mip4_msg *msg)
{
	char a[16], b[16], c[16], lt[24];
	const struct mipx_mip4_ext *coa = mipx_mip4_find_ext(msg, MIPX_EXT_CARE_OF);

	switch (msg->type) {
	case MIPX_MIP4_REG_REQUEST:
		col_add_fstr(pinfo->cinfo, COL_INFO, "Registration Request home %s registrar %s CoA %s lifetime %s%s",
			     mipx_ipv4_str(msg->home_address, a), mipx_ipv4_str(msg->registrar, b),
			     mipx_ipv4_str(msg->care_of, c), mipx_lifetime_str(msg->lifetime, lt),
			     (msg->flags & MIPX_REG_FLAG_R) ? (rbit_reads_t(pinfo) ? " [T]" : " [R]") : "");
		break;
	case MIPX_MIP4_REG_REPLY:
		col_add_fstr(pinfo->cinfo, COL_INFO, "Registration Reply code %u (%s) lifetime %s home %s",
			     msg->code, mipx_reg_code_name(msg->code), mipx_lifetime_str(msg->lifetime, lt),
			     mipx_ipv4_str(msg->home_address, a));
		if (coa)
			col_append_fstr(pinfo->cinfo, COL_INFO, " CoA %s", mipx_ipv4_str(coa->u.care_of.address, b));
		break;
	case MIPX_MIP4_ROUTE_REQUEST:
		col_add_fstr(pinfo->cinfo, COL_INFO, "Route Request dst=%s via %s lifetime %s",
			     mipx_ipv4_str(msg->destination, a), mipx_ipv4_str(msg->next_hop, b),
			     mipx_lifetime_str(msg->lifetime, lt));
		break;
	case MIPX_MIP4_ROUTE_REPLY:
		col_add_fstr(pinfo->cinfo, COL_INFO, "Route Reply code %u (%s) dst=%s via %s lifetime %s",
			     msg->code, mipx_route_code_name(msg->code), mipx_ipv4_str(msg->destination, a),
			     mipx_ipv4_str(msg->next_hop, b), mipx_lifetime_str(msg->lifetime, lt));
		break;
	default:
		col_add_fstr(pinfo->cinfo, COL_INFO, "%s", mipx_mip4_type_name(msg->type));
		break;
	}
}

static int fixed_len(uint8_t type)
{
	return type == MIPX_MIP4_REG_REQUEST ? MIPX_MIP4_REG_REQUEST_LEN :
	       (type == MIPX_MIP4_REG_REPLY || mipx_mip4_is_route(type)) ? MIPX_MIP4_ROUTE_LEN : 1;
}

static void add_fixed(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
		      const struct mipx_mip4_msg *msg)
{
	char lt[24];
	int id_off = msg->type == MIPX_MIP4_REG_REQUEST ? 16 : 12;

	proto_tree_add_item(tree, hf_type, tvb, 0, 1, ENC_BIG_ENDIAN);
	switch (msg->type) {
	case MIPX_MIP4_REG_REQUEST:
		add_flags(tree, tvb, pinfo, msg->flags);
		break;
	case MIPX_MIP4_REG_REPLY:
		proto_tree_add_item(tree, hf_code, tvb, 1, 1, ENC_BIG_ENDIAN);
		break;
	case MIPX_MIP4_ROUTE_REQUEST:
		proto_tree_add_uint(tree, hf_reserved, tvb, 1, 1, msg->reserved);
		break;
	default:
		proto_tree_add_item(tree, hf_route_code, tvb, 1, 1, ENC_BIG_ENDIAN);
		break;
	}
	proto_tree_add_uint_format_value(tree, hf_lifetime, tvb, 2, 2, msg->lifetime, "%s",
					 mipx_lifetime_str(msg->lifetime, lt));
	if (mipx_mip4_is_route(msg->type)) {
		proto_tree_add_ipv4(tree, hf_dest, tvb, 4, 4, g_htonl(msg->destination));
		proto_tree_add_ipv4(tree, hf_nexthop, tvb, 8, 4, g_htonl(msg->next_hop));
	} else {
		proto_tree_add_ipv4(tree, hf_homeaddr, tvb, 4, 4, g_htonl(msg->home_address));
		proto_tree_add_ipv4(tree, hf_registrar, tvb, 8, 4, g_htonl(msg->registrar));
		if (msg->type == MIPX_MIP4_REG_REQUEST)
			proto_tree_add_ipv4(tree, hf_coa, tvb, 12, 4, g_htonl(msg->care_of));
	}
	proto_tree_add_uint64(tree, hf_ident, tvb, id_off, 8, msg->identification);
}

static void add_tracking(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
			 const struct dremip_input *in, struct dremip_txn *txn,
			 struct mipx_verdicts *pair)
{
	const struct mipx_mip4_msg *msg = in->msg;
	proto_item *it;

	if (!txn)
		return;
	if (mipx_mip4_is_request(msg->type)) {
		if (txn->rep_frame) {
			it = proto_tree_add_uint(tree, hf_response_in, tvb, 0, 0, txn->rep_frame);
			proto_item_set_generated(it);
		}
		return;
	}
	if (txn->rep_frame != pinfo->num)
		return;
	{
		nstime_t delta;
		struct mipx_mip4_msg *req = wmem_new0(pinfo->pool, struct mipx_mip4_msg);
		struct mipx_error err;

		it = proto_tree_add_uint(tree, hf_response_to, tvb, 0, 0, txn->req_frame);
		proto_item_set_generated(it);
		nstime_delta(&delta, &pinfo->abs_ts, &txn->req_time);
		it = proto_tree_add_time(tree, hf_response_time, tvb, 0, 0, &delta);
		proto_item_set_generated(it);
		memset(&err, 0, sizeof(err));
		if (mipx_mip4_decode(txn->req, txn->req_len, req, &err) == MIPX_OK)
			mipx_rules_mip4_pair(req, msg, rbit_reads_t(pinfo), pair);
	}
}

static int dissect_dremip(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
	struct dremip_input *in = (struct dremip_input *)data;
	const struct mipx_mip4_msg *msg;
	struct mipx_verdicts *verdicts, *pair;
	struct mipx_dremip_tap *tap;
	struct dremip_txn *txn;
	proto_item *ti;
	proto_tree *dt;
	int flen;

	if (!in)
		return 0;
	msg = in->msg;
	col_set_str(pinfo->cinfo, COL_PROTOCOL, "DREMIP");
	col_clear(pinfo->cinfo, COL_INFO);
	ti = proto_tree_add_item(tree, mipx_proto_dremip, tvb, 0, -1, ENC_NA);
	dt = proto_item_add_subtree(ti, ett_dremip);
	flen = fixed_len(msg->type);

	verdicts = wmem_new0(pinfo->pool, struct mipx_verdicts);
	pair = wmem_new0(pinfo->pool, struct mipx_verdicts);
	if (in->status != MIPX_OK && in->err.offset < (size_t)flen) {
		/* The fixed part itself is cut or wrong: only the type is known. */
		proto_tree_add_item(dt, hf_type, tvb, 0, 1, ENC_BIG_ENDIAN);
		col_add_fstr(pinfo->cinfo, COL_INFO, "%s (malformed)", mipx_mip4_type_name(msg->type));
	} else {
		add_fixed(dt, tvb, pinfo, msg);
		for (unsigned i = 0; i < msg->n_ext && i < MIPX_MIP4_MAX_EXTS; i++)
			mipx_dremip_add_ext(dt, pinfo, tvb, in->buf, in->len, &msg->ext[i]);
		set_info(pinfo, msg);
		proto_item_append_text(ti, ", %s", mipx_mip4_type_name(msg->type));
	}

	txn = track(pinfo, in, true);
	if (in->status == MIPX_OK) {
		add_tracking(dt, tvb, pinfo, in, txn, pair);
		mipx_rules_mip4_message(msg, in->buf, in->len, mipx_dremip_keyring(), verdicts);
	} else if (!in->cut) {
		mipx_rules_malformed(false, &in->err, verdicts);
		col_append_str(pinfo->cinfo, COL_INFO, " [malformed]");
	}
	mipx_expert_add(dt, pinfo, tvb, 0, (int)in->len, verdicts, false);
	mipx_expert_add(dt, pinfo, tvb, 0, (int)in->len, pair, true);

	tap = wmem_new0(pinfo->pool, struct mipx_dremip_tap);
	tap->type = msg->type;
	tap->has_code = msg->type == MIPX_MIP4_REG_REPLY || msg->type == MIPX_MIP4_ROUTE_REPLY;
	tap->code = msg->code;
	for (unsigned i = 0; i < msg->n_ext && i < MIPX_MIP4_MAX_EXTS; i++)
		tap->ext_type[tap->n_ext++] = msg->ext[i].type;
	tap_queue_packet(mipx_dremip_tap, pinfo, tap);

	/* Wireshark's own malformed handling: a message cut short raises the
	 * bounds exception its length calls for (captured vs reported). */
	if (in->status == MIPX_TRUNCATED)
		tvb_ensure_bytes_exist(tvb, (gint)in->err.offset, 1);
	else if (in->cut)
		tvb_ensure_bytes_exist(tvb, (gint)tvb_captured_length(tvb), 1);
	return (int)tvb_captured_length(tvb);
}

/* Plain RFC 3344 stays with the built-in dissector (plugin.md 1). */
static bool is_ours(packet_info *pinfo, const struct dremip_input *in)
{
	const struct mipx_mip4_msg *msg = in->msg;

	if (in->len < 1)
		return false;
	if (mipx_mip4_is_route(in->buf[0]))
		return true;
	if (in->buf[0] != MIPX_MIP4_REG_REQUEST && in->buf[0] != MIPX_MIP4_REG_REPLY)
		return false;
	if (in->buf[0] == MIPX_MIP4_REG_REQUEST && !rbit_reads_t(pinfo) && in->len >= 2 &&
	    (msg->flags & MIPX_REG_FLAG_R) && (in->status == MIPX_OK || in->err.offset >= 2))
		return true;
	for (unsigned i = 0; i < msg->n_ext && i < MIPX_MIP4_MAX_EXTS; i++)
		if (mipx_mip4_is_dremip_ext(msg->ext[i].type))
			return true;
	/* A DREMIP extension that does not parse ("ext82.length") is still ours. */
	if (in->status != MIPX_OK && in->err.field && strncmp(in->err.field, "ext8", 4) == 0 &&
	    in->err.field[4] >= '1' && in->err.field[4] <= '5' && in->err.field[5] == '.')
		return true;
	return false;
}

/* A reply (even a malformed one) to a request the dremip dissector took. */
static bool answers_ours(packet_info *pinfo, const struct dremip_input *in)
{
	conversation_t *conv;
	struct dremip_conv *cs;

	if (in->msg->type != MIPX_MIP4_REG_REPLY ||
	    (in->status != MIPX_OK && in->err.offset < MIPX_MIP4_REG_REPLY_LEN))
		return false;
	conv = find_conversation_pinfo(pinfo, 0);
	cs = conv ? (struct dremip_conv *)conversation_get_proto_data(conv, mipx_proto_dremip) : NULL;
	if (!cs)
		return false;
	{
		struct dremip_txn *txn = (struct dremip_txn *)wmem_tree_lookup32(
			cs->registrations, (guint32)(in->msg->identification & 0xffffffffu));

		return txn && txn->dremip;
	}
}

static int dissect_udp_switch(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
	struct dremip_input *in = wmem_new0(pinfo->pool, struct dremip_input);
	int ret;

	in->buf = mipx_tvb_bytes(pinfo, tvb, 0, &in->len);
	in->msg = wmem_new0(pinfo->pool, struct mipx_mip4_msg);
	in->status = mipx_mip4_decode(in->buf, in->len, in->msg, &in->err);
	in->cut = mipx_tvb_cut(tvb, in->status, &in->err);
	if (in->cut && (in->status == MIPX_OK || (in->len >= 1 &&
			in->err.offset >= (size_t)mipx_mip4_fixed_len(in->buf[0])))) {
		/* the fixed part is whole: judged on what was captured */
		in->status = MIPX_OK;
		in->msg->notes |= MIPX_NOTE_CUT;
	}
	if (in->status != MIPX_OK && in->len >= 1)
		in->msg->type = in->buf[0];
	if (in->status != MIPX_OK && in->msg->n_ext > MIPX_MIP4_MAX_EXTS)
		in->msg->n_ext = 0;
	/* Decided on the first pass, so that later passes agree. */
	if (!PINFO_FD_VISITED(pinfo))
		note_dremip(pinfo, in);
	if (!PINFO_FD_VISITED(pinfo) && (is_ours(pinfo, in) || answers_ours(pinfo, in)))
		p_add_proto_data(wmem_file_scope(), pinfo, mipx_proto_dremip, 1, GUINT_TO_POINTER(1));
	if (!p_get_proto_data(wmem_file_scope(), pinfo, mipx_proto_dremip, 1)) {
		/* Remember plain requests too: a DREMIP reply to one is DRM-RBIT-MIX. */
		if (in->status == MIPX_OK && in->msg->type == MIPX_MIP4_REG_REQUEST)
			(void)track(pinfo, in, false);
		ret = mipx_builtin_call(MIPX_BUILTIN_MIP, tvb, pinfo, tree, data);
	} else {
		ret = call_dissector_with_data(dremip_handle, tvb, pinfo, tree, in);
	}
	mipx_checksum_tree(tree, tvb, pinfo, MIPX_PAYLOAD_MIP4);
	return ret;
}

/* ---- registration ---- */

uint16_t mipx_dremip_udp_port(void)
{
	return (uint16_t)pref_udp_port;
}

static void apply_prefs(void)
{
	mipx_keys_apply();

	if (!udp_handle || registered_port == pref_udp_port)
		return;
	if (registered_port) {
		dissector_delete_uint("udp.port", registered_port, udp_handle);
		/* Give the old port back to the built-in dissector. */
		if (mip_handle && registered_port == MIPX_MIP4_UDP_PORT)
			dissector_add_uint("udp.port", registered_port, mip_handle);
	}
	registered_port = pref_udp_port;
	if (registered_port)
		dissector_add_uint("udp.port", registered_port, udp_handle);
}

/*
 * value_string tables filled from the codec's name functions, so that a
 * name has one source (codec/src/mip4_names.c).  A number the codec does
 * not name is left out: Wireshark then shows it as "Unknown (n)".  Each
 * table has room for all 256 values and the terminating zero entry.
 */
static value_string type_vals[257];
static value_string reg_code_vals[257];
static value_string route_code_vals[257];

static void fill_vals(value_string *vals, const char *(*name)(uint8_t))
{
	unsigned n = 0;

	for (unsigned v = 0; v <= UINT8_MAX; v++) {
		const char *s = name((uint8_t)v);

		if (g_ascii_strcasecmp(s, "unknown") != 0) {
			vals[n].value = v;
			vals[n].strptr = s;
			n++;
		}
	}
	vals[n].value = 0;
	vals[n].strptr = NULL;
}

void mipx_proto_register_dremip(void)
{
	static hf_register_info hf[] = {
		{ &hf_type, { "Message Type", "dremip.type", FT_UINT8, BASE_DEC, VALS(type_vals), 0, NULL, HFILL } },
		{ &hf_flags, { "Flags", "dremip.flags", FT_UINT8, BASE_HEX, NULL, 0, NULL, HFILL } },
		{ &hf_flag_s, { "Simultaneous bindings (S)", "dremip.flags.s", FT_BOOLEAN, 8, NULL, MIPX_REG_FLAG_S, NULL, HFILL } },
		{ &hf_flag_b, { "Broadcast datagrams (B)", "dremip.flags.b", FT_BOOLEAN, 8, NULL, MIPX_REG_FLAG_B, NULL, HFILL } },
		{ &hf_flag_d, { "Decapsulation by mobile node (D)", "dremip.flags.d", FT_BOOLEAN, 8, NULL, MIPX_REG_FLAG_D, NULL, HFILL } },
		{ &hf_flag_m, { "Minimal encapsulation (M)", "dremip.flags.m", FT_BOOLEAN, 8, NULL, MIPX_REG_FLAG_M, NULL, HFILL } },
		{ &hf_flag_g, { "GRE encapsulation (G)", "dremip.flags.g", FT_BOOLEAN, 8, NULL, MIPX_REG_FLAG_G, NULL, HFILL } },
		{ &hf_flag_v, { "Van Jacobson compression (V)", "dremip.flags.v", FT_BOOLEAN, 8, NULL, MIPX_REG_FLAG_V, NULL, HFILL } },
		{ &hf_flag_r, { "DREMIP (R) / reverse tunnelling (T)", "dremip.flags.r", FT_BOOLEAN, 8, NULL, MIPX_REG_FLAG_R,
				"DREMIP-capable sender, or RFC 3024's T bit: as preference dremip.rbit reads it", HFILL } },
		{ &hf_flag_x, { "Reserved (x)", "dremip.flags.x", FT_BOOLEAN, 8, NULL, MIPX_REG_FLAG_X, NULL, HFILL } },
		{ &hf_lifetime, { "Lifetime", "dremip.lifetime", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_homeaddr, { "Home Address", "dremip.homeaddr", FT_IPv4, BASE_NONE, NULL, 0, NULL, HFILL } },
		{ &hf_registrar, { "Binding Registrar", "dremip.registrar", FT_IPv4, BASE_NONE, NULL, 0,
				   "RFC 3344's Home Agent field: a home agent or a registration server", HFILL } },
		{ &hf_coa, { "Care-of Address", "dremip.coa", FT_IPv4, BASE_NONE, NULL, 0, NULL, HFILL } },
		{ &hf_ident, { "Identification", "dremip.ident", FT_UINT64, BASE_HEX, NULL, 0, NULL, HFILL } },
		/* Registration Reply and route messages number their codes apart:
		 * one filter field, two tables. */
		{ &hf_code, { "Code", "dremip.code", FT_UINT8, BASE_DEC, VALS(reg_code_vals), 0,
			      "Registration Reply code", HFILL } },
		{ &hf_route_code, { "Code", "dremip.code", FT_UINT8, BASE_DEC, VALS(route_code_vals), 0,
				    "Route Reply code", HFILL } },
		{ &hf_dest, { "Destination", "dremip.dest", FT_IPv4, BASE_NONE, NULL, 0,
			      "The mobile node's home address", HFILL } },
		{ &hf_nexthop, { "Next Hop", "dremip.nexthop", FT_IPv4, BASE_NONE, NULL, 0,
				 "The child care-of address", HFILL } },
		{ &hf_reserved, { "Reserved", "dremip.reserved", FT_UINT8, BASE_HEX, NULL, 0, NULL, HFILL } },
		{ &hf_ext_type, { "Extension Type", "dremip.ext.type", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_ext_len, { "Extension Length", "dremip.ext.len", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_ext_subtype, { "Extension Subtype", "dremip.ext.subtype", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_ext_data, { "Extension Data", "dremip.ext.data", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
		{ &hf_rs_lifetime, { "Extension Lifetime", "dremip.rs.lifetime", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_rs_addr, { "Registration Server", "dremip.rs.addr", FT_IPv4, BASE_NONE, NULL, 0, NULL, HFILL } },
		{ &hf_rs_prio, { "Priority", "dremip.rs.prio", FT_UINT16, BASE_DEC, NULL, 0,
				 "Level of authorization (the draft defines no order)", HFILL } },
		{ &hf_rs_entry_lifetime, { "Lifetime", "dremip.rs.entry_lifetime", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_coaext_reserved, { "Reserved", "dremip.coaext.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
		{ &hf_coaext_addr, { "Parent Care-of Address", "dremip.coaext.addr", FT_IPv4, BASE_NONE, NULL, 0, NULL, HFILL } },
		{ &hf_auth_type, { "Authentication Type", "dremip.auth.type", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
		{ &hf_auth_spi, { "SPI", "dremip.auth.spi", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
		{ &hf_auth_authenticator, { "Authenticator", "dremip.auth.authenticator", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
		{ &hf_auth_valid, { "Authenticator verifies", "dremip.auth.valid", FT_BOOLEAN, BASE_NONE, NULL, 0,
				    "HMAC-MD5 with the key configured for this SPI (dremip_keys)", HFILL } },
		{ &hf_response_in, { "Response In", "dremip.response_in", FT_FRAMENUM, BASE_NONE,
				     FRAMENUM_TYPE(FT_FRAMENUM_RESPONSE), 0, NULL, HFILL } },
		{ &hf_response_to, { "Response To", "dremip.response_to", FT_FRAMENUM, BASE_NONE,
				     FRAMENUM_TYPE(FT_FRAMENUM_REQUEST), 0, NULL, HFILL } },
		{ &hf_response_time, { "Response Time", "dremip.response_time", FT_RELATIVE_TIME, BASE_NONE, NULL, 0,
				       "Time between the request and its reply", HFILL } },
	};
	static gint *ett[] = { &ett_dremip, &ett_flags, &ett_ext, &ett_rs_entry };
	module_t *module;

	mipx_proto_dremip = proto_register_protocol(
		"Dynamic Registration and Routing for Mobile IP (DREMIP)", "DREMIP", "dremip");
	fill_vals(type_vals, mipx_mip4_type_name);
	fill_vals(reg_code_vals, mipx_reg_code_name);
	fill_vals(route_code_vals, mipx_route_code_name);
	proto_register_field_array(mipx_proto_dremip, hf, array_length(hf));
	proto_register_subtree_array(ett, array_length(ett));
	dremip_handle = register_dissector("dremip", dissect_dremip, mipx_proto_dremip);
	register_init_routine(dremip_init);
	mipx_dremip_tap = register_tap("dremip");

	module = prefs_register_protocol(mipx_proto_dremip, apply_prefs);
	prefs_register_uint_preference(module, "udp_port", "UDP port",
				       "UDP port of registration and route messages", 10, &pref_udp_port);
	static const enum_val_t rbit_vals[] = {
		{ "auto", "Auto: R once the capture shows DREMIP, T until then", RBIT_AUTO },
		{ "r", "R: DREMIP (draft-chuahli-mobileip-dremip 3.2)", RBIT_R },
		{ "t", "T: reverse tunnelling (RFC 3024 3.1)", RBIT_T },
		{ NULL, NULL, 0 },
	};
	prefs_register_enum_preference(module, "rbit", "Registration Request flag 0x02",
				       "DREMIP's R bit, RFC 3024's T bit, or (auto) R from the first frame "
				       "that shows DREMIP (an extension 81-85, a route message, an agent "
				       "advertisement with extension 81) and T before it",
				       &pref_rbit, rbit_vals, FALSE);
	/* The old name: TRUE still means T (when dremip.rbit is auto). */
	prefs_register_bool_preference(module, "rbit_as_t", "Read flag 0x02 as T (obsolete)",
				       "Obsolete: use dremip.rbit.  TRUE reads Registration Request flag "
				       "0x02 as RFC 3024's T bit when dremip.rbit is auto",
				       &pref_rbit_as_t);
	mipx_keys_register(module);
	mipx_builtin_register(mipx_proto_dremip);
	mipx_dremip_register_adv();
	mipx_expert_register(mipx_proto_dremip, "dremip.");
	mipx_checksum_register(mipx_proto_dremip, "dremip");
}

void mipx_proto_reg_handoff_dremip(void)
{
	mip_handle = find_dissector("mip");
	hf_mip_auth_spi = proto_registrar_get_id_byname("mip.auth.spi");
	hf_mip_auth_auth = proto_registrar_get_id_byname("mip.auth.auth");
	hf_mip_auth_subtype = proto_registrar_get_id_byname("mip.ext.auth.subtype");
	hf_mip_nai = proto_registrar_get_id_byname("mip.nai");
	udp_handle = mipx_builtin_wrap("mip", MIPX_BUILTIN_MIP, dissect_udp_switch, "mipx_udp_switch",
				       "Mobile IP, DREMIP messages to the dremip dissector (mipx)");
	registered_port = 0;
	apply_prefs();
	mipx_dremip_handoff_adv();
}
