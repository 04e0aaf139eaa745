/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The IPv6 Mobility Header (RFC 6275) with MCoA's additions
 * (draft-wakikawa-mobileip-multiplecoa-01): the M flag of the Binding Update
 * and the CoAINFO mobility option, whose type and flag mask are settings
 * because the draft left them "TBD" and later RFCs reused the bits.  Also the
 * RFC 5648 Binding Identifier option.  See docs/wire-format.md.
 *
 * Pointers point into the decoded buffer.  Nothing here allocates.
 */
#ifndef MIPX_MIP6_H
#define MIPX_MIP6_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mipx/status.h"

#define MIPX_IPPROTO_MH 135

enum mipx_mh_type {
	MIPX_MH_BRR = 0,
	MIPX_MH_HOTI = 1,
	MIPX_MH_COTI = 2,
	MIPX_MH_HOT = 3,
	MIPX_MH_COT = 4,
	MIPX_MH_BU = 5,
	MIPX_MH_BA = 6,
	MIPX_MH_BE = 7,
	/* The rest of IANA's Mobility Header Types registry. */
	MIPX_MH_FBU = 8,    /* Fast Binding Update, RFC 5568 6.3.1 */
	MIPX_MH_FBACK = 9,  /* Fast Binding Acknowledgment, RFC 5568 6.3.2 */
	MIPX_MH_FNA = 10,   /* Fast Neighbor Advertisement, RFC 5568 */
	MIPX_MH_EMH = 11,   /* Experimental Mobility Header, RFC 5096 */
	MIPX_MH_HAS = 12,   /* Home Agent Switch, RFC 5142 */
	MIPX_MH_HB = 13,    /* Heartbeat, RFC 5847 */
	MIPX_MH_HI = 14,    /* Handover Initiate, RFC 5568 */
	MIPX_MH_HACK = 15,  /* Handover Acknowledge, RFC 5568 */
	MIPX_MH_BR = 16,    /* Binding Revocation, RFC 5846 */
	MIPX_MH_LRI = 17,   /* Localized Routing Initiation, RFC 6705 */
	MIPX_MH_LRA = 18,   /* Localized Routing Acknowledgment, RFC 6705 */
	MIPX_MH_UN = 19,    /* Update Notification, RFC 7077 */
	MIPX_MH_UNA = 20,   /* Update Notification Acknowledgement, RFC 7077 */
	MIPX_MH_FB = 21,    /* Flow Binding, RFC 7109 */
	MIPX_MH_SQ = 22,    /* Subscription Query, RFC 7161 */
	MIPX_MH_SR = 23,    /* Subscription Response, RFC 7161 */
	MIPX_MH_TYPE_LAST = 23,
};

/*
 * Binding Update flags as IANA's "Binding Update Flags" registry assigns
 * them.  The MCoA draft (5.3.2) drew its own R at 0x0800 and M at 0x0400;
 * MCoA's M is a setting (m_flag_mask, default 0x0400, NEMO's R), see
 * wire-format-mcoa.md 2 and standard-mip6.md.
 */
#define MIPX_BU_FLAG_A 0x8000
#define MIPX_BU_FLAG_H 0x4000
#define MIPX_BU_FLAG_L 0x2000
#define MIPX_BU_FLAG_K 0x1000
#define MIPX_BU_FLAG_R 0x0800      /* the draft's R; IANA: RFC 5380's M */
#define MIPX_BU_FLAG_MAP 0x0800    /* RFC 5380 (HMIPv6) M: MAP registration */
#define MIPX_BU_FLAG_NEMO_R 0x0400 /* RFC 3963 6.1: mobile router */
#define MIPX_BU_FLAG_P 0x0200      /* RFC 5213 8.1: proxy registration */
#define MIPX_BU_FLAG_F 0x0100      /* RFC 5555: forcing UDP encapsulation */
#define MIPX_BU_FLAG_T 0x0080      /* RFC 5845: TLV-header format */
#define MIPX_BU_FLAG_B 0x0040      /* RFC 6602: bulk binding update */
#define MIPX_BU_FLAG_M_DEFAULT 0x0400
#define MIPX_BU_FLAGS_ASSIGNED 0xffc0

