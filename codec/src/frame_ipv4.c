/* SPDX-License-Identifier: GPL-2.0-or-later */
/* IPv4 (RFC 791): the header, its options skipped, fragments recognised. */
#include "frame_internal.h"
#include "inet_sum.h"

#define MIPX_IPV4_MIN_HDR 20
#define MIPX_IPV4_FLAG_RESERVED 0x8000
#define MIPX_IPV4_FLAG_MF 0x2000

mipx_status mipx_ip_short(const struct mipx_ip_span *span, size_t caplen,
			  struct mipx_error *err, const char *field)
{
	if (span->declared_end > caplen)
		return mipx_fail(err, MIPX_TRUNCATED, caplen, field, "input ends early");
	return mipx_fail(err, MIPX_INVALID, span->end, field,
			 "the IP length ends inside this header");
}

mipx_status mipx_ipv4_decode(struct mipx_cursor *c, struct mipx_frame *frame,
			     struct mipx_ip_span *span, struct mipx_error *err)
{
	size_t start = c->pos;
	uint8_t vihl, tos, ttl, proto;
	uint16_t total_len, id, frag, checksum;
	const uint8_t *hdr;
	size_t hdr_len;

	if (!mipx_get_u8(c, &vihl))
		return mipx_truncated(err, c, "ip.version");
	if (vihl >> 4 != 4)
		return mipx_fail(err, MIPX_INVALID, start, "ip.version",
				 "the link layer said IPv4");
	hdr_len = (size_t)(vihl & 0x0f) * 4;
	if (hdr_len < MIPX_IPV4_MIN_HDR)
		return mipx_fail(err, MIPX_INVALID, start, "ip.hdr_len",
				 "IHL below 5");
	if (!mipx_get_u8(c, &tos) || !mipx_get_u16(c, &total_len))
		return mipx_truncated(err, c, "ip.len");
	if (total_len < hdr_len)
		return mipx_fail(err, MIPX_INVALID, start + 2, "ip.len",
				 "total length shorter than the header");
	if (!mipx_get_u16(c, &id) || !mipx_get_u16(c, &frag))
		return mipx_truncated(err, c, "ip.flags");
	if (!mipx_get_u8(c, &ttl) || !mipx_get_u8(c, &proto) ||
	    !mipx_get_u16(c, &checksum))
		return mipx_truncated(err, c, "ip.checksum");
	frame->src.family = frame->dst.family = 4;
	if (!mipx_get_bytes(c, frame->src.bytes, 4) || !mipx_get_bytes(c, frame->dst.bytes, 4))
		return mipx_truncated(err, c, "ip.addr");
	if (!mipx_skip(c, hdr_len - MIPX_IPV4_MIN_HDR))
		return mipx_truncated(err, c, "ip.options");

	frame->ip_version = 4;
	frame->ttl = ttl;
	frame->protocol = proto;
	frame->ip_id = id;
	frame->frag_offset = (uint16_t)((frag & 0x1fff) * 8);
	frame->more_fragments = (frag & MIPX_IPV4_FLAG_MF) != 0;
	frame->ipv4_options_len = (uint8_t)(hdr_len - MIPX_IPV4_MIN_HDR);
	if (frag & MIPX_IPV4_FLAG_RESERVED)
		frame->notes |= MIPX_NOTE_RESERVED_NONZERO;

	/* The header is all there now, so the span cannot fail. */
	{
		struct mipx_cursor h = mipx_cursor_init(c->base, c->len);
		h.pos = start;
		if (mipx_get_span(&h, &hdr, hdr_len) &&
		    mipx_sum16_fold(mipx_sum16_short(hdr, hdr_len)) != 0)
			frame->notes |= MIPX_NOTE_BAD_CHECKSUM;
	}

	span->start = start;
	span->declared_end = start + total_len;
	span->end = span->declared_end < c->len ? span->declared_end : c->len;
	span->more_fragments = frame->more_fragments;
	span->pseudo_src = frame->src.bytes;
	span->pseudo_dst = frame->dst.bytes;
	return MIPX_OK;
}
