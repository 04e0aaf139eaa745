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
};

/* Binding Update flags as the MCoA draft draws them (wire-format.md 2.2). */
#define MIPX_BU_FLAG_A 0x8000
#define MIPX_BU_FLAG_H 0x4000
#define MIPX_BU_FLAG_L 0x2000
#define MIPX_BU_FLAG_K 0x1000
#define MIPX_BU_FLAG_R 0x0800
#define MIPX_BU_FLAG_M_DEFAULT 0x0400

/* Binding Acknowledgement flag octet. */
#define MIPX_BA_FLAG_K 0x80

enum mipx_mh_option_type {
	MIPX_MHOPT_PAD1 = 0,
	MIPX_MHOPT_PADN = 1,
	MIPX_MHOPT_REFRESH_ADVICE = 2,
	MIPX_MHOPT_ALT_COA = 3,
	MIPX_MHOPT_NONCE_INDICES = 4,
	MIPX_MHOPT_AUTH_DATA = 5,
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
	} u;
};

/*
 * A note of the MH alone (bits 16 and up of mipx_mh.notes; status.h keeps the
 * low bits): payload proto is not 59 (IPPROTO_NONE, RFC 6275 6.1.1 SHOULD).
 */
#define MIPX_NOTE_MH_PAYLOAD_PROTO (1u << 16)
#define MIPX_MH_NO_NEXT_HEADER 59

#define MIPX_MH_MAX_OPTIONS 32
#define MIPX_MH_HEADER_LEN 6 /* payload proto, hdr len, type, reserved, checksum */

/*
 * One Mobility Header message.  Fields the type does not carry are zero.
 * Lifetimes are as on the wire, in units of 4 seconds.  Only
 * opt[0..n_opt-1] are meaningful: mipx_mh_decode leaves opt[i] for
 * i >= n_opt unspecified (it clears only the slots it writes; issue 7).
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

	uint8_t n_opt;
	struct mipx_mh_option opt[MIPX_MH_MAX_OPTIONS];
	int coainfo_index; /* index into opt of the (last) CoAINFO, -1 if none */
	int bid_index;     /* likewise for the Binding Identifier */
	int alt_coa_index; /* likewise for the Alternate Care-of Address */
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

/* Fixed-part length of a message type after the 6-octet MH header, or -1. */
int mipx_mh_fixed_len(uint8_t type);

/*
 * MH checksum (RFC 6275 6.1.1): Internet checksum over the IPv6 pseudo-header
 * (src, final dst, length, next header 135) and the whole MH.
 */
uint16_t mipx_mh_checksum(const uint8_t src[16], const uint8_t dst[16],
			  const uint8_t *mh, size_t len);
bool mipx_mh_checksum_ok(const uint8_t src[16], const uint8_t dst[16],
			 const uint8_t *mh, size_t len);
void mipx_mh_set_checksum(const uint8_t src[16], const uint8_t dst[16],
			  uint8_t *mh, size_t len);

const struct mipx_mh_option *mipx_mh_coainfo(const struct mipx_mh *mh);
const struct mipx_mh_option *mipx_mh_bid(const struct mipx_mh *mh);
const char *mipx_mh_type_name(uint8_t type);          /* "Binding Update" */
const char *mipx_mh_option_name(enum mipx_mh_option_kind kind);
const char *mipx_ba_status_name(uint8_t status, bool with_coainfo);
const char *mipx_be_status_name(uint8_t status);

/* Compressed text form of an IPv6 address into out (>= 46 octets). */
const char *mipx_ipv6_str(const uint8_t addr[16], char out[46]);

#endif
