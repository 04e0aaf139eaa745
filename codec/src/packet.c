/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Frame to message in one call: the frame layers find the payload, the
 * message decoders read it, and for the Mobility Header the addresses that
 * wire-format.md 2 says identify the mobile node are filled in.
 *
 * Two entry points, one implementation: mipx_packet_decode_lean writes only
 * what this frame uses (for a caller that reuses one struct over a long
 * capture: struct mipx_packet is some 9 KB and clearing all of it per frame
 * cost more than decoding); mipx_packet_decode clears the whole
 * struct first, so nothing stale is left in the other union members.
 */
#include <string.h>

#include "mipx/packet.h"

/* Messages a mobile node sends (RFC 6275 6.1.3-6.1.7); the rest go to it. */
static bool mh_from_mobile_node(uint8_t type)
{
	return type == MIPX_MH_BU || type == MIPX_MH_HOTI || type == MIPX_MH_COTI;
}

/* The frame's checksum record for the MH, over len octets (RFC 6275 6.1.1). */
static void mh_checksum_judge(struct mipx_packet *p, const uint8_t src[16],
			      const uint8_t dst[16], size_t len)
{
	struct mipx_frame *f = &p->frame;
	f->checksum.state = MIPX_CHECKSUM_UNVERIFIED;
	if (f->payload_cut || len > f->payload_len || len < MIPX_MH_HEADER_LEN)
		return;
	f->checksum.wire = p->msg.mh.checksum;
	if (p->mh_checksum_ok) {
		/* summed once already: a right field is its own expected value */
		f->checksum.expected = f->checksum.wire;
		f->checksum.state = MIPX_CHECKSUM_GOOD;
		return;
	}
	f->checksum.expected = mipx_mh_checksum(src, dst, f->payload, len);
	f->checksum.pseudo = mipx_mh_pseudo_sum(src, dst, len);
	f->checksum.state = MIPX_CHECKSUM_BAD;
}

static void mh_addresses(struct mipx_packet *p)
{
	const struct mipx_frame *f = &p->frame;
	const struct mipx_mh *mh = &p->msg.mh;
	const uint8_t *src = f->has_home_address_option ? f->home_address_option : f->src.bytes;
	const uint8_t *dst = f->has_rh2 ? f->rh2_address : f->dst.bytes;
	size_t len = mh->length;

	/* The checksum is verified as the final destination sees the packet:
	 * RFC 6275 9.3.1 swaps the HAO into the source before upper layers
	 * look, and RFC 8200 8.1 uses the last routing address.  A Header
	 * Len below the fixed part: over the fixed part that was read. */
	if (mh->notes & MIPX_NOTE_MH_LEN_SHORT)
		len = (size_t)MIPX_MH_HEADER_LEN + (size_t)mipx_mh_fixed_len(mh->type);
	p->mh_checksum_ok = !f->payload_cut && len <= f->payload_len &&
			    mipx_mh_checksum_ok(src, dst, f->payload, len);
	mh_checksum_judge(p, src, dst, len);

	if (mh_from_mobile_node(mh->type))
		memcpy(p->mn_home_address, src, 16);
	else
		memcpy(p->mn_home_address, dst, 16);

	if (mh->type == MIPX_MH_BU) {
		if (mh->alt_coa_index >= 0 && mh->alt_coa_index < mh->n_opt)
			memcpy(p->bu_care_of, mh->opt[mh->alt_coa_index].u.alt_coa.address, 16);
		else
			memcpy(p->bu_care_of, f->src.bytes, 16);
	}
}

/*
 * A TRUNCATED decode of a cut payload: the capture, not the sender, ended
 * it, unless the message's own length runs past what the IP header
 * declares (that is malformed whatever was captured).  offset counts from
 * the payload.
 */
static void cut_of(struct mipx_packet *p, size_t offset)
{
	const struct mipx_frame *f = &p->frame;
	int fixed = -1;

	if (!f->payload_cut || offset < f->payload_len)
		return;
	switch (f->kind) {
	case MIPX_PAYLOAD_MIP4:
		fixed = mipx_mip4_fixed_len(p->msg.mip4.type);
		if (fixed >= 0 && offset >= (size_t)fixed)
			p->msg.mip4.notes |= MIPX_NOTE_CUT;
		break;
	case MIPX_PAYLOAD_MH:
		if (f->payload_len >= MIPX_MH_HEADER_LEN &&
		    p->msg.mh.length > f->payload_declared_len)
			return;
		fixed = mipx_mh_fixed_len(p->msg.mh.type);
		if (fixed >= 0)
			fixed += MIPX_MH_HEADER_LEN;
		if (fixed >= 0 && offset >= (size_t)fixed && p->msg.mh.length >= (size_t)fixed)
			p->msg.mh.notes |= MIPX_NOTE_CUT;
		break;
	default:
		break; /* an advertisement: only counted */
	}
	p->cut = true;
	p->cut_fixed_ok = fixed >= 0 && offset >= (size_t)fixed;
}

mipx_status mipx_packet_decode_lean(int linktype, const uint8_t *pkt, size_t caplen,
				    const struct mipx_settings *settings,
				    struct mipx_packet *packet,
				    struct mipx_error *err)
{
	static const struct mipx_settings defaults = MIPX_SETTINGS_DEFAULT;
	struct mipx_frame *f = &packet->frame;
	mipx_status st;

	if (!settings)
		settings = &defaults;
	/* The frame is cleared by mipx_frame_decode. */
	packet->mh_checksum_ok = false;
	packet->cut = packet->cut_fixed_ok = false;
	memset(packet->mn_home_address, 0, sizeof packet->mn_home_address);
	memset(packet->bu_care_of, 0, sizeof packet->bu_care_of);
	st = mipx_frame_decode(linktype, pkt, caplen, settings, f, err);
	if (st != MIPX_OK)
		return st;

	switch (f->kind) {
	case MIPX_PAYLOAD_MIP4:
		st = mipx_mip4_decode(f->payload, f->payload_len, &packet->msg.mip4, err);
		break;
	case MIPX_PAYLOAD_AGENT_ADV:
		st = mipx_agent_adv_decode(f->payload, f->payload_len, &packet->msg.adv, err);
		break;
	case MIPX_PAYLOAD_MH:
		st = mipx_mh_decode(f->payload, f->payload_len, &settings->mip6,
				    &packet->msg.mh, err);
		if (st == MIPX_OK)
			mh_addresses(packet);
		break;
	default:
		return MIPX_OK;
	}
	if (st == MIPX_OK && f->payload_cut) {
		/* cut at an extension's or option's end: whole as far as it
		 * goes, but what followed is unknown all the same */
		cut_of(packet, f->payload_len);
	} else if (st == MIPX_TRUNCATED && err) {
		cut_of(packet, err->offset);
		if (packet->cut_fixed_ok && f->kind == MIPX_PAYLOAD_MH)
			mh_addresses(packet);
	}
	if (st != MIPX_OK && err)
		err->offset += f->payload_offset;
	return st;
}

mipx_status mipx_packet_decode(int linktype, const uint8_t *pkt, size_t caplen,
			       const struct mipx_settings *settings,
			       struct mipx_packet *packet,
			       struct mipx_error *err)
{
	memset(packet, 0, sizeof *packet);
	return mipx_packet_decode_lean(linktype, pkt, caplen, settings, packet, err);
}
