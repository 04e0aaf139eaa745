/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx_packet_decode for a caller that decodes every frame of a long capture
 * into one reused struct: the same result, but only the parts of the struct
 * this frame uses are cleared.  struct mipx_packet is some 9 KB (the MIPv4
 * extension array dominates) and clearing all of it per frame cost more than
 * decoding; each message decoder clears its own union member anyway.
 */
#include <string.h>

#include "mipx/packet.h"

static bool lean_from_mobile_node(uint8_t type)
{
	return type == MIPX_MH_BU || type == MIPX_MH_HOTI || type == MIPX_MH_COTI;
}

/* wire-format.md 2: as mipx_packet_decode fills them (packet.c). */
static void lean_mh_addresses(struct mipx_packet *p)
{
	const struct mipx_frame *f = &p->frame;
	const struct mipx_mh *mh = &p->msg.mh;
	const uint8_t *src = f->has_home_address_option ? f->home_address_option : f->src.bytes;
	const uint8_t *dst = f->has_rh2 ? f->rh2_address : f->dst.bytes;

	p->mh_checksum_ok = !f->payload_cut && mh->length <= f->payload_len &&
			    mipx_mh_checksum_ok(src, dst, f->payload, mh->length);
	memcpy(p->mn_home_address, lean_from_mobile_node(mh->type) ? src : dst, 16);
	if (mh->type == MIPX_MH_BU) {
		if (mh->alt_coa_index >= 0 && mh->alt_coa_index < mh->n_opt)
			memcpy(p->bu_care_of, mh->opt[mh->alt_coa_index].u.alt_coa.address, 16);
		else
			memcpy(p->bu_care_of, f->src.bytes, 16);
	}
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
	memset(f, 0, sizeof *f);
	packet->mh_checksum_ok = false;
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
			lean_mh_addresses(packet);
		break;
	default:
		return MIPX_OK;
	}
	if (st != MIPX_OK && err)
		err->offset += f->payload_offset;
	return st;
}
