/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Mobile IPv4 with DREMIP (draft-chuahli-mobileip-dremip-00): Registration
 * Request/Reply, Route Request/Reply, their extensions, and the ICMP Agent
 * Advertisement with its extensions.  See docs/wire-format.md.
 *
 * IPv4 addresses in these structures are uint32_t in host byte order
 * (10.1.0.5 == 0x0a010005), so that they compare and hash as numbers.
 * Pointers (data, authenticator, ...) point into the buffer that was decoded;
 * they stay valid as long as that buffer does.  Nothing here allocates.
 */
#ifndef MIPX_MIP4_H
#define MIPX_MIP4_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mipx/status.h"

#define MIPX_MIP4_UDP_PORT 434

enum mipx_mip4_type {
	MIPX_MIP4_REG_REQUEST = 1,
	MIPX_MIP4_REG_REPLY = 3,
	MIPX_MIP4_TUNNEL_DATA = 4,     /* RFC 3519 3.3: MIP UDP tunnelling */
	MIPX_MIP4_REVOCATION = 7,      /* RFC 3543 3.1 */
	MIPX_MIP4_REVOCATION_ACK = 15, /* RFC 3543 3.2 */
	MIPX_MIP4_ROUTE_REQUEST = 32,  /* DREMIP 3.4 */
	MIPX_MIP4_ROUTE_REPLY = 33,    /* DREMIP 3.5 */
};

/* Fixed part lengths, type octet included (wire-format.md 1.1). */
#define MIPX_MIP4_REG_REQUEST_LEN 24
#define MIPX_MIP4_REG_REPLY_LEN 20
#define MIPX_MIP4_ROUTE_LEN 20
#define MIPX_MIP4_TUNNEL_DATA_LEN 4     /* then the tunnelled datagram */
#define MIPX_MIP4_REVOCATION_LEN 20
#define MIPX_MIP4_REVOCATION_ACK_LEN 12

/* Registration Revocation flags (RFC 3543 3.1, 3.2). */
#define MIPX_REV_FLAG_A 0x8000     /* Revocation: the agent that sent it */
#define MIPX_REV_FLAG_I 0x4000     /* Revocation: inform the mobile node */
#define MIPX_REV_ACK_FLAG_I 0x8000 /* Revocation Ack: the node was informed */

/* Registration Request flags (DREMIP 3.2). */
#define MIPX_REG_FLAG_S 0x80
#define MIPX_REG_FLAG_B 0x40
#define MIPX_REG_FLAG_D 0x20
#define MIPX_REG_FLAG_M 0x10
#define MIPX_REG_FLAG_G 0x08
#define MIPX_REG_FLAG_V 0x04
#define MIPX_REG_FLAG_R 0x02 /* DREMIP 3.2: the sender speaks DREMIP */
#define MIPX_REG_FLAG_T 0x02 /* RFC 3024 3.1: reverse tunnelling asked; the
			      * same bit as R: which one it is depends on the
			      * network (docs/standard-mip4.md) */
#define MIPX_REG_FLAG_X 0x01 /* reserved "x" (RFC 3344 3.3), must be zero */

/*
 * Mobility Agent Advertisement flags (RFC 3344 2.1.1): the flags octet, then
 * the octet RFC 3344 calls reserved, in which RFC 5944 2.1.1 places U
 * (RFC 3519), X (RFC 3543) and I (RFC 4857); its other five bits are zero.
 */
#define MIPX_ADV_FLAG_R 0x80 /* registration required */
#define MIPX_ADV_FLAG_B 0x40 /* busy */
#define MIPX_ADV_FLAG_H 0x20 /* home agent */
#define MIPX_ADV_FLAG_F 0x10 /* foreign agent */
#define MIPX_ADV_FLAG_M 0x08 /* minimal encapsulation */
#define MIPX_ADV_FLAG_G 0x04 /* GRE encapsulation */
#define MIPX_ADV_FLAG_r 0x02 /* reserved, zero */
#define MIPX_ADV_FLAG_T 0x01 /* reverse tunnelling (RFC 3024 3.1) */
#define MIPX_ADV_FLAG2_U 0x80 /* UDP tunnelling (RFC 3519 3.4) */
#define MIPX_ADV_FLAG2_X 0x40 /* revocation support (RFC 3543 3.4) */
#define MIPX_ADV_FLAG2_I 0x20 /* regional registration (RFC 4857 4.1) */
#define MIPX_ADV_FLAG2_RESERVED 0x1f

/* Route Reply codes (DREMIP 3.5). */
enum mipx_route_code {
	MIPX_ROUTE_ADDED = 0,
	MIPX_ROUTE_DENIED_UNSPECIFIED = 64,
	MIPX_ROUTE_DENIED_PROHIBITED = 65,
	MIPX_ROUTE_DENIED_AUTH = 67,
	MIPX_ROUTE_DENIED_LIFETIME = 68,
	MIPX_ROUTE_DENIED_POORLY_FORMED = 69,
};

