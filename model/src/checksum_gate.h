/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The checksum of a message, judged before the model sees it: a receiver
 * discards a message whose UDP (RFC 768, RFC 1122 4.1.3.4), ICMP (RFC 1122
 * 3.2.2) or Mobility Header (RFC 6275 9.2) checksum is wrong, so such a
 * message is reported and makes no state.  A checksum left to the NIC
 * (0, or the pseudo-header's sum alone) is told once per input and sender
 * under CHECKSUMS_OFFLOAD, and the message applied.
 */
#ifndef MIPX_MODEL_CHECKSUM_GATE_H
#define MIPX_MODEL_CHECKSUM_GATE_H

#include <stdbool.h>

#include "mipx/model.h"

struct analysis;

/* true: the model applies p (seen at a->ref); false: reported, dropped. */
bool checksum_admits(struct analysis *a, const struct mipx_packet *p,
		     const struct frame_list *here);

#endif
