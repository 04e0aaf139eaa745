/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * From a captured frame to the Mobile IP payload in it: link layer (Ethernet
 * with VLAN tags, Linux cooked SLL/SLL2, raw IP, null/loopback), IPv4 (with
 * options), IPv6 (walking hop-by-hop, destination options with the Home
 * Address option, routing type 2 and fragment headers), UDP and ICMP.
 * And the reverse, for the sample generator.  No allocation.
 */
#ifndef MIPX_FRAME_H
#define MIPX_FRAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mipx/mip6.h"
#include "mipx/status.h"

/* Link types, as pcap_datalink() returns them (DLT_ values). */
enum mipx_linktype {
	MIPX_DLT_NULL = 0,        /* BSD loopback, host-order AF */
	MIPX_DLT_EN10MB = 1,
	MIPX_DLT_RAW = 12,        /* Linux DLT_RAW; 14 and 101 are accepted too */
	MIPX_DLT_RAW_ALT = 14,
	MIPX_DLT_LINKTYPE_RAW = 101,
	MIPX_DLT_LOOP = 108,      /* OpenBSD loopback, network-order AF */
	MIPX_DLT_LINUX_SLL = 113,
	MIPX_DLT_IPV4 = 228,
	MIPX_DLT_IPV6 = 229,
	MIPX_DLT_LINUX_SLL2 = 276,
};

bool mipx_linktype_supported(int dlt);
const char *mipx_linktype_name(int dlt);

/* Settings that decide what is a Mobile IP payload. */
struct mipx_settings {
	uint16_t mip4_udp_port; /* 434 */
	struct mipx_mip6_settings mip6;
};
#define MIPX_SETTINGS_DEFAULT { 434, MIPX_MIP6_SETTINGS_DEFAULT }

/* An IPv4 or IPv6 address; IPv4 in bytes[0..3]. */
struct mipx_addr {
	uint8_t family; /* 4 or 6, 0 when unset */
	uint8_t bytes[16];
};

enum mipx_payload_kind {
	MIPX_PAYLOAD_NONE = 0,   /* an IP packet that carries no Mobile IP */
	MIPX_PAYLOAD_MIP4,       /* UDP to or from the Mobile IP port */
	MIPX_PAYLOAD_AGENT_ADV,  /* ICMPv4 type 9 */
	MIPX_PAYLOAD_MH,         /* IPv6 Mobility Header */
	MIPX_PAYLOAD_FRAGMENT,   /* a non-first IP fragment: payload not decodable */
};

struct mipx_frame {
	int linktype;
	uint8_t vlan_count;
	uint16_t vlan_id[2];

	uint8_t ip_version; /* 4 or 6 */
	struct mipx_addr src, dst; /* IP header addresses */
	uint8_t ttl;               /* IPv4 TTL / IPv6 hop limit */
	uint8_t protocol;          /* IPv4 protocol / last IPv6 next header */
	uint16_t ip_id;            /* IPv4 */
	uint16_t frag_offset;      /* in octets */
	bool more_fragments;
	uint8_t ipv4_options_len;

	/* IPv6 extension headers that Mobile IPv6 gives meaning to. */
	bool has_home_address_option;
	uint8_t home_address_option[16];
	bool has_rh2;
	uint8_t rh2_address[16]; /* the home address of a node away from home */

	uint16_t sport, dport; /* UDP */

	enum mipx_payload_kind kind;
	const uint8_t *payload; /* UDP payload, ICMP message or MH; NULL if none */
	size_t payload_len;     /* octets present (may be < ip-declared length) */
	size_t payload_offset;  /* from the start of the frame */
	bool payload_cut;       /* the IP header says more than was captured */
	size_t payload_declared_len; /* octets the IP (UDP) length gives the payload */
	uint32_t notes;
};

/*
 * Decode link, IP and transport headers.  A frame cut inside a header is
 * MIPX_TRUNCATED; a header that cannot be (IPv4 IHL < 5, unknown link type,
 * ...) is MIPX_INVALID.  A frame that holds no Mobile IP is MIPX_OK with
 * kind MIPX_PAYLOAD_NONE.
 */
mipx_status mipx_frame_decode(int linktype, const uint8_t *pkt, size_t caplen,
			      const struct mipx_settings *settings,
			      struct mipx_frame *frame, struct mipx_error *err);

/* What the generator wants on the wire around a Mobile IP payload. */
struct mipx_frame_spec {
	int linktype;          /* EN10MB, LINUX_SLL, LINUX_SLL2, RAW, NULL */
	uint8_t src_mac[6], dst_mac[6];
	uint16_t vlan_id;      /* 0: untagged (Ethernet only) */
	struct mipx_addr src, dst;
	uint8_t ttl;           /* 0: 64 */
	uint16_t ip_id;
	enum mipx_payload_kind kind; /* MIP4 (UDP), AGENT_ADV (ICMP), MH */
	uint16_t sport, dport; /* MIP4 */
	bool has_home_address_option; /* MH from a mobile node away from home */
	uint8_t home_address_option[16];
	bool has_rh2;          /* MH to a mobile node away from home */
	uint8_t rh2_address[16];
};

/*
 * Wrap payload (UDP payload / complete ICMP message / complete MH) in the
 * headers of spec, computing IPv4, UDP and MH checksums (the MH checksum over
 * the final destination: the home address when a type 2 routing header is
 * present; ICMP checksums are the ICMP encoder's).  *out_len = frame length.
 */
mipx_status mipx_frame_encode(const struct mipx_frame_spec *spec,
			      const uint8_t *payload, size_t payload_len,
			      uint8_t *buf, size_t cap, size_t *out_len,
			      struct mipx_error *err);

/* RFC 1071 Internet checksum helpers (sum to fold, then complement). */
uint32_t mipx_inet_sum(const uint8_t *data, size_t len, uint32_t sum);
uint16_t mipx_inet_fold(uint32_t sum);

const char *mipx_addr_str(const struct mipx_addr *addr, char out[46]);
struct mipx_addr mipx_addr_v4(uint32_t host_order);
struct mipx_addr mipx_addr_v6(const uint8_t bytes[16]);
bool mipx_addr_equal(const struct mipx_addr *a, const struct mipx_addr *b);

#endif