#define MIPX_LIFETIME_INFINITE 0xffff

/* Registration Reply code 133: identification mismatch (RFC 3344 3.4, 5.7). */
#define MIPX_REG_ID_MISMATCH 133

/*
 * Extension types in registration and route messages (IANA "Mobile IPv4
 * numbers"; RFC 3344 1.9: 0-127 must be understood, 128-255 may be
 * skipped).  Three carry a 16-bit length after a second octet (36, 38, 47);
 * the rest an 8-bit length.
 */
enum mipx_mip4_ext_type {
	MIPX_EXT_MN_HA_AUTH = 32,         /* RFC 3344 3.5.2 */
	MIPX_EXT_MN_FA_AUTH = 33,         /* RFC 3344 3.5.3 */
	MIPX_EXT_FA_HA_AUTH = 34,         /* RFC 3344 3.5.4 */
	MIPX_EXT_GEN_AUTH = 36,           /* RFC 3012 5, 16-bit length */
	MIPX_EXT_OLD_CVSE = 37,           /* RFC 3115 draft numbering */
	MIPX_EXT_CVSE = 38,               /* RFC 3115 2, 16-bit length */
	MIPX_EXT_UDP_TUNNEL_REPLY = 44,   /* RFC 3519 3.2 */
	MIPX_EXT_FA_ERROR = 45,           /* RFC 4636 */
	MIPX_EXT_GFA_ADDRESS = 46,        /* RFC 4857 */
	MIPX_EXT_PMIP_NON_SKIP = 47,      /* RFC 5563, 16-bit length */
	MIPX_EXT_REG_SERVER = 81,         /* DREMIP 4.1 */
	MIPX_EXT_CARE_OF = 82,            /* DREMIP 4.2 */
	MIPX_EXT_AGENT_SERVER_AUTH = 83,  /* DREMIP 4.3 */
	MIPX_EXT_MOBILE_SERVER_AUTH = 84, /* DREMIP 4.4 */
	MIPX_EXT_SERVER_SERVER_AUTH = 85, /* DREMIP 4.5 */
	MIPX_EXT_EXPERIMENTAL = 127,      /* RFC 4064, not skippable */
	MIPX_EXT_SKIP_FIREWALL = 129,     /* RFC 2356 */
	MIPX_EXT_ENCAP_DELIVERY = 130,    /* RFC 3024 3.3: length 0 */
	MIPX_EXT_NAI = 131,               /* RFC 2794 2 */
	MIPX_EXT_CHALLENGE = 132,         /* RFC 3012 3.1 (MN-FA Challenge) */
	MIPX_EXT_OLD_NVSE = 133,          /* RFC 3115 draft numbering */
	MIPX_EXT_NVSE = 134,              /* RFC 3115 3 */
	MIPX_EXT_NAI_CARRYING = 136,      /* RFC 3846 */
	MIPX_EXT_REVOCATION_SUPPORT = 137, /* RFC 3543 3.3 */
	MIPX_EXT_GLLA = 138,              /* RFC 4881 */
	MIPX_EXT_DYNAMIC_HA = 139,        /* RFC 4433 3.1 */
	MIPX_EXT_HIERARCHICAL_FA = 140,   /* RFC 4857 */
	MIPX_EXT_REPLAY_STYLE = 141,      /* RFC 4857 */
	MIPX_EXT_REGIONAL_LIFETIME = 142, /* RFC 4857 */
	MIPX_EXT_UDP_TUNNEL_REQUEST = 144, /* RFC 3519 3.1 */
	MIPX_EXT_MESSAGE_STRING = 145,    /* RFC 4917 */
	MIPX_EXT_PMIP_SKIP = 147,         /* RFC 5563 */
	MIPX_EXT_MOBILE_NETWORK = 148,    /* RFC 5177 3.1-3.2 */
	MIPX_EXT_TNC = 149,               /* RFC 5265 */
	MIPX_EXT_SERVICE_SELECTION = 151, /* RFC 5446 */
	MIPX_EXT_DUAL_STACK = 152,        /* RFC 5454 */
	MIPX_EXT_SKIP_EXPERIMENTAL = 255, /* RFC 4064 */
};

/* Sub-types of 148 (RFC 5177 3.1, 3.2). */
enum mipx_mobile_network_subtype {
	MIPX_MOBNET_REQUEST = 0,        /* Mobile Network Request */
	MIPX_MOBNET_EXPLICIT_ACK = 1,   /* Explicit Mode Acknowledgement */
	MIPX_MOBNET_IMPLICIT_ACK = 2,   /* Implicit Mode Acknowledgement */
};

