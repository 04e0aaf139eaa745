/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The generator's side: wrap a Mobile IP payload in link, IP and UDP/ICMP
 * headers, or an MH in IPv6 with the extension headers RFC 6275 puts around
 * it.  The mirror of frame.c; round-trip tests hold the two together.
 */
#include <string.h>

#include "frame_internal.h"

#define MIPX_DEFAULT_TTL 64
#define MIPX_IPV4_HDR_LEN 20
#define MIPX_IPV6_HDR_LEN 40
#define MIPX_UDP_HDR_LEN 8
#define MIPX_DSTOPT_HAO_LEN 24 /* 2 header + PadN(4) + HAO(18) */
#define MIPX_RH2_LEN 24

static bool put_ipv4(struct mipx_writer *w, const struct mipx_frame_spec *spec,
		     uint8_t proto, size_t payload_len)
{
	size_t start = w->pos;
	uint16_t checksum;

	if (!(mipx_put_u8(w, 0x45) && mipx_put_u8(w, 0) &&
	      mipx_put_u16(w, (uint16_t)(MIPX_IPV4_HDR_LEN + payload_len)) &&
	      mipx_put_u16(w, spec->ip_id) && mipx_put_u16(w, 0) &&
	      mipx_put_u8(w, spec->ttl ? spec->ttl : MIPX_DEFAULT_TTL) &&
	      mipx_put_u8(w, proto) && mipx_put_u16(w, 0) &&
	      mipx_put_bytes(w, spec->src.bytes, 4) && mipx_put_bytes(w, spec->dst.bytes, 4)))
		return false;
	checksum = mipx_inet_fold(mipx_inet_sum(w->base + start, MIPX_IPV4_HDR_LEN, 0));
	w->base[start + 10] = (uint8_t)(checksum >> 8);
	w->base[start + 11] = (uint8_t)checksum;
	return true;
}

static mipx_status encode_ipv4(const struct mipx_frame_spec *spec,
			       const uint8_t *payload, size_t payload_len,
			       struct mipx_writer *w, struct mipx_error *err)
{
	bool udp = spec->kind == MIPX_PAYLOAD_MIP4;
	size_t ip_payload = payload_len + (udp ? MIPX_UDP_HDR_LEN : 0);
	size_t udp_start;
	uint8_t pseudo[12];
	uint32_t sum;
	uint16_t checksum;

	if (ip_payload > 0xffff - MIPX_IPV4_HDR_LEN)
		return mipx_fail(err, MIPX_INVALID, w->pos, "ip.len", "payload too long for IPv4");
	if (!put_ipv4(w, spec, udp ? MIPX_IPPROTO_UDP : MIPX_IPPROTO_ICMP, ip_payload))
		return mipx_no_space(err, w, "ip");
	if (!udp) {
		/* The ICMP encoder has already checksummed its message. */
		if (!mipx_put_bytes(w, payload, payload_len))
			return mipx_no_space(err, w, "icmp");
		return MIPX_OK;
	}
	udp_start = w->pos;
	if (!(mipx_put_u16(w, spec->sport) && mipx_put_u16(w, spec->dport) &&
	      mipx_put_u16(w, (uint16_t)ip_payload) && mipx_put_u16(w, 0) &&
	      mipx_put_bytes(w, payload, payload_len)))
		return mipx_no_space(err, w, "udp");
	memcpy(pseudo, spec->src.bytes, 4);
	memcpy(pseudo + 4, spec->dst.bytes, 4);
	pseudo[8] = 0;
	pseudo[9] = MIPX_IPPROTO_UDP;
	pseudo[10] = (uint8_t)(ip_payload >> 8);
	pseudo[11] = (uint8_t)ip_payload;
	sum = mipx_inet_sum(pseudo, sizeof pseudo, 0);
	checksum = mipx_inet_fold(mipx_inet_sum(w->base + udp_start, ip_payload, sum));
	/* RFC 768: a computed zero is sent as all ones (zero means "none"). */
	if (checksum == 0)
		checksum = 0xffff;
	w->base[udp_start + 6] = (uint8_t)(checksum >> 8);
	w->base[udp_start + 7] = (uint8_t)checksum;
	return MIPX_OK;
}