/* Binding Acknowledgement flag octet ("Binding Acknowledgment Flags"). */
#define MIPX_BA_FLAG_K 0x80
#define MIPX_BA_FLAG_R 0x40 /* RFC 3963 6.2: mobile router */
#define MIPX_BA_FLAG_P 0x20 /* RFC 5213 8.2 */
#define MIPX_BA_FLAG_T 0x10 /* RFC 5845 */
#define MIPX_BA_FLAG_B 0x08 /* RFC 6602 */
#define MIPX_BA_FLAGS_ASSIGNED 0xf8

/* Heartbeat flag octet, RFC 5847 5.1. */
#define MIPX_HB_FLAG_U 0x02 /* unsolicited response */
#define MIPX_HB_FLAG_R 0x01 /* response (clear: request) */

enum mipx_mh_option_type {
	MIPX_MHOPT_PAD1 = 0,
	MIPX_MHOPT_PADN = 1,
	MIPX_MHOPT_REFRESH_ADVICE = 2,
	MIPX_MHOPT_ALT_COA = 3,
	MIPX_MHOPT_NONCE_INDICES = 4,
	MIPX_MHOPT_AUTH_DATA = 5,
	MIPX_MHOPT_MNP = 6,              /* RFC 3963 6.2 */
	MIPX_MHOPT_MN_ID = 8,            /* RFC 4283 */
	MIPX_MHOPT_HNP = 22,             /* RFC 5213 8.3 */
	MIPX_MHOPT_HANDOFF_IND = 23,     /* RFC 5213 8.4 */
	MIPX_MHOPT_ATT = 24,             /* RFC 5213 8.5 */
	MIPX_MHOPT_TIMESTAMP = 27,       /* RFC 5213 8.8 */
	MIPX_MHOPT_RESTART_COUNTER = 28, /* RFC 5847 5.2 */
	MIPX_MHOPT_BID = 35, /* RFC 5648 */
	MIPX_MHOPT_COAINFO_DEFAULT = 253,
};

/* Settings shared by the plugin's preferences and the analyzer's flags. */
struct mipx_mip6_settings {
	uint8_t coainfo_type; /* default 253 */
	uint16_t m_flag_mask; /* default 0x0400 */
};
#define MIPX_MIP6_SETTINGS_DEFAULT { MIPX_MHOPT_COAINFO_DEFAULT, MIPX_BU_FLAG_M_DEFAULT }

/* What the decoder took an option for; CoAINFO's type is a setting. */
enum mipx_mh_option_kind {
	MIPX_MHOPT_KIND_UNKNOWN = 0,
	MIPX_MHOPT_KIND_PAD1,
	MIPX_MHOPT_KIND_PADN,
	MIPX_MHOPT_KIND_REFRESH_ADVICE,
	MIPX_MHOPT_KIND_ALT_COA,
	MIPX_MHOPT_KIND_NONCE_INDICES,
	MIPX_MHOPT_KIND_AUTH_DATA,
	MIPX_MHOPT_KIND_COAINFO,
	MIPX_MHOPT_KIND_BID,
	MIPX_MHOPT_KIND_MNP,             /* Mobile Network Prefix */
	MIPX_MHOPT_KIND_MN_ID,           /* Mobile Node Identifier */
	MIPX_MHOPT_KIND_HNP,             /* Home Network Prefix */
	MIPX_MHOPT_KIND_HANDOFF_IND,     /* Handoff Indicator */
	MIPX_MHOPT_KIND_ATT,             /* Access Technology Type */
	MIPX_MHOPT_KIND_TIMESTAMP,
	MIPX_MHOPT_KIND_RESTART_COUNTER,
	/* A registered option mipx names and length-checks but keeps raw
	 * (data, length): mipx_mh_option_type_name(type) names it. */
	MIPX_MHOPT_KIND_REGISTERED,
};

