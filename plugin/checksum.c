/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The checksum of a Mobile IP message as the codec judges it: the UDP
 * checksum of a registration or route message, the ICMP checksum of an
 * agent advertisement, the Mobility Header's own (which Wireshark 4.0's
 * mip6 dissector shows without verifying; no mip6.* field changes).
 *
 * The frame's bytes are decoded again by the codec, so that the pseudo-
 * header is the one the final destination sums (Home Address option, type
 * 2 routing header: RFC 6275 6.3, RFC 8200 8.1) and the value is the one
 * the analyzer computes.  A message that is not the frame's own payload
 * (a tunnel Wireshark unwrapped, a datagram it reassembled) is not judged.
 *
 * Only a checksum that is not right gets a line, with Wireshark's checksum
 * status (proto_tree_add_checksum): bad, with the check as an expert info,
 * or unverified when preference mipx.checksums = offload takes it for one
 * left to the NIC (the model then tells CAPTURE-CHECKSUM-OFFLOAD once per
 * sender).  Right checksums add nothing: a message looks as without the
 * plugin (plugin.md 1).
 */
#include "mipx_plugin.h"

#include "mipx/packet.h"

/* dremip.checksum (UDP and ICMP) and mcoa.checksum (MH) */
enum { FIELDS_DREMIP, FIELDS_MCOA, FIELDS_COUNT };
static int hf_checksum[FIELDS_COUNT] = { -1, -1 };
static int hf_status[FIELDS_COUNT] = { -1, -1 };
static gint ett_checksum[FIELDS_COUNT] = { -1, -1 };
static int proto_of[FIELDS_COUNT] = { -1, -1 };

void mipx_checksum_register(int proto, const char *name)
{
	unsigned k = strcmp(name, "mcoa") == 0 ? FIELDS_MCOA : FIELDS_DREMIP;
	hf_register_info *hf = g_new0(hf_register_info, 2);
	gint **ett = g_new0(gint *, 1);

	hf[0].p_id = &hf_checksum[k];
	hf[0].hfinfo = (header_field_info){ "Checksum (mipx)", g_strdup_printf("%s.checksum", name),
					    FT_UINT16, BASE_HEX, NULL, 0,
					    k == FIELDS_MCOA
						    ? "The Mobility Header checksum, verified (RFC 6275 6.1.1)"
						    : "The UDP or ICMP checksum of the message, verified",
					    HFILL };
	hf[1].p_id = &hf_status[k];
	hf[1].hfinfo = (header_field_info){ "Checksum status (mipx)",
					    g_strdup_printf("%s.checksum.status", name), FT_UINT8,
					    BASE_NONE, VALS(proto_checksum_vals), 0, NULL, HFILL };
	ett[0] = &ett_checksum[k];
	proto_of[k] = proto;
	proto_register_field_array(proto, hf, 2);
	proto_register_subtree_array(ett, 1);
}

/* Where the field is, from the start of the message (UDP's is in the UDP
 * header, 2 octets before the message). */
static int field_offset(enum mipx_payload_kind kind)
{
	return kind == MIPX_PAYLOAD_MIP4 ? -2 : kind == MIPX_PAYLOAD_AGENT_ADV ? 2 : 4;
}

void mipx_checksum_tree(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
			enum mipx_payload_kind kind)
{
	enum checksum_mode mode = mipx_checksum_mode();
	unsigned k = kind == MIPX_PAYLOAD_MH ? FIELDS_MCOA : FIELDS_DREMIP;
	struct mipx_settings settings = MIPX_SETTINGS_DEFAULT;
	const struct mipx_checksum *ck;
	struct mipx_verdicts *verdicts;
	struct mipx_packet *pkt;
	struct mipx_error err;
	tvbuff_t *ds = tvb_get_ds_tvb(tvb);
	const uint8_t *frame;
	size_t flen;
	int dlt = mipx_linktype_of(pinfo), at;
	bool left_to_nic;
	proto_item *ti;
	proto_tree *ct;

	if (mode == CHECKSUMS_IGNORE || dlt < 0 || proto_of[k] < 0)
		return;
	settings.mip4_udp_port = mipx_dremip_udp_port();
	settings.mip6 = mipx_mcoa_settings();
	frame = mipx_tvb_bytes(pinfo, ds, 0, &flen);
	pkt = wmem_new0(pinfo->pool, struct mipx_packet);
	(void)mipx_packet_decode(dlt, frame, flen, &settings, pkt, &err);
	ck = &pkt->frame.checksum;
	if (pkt->frame.kind != kind || pkt->frame.payload_offset != (size_t)tvb_raw_offset(tvb) ||
	    ck->state != MIPX_CHECKSUM_BAD)
		return;
	left_to_nic = mode == CHECKSUMS_OFFLOAD && mipx_checksum_left_to_nic(ck);
	at = (int)pkt->frame.payload_offset + field_offset(kind);
	ti = proto_tree_add_item(tree, proto_of[k], tvb, 0, 0, ENC_NA);
	proto_item_append_text(ti, left_to_nic ? ", checksum not verifiable (offload)"
					       : ", wrong checksum");
	ct = proto_item_add_subtree(ti, ett_checksum[k]);
	proto_tree_add_checksum(ct, ds, (guint)at, hf_checksum[k], hf_status[k], NULL, pinfo,
				ck->expected, ENC_BIG_ENDIAN,
				left_to_nic ? PROTO_CHECKSUM_NO_FLAGS : PROTO_CHECKSUM_VERIFY);
	if (left_to_nic)
		return;
	verdicts = wmem_new0(pinfo->pool, struct mipx_verdicts);
	mipx_rules_checksum(kind, ck, &pkt->frame.src, verdicts);
	mipx_expert_add(ct, pinfo, tvb, 0, (int)tvb_captured_length(tvb), verdicts, false);
}