static mipx_status encode_ipv6_mh(const struct mipx_frame_spec *spec,
				  const uint8_t *payload, size_t payload_len,
				  struct mipx_writer *w, struct mipx_error *err)
{
	size_t ext_len = (spec->has_rh2 ? MIPX_RH2_LEN : 0) +
			 (spec->has_home_address_option ? MIPX_DSTOPT_HAO_LEN : 0);
	uint8_t first = spec->has_rh2 ? MIPX_IPPROTO_ROUTING
		      : spec->has_home_address_option ? MIPX_IPPROTO_DSTOPTS
						      : MIPX_IPPROTO_MH;
	size_t mh_start;

	if (payload_len + ext_len > 0xffff)
		return mipx_fail(err, MIPX_INVALID, w->pos, "ipv6.plen", "payload too long for IPv6");
	if (!(mipx_put_u32(w, 0x60000000u) &&
	      mipx_put_u16(w, (uint16_t)(payload_len + ext_len)) && mipx_put_u8(w, first) &&
	      mipx_put_u8(w, spec->ttl ? spec->ttl : MIPX_DEFAULT_TTL) &&
	      mipx_put_bytes(w, spec->src.bytes, 16) && mipx_put_bytes(w, spec->dst.bytes, 16)))
		return mipx_no_space(err, w, "ipv6");
	/*
	 * RFC 6275 6.3: the Home Address option goes after the routing header,
	 * in the destination options meant for the final destination (RFC 8200
	 * 4.1 order).  Both together are rare; the order follows the RFC.
	 */
	if (spec->has_rh2 &&
	    !(mipx_put_u8(w, spec->has_home_address_option ? MIPX_IPPROTO_DSTOPTS : MIPX_IPPROTO_MH) &&
	      mipx_put_u8(w, 2) && mipx_put_u8(w, 2) && mipx_put_u8(w, 1) &&
	      mipx_put_u32(w, 0) && mipx_put_bytes(w, spec->rh2_address, 16)))
		return mipx_no_space(err, w, "ipv6.rh2");
	/* The HAO's alignment is 8n+6 (RFC 6275 6.3): a 4-octet PadN puts its
	 * type octet at offset 6 of the header. */
	if (spec->has_home_address_option &&
	    !(mipx_put_u8(w, MIPX_IPPROTO_MH) && mipx_put_u8(w, 2) &&
	      mipx_put_u8(w, MIPX_IP6OPT_PADN) && mipx_put_u8(w, 2) && mipx_put_u16(w, 0) &&
	      mipx_put_u8(w, MIPX_IP6OPT_HOME_ADDRESS) && mipx_put_u8(w, 16) &&
	      mipx_put_bytes(w, spec->home_address_option, 16)))
		return mipx_no_space(err, w, "ipv6.hao");
	mh_start = w->pos;
	if (!mipx_put_bytes(w, payload, payload_len))
		return mipx_no_space(err, w, "mh");
	/* The checksum as the final destination verifies it: home address
	 * swapped in from the HAO (RFC 6275 9.3.1), RH2 address as destination
	 * (RFC 8200 8.1).  See docs/wire-format-frames.md. */
	if (payload_len >= MIPX_MH_HEADER_LEN)
		mipx_mh_set_checksum(spec->has_home_address_option ? spec->home_address_option
								   : spec->src.bytes,
				     spec->has_rh2 ? spec->rh2_address : spec->dst.bytes,
				     w->base + mh_start, payload_len);
	return MIPX_OK;
}

mipx_status mipx_frame_encode(const struct mipx_frame_spec *spec,
			      const uint8_t *payload, size_t payload_len,
			      uint8_t *buf, size_t cap, size_t *out_len,
			      struct mipx_error *err)
{
	struct mipx_writer w = mipx_writer_init(buf, cap);
	int ip_version;
	mipx_status st;