struct mipx_mh_option {
	uint8_t type;
	uint8_t length;      /* data octets (0 for Pad1, which has no length octet) */
	uint16_t offset;     /* of the type octet, from the start of the MH */
	const uint8_t *data; /* first data octet */
	enum mipx_mh_option_kind kind;
	union {
		struct { uint16_t interval; } refresh_advice; /* units of 4 s */
		struct { uint8_t address[16]; } alt_coa;
		struct { uint16_t home_nonce_index, careof_nonce_index; } nonce;
		struct { const uint8_t *authenticator; uint8_t len; } auth;
		struct {
			uint8_t ifid;
			uint8_t ifpri;     /* 0 = primary, lower = preferred */
			uint16_t reserved; /* 0 in the literal form */
			bool literal;      /* the draft's length-2 form */
		} coainfo;
		struct {
			uint16_t bid;
			uint8_t status;
			bool h;
			uint8_t bid_pri;      /* 7 bits */
			uint8_t coa_family;   /* 0 none, 4 or 6 */
			uint8_t coa[16];      /* IPv4 in coa[0..3] */
		} bid;
		/* Mobile Network Prefix (RFC 3963 6.2) and Home Network
		 * Prefix (RFC 5213 8.3): reserved(1) prefix length(1) prefix(16) */
		struct {
			uint8_t reserved;
			uint8_t len;
			uint8_t prefix[16];
		} prefix;
		struct { uint8_t subtype; const uint8_t *id; uint8_t len; } mn_id; /* 1: NAI */
		struct { uint8_t reserved, value; } handoff_ind; /* RFC 5213 8.4 */
		struct { uint8_t reserved, value; } att;         /* RFC 5213 8.5 */
		struct { uint64_t value; } timestamp; /* NTP format, RFC 5213 8.8 */
		struct { uint16_t reserved; uint32_t counter; } restart_counter;
	} u;
};

/*
 * Notes of the MH alone (bits 16 and up of mipx_mh.notes; status.h keeps the
 * low bits): payload proto is not 59 (IPPROTO_NONE, RFC 6275 6.1.1 SHOULD).
 */
#define MIPX_NOTE_MH_PAYLOAD_PROTO (1u << 16)
/* Header Len counts fewer octets than the type's fixed part (RFC 6275
 * 6.1.1); the fixed part was read from the octets that follow anyway. */
#define MIPX_NOTE_MH_LEN_SHORT (1u << 17)
#define MIPX_MH_NO_NEXT_HEADER 59

#define MIPX_MH_MAX_OPTIONS 32
#define MIPX_MH_HEADER_LEN 6 /* payload proto, hdr len, type, reserved, checksum */

/*
 * One Mobility Header message.  Fields the type does not carry are zero.
 * Lifetimes are as on the wire, in units of 4 seconds.  Only
 * opt[0..n_opt-1] are meaningful: mipx_mh_decode leaves opt[i] for
 * i >= n_opt unspecified (it clears only the slots it writes).
 */
struct mipx_mh {
	uint8_t payload_proto;
	uint8_t header_len; /* 8-octet units, not counting the first 8 */
	uint8_t type;
	uint8_t reserved;
	uint16_t checksum;
	uint16_t length; /* (header_len + 1) * 8 */

	uint16_t sequence;        /* BU, BA */
	uint16_t flags;           /* BU: the 16 bits of flags + reserved; BA: the flag octet */
	uint16_t lifetime;        /* BU, BA, units of 4 s */
	uint8_t status;           /* BA, BE */
	uint16_t msg_reserved;    /* BRR, HoTI, CoTI: reserved field; BE: its reserved octet */
	uint8_t home_address[16]; /* BE */
	uint16_t nonce_index;     /* HoT: home nonce index, CoT: care-of nonce index */
	uint8_t cookie[8];        /* HoTI, CoTI, HoT, CoT */
	uint8_t keygen_token[8];  /* HoT, CoT */
	/* Types 8-23 reuse sequence (16-bit ones), flags, lifetime and status
	 * where they have them (standard-mip6.md 1); and: */
	uint32_t hb_sequence;     /* Heartbeat: 32-bit sequence number */
	uint8_t code;             /* HI, HAck: code; BR: trigger (BRI) or status (BRA);
				   * UN: notification reason; FB: trigger or status */
	uint8_t subtype;          /* BR: revocation type (1 BRI, 2 BRA); FB: type */
	uint8_t n_addresses;      /* HAS: number of home agent addresses */
	const uint8_t *msg_data;  /* EMH: message data; HAS: the addresses */
	uint16_t msg_data_len;

