/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libFuzzer target for the whole pipeline from a captured frame: the first
 * input octet picks a link type from the supported ones, the rest is the
 * frame.  mipx_packet_decode must never crash or read outside the frame, and
 * what it reports must lie inside the frame.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mipx/packet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const int linktypes[] = {
	MIPX_DLT_EN10MB, MIPX_DLT_LINUX_SLL, MIPX_DLT_LINUX_SLL2, MIPX_DLT_RAW,
	MIPX_DLT_RAW_ALT, MIPX_DLT_LINKTYPE_RAW, MIPX_DLT_IPV4, MIPX_DLT_IPV6,
	MIPX_DLT_NULL, MIPX_DLT_LOOP,
};
#define N_LINKTYPES (sizeof linktypes / sizeof linktypes[0])

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct mipx_packet packet;
	static struct mipx_frame frame;
	struct mipx_settings settings = MIPX_SETTINGS_DEFAULT;
	struct mipx_error err, ferr;
	const uint8_t *pkt;
	size_t len;
	int lt;
	mipx_status st, fst;

	if (size < 1)
		return 0;
	lt = linktypes[data[0] % N_LINKTYPES];
	/* A few inputs also try a user's Mobile IP port. */
	if (data[0] >= 0xf0)
		settings.mip4_udp_port = 4344;
	pkt = data + 1;
	len = size - 1;

	memset(&err, 0, sizeof err);
	st = mipx_packet_decode(lt, pkt, len, &settings, &packet, &err);
	fst = mipx_frame_decode(lt, pkt, len, &settings, &frame, &ferr);
	if (st != MIPX_OK && st != MIPX_TRUNCATED && st != MIPX_INVALID)
		abort();
	if (st != MIPX_OK && (err.status != st || !err.field || !err.reason || err.offset > len))
		abort();
	/* The frame layers alone decide the same way; a message failure comes after. */
	if (fst != MIPX_OK && fst != st)
		abort();
	if (fst != MIPX_OK)
		return 0;
	if (frame.kind != packet.frame.kind || frame.payload_offset != packet.frame.payload_offset)
		abort();
	if (frame.payload) {
		if (frame.payload != pkt + frame.payload_offset)
			abort();
		if (frame.payload_offset > len || frame.payload_len > len - frame.payload_offset)
			abort();
	} else if (frame.kind != MIPX_PAYLOAD_NONE && frame.kind != MIPX_PAYLOAD_FRAGMENT) {
		abort();
	}
	if (frame.vlan_count > 2)
		abort();
	return 0;
}