	if (payload_len && !payload)
		return mipx_fail(err, MIPX_INVALID, 0, "payload", "no payload bytes");
	switch (spec->kind) {
	case MIPX_PAYLOAD_MIP4:
	case MIPX_PAYLOAD_AGENT_ADV:
		ip_version = 4;
		break;
	case MIPX_PAYLOAD_MH:
		ip_version = 6;
		break;
	default:
		return mipx_fail(err, MIPX_INVALID, 0, "kind", "nothing to encode for this kind");
	}
	if (spec->src.family != ip_version || spec->dst.family != ip_version)
		return mipx_fail(err, MIPX_INVALID, 0, "ip.addr",
				 "address family does not fit the payload kind");
	st = mipx_link_encode(spec, ip_version, &w, err);
	if (st != MIPX_OK)
		return st;
	st = ip_version == 4 ? encode_ipv4(spec, payload, payload_len, &w, err)
			     : encode_ipv6_mh(spec, payload, payload_len, &w, err);
	if (st != MIPX_OK)
		return st;
	*out_len = w.pos;
	return MIPX_OK;
}

/* ---- tunnels and fragments, for the generator ---- */

static void set_ipv4_checksum(uint8_t *hdr, size_t hdr_len)
{
	uint16_t checksum;

	hdr[10] = hdr[11] = 0;
	checksum = mipx_inet_fold(mipx_inet_sum(hdr, hdr_len, 0));
	hdr[10] = (uint8_t)(checksum >> 8);
	hdr[11] = (uint8_t)checksum;
}

static bool put_outer(struct mipx_writer *w, const struct mipx_tunnel_spec *spec,
		      uint8_t proto, size_t payload_len)
{
	if (spec->src.family == 4) {
		struct mipx_frame_spec ip;
		memset(&ip, 0, sizeof ip);
		ip.src = spec->src;
		ip.dst = spec->dst;
		ip.ttl = spec->ttl;
		ip.ip_id = spec->ip_id;
		return put_ipv4(w, &ip, proto, payload_len);
	}
	return mipx_put_u32(w, 0x60000000u) && mipx_put_u16(w, (uint16_t)payload_len) &&
	       mipx_put_u8(w, proto) && mipx_put_u8(w, spec->ttl ? spec->ttl : MIPX_DEFAULT_TTL) &&
	       mipx_put_bytes(w, spec->src.bytes, 16) && mipx_put_bytes(w, spec->dst.bytes, 16);
}

mipx_status mipx_tunnel_encode(const struct mipx_tunnel_spec *spec,
			       const uint8_t *inner, size_t inner_len,
			       uint8_t *buf, size_t cap, size_t *out_len,
			       struct mipx_error *err)
{
	struct mipx_writer w = mipx_writer_init(buf, cap);
	int inner_version = inner_len ? inner[0] >> 4 : 0;
	int outer_version = spec->src.family;
	size_t hdr = 0, start;
	uint8_t proto;

