/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * IPv6 (RFC 8200) and the extension headers in front of a Mobility Header:
 * hop-by-hop and destination options (the latter with RFC 6275's Home
 * Address option), routing (type 2 kept, others skipped), fragment and AH.
 * The Mobility Header is itself an extension header (RFC 6275 6.1), so the
 * walk stops there and frame.c hands it to the MH decoder.
 */
#include "frame_internal.h"

#define MIPX_IPV6_HDR_LEN 40
#define MIPX_RH_TYPE2 2
#define MIPX_HAO_LEN 16

static mipx_status dstopts_decode(struct mipx_cursor *opts, struct mipx_frame *frame,
				  struct mipx_ip_span *span, struct mipx_error *err)
{
	while (mipx_remaining(opts) > 0) {
		size_t at = opts->pos;
		uint8_t type, len;
		const uint8_t *data;

		mipx_get_u8(opts, &type);
		if (type == MIPX_IP6OPT_PAD1)
			continue;
		if (!mipx_get_u8(opts, &len) || !mipx_get_span(opts, &data, len))
			return mipx_fail(err, MIPX_INVALID, at, "ipv6.opt.length",
					 "option runs past its header");
		if (type != MIPX_IP6OPT_HOME_ADDRESS)
			continue;
		if (len != MIPX_HAO_LEN)
			return mipx_fail(err, MIPX_INVALID, at + 1, "ipv6.hao.length",
					 "Home Address option is not 16 octets");
		{
			struct mipx_cursor d = mipx_cursor_init(data, len);
			mipx_get_bytes(&d, frame->home_address_option, MIPX_HAO_LEN);
		}
		frame->has_home_address_option = true;
		span->pseudo_src = frame->home_address_option;
	}
	return MIPX_OK;
}

/* One extension header; its "next header" is in *next on return. */
static mipx_status ext_decode(struct mipx_cursor *c, size_t caplen, uint8_t type,
			      struct mipx_frame *frame, struct mipx_ip_span *span,
			      uint8_t *next, bool *fragment, struct mipx_error *err)
{
	size_t at = c->pos;
	uint8_t ext_len;
	size_t len;
	const uint8_t *body;

	if (!mipx_get_u8(c, next) || !mipx_get_u8(c, &ext_len))
		return mipx_ip_short(span, caplen, err, "ipv6.ext");
	if (type == MIPX_IPPROTO_FRAGMENT) {
		/* Here the octet after next header is reserved, not a length. */
		uint16_t off_m;
		uint32_t ident;
		if (!mipx_get_u16(c, &off_m) || !mipx_get_u32(c, &ident))
			return mipx_ip_short(span, caplen, err, "ipv6.fragment");
		if (ext_len || (off_m & 0x0006))
			frame->notes |= MIPX_NOTE_RESERVED_NONZERO;
		frame->frag_offset = (uint16_t)(off_m & 0xfff8);
		frame->more_fragments = (off_m & 1) != 0;
		frame->frag_id = ident;
		span->more_fragments = frame->more_fragments;
		/* RFC 8200 4.5: offset 0 with M clear is an atomic fragment,
		 * a whole datagram (RFC 6946); anything else is reassembled */
		*fragment = frame->frag_offset != 0 || frame->more_fragments;
		return MIPX_OK;
	}
	/* AH counts 4-octet units less 2 (RFC 4302), the others 8-octet units less 1. */
	len = type == MIPX_IPPROTO_AH ? ((size_t)ext_len + 2) * 4 : ((size_t)ext_len + 1) * 8;
	c->pos = at;
	if (!mipx_get_span(c, &body, len))
		return mipx_ip_short(span, caplen, err, "ipv6.ext.length");

	{
		struct mipx_cursor h = mipx_cursor_init(body, len);
		mipx_skip(&h, 2);
		if (type == MIPX_IPPROTO_DSTOPTS) {
			mipx_status st = dstopts_decode(&h, frame, span, err);
			if (st != MIPX_OK) {
				if (err)
					err->offset += at; /* options count from their header */
				return st;
			}
		} else if (type == MIPX_IPPROTO_ROUTING) {
			uint8_t rh_type, segments_left;
			mipx_get_u8(&h, &rh_type);
			mipx_get_u8(&h, &segments_left);
			if (rh_type != MIPX_RH_TYPE2)
				return MIPX_OK;
			/* RFC 6275 6.4: exactly one address, hdr ext len 2. */
			if (ext_len != 2)
				return mipx_fail(err, MIPX_INVALID, at + 1, "ipv6.rh2.length",
						 "type 2 routing header must have length 2");
			mipx_skip(&h, 4);
			mipx_get_bytes(&h, frame->rh2_address, 16);
			frame->has_rh2 = true;
			span->pseudo_dst = frame->rh2_address;
		}
	}
	return MIPX_OK;
}

static bool is_skippable_ext(uint8_t nh)
{
	return nh == MIPX_IPPROTO_HOPOPTS || nh == MIPX_IPPROTO_DSTOPTS ||
	       nh == MIPX_IPPROTO_ROUTING || nh == MIPX_IPPROTO_FRAGMENT ||
	       nh == MIPX_IPPROTO_AH;
}

mipx_status mipx_ipv6_decode(struct mipx_cursor *c, struct mipx_frame *frame,
			     struct mipx_ip_span *span, struct mipx_error *err)
{
	size_t start = c->pos;
	size_t caplen = c->len;
	uint32_t vtf;
	uint16_t payload_len;
	uint8_t nh, hlim;
	struct mipx_cursor ip;

	if (!mipx_get_u32(c, &vtf))
		return mipx_truncated(err, c, "ipv6.version");
	if (vtf >> 28 != 6)
		return mipx_fail(err, MIPX_INVALID, start, "ipv6.version",
				 "the link layer said IPv6");
	if (!mipx_get_u16(c, &payload_len) || !mipx_get_u8(c, &nh) ||
	    !mipx_get_u8(c, &hlim))
		return mipx_truncated(err, c, "ipv6.plen");
	frame->src.family = frame->dst.family = 6;
	if (!mipx_get_bytes(c, frame->src.bytes, 16) || !mipx_get_bytes(c, frame->dst.bytes, 16))
		return mipx_truncated(err, c, "ipv6.addr");

	frame->ip_version = 6;
	frame->ttl = hlim;
	span->start = start;
	/* Payload length 0 is a jumbogram (RFC 2675) or a segmentation-offload
	 * capture: either way the capture is all we know. */
	span->declared_end = payload_len ? start + MIPX_IPV6_HDR_LEN + payload_len : caplen;
	span->end = span->declared_end < caplen ? span->declared_end : caplen;
	span->more_fragments = false;
	span->pseudo_src = frame->src.bytes;
	span->pseudo_dst = frame->dst.bytes;

	ip = mipx_cursor_init(c->base, span->end);
	ip.pos = c->pos;
	/* nh_at: the octet that names the header being walked (the fixed
	 * header's next header, then each extension's first octet) */
	size_t nh_at = start + 6;
	while (is_skippable_ext(nh)) {
		uint8_t next = MIPX_IPPROTO_NONE;
		bool fragment = false;
		size_t at = ip.pos;
		mipx_status st = ext_decode(&ip, caplen, nh, frame, span, &next, &fragment, err);
		if (st != MIPX_OK)
			return st;
		nh = next;
		if (fragment) {
			frame->kind = MIPX_PAYLOAD_FRAGMENT;
			frame->frag_nh_offset = nh_at;
			break;
		}
		nh_at = at;
	}
	frame->protocol = nh;
	c->pos = ip.pos;
	return MIPX_OK;
}
