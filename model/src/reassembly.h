/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * IPv4 and IPv6 fragment reassembly (RFC 791 3.2, RFC 8200 4.5): the codec
 * says where a fragment's data are (frame.kind FRAGMENT); here they are
 * put together, in bounded memory, and handed back as one raw IP datagram.
 */
#ifndef MIPX_REASSEMBLY_H
#define MIPX_REASSEMBLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mipx/frame.h"

/* RFC 791 suggests a 15 s lower bound, Linux and BSD use 30 s; RFC 8200
 * 4.5 says 60 s.  In capture time, microseconds. */
#define REASSEMBLY_TIMEOUT_V4 (INT64_C(30) * 1000000)
#define REASSEMBLY_TIMEOUT_V6 (INT64_C(60) * 1000000)
/* Datagrams in reassembly at once and their octets: past either, the
 * oldest is dropped. */
#define REASSEMBLY_MAX_DATAGRAMS 1024
#define REASSEMBLY_MAX_OCTETS (4u * 1024 * 1024)

enum reassembly_result {
	REASSEMBLY_PENDING,   /* kept; more fragments to come */
	REASSEMBLY_DONE,      /* *out holds the datagram */
	REASSEMBLY_DUPLICATE, /* a copy of a fragment already held (another vantage point) */
	REASSEMBLY_OVERLAP,   /* overlapping or inconsistent: the datagram is dropped (told once) */
	REASSEMBLY_IGNORED,   /* of a datagram already dropped or done */
};

struct reassembly;

struct reassembly *reassembly_new(void);
void reassembly_free(struct reassembly *r);

/*
 * One fragment: frame is what mipx_frame_decode said of the captured
 * bytes pkt, at capture time ts.  With DONE, *out / *out_len is the raw IP
 * datagram (valid until the next call) and *first_frame the frame number
 * the datagram's first fragment came in (within the same file, or 0).
 * Datagrams that timed out or were evicted since the last call are added
 * to *dropped.
 */
enum reassembly_result reassembly_add(struct reassembly *r, const struct mipx_frame *frame,
				      const uint8_t *pkt, int64_t ts, unsigned file,
				      uint32_t frame_no, const uint8_t **out, size_t *out_len,
				      uint64_t *dropped);

/* Datagrams still incomplete (at the end of the capture). */
unsigned reassembly_pending(const struct reassembly *r);
/* Octets held. */
size_t reassembly_octets(const struct reassembly *r);

#endif