	if ((inner_version != 4 && inner_version != 6) ||
	    (inner_version == 4 && inner_len < MIPX_IPV4_HDR_LEN) ||
	    (inner_version == 6 && inner_len < MIPX_IPV6_HDR_LEN))
		return mipx_fail(err, MIPX_INVALID, 0, "inner", "not an IP packet");
	if ((outer_version != 4 && outer_version != 6) || spec->dst.family != outer_version)
		return mipx_fail(err, MIPX_INVALID, 0, "ip.addr", "tunnel addresses of no one family");
	switch (spec->kind) {
	case MIPX_TUNNEL_IPV4_IN_IPV4:
	case MIPX_TUNNEL_IPV4_IN_IPV6:
	case MIPX_TUNNEL_IPV6_IN_IPV6:
	case MIPX_TUNNEL_IPV6_IN_IPV4:
		if (mipx_tunnel_of(outer_version, inner_version == 4 ? 4 : 41) != spec->kind)
			return mipx_fail(err, MIPX_INVALID, 0, "kind", "kind does not fit the versions");
		proto = inner_version == 4 ? 4 : 41;
		break;
	case MIPX_TUNNEL_GRE:
		proto = 47;
		hdr = 4 + (spec->gre_checksum ? 4 : 0) + (spec->gre_key ? 4 : 0) +
		      (spec->gre_sequence ? 4 : 0);
		break;
	case MIPX_TUNNEL_MINIMAL:
		if (outer_version != 4 || inner_version != 4)
			return mipx_fail(err, MIPX_INVALID, 0, "kind", "minimal encapsulation is IPv4 in IPv4");
		proto = 55;
		break;
	default:
		return mipx_fail(err, MIPX_INVALID, 0, "kind", "no such tunnel");
	}
	if (spec->kind == MIPX_TUNNEL_MINIMAL) {
		/* RFC 2004 3.1: the inner header goes, its protocol and
		 * addresses move into the forwarding header */
		size_t ihl = (size_t)(inner[0] & 0x0f) * 4;
		bool s = memcmp(inner + 12, spec->src.bytes, 4) != 0;
		size_t mhdr = s ? 12 : 8;
		uint16_t checksum;

		if (ihl < MIPX_IPV4_HDR_LEN || ihl > inner_len)
			return mipx_fail(err, MIPX_INVALID, 0, "inner", "bad IPv4 header length");
		if (!put_outer(&w, spec, proto, mhdr + inner_len - ihl))
			return mipx_no_space(err, &w, "ip");
		start = w.pos;
		if (!(mipx_put_u8(&w, inner[9]) && mipx_put_u8(&w, s ? 0x80 : 0) &&
		      mipx_put_u16(&w, 0) && mipx_put_bytes(&w, inner + 16, 4) &&
		      (!s || mipx_put_bytes(&w, inner + 12, 4))))
			return mipx_no_space(err, &w, "minimal");
		checksum = mipx_inet_fold(mipx_inet_sum(w.base + start, mhdr, 0));
		w.base[start + 2] = (uint8_t)(checksum >> 8);
		w.base[start + 3] = (uint8_t)checksum;
		if (!mipx_put_bytes(&w, inner + ihl, inner_len - ihl))
			return mipx_no_space(err, &w, "inner");
		*out_len = w.pos;
		return MIPX_OK;
	}
	if (hdr + inner_len > 0xffff - MIPX_IPV4_HDR_LEN)
		return mipx_fail(err, MIPX_INVALID, 0, "inner", "too long to tunnel");
	if (!put_outer(&w, spec, proto, hdr + inner_len))
		return mipx_no_space(err, &w, "ip");
	start = w.pos;
	if (spec->kind == MIPX_TUNNEL_GRE) {
		uint16_t flags = (uint16_t)((spec->gre_checksum ? 0x8000 : 0) |
					    (spec->gre_key ? 0x2000 : 0) |
					    (spec->gre_sequence ? 0x1000 : 0));
		if (!(mipx_put_u16(&w, flags) &&
		      mipx_put_u16(&w, inner_version == 4 ? MIPX_ETHERTYPE_IPV4 : MIPX_ETHERTYPE_IPV6) &&
		      (!spec->gre_checksum || mipx_put_u32(&w, 0)) &&
		      (!spec->gre_key || mipx_put_u32(&w, spec->key)) &&
		      (!spec->gre_sequence || mipx_put_u32(&w, spec->sequence))))
			return mipx_no_space(err, &w, "gre");
	}
	if (!mipx_put_bytes(&w, inner, inner_len))
		return mipx_no_space(err, &w, "inner");
	if (spec->kind == MIPX_TUNNEL_GRE && spec->gre_checksum) {
		/* RFC 2784 2.3: over the GRE header and the payload */
		uint16_t checksum = mipx_inet_fold(mipx_inet_sum(w.base + start, w.pos - start, 0));
		w.base[start + 4] = (uint8_t)(checksum >> 8);
		w.base[start + 5] = (uint8_t)checksum;
	}
	*out_len = w.pos;
	return MIPX_OK;
}

