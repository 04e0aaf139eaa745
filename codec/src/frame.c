/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * From a captured frame to its Mobile IP payload: link, IP, then UDP (Mobile
 * IPv4 registration and DREMIP route messages), ICMP (agent advertisements)
 * or the IPv6 Mobility Header.  See docs/wire-format-frames.md.
 */
#include <string.h>

#include "frame_internal.h"
#include "inet_sum.h"

#define MIPX_UDP_HDR_LEN 8
#define MIPX_ICMP_ROUTER_ADVERTISEMENT 9

/* The sum of the upper-layer pseudo-header (RFC 768, RFC 8200 8.1). */
static uint64_t pseudo_header_sum(int ip_version, const struct mipx_ip_span *span,
				  uint8_t proto, size_t len)
{
	/* IPv4: zero, protocol, 16-bit length; IPv6: 32-bit length, 3 zeros, nh.
	 * As words, both are the length's halves plus the protocol. */
	if (ip_version == 4)
		return mipx_sum16(span->pseudo_src, 4) + mipx_sum16(span->pseudo_dst, 4) +
		       proto + (len & 0xffffu);
	return mipx_sum16_addr6(span->pseudo_src) + mipx_sum16_addr6(span->pseudo_dst) +
	       proto + ((uint32_t)len >> 16) + ((uint32_t)len & 0xffffu);
}

/*
 * Judge a checksum whose field holds wire: pseudo is the pseudo-header's
 * sum (0 without one), data the whole checksummed block, field included.
 * The right value is the sum with the field taken out: adding ~wire is
 * subtracting wire in ones' complement.
 */
static void checksum_judge(struct mipx_checksum *ck, uint64_t pseudo, const uint8_t *data,
			   size_t len, uint16_t wire)
{
	uint64_t data_sum = mipx_sum16_short(data, len);

	ck->wire = wire;
	ck->pseudo = (uint16_t)~mipx_sum16_fold(pseudo);
	ck->expected = mipx_sum16_fold(pseudo + data_sum + (uint16_t)~wire);
	ck->state = mipx_sum16_fold(pseudo + data_sum) == 0 ? MIPX_CHECKSUM_GOOD
							    : MIPX_CHECKSUM_BAD;
}

static mipx_status udp_decode(struct mipx_cursor *ip, size_t caplen,
			      const struct mipx_settings *settings,
			      struct mipx_frame *frame, const struct mipx_ip_span *span,
			      struct mipx_error *err)
{
	size_t start = ip->pos;
	uint16_t udp_len, checksum;
	size_t udp_end, end;
	const uint8_t *udp;

	if (!mipx_get_u16(ip, &frame->sport) || !mipx_get_u16(ip, &frame->dport) ||
	    !mipx_get_u16(ip, &udp_len) || !mipx_get_u16(ip, &checksum))
		return mipx_ip_short(span, caplen, err, "udp.header");
	if (udp_len < MIPX_UDP_HDR_LEN)
		return mipx_fail(err, MIPX_INVALID, start + 4, "udp.length",
				 "UDP length below 8");
	udp_end = start + udp_len;
	/* A first fragment carries the start of a longer datagram. */
	if (udp_end > span->declared_end && !span->more_fragments)
		return mipx_fail(err, MIPX_INVALID, start + 4, "udp.length",
				 "UDP length runs past the IP packet");
	end = udp_end < span->end ? udp_end : span->end;
	frame->payload_cut = udp_end > end;

