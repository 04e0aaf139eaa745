/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * IP tunnels around Mobile IP signalling: IPv4 in IPv4 (RFC 2003), IPv6 or
 * IPv4 in IPv6 (RFC 2473), IPv6 in IPv4 (RFC 4213), GRE (RFC 2784 with RFC
 * 2890's key and sequence number) and minimal encapsulation (RFC 2004).  A
 * home agent's tunnel to a mobile node is one of these (RFC 3344 3.7.1,
 * 4.2; RFC 6275 10.4.1-10.4.5), and so is a DREMIP tunnel path: the inner
 * header's addresses are the ones the signalling is about.
 */
#include "frame_internal.h"
#include "inet_sum.h"


/* RFC 2784 2.1 (C, version) and RFC 2890 2 (K, S); the rest of the first
 * 13 bits are RFC 1701's routing, strict route and recursion bits, which
 * RFC 2784 makes reserved: a packet with them set is not ours to read. */
#define GRE_FLAG_C 0x8000
#define GRE_FLAG_R 0x4000
#define GRE_FLAG_K 0x2000
#define GRE_FLAG_S 0x1000
#define GRE_VERSION 0x0007

#define MINIMAL_FLAG_S 0x80 /* RFC 2004 3.1: original source present */
#define MINIMAL_HDR_LEN 8

const char *mipx_tunnel_kind_name(enum mipx_tunnel_kind kind)
{
	switch (kind) {
	case MIPX_TUNNEL_IPV4_IN_IPV4: return "ipv4-in-ipv4";
	case MIPX_TUNNEL_IPV4_IN_IPV6: return "ipv4-in-ipv6";
	case MIPX_TUNNEL_IPV6_IN_IPV6: return "ipv6-in-ipv6";
	case MIPX_TUNNEL_IPV6_IN_IPV4: return "ipv6-in-ipv4";
	case MIPX_TUNNEL_GRE: return "gre";
	case MIPX_TUNNEL_MINIMAL: return "minimal";
	default: return "none";
	}
}

static mipx_status gre_decode(struct mipx_cursor *c, const struct mipx_ip_span *span,
			      size_t caplen, int *version, struct mipx_error *err)
{
	uint16_t flags, proto;

	if (!mipx_get_u16(c, &flags) || !mipx_get_u16(c, &proto))
		return mipx_ip_short(span, caplen, err, "gre.header");
	if ((flags & GRE_VERSION) != 0 || (flags & GRE_FLAG_R) || (flags & 0x0ff8)) {
		*version = 0; /* PPTP's enhanced GRE (version 1), RFC 1701 routing */
		return MIPX_OK;
	}
	/* RFC 2784 2.2: checksum and reserved1 present when C; RFC 2890 2.1,
	 * 2.2: key, then sequence number. */
	if (!mipx_skip(c, ((flags & GRE_FLAG_C) ? 4 : 0) + ((flags & GRE_FLAG_K) ? 4 : 0) +
			      ((flags & GRE_FLAG_S) ? 4 : 0)))
		return mipx_ip_short(span, caplen, err, "gre.options");
	*version = proto == MIPX_ETHERTYPE_IPV4 ? 4 : proto == MIPX_ETHERTYPE_IPV6 ? 6 : 0;
	return MIPX_OK;
}

/*
 * RFC 2004 3.1: the minimal forwarding header replaces the tunnel's IPv4
 * header: the inner header is the outer one with protocol, destination
 * (and with S the source) taken from it, and the length less its own.
 */
static mipx_status minimal_decode(struct mipx_cursor *c, struct mipx_frame *frame,
				  struct mipx_ip_span *span, size_t caplen,
				  struct mipx_error *err)
{
	size_t start = c->pos;
	uint8_t proto, sflag;
	uint16_t checksum;
	size_t hdr_len;

	if (!mipx_get_u8(c, &proto) || !mipx_get_u8(c, &sflag) ||
	    !mipx_get_u16(c, &checksum) || !mipx_get_bytes(c, frame->dst.bytes, 4))
		return mipx_ip_short(span, caplen, err, "minimal.header");
	hdr_len = MINIMAL_HDR_LEN + ((sflag & MINIMAL_FLAG_S) ? 4 : 0);
	if ((sflag & MINIMAL_FLAG_S) && !mipx_get_bytes(c, frame->src.bytes, 4))
		return mipx_ip_short(span, caplen, err, "minimal.source");
	if (sflag & 0x7f)
		frame->notes |= MIPX_NOTE_RESERVED_NONZERO;
	{
		struct mipx_cursor h = mipx_cursor_init(c->base, c->len);
		const uint8_t *hdr;
		h.pos = start;
		if (mipx_get_span(&h, &hdr, hdr_len) &&
		    mipx_sum16_fold(mipx_sum16_short(hdr, hdr_len)) != 0)
			frame->notes |= MIPX_NOTE_BAD_CHECKSUM;
	}
	frame->protocol = proto;
	frame->ipv4_options_len = 0;
	/* the rebuilt header's span: the outer one's end, the pseudo-header
	 * with the original addresses */
	span->start = start;
	span->pseudo_src = frame->src.bytes;
	span->pseudo_dst = frame->dst.bytes;
	return MIPX_OK;
}

mipx_status mipx_tunnel_enter(struct mipx_cursor *c, enum mipx_tunnel_kind kind,
			      struct mipx_frame *frame, struct mipx_ip_span *span,
			      int *ip_version, bool *rebuilt, struct mipx_error *err)
{
	size_t caplen = c->len;
	mipx_status st;

	if (frame->tunnel_depth == 0) {
		frame->tunnel_kind = (uint8_t)kind;
		frame->tunnel_src = frame->src;
		frame->tunnel_dst = frame->dst;
	}
	frame->tunnel_depth++;
	/* nothing past the outer packet's end is the inner packet's */
	c->len = span->end;
	/* what the outer header's extensions said is not the inner packet's */
	frame->has_home_address_option = false;
	frame->has_rh2 = false;
	frame->ipv4_options_len = 0;
	frame->ip_id = 0;
	*rebuilt = false;
	switch (kind) {
	case MIPX_TUNNEL_GRE:
		return gre_decode(c, span, caplen, ip_version, err);
	case MIPX_TUNNEL_MINIMAL:
		st = minimal_decode(c, frame, span, caplen, err);
		*ip_version = 4;
		*rebuilt = true;
		return st;
	case MIPX_TUNNEL_IPV4_IN_IPV4:
	case MIPX_TUNNEL_IPV4_IN_IPV6:
		*ip_version = 4;
		return MIPX_OK;
	default:
		*ip_version = 6;
		return MIPX_OK;
	}
}

mipx_status mipx_ip_decode_inner(int ip_version, struct mipx_cursor *c,
				 struct mipx_frame *frame, struct mipx_ip_span *span,
				 struct mipx_error *err)
{
	return ip_version == 4 ? mipx_ipv4_decode(c, frame, span, err)
			       : mipx_ipv6_decode(c, frame, span, err);
}
