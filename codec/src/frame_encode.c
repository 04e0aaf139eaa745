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