/* IPv6: the headers in front of the Fragment header (RFC 8200 4.5's
 * unfragmentable part, with RFC 6275 6.3's Home Address option); *nh_at
 * is the octet naming the first fragmentable header. */
static size_t ipv6_unfragmentable(const uint8_t *ip, size_t len, size_t *nh_at)
{
	size_t at = MIPX_IPV6_HDR_LEN;
	uint8_t nh = ip[6];

	*nh_at = 6;
	while ((nh == MIPX_IPPROTO_HOPOPTS || nh == MIPX_IPPROTO_ROUTING ||
		nh == MIPX_IPPROTO_DSTOPTS) && at + 2 <= len) {
		size_t ext = ((size_t)ip[at + 1] + 1) * 8;
		if (at + ext > len)
			break;
		*nh_at = at;
		nh = ip[at];
		at += ext;
	}
	return at;
}

mipx_status mipx_fragment_encode(const uint8_t *ip, size_t len, size_t offset,
				 size_t data_len, uint32_t id, uint8_t *buf,
				 size_t cap, size_t *out_len, struct mipx_error *err)
{
	struct mipx_writer w = mipx_writer_init(buf, cap);
	int version = len ? ip[0] >> 4 : 0;
	size_t unfrag, nh_at = 0, total;
	bool more;

	if (version == 4 && len >= MIPX_IPV4_HDR_LEN)
		unfrag = (size_t)(ip[0] & 0x0f) * 4;
	else if (version == 6 && len >= MIPX_IPV6_HDR_LEN)
		unfrag = ipv6_unfragmentable(ip, len, &nh_at);
	else
		return mipx_fail(err, MIPX_INVALID, 0, "ip", "not an IP packet");
	if (unfrag > len || offset % 8 != 0 || offset + data_len > len - unfrag || !data_len)
		return mipx_fail(err, MIPX_INVALID, 0, "offset", "fragment outside the datagram");
	more = offset + data_len < len - unfrag;
	if (more && data_len % 8 != 0)
		return mipx_fail(err, MIPX_INVALID, 0, "length", "a fragment with more to come is 8n octets");
	if (version == 4) {
		size_t start = w.pos;
		total = unfrag + data_len;
		if (!mipx_put_bytes(&w, ip, unfrag) || !mipx_put_bytes(&w, ip + unfrag + offset, data_len))
			return mipx_no_space(err, &w, "fragment");
		w.base[start + 2] = (uint8_t)(total >> 8);
		w.base[start + 3] = (uint8_t)total;
		w.base[start + 4] = (uint8_t)(id >> 8);
		w.base[start + 5] = (uint8_t)id;
		w.base[start + 6] = (uint8_t)((more ? 0x20 : 0) | ((offset / 8) >> 8));
		w.base[start + 7] = (uint8_t)(offset / 8);
		set_ipv4_checksum(w.base + start, unfrag);
	} else {
		size_t start = w.pos;
		uint8_t next = ip[nh_at];
		total = unfrag - MIPX_IPV6_HDR_LEN + 8 + data_len;
		if (!mipx_put_bytes(&w, ip, unfrag) || !mipx_put_u8(&w, next) || !mipx_put_u8(&w, 0) ||
		    !mipx_put_u16(&w, (uint16_t)(offset | (more ? 1 : 0))) || !mipx_put_u32(&w, id) ||
		    !mipx_put_bytes(&w, ip + unfrag + offset, data_len))
			return mipx_no_space(err, &w, "fragment");
		w.base[start + nh_at] = MIPX_IPPROTO_FRAGMENT;
		w.base[start + 4] = (uint8_t)(total >> 8);
		w.base[start + 5] = (uint8_t)total;
	}
	*out_len = w.pos;
	return MIPX_OK;
}