/* Extension types in an ICMP Agent Advertisement (RFC 3344 2.1). */
enum mipx_adv_ext_type {
	MIPX_ADV_EXT_PAD = 0,                /* one octet, no length */
	MIPX_ADV_EXT_MOBILITY_AGENT = 16,
	MIPX_ADV_EXT_PREFIX_LENGTHS = 19,
	MIPX_ADV_EXT_CHALLENGE = 24,         /* RFC 3012 2 */
	MIPX_ADV_EXT_REG_SERVER = 81,        /* DREMIP 3.1 */
};

/* Registration Server Extension (81): lifetime(2) then N x {addr prio lifetime}. */
#define MIPX_RS_MAX_ENTRIES 31 /* (255 - 2) / 8 */
struct mipx_rs_entry {
	uint32_t address;
	uint16_t priority;
	uint16_t lifetime; /* 0 = takes no more mobile nodes, 0xffff = infinity */
};
struct mipx_rs_ext {
	uint16_t lifetime;
	uint8_t count;
	struct mipx_rs_entry entry[MIPX_RS_MAX_ENTRIES];
};

/*
 * One extension.  `type`, `length` (data octets, as on the wire), `data` and
 * `offset` are always set; the union member that matches `type` (and the
 * message or advertisement it is in) is filled for known types.
 */
struct mipx_mip4_ext {
	uint8_t type;
	uint8_t subtype;     /* 36, 47: subtype octet; otherwise 0 */
	uint8_t header_len;  /* 1 (pad), 2 (type,len) or 4 (16-bit-length forms) */
	uint16_t offset;     /* of the type octet, from the start of the message */
	uint16_t length;     /* data octets after the header */
	const uint8_t *data; /* first data octet, `length` octets */
	union {
		struct mipx_rs_ext rs; /* 81 */
		struct {               /* 82 */
			uint16_t reserved;
			uint32_t address;
		} care_of;
		struct { /* 32, 33, 34, 36, 83, 84, 85 */
			uint32_t spi;
			const uint8_t *authenticator;
			uint16_t authenticator_len;
		} auth;
		struct { /* 38 CVSE, 134 NVSE (and the old 37/133) */
			uint16_t reserved;
			uint32_t vendor_id;
			uint16_t vendor_type;
			const uint8_t *value;
			uint16_t value_len;
		} vendor;
		struct { /* 44 UDP Tunnel Reply, 144 UDP Tunnel Request */
			uint8_t subtype;
			uint8_t code;          /* 44 */
			uint16_t flags;        /* 44: F 0x8000; 144: F 0x80 R 0x40 */
			uint16_t keepalive;    /* 44: seconds */
			uint8_t encapsulation; /* 144: 4, 47 or 55 */
		} udp_tunnel;
		struct { /* 137 Revocation Support */
			uint16_t flags; /* I 0x8000 */
			uint32_t timestamp;
		} revocation;
		struct { /* 139 Dynamic HA */
			uint8_t subtype; /* 1 requested, 2 redirected */
			uint32_t address;
		} dynamic_ha;
		struct { /* 148 Mobile Network */
			uint8_t subtype;       /* enum mipx_mobile_network_subtype */
			uint8_t code;          /* explicit ack */
			uint8_t prefix_length; /* request, explicit ack */
			uint32_t prefix;
		} mobile_network;
		struct { /* 16 Mobility Agent Advertisement */
			uint16_t sequence;
			uint16_t registration_lifetime;
			uint8_t flags; /* R B H F M G r T */
			uint8_t reserved; /* U X I and 5 reserved bits (RFC 5944) */
			uint8_t coa_count;
			const uint8_t *care_of_addresses; /* coa_count x 4 octets */
		} mobility_agent;
		struct { /* 19 Prefix-Lengths */
			uint8_t count;
			const uint8_t *lengths;
		} prefix_lengths;
	} u;
};

#define MIPX_MIP4_MAX_EXTS 32

/*
 * A registration or route message.  Fields that the type does not carry are
 * zero: a Route Request has destination/next_hop and no home_address.
 * Only ext[0..n_ext-1] are meaningful: mipx_mip4_decode leaves ext[i] for
 * i >= n_ext unspecified (it clears only the slots it writes).
 */
