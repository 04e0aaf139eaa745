/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Request flag 0x02: DREMIP's R or RFC 3024's T, read by what the input
 * showed so far (docs/standard-mip4.md), and what showed DREMIP first.
 */
#ifndef MIPX_MODEL_RBIT_H
#define MIPX_MODEL_RBIT_H

#include <stdbool.h>
#include <stdint.h>

#include "mipx/mip4.h"

struct analysis;

/* Request flag 0x02 of `flags` is DREMIP's R, as the input read so far shows. */
bool rbit_reads_r(const struct analysis *a, uint8_t flags);
/* The reading of flag 0x02 now: true for T (the pair rules' rbit_as_t). */
bool rbit_reads_t(const struct analysis *a);
/* DREMIP shown by a message: a route message (3.4-3.5) or 81-85 (4.1-4.5). */
void dremip_seen_mip4(struct analysis *a, const struct mipx_mip4_msg *m);
/* DREMIP 3.1: an agent advertising registration servers. */
void dremip_seen_adv(struct analysis *a, const struct mipx_agent_adv *adv);

#endif
