/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Frames the codec tests share, each made by the codec's own encoders as raw
 * IP (DLT_RAW), so that a test states only what it varies.
 */
#ifndef MIPX_TEST_FRAME_FIXTURE_H
#define MIPX_TEST_FRAME_FIXTURE_H

#include <stddef.h>
#include <stdint.h>

#include "mipx/packet.h"

extern const uint8_t FIXTURE_V6_COA[16]; /* 2001:db8:1::10 */
extern const uint8_t FIXTURE_V6_HA[16];  /* 2001:db8:2::1 */
extern const uint8_t FIXTURE_V6_HOA[16]; /* 2001:db8:2::55 */
extern const uint8_t FIXTURE_V6_CN[16];  /* 2001:db8:cafe::20 */

/* A Registration Request in UDP (port 434 both ways) from the care-of
 * address 10.3.0.1 to the home agent 10.2.0.1, home address 10.1.0.5,
 * lifetime 300; the frame's length. */
size_t fixture_registration_frame(uint64_t identification, uint8_t *out, size_t cap);

/* MH (padded, no options) in IPv6 from SRC to DST; the frame's length, and
 * the Mobility Header's in *mh_len (for a pseudo-header sum). */
size_t fixture_mh_frame(struct mipx_mh *mh, const uint8_t src[16], const uint8_t dst[16],
			uint8_t *out, size_t cap, size_t *mh_len);

#endif
