/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What the frame layers (frame_link.c, frame_ipv4.c, frame_ipv6.c, frame.c)
 * hand each other.  Private to the codec.
 */
#ifndef MIPX_FRAME_INTERNAL_H
#define MIPX_FRAME_INTERNAL_H

#include "cursor.h"
#include "mipx/frame.h"

#define MIPX_ETHERTYPE_IPV4 0x0800
#define MIPX_ETHERTYPE_IPV6 0x86dd
#define MIPX_ETHERTYPE_VLAN 0x8100
#define MIPX_ETHERTYPE_QINQ 0x88a8

#define MIPX_IPPROTO_HOPOPTS 0
#define MIPX_IPPROTO_ICMP 1
#define MIPX_IPPROTO_IPV4 4
#define MIPX_IPPROTO_IPV6 41
#define MIPX_IPPROTO_GRE 47
#define MIPX_IPPROTO_MINIMAL 55
#define MIPX_IPPROTO_UDP 17
#define MIPX_IPPROTO_ROUTING 43
#define MIPX_IPPROTO_FRAGMENT 44
#define MIPX_IPPROTO_AH 51
#define MIPX_IPPROTO_NONE 59
#define MIPX_IPPROTO_DSTOPTS 60

#define MIPX_IP6OPT_PAD1 0
#define MIPX_IP6OPT_PADN 1
#define MIPX_IP6OPT_HOME_ADDRESS 201 /* RFC 6275 6.3 */

/*
 * Where the IP packet lies in the frame.  declared_end is what the IP header
 * says; end is that bounded by the capture.  Upper layers read only up to end.
 */
struct mipx_ip_span {
	size_t start;
	size_t end;
	size_t declared_end;
	bool more_fragments; /* a first fragment: the datagram goes on elsewhere */
	/*
	 * Upper-layer pseudo-header addresses as the final destination sees
	 * them: the Home Address option swapped in as source (RFC 6275 9.3.1)
	 * and the routing header's last address as destination (RFC 8200 8.1).
	 */
	const uint8_t *pseudo_src;
	const uint8_t *pseudo_dst;
};

/* Link layer: leaves c at the IP header; *ip_version is 4, 6, or 0 when the
 * frame carries something else (ARP, LLC, ...). */
mipx_status mipx_link_decode(int linktype, struct mipx_cursor *c,
			     struct mipx_frame *frame, int *ip_version,
			     struct mipx_error *err);
mipx_status mipx_link_encode(const struct mipx_frame_spec *spec, int ip_version,
			     struct mipx_writer *w, struct mipx_error *err);

/* IP layers: c over the whole frame, at the IP header.  On return c->pos is
 * the first octet of the transport (or MH) and frame->protocol names it. */
mipx_status mipx_ipv4_decode(struct mipx_cursor *c, struct mipx_frame *frame,
			     struct mipx_ip_span *span, struct mipx_error *err);
mipx_status mipx_ipv6_decode(struct mipx_cursor *c, struct mipx_frame *frame,
			     struct mipx_ip_span *span, struct mipx_error *err);

/* Tunnels (frame_tunnel.c): the kind a protocol number over an IP version
 * makes (NONE when it is no tunnel of ours), and the entry into one: c at
 * the tunnel's payload (after the outer IP header), span the outer
 * packet's.  On return c is bounded by the outer packet and at the inner
 * IP header (GRE's skipped), *ip_version is the inner packet's (0: GRE
 * carrying something else, nothing of ours); for minimal encapsulation the
 * inner header is already rebuilt (*rebuilt) and c is at its payload. */
/* Protocols 4, 41, 47 and 55, in one test */
#define MIPX_TUNNEL_PROTOCOLS                                                      \
	((UINT64_C(1) << MIPX_IPPROTO_IPV4) | (UINT64_C(1) << MIPX_IPPROTO_IPV6) | \
	 (UINT64_C(1) << MIPX_IPPROTO_GRE) | (UINT64_C(1) << MIPX_IPPROTO_MINIMAL))
static inline bool mipx_is_tunnel_protocol(uint8_t protocol)
{
	return protocol < 64 && ((MIPX_TUNNEL_PROTOCOLS >> protocol) & 1);
}

static inline enum mipx_tunnel_kind mipx_tunnel_of(int ip_version, uint8_t protocol)
{
	/* one test for all other traffic: no tunnel protocol is above 55 */
	if (protocol > MIPX_IPPROTO_MINIMAL)
		return MIPX_TUNNEL_NONE;
	switch (protocol) {
	case MIPX_IPPROTO_IPV4:
		return ip_version == 4 ? MIPX_TUNNEL_IPV4_IN_IPV4 : MIPX_TUNNEL_IPV4_IN_IPV6;
	case MIPX_IPPROTO_IPV6:
		return ip_version == 4 ? MIPX_TUNNEL_IPV6_IN_IPV4 : MIPX_TUNNEL_IPV6_IN_IPV6;
	case MIPX_IPPROTO_GRE:
		return MIPX_TUNNEL_GRE;
	case MIPX_IPPROTO_MINIMAL:
		/* RFC 2004 rebuilds an IPv4 header: IPv4 only */
		return ip_version == 4 ? MIPX_TUNNEL_MINIMAL : MIPX_TUNNEL_NONE;
	}
	return MIPX_TUNNEL_NONE;
}
/* Out of line and cold: kept out of the path of all other traffic. */
#define MIPX_COLD __attribute__((noinline, cold))
MIPX_COLD mipx_status mipx_tunnel_enter(struct mipx_cursor *c, enum mipx_tunnel_kind kind,
					struct mipx_frame *frame, struct mipx_ip_span *span,
					int *ip_version, bool *rebuilt, struct mipx_error *err);

/* The IP decoders for a tunnel's inner header, out of line. */
MIPX_COLD mipx_status mipx_ip_decode_inner(int ip_version, struct mipx_cursor *c,
					   struct mipx_frame *frame, struct mipx_ip_span *span,
					   struct mipx_error *err);

/*
 * A read inside the IP packet failed at a header called field: if the capture
 * ran out it is truncated (at the end of the capture); if the IP length
 * ended first the header is impossible.
 */
mipx_status mipx_ip_short(const struct mipx_ip_span *span, size_t caplen,
			  struct mipx_error *err, const char *field);

#endif
