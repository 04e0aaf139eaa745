/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Link layers as pcap_datalink() names them, down to the IP header: Ethernet
 * with up to two VLAN tags, Linux cooked captures (SLL, SLL2), raw IP, and the
 * two loopback encapsulations.
 */
#include <string.h>

#include "frame_internal.h"

/* BSD address families as loopback captures carry them: AF_INET6 differs
 * between the BSDs (24 NetBSD/OpenBSD, 28 FreeBSD, 30 Darwin). */
#define MIPX_BSD_AF_INET 2
#define MIPX_BSD_AF_INET6_NETBSD 24
#define MIPX_BSD_AF_INET6_FREEBSD 28
#define MIPX_BSD_AF_INET6_DARWIN 30

#define MIPX_ARPHRD_ETHER 1

bool mipx_linktype_supported(int dlt)
{
	switch (dlt) {
	case MIPX_DLT_NULL:
	case MIPX_DLT_EN10MB:
	case MIPX_DLT_RAW:
	case MIPX_DLT_RAW_ALT:
	case MIPX_DLT_LINKTYPE_RAW:
	case MIPX_DLT_LOOP:
	case MIPX_DLT_LINUX_SLL:
	case MIPX_DLT_IPV4:
	case MIPX_DLT_IPV6:
	case MIPX_DLT_LINUX_SLL2:
		return true;
	}
	return false;
}

const char *mipx_linktype_name(int dlt)
{
	switch (dlt) {
	case MIPX_DLT_NULL:
		return "NULL";
	case MIPX_DLT_EN10MB:
		return "EN10MB";
	case MIPX_DLT_RAW:
	case MIPX_DLT_RAW_ALT:
	case MIPX_DLT_LINKTYPE_RAW:
		return "RAW";
	case MIPX_DLT_LOOP:
		return "LOOP";
	case MIPX_DLT_LINUX_SLL:
		return "LINUX_SLL";
	case MIPX_DLT_IPV4:
		return "IPV4";
	case MIPX_DLT_IPV6:
		return "IPV6";
	case MIPX_DLT_LINUX_SLL2:
		return "LINUX_SLL2";
	}
	return "unsupported";
}

static int ethertype_version(uint16_t ethertype)
{
	if (ethertype == MIPX_ETHERTYPE_IPV4)
		return 4;
	if (ethertype == MIPX_ETHERTYPE_IPV6)
		return 6;
	return 0;
}

static int bsd_af_version(uint32_t af)
{
	if (af == MIPX_BSD_AF_INET)
		return 4;
	if (af == MIPX_BSD_AF_INET6_NETBSD || af == MIPX_BSD_AF_INET6_FREEBSD ||
	    af == MIPX_BSD_AF_INET6_DARWIN)
		return 6;
	return 0;
}

static mipx_status ethernet_decode(struct mipx_cursor *c, struct mipx_frame *frame,
				   int *ip_version, struct mipx_error *err)
{
	uint16_t ethertype;

	if (!mipx_skip(c, 12))
		return mipx_truncated(err, c, "eth.addr");
	if (!mipx_get_u16(c, &ethertype))
		return mipx_truncated(err, c, "eth.type");
	/* 802.1Q and 802.1ad: at most two tags (one QinQ stack). */
	while ((ethertype == MIPX_ETHERTYPE_VLAN || ethertype == MIPX_ETHERTYPE_QINQ) &&
	       frame->vlan_count < 2) {
		uint16_t tci;
		if (!mipx_get_u16(c, &tci))
			return mipx_truncated(err, c, "vlan.tci");
		if (!mipx_get_u16(c, &ethertype))
			return mipx_truncated(err, c, "vlan.type");
		frame->vlan_id[frame->vlan_count++] = tci & 0x0fff;
	}
	*ip_version = ethertype_version(ethertype);
	return MIPX_OK;
}

mipx_status mipx_link_decode(int linktype, struct mipx_cursor *c,
			     struct mipx_frame *frame, int *ip_version,
			     struct mipx_error *err)
{
	uint16_t proto;
	uint32_t af;
	uint8_t first;

