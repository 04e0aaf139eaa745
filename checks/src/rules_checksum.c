/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A wrong checksum as a verdict: the receiver discards the message (RFC
 * 768 and RFC 1122 4.1.3.4 for UDP, RFC 1122 3.2.2 for ICMP, RFC 6275 9.2
 * for the Mobility Header), so the text says it is not applied.  And the
 * pattern of a checksum its sender left to the NIC, which the callers
 * judge apart (docs/analyzer.md, "Checksums").
 */
#include <stdio.h>

#include "mipx/message_rules.h"
#include "verdict.h"

/* The checksum field, in octets from the start of the message (UDP's is
 * in the UDP header, before the message: the whole message then). */
#define ICMP_CHECKSUM_AT 2
#define MH_CHECKSUM_AT 4

bool mipx_checksum_left_to_nic(const struct mipx_checksum *ck)
{
	return ck->state == MIPX_CHECKSUM_BAD && (ck->wire == 0 || ck->wire == ck->pseudo);
}

void mipx_rules_checksum(enum mipx_payload_kind kind, const struct mipx_checksum *ck,
			 const struct mipx_addr *from, struct mipx_verdicts *out)
{
	char src[46];

	if (!out || !ck || ck->state != MIPX_CHECKSUM_BAD)
		return;
	mipx_addr_str(from, src);
	switch (kind) {
	case MIPX_PAYLOAD_MIP4:
		mipx_verdict_add(out, MIPX_DRM_UDP_CHECKSUM, 0, 0, false,
				 "UDP checksum 0x%04x, expected 0x%04x: discarded by its "
				 "receiver, so not applied (from %s)", ck->wire, ck->expected, src);
		break;
	case MIPX_PAYLOAD_AGENT_ADV:
		mipx_verdict_add(out, MIPX_DRM_ICMP_CHECKSUM, ICMP_CHECKSUM_AT, 2, false,
				 "ICMP checksum 0x%04x, expected 0x%04x: discarded by its "
				 "receiver, so not applied (from %s)", ck->wire, ck->expected, src);
		break;
	case MIPX_PAYLOAD_MH:
		mipx_verdict_add(out, MIPX_MCOA_MH_CHECKSUM, MH_CHECKSUM_AT, 2, false,
				 "Mobility Header checksum 0x%04x, expected 0x%04x: discarded "
				 "by its receiver, so not applied (from %s)", ck->wire,
				 ck->expected, src);
		break;
	default:
		break;
	}
}
