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
	MIPX_PAYLOAD_FRAGMENT,   /* an IP fragment: its data, for reassembly */
};

/*
 * IP tunnels the frame layer unwraps (docs/wire-format-frames.md): the kind
 * of the outermost one is kept with its addresses.
 */
enum mipx_tunnel_kind {
	MIPX_TUNNEL_NONE = 0,
	MIPX_TUNNEL_IPV4_IN_IPV4, /* protocol 4 over IPv4, RFC 2003 */
	MIPX_TUNNEL_IPV4_IN_IPV6, /* next header 4 over IPv6, RFC 2473 */
	MIPX_TUNNEL_IPV6_IN_IPV6, /* next header 41 over IPv6, RFC 2473 */
	MIPX_TUNNEL_IPV6_IN_IPV4, /* protocol 41 over IPv4, RFC 4213 */
	MIPX_TUNNEL_GRE,          /* protocol 47, RFC 2784 / 2890 */
	MIPX_TUNNEL_MINIMAL,      /* protocol 55, RFC 2004 */
	MIPX_TUNNEL_KINDS
};
/* Tunnels inside tunnels are unwrapped this deep; a deeper one is left as
 * it is (kind NONE, protocol that of the tunnel). */
#define MIPX_TUNNEL_MAX_DEPTH 4

const char *mipx_tunnel_kind_name(enum mipx_tunnel_kind kind); /* "gre" */

/*
 * How the checksum of a Mobile IP payload (UDP for Mobile IPv4, ICMP for an
 * agent advertisement, the Mobility Header's own) compares with its octets.
 */
enum mipx_checksum_state {
	MIPX_CHECKSUM_UNVERIFIED = 0, /* cut by the capture, or a fragment */
	MIPX_CHECKSUM_GOOD,
	MIPX_CHECKSUM_BAD,
	MIPX_CHECKSUM_ABSENT,         /* UDP over IPv4 with 0: none sent (RFC 768) */
};

struct mipx_checksum {
	uint8_t state;     /* enum mipx_checksum_state */
	uint16_t wire;     /* the field as captured */
	uint16_t expected; /* what belongs there (GOOD, BAD): UDP never 0 */
	/* The pseudo-header's sum folded to 16 bits, not complemented: what a
	 * host that leaves the checksum to its NIC writes in the field (0 for
	 * ICMP, which has no pseudo-header).  Only meant for BAD: the MH's is
	 * not computed for a right checksum. */
	uint16_t pseudo;
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
	/* The addresses above are the innermost IP header's; when tunnels were
	 * unwrapped, the outermost one's kind and how many (in what was
	 * padding: the cleared part stays 128 octets). */
	uint8_t tunnel_kind;   /* enum mipx_tunnel_kind */
	uint8_t tunnel_depth;
	uint32_t notes;

	/*
	 * Written only when they apply (and not cleared for other frames, so
	 * that frames without tunnels or fragments do not pay for them):
	 * with a payload, the octets the IP (UDP) length gives it and its
	 * checksum (for MH: by mipx_packet_decode, which knows its length); with
	 * tunnel_depth > 0 the outermost tunnel's addresses; with kind
	 * FRAGMENT where its IP header starts in the frame (payload,
	 * payload_len and payload_offset are then its fragment data), the
	 * identification (IPv4 16 bits, IPv6 32) and, for IPv6, the octet that
	 * names the Fragment header (to be given the fragment's next header on
	 * reassembly; the unfragmentable part runs from frag_ip_offset to the
	 * Fragment header, 8 octets before the data: RFC 8200 4.5).
	 */
	size_t payload_declared_len;
	struct mipx_checksum checksum; /* with a payload of ours, MH in packet.c */
	struct mipx_addr tunnel_src, tunnel_dst;
	size_t frag_ip_offset;
	size_t frag_nh_offset;
	uint32_t frag_id;
};
/* The part of struct mipx_frame that mipx_frame_decode clears. */
#define MIPX_FRAME_CLEARED_LEN offsetof(struct mipx_frame, payload_declared_len)

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

/*
 * The generator's tunnels and fragments, on raw IP packets (as
 * mipx_frame_encode writes them with linktype RAW).
 *
 * mipx_tunnel_encode wraps inner (an IPv4 or IPv6 packet from its header
 * on) in spec's tunnel: an outer header from src to dst (their family
 * picks IPv4 or IPv6; kind must fit: GRE over either, minimal over IPv4
 * with an IPv4 inner packet, whose header it replaces: RFC 2004 3.1).
 */
struct mipx_tunnel_spec {
	enum mipx_tunnel_kind kind;
	struct mipx_addr src, dst;
	uint8_t ttl;          /* 0: 64 */
	uint16_t ip_id;
	bool gre_checksum;    /* RFC 2784 C */
	bool gre_key;         /* RFC 2890 K */
	uint32_t key;
	bool gre_sequence;    /* RFC 2890 S */
	uint32_t sequence;
};
mipx_status mipx_tunnel_encode(const struct mipx_tunnel_spec *spec,
			       const uint8_t *inner, size_t inner_len,
			       uint8_t *buf, size_t cap, size_t *out_len,
			       struct mipx_error *err);

/*
 * One fragment of the IP datagram ip: the data octets [offset, offset +
 * data_len) of what follows its unfragmentable part (IPv4: the header;
 * IPv6: the fixed header and the hop-by-hop, routing and destination
 * options headers in front, where RFC 6275 6.3 puts the Home Address
 * option), with identification id.  offset must be a multiple of 8; M is
 * set unless the fragment ends the datagram.
 */
mipx_status mipx_fragment_encode(const uint8_t *ip, size_t len, size_t offset,
				 size_t data_len, uint32_t id, uint8_t *buf,
				 size_t cap, size_t *out_len, struct mipx_error *err);

/* RFC 1071 Internet checksum helpers (sum to fold, then complement). */
uint32_t mipx_inet_sum(const uint8_t *data, size_t len, uint32_t sum);
uint16_t mipx_inet_fold(uint32_t sum);

const char *mipx_addr_str(const struct mipx_addr *addr, char out[46]);
struct mipx_addr mipx_addr_v4(uint32_t host_order);
struct mipx_addr mipx_addr_v6(const uint8_t bytes[16]);
bool mipx_addr_equal(const struct mipx_addr *a, const struct mipx_addr *b);

#endif