	*ip_version = 0;
	switch (linktype) {
	case MIPX_DLT_EN10MB:
		return ethernet_decode(c, frame, ip_version, err);
	case MIPX_DLT_LINUX_SLL:
		/* packet type, ARPHRD, address length, address[8], protocol */
		if (!mipx_skip(c, 14))
			return mipx_truncated(err, c, "sll.header");
		if (!mipx_get_u16(c, &proto))
			return mipx_truncated(err, c, "sll.protocol");
		*ip_version = ethertype_version(proto);
		return MIPX_OK;
	case MIPX_DLT_LINUX_SLL2:
		/* protocol, reserved, ifindex, ARPHRD, packet type, addr len, addr[8] */
		if (!mipx_get_u16(c, &proto))
			return mipx_truncated(err, c, "sll2.protocol");
		if (!mipx_skip(c, 18))
			return mipx_truncated(err, c, "sll2.header");
		*ip_version = ethertype_version(proto);
		return MIPX_OK;
	case MIPX_DLT_RAW:
	case MIPX_DLT_RAW_ALT:
	case MIPX_DLT_LINKTYPE_RAW: {
		/* No link header: the IP version nibble says which. */
		struct mipx_cursor peek = *c;
		if (!mipx_get_u8(&peek, &first))
			return mipx_truncated(err, &peek, "ip.version");
		if (first >> 4 != 4 && first >> 4 != 6)
			return mipx_fail(err, MIPX_INVALID, c->pos, "ip.version",
					 "raw IP that is neither IPv4 nor IPv6");
		*ip_version = first >> 4;
		return MIPX_OK;
	}
	case MIPX_DLT_IPV4:
		*ip_version = 4;
		return MIPX_OK;
	case MIPX_DLT_IPV6:
		*ip_version = 6;
		return MIPX_OK;
	case MIPX_DLT_NULL:
		/* The capturing host's byte order, which the file does not say:
		 * a family fits in 16 bits, so a larger value is the other order. */
		if (!mipx_get_u32(c, &af))
			return mipx_truncated(err, c, "null.family");
		if (af > 0xffff)
			af = ((af & 0xff) << 24) | ((af & 0xff00) << 8) |
			     ((af >> 8) & 0xff00) | (af >> 24);
		*ip_version = bsd_af_version(af);
		return MIPX_OK;
	case MIPX_DLT_LOOP:
		if (!mipx_get_u32(c, &af))
			return mipx_truncated(err, c, "loop.family");
		*ip_version = bsd_af_version(af);
		return MIPX_OK;
	}
	return mipx_fail(err, MIPX_INVALID, 0, "linktype", "unsupported link type");
}

static bool put_ethertype_version(struct mipx_writer *w, int ip_version)
{
	return mipx_put_u16(w, ip_version == 4 ? MIPX_ETHERTYPE_IPV4 : MIPX_ETHERTYPE_IPV6);
}

mipx_status mipx_link_encode(const struct mipx_frame_spec *spec, int ip_version,
			     struct mipx_writer *w, struct mipx_error *err)
{
	static const uint8_t zero2[2];
	bool ok = true;

	switch (spec->linktype) {
	case MIPX_DLT_EN10MB:
		ok = mipx_put_bytes(w, spec->dst_mac, 6) && mipx_put_bytes(w, spec->src_mac, 6);
		if (ok && spec->vlan_id) {
			if (spec->vlan_id > 0x0fff)
				return mipx_fail(err, MIPX_INVALID, w->pos, "vlan.id",
						 "VLAN ID above 4095");
			ok = mipx_put_u16(w, MIPX_ETHERTYPE_VLAN) && mipx_put_u16(w, spec->vlan_id);
		}
		ok = ok && put_ethertype_version(w, ip_version);
		break;
	case MIPX_DLT_LINUX_SLL:
		/* Packet type 0: addressed to this host. */
		ok = mipx_put_u16(w, 0) && mipx_put_u16(w, MIPX_ARPHRD_ETHER) &&
		     mipx_put_u16(w, 6) && mipx_put_bytes(w, spec->src_mac, 6) &&
		     mipx_put_bytes(w, zero2, 2) && put_ethertype_version(w, ip_version);
		break;
	case MIPX_DLT_LINUX_SLL2:
		ok = put_ethertype_version(w, ip_version) && mipx_put_u16(w, 0) &&
		     mipx_put_u32(w, 1) && mipx_put_u16(w, MIPX_ARPHRD_ETHER) &&
		     mipx_put_u8(w, 0) && mipx_put_u8(w, 6) &&
		     mipx_put_bytes(w, spec->src_mac, 6) && mipx_put_bytes(w, zero2, 2);
		break;
	case MIPX_DLT_RAW:
	case MIPX_DLT_RAW_ALT:
	case MIPX_DLT_LINKTYPE_RAW:
		break;
	case MIPX_DLT_IPV4:
		if (ip_version != 4)
			return mipx_fail(err, MIPX_INVALID, 0, "linktype",
					 "DLT_IPV4 cannot carry IPv6");
		break;
	case MIPX_DLT_IPV6:
		if (ip_version != 6)
			return mipx_fail(err, MIPX_INVALID, 0, "linktype",
					 "DLT_IPV6 cannot carry IPv4");
		break;
	case MIPX_DLT_NULL: {
		/* Written as a little-endian host would; decoders accept either. */
		uint32_t af = ip_version == 4 ? MIPX_BSD_AF_INET : MIPX_BSD_AF_INET6_NETBSD;
		ok = mipx_put_u8(w, (uint8_t)af) && mipx_put_u8(w, 0) &&
		     mipx_put_u8(w, 0) && mipx_put_u8(w, 0);
		break;
	}
	case MIPX_DLT_LOOP:
		ok = mipx_put_u32(w, ip_version == 4 ? MIPX_BSD_AF_INET
						     : MIPX_BSD_AF_INET6_NETBSD);
		break;
	default:
		return mipx_fail(err, MIPX_INVALID, 0, "linktype", "unsupported link type");
	}
	if (!ok)
		return mipx_no_space(err, w, "link");
	return MIPX_OK;
}