	uint8_t n_opt;
	struct mipx_mh_option opt[MIPX_MH_MAX_OPTIONS];
	int coainfo_index; /* index into opt of the (last) CoAINFO, -1 if none */
	int bid_index;     /* likewise for the Binding Identifier */
	int alt_coa_index; /* likewise for the Alternate Care-of Address */
	int mnp_index;     /* the first Mobile Network Prefix (NEMO), -1 if none */
	int hnp_index;     /* the first Home Network Prefix (PMIPv6) */
	int mn_id_index;   /* the first Mobile Node Identifier */
	int timestamp_index; /* the Timestamp */
	bool m_flag;       /* BU: flags & settings->m_flag_mask */
	uint32_t notes;
};

/*
 * Decode a Mobility Header starting at its payload-proto octet.  len may
 * exceed the MH length (trailing octets are noted, not decoded).
 */
mipx_status mipx_mh_decode(const uint8_t *buf, size_t len,
			   const struct mipx_mip6_settings *settings,
			   struct mipx_mh *mh, struct mipx_error *err);

/*
 * Write `mh` with its options in order.  header_len and length are computed;
 * the options must already end on an 8-octet boundary (see mipx_mh_pad), else
 * MIPX_INVALID.  The checksum field is written as mh->checksum; use
 * mipx_mh_set_checksum() once the IPv6 addresses are known.
 */
mipx_status mipx_mh_encode(const struct mipx_mh *mh,
			   const struct mipx_mip6_settings *settings,
			   uint8_t *buf, size_t cap, size_t *out_len,
			   struct mipx_error *err);

/* Append Pad1/PadN so that the encoded MH is a multiple of 8 octets
 * (RFC 6275 6.2.1 alignment of the fixed part is the caller's concern). */
mipx_status mipx_mh_pad(struct mipx_mh *mh, struct mipx_error *err);

/* Fixed-part length of a message type after the 6-octet MH header, or -1
 * for a type IANA has not assigned.  Experimental (11) is 0: all of it is
 * opaque message data; Home Agent Switch (12) is 2 plus 16 per address. */
int mipx_mh_fixed_len(uint8_t type);
/* Whether a BU/BA, or any MH, carries PMIPv6's or NEMO's marks. */
bool mipx_mh_is_proxy(const struct mipx_mh *mh);
bool mipx_mh_is_nemo(const struct mipx_mh *mh);

/*
 * MH checksum (RFC 6275 6.1.1): Internet checksum over the IPv6 pseudo-header
 * (src, final dst, length, next header 135) and the whole MH.
 */
uint16_t mipx_mh_checksum(const uint8_t src[16], const uint8_t dst[16],
			  const uint8_t *mh, size_t len);
/* What a host that leaves the checksum to its NIC writes in the field: the
 * pseudo-header's sum folded to 16 bits, not complemented. */
uint16_t mipx_mh_pseudo_sum(const uint8_t src[16], const uint8_t dst[16], size_t len);
bool mipx_mh_checksum_ok(const uint8_t src[16], const uint8_t dst[16],
			 const uint8_t *mh, size_t len);
void mipx_mh_set_checksum(const uint8_t src[16], const uint8_t dst[16],
			  uint8_t *mh, size_t len);

const struct mipx_mh_option *mipx_mh_coainfo(const struct mipx_mh *mh);
const struct mipx_mh_option *mipx_mh_bid(const struct mipx_mh *mh);
const char *mipx_mh_type_name(uint8_t type);          /* "Binding Update" */
const char *mipx_mh_option_name(enum mipx_mh_option_kind kind);
/* IANA's name of a mobility option type ("Home Network Prefix"), "Unknown"
 * when unassigned; CoAINFO's configured type is the caller's concern. */
const char *mipx_mh_option_type_name(uint8_t type);
/* The option's name: its kind's, or its type's for REGISTERED ones. */
const char *mipx_mh_opt_name(const struct mipx_mh_option *o);
const char *mipx_ba_status_name(uint8_t status, bool with_coainfo);
const char *mipx_be_status_name(uint8_t status);

/* Compressed text form of an IPv6 address into out (>= 46 octets). */
const char *mipx_ipv6_str(const uint8_t addr[16], char out[46]);

#endif