	frame->checksum.state = MIPX_CHECKSUM_UNVERIFIED;
	if (!frame->payload_cut && (checksum != 0 || frame->ip_version == 6)) {
		struct mipx_cursor u = mipx_cursor_init(ip->base, end);
		u.pos = start;
		if (mipx_get_span(&u, &udp, udp_len)) {
			checksum_judge(&frame->checksum,
				       pseudo_header_sum(frame->ip_version, span,
							 MIPX_IPPROTO_UDP, udp_len),
				       udp, udp_len, checksum);
			/* RFC 768: a computed 0 is sent as all ones */
			if (frame->checksum.expected == 0)
				frame->checksum.expected = 0xffff;
			if (frame->checksum.state == MIPX_CHECKSUM_BAD)
				frame->notes |= MIPX_NOTE_BAD_CHECKSUM;
		}
	} else if (!frame->payload_cut) {
		frame->checksum.wire = 0;
		frame->checksum.state = MIPX_CHECKSUM_ABSENT;
	}
	if (frame->sport != settings->mip4_udp_port && frame->dport != settings->mip4_udp_port)
		return MIPX_OK;
	frame->kind = MIPX_PAYLOAD_MIP4;
	frame->payload_offset = ip->pos;
	frame->payload_len = end - ip->pos;
	frame->payload_declared_len = udp_end - ip->pos;
	mipx_get_span(ip, &frame->payload, frame->payload_len);
	return MIPX_OK;
}

static mipx_status icmp_decode(struct mipx_cursor *ip, size_t caplen,
			       struct mipx_frame *frame, const struct mipx_ip_span *span,
			       struct mipx_error *err)
{
	struct mipx_cursor peek = *ip;
	uint8_t type;
	size_t len = span->end - ip->pos;

	if (!mipx_get_u8(&peek, &type))
		return mipx_ip_short(span, caplen, err, "icmp.type");
	if (type != MIPX_ICMP_ROUTER_ADVERTISEMENT)
		return MIPX_OK;
	frame->kind = MIPX_PAYLOAD_AGENT_ADV;
	frame->payload_offset = ip->pos;
	frame->payload_len = len;
	frame->payload_declared_len = span->declared_end - ip->pos;
	frame->payload_cut = span->declared_end > span->end || span->more_fragments;
	mipx_get_span(ip, &frame->payload, len);
	/* RFC 792: the checksum covers the whole ICMP message. */
	frame->checksum.state = MIPX_CHECKSUM_UNVERIFIED;
	if (!frame->payload_cut && len >= 4) {
		checksum_judge(&frame->checksum, 0, frame->payload, len,
			       (uint16_t)(frame->payload[2] << 8 | frame->payload[3]));
		if (frame->checksum.state == MIPX_CHECKSUM_BAD)
			frame->notes |= MIPX_NOTE_BAD_CHECKSUM;
	}
	return MIPX_OK;
}

/* A fragment: its data are handed to the caller for reassembly (RFC 791
 * 3.2, RFC 8200 4.5); nothing above IP is read before that. */
static MIPX_COLD mipx_status fragment_data(struct mipx_cursor *c, struct mipx_frame *frame,
				 const struct mipx_ip_span *span)
{
	frame->frag_ip_offset = span->start;
	frame->payload_offset = c->pos;
	frame->payload_len = span->end > c->pos ? span->end - c->pos : 0;
	frame->payload_declared_len = span->declared_end > c->pos ? span->declared_end - c->pos : 0;
	frame->payload_cut = span->declared_end > span->end;
	frame->payload = c->base + c->pos;
	return MIPX_OK;
}

/*
 * After an IP header: a fragment at any depth stops the walk (its data go
 * to the caller); tunnels are unwrapped up to MIPX_TUNNEL_MAX_DEPTH, the
 * inner header decoded as the outer one was.  *ip_version becomes the
 * inner packet's, 0 for GRE carrying other than IP.
 */
