/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The Registration Server Extension (81) in an ICMP Agent Advertisement
 * (DREMIP 3.1).  The built-in ICMP dissector shows it as an unknown
 * extension; rather than a postdissector, the plugin puts a switch handle
 * (builtin.c) in front of ICMP on ip.proto 1: it runs the built-in dissector
 * unchanged and, only for a type 9 message whose codec decoding finds an
 * extension 81, adds a dremip subtree with the same dremip.rs.* fields as in
 * a registration message.  Any other ICMP message looks exactly as before.
 */
#include "mipx_plugin.h"

#include <epan/exceptions.h>
#include <epan/tap.h>

static dissector_handle_t adv_handle;   /* dremip protocol, for the layer */
static dissector_handle_t icmp_switch;  /* protocol-less, on ip.proto 1 */
static gint ett_adv = -1;

struct adv_input {
	const uint8_t *buf;
	size_t len;
	struct mipx_agent_adv *adv;
};

static int dissect_adv(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
	struct adv_input *in = (struct adv_input *)data;
	struct mipx_dremip_tap *tap;
	proto_item *ti;
	proto_tree *at;

	if (!in)
		return 0;
	ti = proto_tree_add_item(tree, mipx_proto_dremip, tvb, 0, -1, ENC_NA);
	proto_item_append_text(ti, ", Agent Advertisement extensions");
	at = proto_item_add_subtree(ti, ett_adv);
	tap = wmem_new0(pinfo->pool, struct mipx_dremip_tap);
	tap->type = in->adv->icmp_type;
	tap->in_advertisement = true;
	for (unsigned i = 0; i < in->adv->n_ext && i < MIPX_MIP4_MAX_EXTS; i++) {
		const struct mipx_mip4_ext *ext = &in->adv->ext[i];

		if (ext->type != MIPX_ADV_EXT_REG_SERVER)
			continue;
		mipx_dremip_add_ext(at, pinfo, tvb, in->buf, in->len, ext);
		tap->ext_type[tap->n_ext++] = ext->type;
	}
	col_append_str(pinfo->cinfo, COL_INFO, " [DREMIP Registration Server Extension]");
	tap_queue_packet(mipx_dremip_tap, pinfo, tap);
	return (int)tvb_captured_length(tvb);
}

static int dissect_icmp_switch(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
	volatile int ret = 0;
	volatile unsigned long caught = 0;
	const char *volatile exc_msg = NULL;
	struct adv_input *in;
	struct mipx_error err;

	TRY {
		ret = mipx_builtin_call(MIPX_BUILTIN_ICMP, tvb, pinfo, tree, data);
	}
	CATCH_NONFATAL_ERRORS {
		caught = EXCEPT_CODE;
		exc_msg = GET_MESSAGE;
	}
	ENDTRY;

	in = wmem_new0(pinfo->pool, struct adv_input);
	in->buf = mipx_tvb_bytes(pinfo, tvb, 0, &in->len);
	in->adv = wmem_new0(pinfo->pool, struct mipx_agent_adv);
	/* The codec takes only type 9.  A failed decode still lists the
	 * extensions before the failure; only an intact 81 is shown (its
	 * malformed forms are the ICMP dissector's to flag). */
	(void)mipx_agent_adv_decode(in->buf, in->len, in->adv, &err);
	if (in->len >= 1 && in->buf[0] == 9 && in->adv->n_ext <= MIPX_MIP4_MAX_EXTS &&
	    mipx_agent_adv_find_ext(in->adv, MIPX_ADV_EXT_REG_SERVER)) {
		mipx_dremip_shown(pinfo); /* DREMIP 3.1 */
		call_dissector_with_data(adv_handle, tvb, pinfo, tree, in);
	}
	if (in->len >= 1 && in->buf[0] == 9)
		mipx_checksum_tree(tree, tvb, pinfo, MIPX_PAYLOAD_AGENT_ADV);
	if (caught)
		THROW_MESSAGE(caught, exc_msg);
	return ret;
}

void mipx_dremip_register_adv(void)
{
	static gint *ett[] = { &ett_adv };

	proto_register_subtree_array(ett, array_length(ett));
	adv_handle = register_dissector("dremip_adv", dissect_adv, mipx_proto_dremip);
}

void mipx_dremip_handoff_adv(void)
{
	icmp_switch = mipx_builtin_wrap("icmp", MIPX_BUILTIN_ICMP, dissect_icmp_switch, "mipx_icmp_switch",
					"ICMP, Agent Advertisement extension 81 to dremip (mipx)");
	if (icmp_switch)
		dissector_add_uint("ip.proto", 1, icmp_switch);
}
