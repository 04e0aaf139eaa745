/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * One call from captured frame to decoded Mobile IP message: what the
 * analyzer, the sample checker and the whole-pipeline fuzzer use.  (The
 * Wireshark plugin gets its IP layer from Wireshark and calls the message
 * decoders directly.)
 */
#ifndef MIPX_PACKET_H
#define MIPX_PACKET_H

#include "mipx/frame.h"
#include "mipx/mip4.h"
#include "mipx/mip6.h"

struct mipx_packet {
	struct mipx_frame frame;
	union {
		struct mipx_mip4_msg mip4;     /* frame.kind == MIPX_PAYLOAD_MIP4 */
		struct mipx_agent_adv adv;     /* MIPX_PAYLOAD_AGENT_ADV */
		struct mipx_mh mh;             /* MIPX_PAYLOAD_MH */
	} msg;
	bool mh_checksum_ok; /* MH only */
	/*
	 * The capture stopped inside the message (frame.payload_cut, and the
	 * decoder ran out of captured octets, not of the datagram): the status
	 * is MIPX_TRUNCATED, yet this is not a malformed message.  With
	 * cut_fixed_ok the fixed part and the extensions/options before
	 * err.offset are decoded (and MIPX_NOTE_CUT is in the message's
	 * notes), so that the message can be paired and modelled.
	 */
	bool cut;
	bool cut_fixed_ok;
	/*
	 * For MH: the mobile node's home address (Home Address option, else the
	 * source for messages from it; RH2 address, else destination, for
	 * messages to it) and the care-of address of a BU (Alternate CoA
	 * option, else the IPv6 source).  wire-format.md 2.
	 */
	uint8_t mn_home_address[16];
	uint8_t bu_care_of[16];
};

/*
 * Decode the frame, then its payload.  Returns the first failure (frame or
 * message); err->offset is then from the start of the frame.  A frame with no
 * Mobile IP is MIPX_OK with frame.kind == MIPX_PAYLOAD_NONE.
 */
mipx_status mipx_packet_decode(int linktype, const uint8_t *pkt, size_t caplen,
			       const struct mipx_settings *settings,
			       struct mipx_packet *packet,
			       struct mipx_error *err);

/*
 * The same, for one struct reused frame after frame (packet.c): only
 * the frame, the fields after the union and the union member of this frame's
 * kind are written; the other members keep stale bytes.  Added for the
 * analyzer: clearing all of struct mipx_packet per frame cost more
 * than decoding it.
 */
mipx_status mipx_packet_decode_lean(int linktype, const uint8_t *pkt, size_t caplen,
				    const struct mipx_settings *settings,
				    struct mipx_packet *packet,
				    struct mipx_error *err);

#endif