static MIPX_COLD mipx_status unwrap(struct mipx_cursor *c, struct mipx_frame *frame,
				    struct mipx_ip_span *span, int *ip_version,
				    struct mipx_error *err)
{
	for (;;) {
		enum mipx_tunnel_kind tunnel;
		struct mipx_ip_span outer;
		bool rebuilt;
		mipx_status st;

		if (*ip_version == 4 && (frame->frag_offset != 0 || frame->more_fragments)) {
			frame->frag_id = frame->ip_id;
			frame->kind = MIPX_PAYLOAD_FRAGMENT;
		}
		if (frame->kind == MIPX_PAYLOAD_FRAGMENT)
			return fragment_data(c, frame, span);
		tunnel = mipx_tunnel_of(*ip_version, frame->protocol);
		if (tunnel == MIPX_TUNNEL_NONE || frame->tunnel_depth >= MIPX_TUNNEL_MAX_DEPTH)
			return MIPX_OK;
		outer = *span;
		st = mipx_tunnel_enter(c, tunnel, frame, span, ip_version, &rebuilt, err);
		if (st != MIPX_OK || *ip_version == 0)
			return st; /* *ip_version 0: GRE carrying other than IP */
		if (rebuilt)
			continue; /* minimal encapsulation made the inner header */
		st = mipx_ip_decode_inner(*ip_version, c, frame, span, err);
		/* the capture has the whole tunnel packet: an inner header
		 * that does not fit in it is wrong, not cut */
		if (st == MIPX_TRUNCATED && outer.declared_end <= outer.end)
			st = mipx_fail(err, MIPX_INVALID, err ? err->offset : outer.end,
				       err && err->field ? err->field : "ip",
				       "the inner packet runs past the tunnel packet");
		if (st != MIPX_OK)
			return st;
	}
}

mipx_status mipx_frame_decode(int linktype, const uint8_t *pkt, size_t caplen,
			      const struct mipx_settings *settings,
			      struct mipx_frame *frame, struct mipx_error *err)
{
	static const struct mipx_settings defaults = MIPX_SETTINGS_DEFAULT;
	static const uint8_t nothing[1];
	static const struct mipx_frame cleared;
	struct mipx_cursor c = pkt ? mipx_cursor_init(pkt, caplen) : mipx_cursor_init(nothing, 0);
	struct mipx_ip_span span;
	struct mipx_cursor ip;
	int ip_version;
	mipx_status st;

	/* A copy of a zero struct, not memset: gcc makes a 128-octet memset
	 * "rep stos", whose start-up cost more than the rest of this function;
	 * the copy is a few 16-octet moves.  Only the part before the tunnel
	 * and fragment details: those are written when they apply. */
	memcpy(frame, &cleared, MIPX_FRAME_CLEARED_LEN);
	frame->linktype = linktype;
	if (!settings)
		settings = &defaults;
	/* An unsupported link type fails in mipx_link_decode (offset 0). */
	st = mipx_link_decode(linktype, &c, frame, &ip_version, err);
	if (st != MIPX_OK)
		return st;
	if (ip_version == 4)
		st = mipx_ipv4_decode(&c, frame, &span, err);
	else if (ip_version == 6)
		st = mipx_ipv6_decode(&c, frame, &span, err);
	else
		return MIPX_OK; /* ARP, LLC, ...: nothing of ours */
	if (st != MIPX_OK)
		return st;
	/* two tests for all other traffic; fragments and tunnels out of line */
	if ((frame->frag_offset | frame->more_fragments | (frame->kind == MIPX_PAYLOAD_FRAGMENT)) ||
	    mipx_is_tunnel_protocol(frame->protocol)) {
		st = unwrap(&c, frame, &span, &ip_version, err);
		if (st != MIPX_OK || ip_version == 0 || frame->kind == MIPX_PAYLOAD_FRAGMENT)
			return st;
	}

	ip = mipx_cursor_init(c.base, span.end);
	ip.pos = c.pos;
	switch (frame->protocol) {
	case MIPX_IPPROTO_UDP:
		return udp_decode(&ip, caplen, settings, frame, &span, err);
	case MIPX_IPPROTO_ICMP:
		if (ip_version == 4)
			return icmp_decode(&ip, caplen, frame, &span, err);
		return MIPX_OK;
	case MIPX_IPPROTO_MH:
		if (ip_version != 6)
			return MIPX_OK;
		frame->kind = MIPX_PAYLOAD_MH;
		frame->checksum.state = MIPX_CHECKSUM_UNVERIFIED;
		frame->payload_offset = ip.pos;
		frame->payload_len = span.end - ip.pos;
		frame->payload_declared_len = span.declared_end - ip.pos;
		frame->payload_cut = span.declared_end > span.end || span.more_fragments;
		mipx_get_span(&ip, &frame->payload, frame->payload_len);
		return MIPX_OK;
	}
	return MIPX_OK;
}
