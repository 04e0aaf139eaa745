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
	MIPX_MIP4_ROUTE_REQUEST = 32, /* DREMIP 3.4 */
	MIPX_MIP4_ROUTE_REPLY = 33,   /* DREMIP 3.5 */
};

/* Fixed part lengths, type octet included (wire-format.md 1.1). */
#define MIPX_MIP4_REG_REQUEST_LEN 24
#define MIPX_MIP4_REG_REPLY_LEN 20
#define MIPX_MIP4_ROUTE_LEN 20

/* Registration Request flags (DREMIP 3.2). */
#define MIPX_REG_FLAG_S 0x80
#define MIPX_REG_FLAG_B 0x40
#define MIPX_REG_FLAG_D 0x20
#define MIPX_REG_FLAG_M 0x10
#define MIPX_REG_FLAG_G 0x08
#define MIPX_REG_FLAG_V 0x04
#define MIPX_REG_FLAG_R 0x02 /* DREMIP; RFC 3024's T on newer networks */
#define MIPX_REG_FLAG_X 0x01 /* reserved "r", must be zero */

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

/* Extension types in registration and route messages. */
enum mipx_mip4_ext_type {
	MIPX_EXT_MN_HA_AUTH = 32,
	MIPX_EXT_MN_FA_AUTH = 33,
	MIPX_EXT_FA_HA_AUTH = 34,
	MIPX_EXT_GEN_AUTH = 36,       /* RFC 3012, 16-bit length */
	MIPX_EXT_OLD_CVSE = 37,       /* RFC 3115 draft numbering */
	MIPX_EXT_CVSE = 38,           /* RFC 3115, 16-bit length */
	MIPX_EXT_PMIP_NON_SKIP = 47,  /* RFC 5563, 16-bit length */
	MIPX_EXT_REG_SERVER = 81,     /* DREMIP 4.1 */
	MIPX_EXT_CARE_OF = 82,        /* DREMIP 4.2 */
	MIPX_EXT_AGENT_SERVER_AUTH = 83,  /* DREMIP 4.3 */
	MIPX_EXT_MOBILE_SERVER_AUTH = 84, /* DREMIP 4.4 */
	MIPX_EXT_SERVER_SERVER_AUTH = 85, /* DREMIP 4.5 */
	MIPX_EXT_NAI = 131,
	MIPX_EXT_CHALLENGE = 132,
	MIPX_EXT_OLD_NVSE = 133,
	MIPX_EXT_NVSE = 134,
};

/* Extension types in an ICMP Agent Advertisement (RFC 3344 2.1). */
enum mipx_adv_ext_type {
	MIPX_ADV_EXT_PAD = 0,                /* one octet, no length */
	MIPX_ADV_EXT_MOBILITY_AGENT = 16,
	MIPX_ADV_EXT_PREFIX_LENGTHS = 19,
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
		struct { /* 16 Mobility Agent Advertisement */
			uint16_t sequence;
			uint16_t registration_lifetime;
			uint8_t flags; /* R B H F M G r T */
			uint8_t reserved;
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
 * i >= n_ext unspecified (it clears only the slots it writes; issue 7).
 */
struct mipx_mip4_msg {
	uint8_t type;
	uint8_t flags;    /* Registration Request */
	uint8_t code;     /* Registration Reply, Route Reply */
	uint8_t reserved; /* Route Request */
	uint16_t lifetime;
	uint32_t home_address; /* registration messages */
	uint32_t registrar;    /* binding registrar (RFC 3344's home agent field) */
	uint32_t care_of;      /* Registration Request */
	uint32_t destination;  /* route messages: the mobile node's home address */
	uint32_t next_hop;     /* route messages: the child care-of address */
	uint64_t identification;
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
 * Write `msg` (fixed part, then every extension in order) into buf.  Known
 * extension types are written from their union member (the length is
 * recomputed); others from data/length.  *out_len receives the octets written.
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
bool mipx_mip4_is_auth_ext(uint8_t ext_type);
bool mipx_mip4_is_dremip_ext(uint8_t ext_type); /* 81..85 */
const char *mipx_mip4_type_name(uint8_t type);      /* "Route Request" */
const char *mipx_mip4_ext_name(uint8_t ext_type);   /* "Care-of Address" */
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