struct mipx_mip4_msg {
	uint8_t type;
	uint8_t flags;    /* Registration Request */
	uint8_t code;     /* Registration Reply, Route Reply */
	uint8_t reserved; /* Route Request; Revocation and its Ack (RFC 3543) */
	uint16_t lifetime;
	uint32_t home_address; /* registration messages */
	uint32_t registrar;    /* binding registrar (RFC 3344's home agent field) */
	uint32_t care_of;      /* Registration Request */
	uint32_t destination;  /* route messages: the mobile node's home address */
	uint32_t next_hop;     /* route messages: the child care-of address */
	uint64_t identification;
	/* Registration Revocation and its Acknowledgement (RFC 3543 3.1-3.2):
	 * home_address is the revoked one */
	uint16_t revocation_flags;
	uint32_t home_domain;    /* Home Domain Address */
	uint32_t foreign_domain; /* Foreign Domain Address */
	uint32_t revocation_id;
	/* Tunnel Data (RFC 3519 3.3): what follows its 4 octets */
	uint8_t next_header;
	uint16_t tunnel_reserved;
	const uint8_t *tunnelled;
	uint16_t tunnelled_len;
	uint8_t n_ext;
	struct mipx_mip4_ext ext[MIPX_MIP4_MAX_EXTS];
	uint32_t notes; /* enum mipx_note bits */
};

/*
 * Decode one message from a UDP payload.  Unknown message type, an extension
 * whose length overruns the payload, an 81 with a length that is not 2 + 8N
 * (N >= 1), an 82 whose length is not 6, an auth ext shorter than its SPI,
 * or more than MIPX_MIP4_MAX_EXTS extensions: MIPX_INVALID or MIPX_TRUNCATED
 * as fits.  Unknown extension types are kept raw and noted.
 */
mipx_status mipx_mip4_decode(const uint8_t *buf, size_t len,
			     struct mipx_mip4_msg *msg, struct mipx_error *err);

/*
 * Write `msg` (fixed part, then every extension in order) into buf.  The
 * DREMIP, authentication and vendor extensions are written from their union
 * member (the length is recomputed); others from data/length.  *out_len receives the octets written.
 */
mipx_status mipx_mip4_encode(const struct mipx_mip4_msg *msg, uint8_t *buf,
			     size_t cap, size_t *out_len, struct mipx_error *err);

/* The last extension of `type`, or NULL. */
const struct mipx_mip4_ext *mipx_mip4_find_ext(const struct mipx_mip4_msg *msg,
					       uint8_t type);

/* Octets of the fixed part of a message of this type, its type octet
 * included (24 for a Registration Request, 20 for the others); -1 when the
 * type is none of the four. */
int mipx_mip4_fixed_len(uint8_t type);

bool mipx_mip4_is_request(uint8_t type);
bool mipx_mip4_is_route(uint8_t type);
/* Registration or route message: a request and its reply (1, 3, 32, 33). */
bool mipx_mip4_is_exchange(uint8_t type);
bool mipx_mip4_is_auth_ext(uint8_t ext_type);
bool mipx_mip4_is_dremip_ext(uint8_t ext_type); /* 81..85 */
const char *mipx_mip4_type_name(uint8_t type);      /* "Route Request" */
const char *mipx_mip4_ext_name(uint8_t ext_type);   /* "Care-of Address" */
/* The same for an extension of an Agent Advertisement (24 is the challenge). */
const char *mipx_adv_ext_name(uint8_t ext_type);
const char *mipx_route_code_name(uint8_t code);
const char *mipx_reg_code_name(uint8_t code);

/* ICMP Router Advertisement (type 9) with mobility extensions. */
struct mipx_agent_adv {
	uint8_t icmp_type; /* 9 */
	uint8_t code;
	uint16_t checksum;
	uint8_t num_addrs;
	uint8_t addr_entry_size; /* in 32-bit words, 2 for RFC 1256 */
	uint16_t lifetime;
	const uint8_t *router_addrs; /* num_addrs x addr_entry_size x 4 octets */
	uint8_t n_ext;
	struct mipx_mip4_ext ext[MIPX_MIP4_MAX_EXTS];
	uint32_t notes;
};

/* Decode an ICMP message that starts at buf (ICMP header included). */
mipx_status mipx_agent_adv_decode(const uint8_t *buf, size_t len,
				  struct mipx_agent_adv *adv,
				  struct mipx_error *err);
/* Encode; computes the ICMP checksum. router_addrs may be NULL when num_addrs == 0. */
mipx_status mipx_agent_adv_encode(const struct mipx_agent_adv *adv,
				  uint8_t *buf, size_t cap, size_t *out_len,
				  struct mipx_error *err);
const struct mipx_mip4_ext *mipx_agent_adv_find_ext(const struct mipx_agent_adv *adv,
						    uint8_t type);

/* i-th router address / preference of an advertisement (host order). */
uint32_t mipx_agent_adv_router(const struct mipx_agent_adv *adv, unsigned i,
			       int32_t *preference);
/* i-th care-of address of a Mobility Agent Advertisement extension. */
uint32_t mipx_mobility_agent_coa(const struct mipx_mip4_ext *ext, unsigned i);

/* Dotted quad of a host-order IPv4 address into out (>= 16 octets). */
const char *mipx_ipv4_str(uint32_t addr, char out[16]);

#endif
