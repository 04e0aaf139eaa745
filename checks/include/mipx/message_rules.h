/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The checks that can be judged from one message, or from a request and its
 * response, without any other state.  The plugin turns each verdict into an
 * expert info; the analyzer into a finding.  Same code, same IDs, same text.
 */
#ifndef MIPX_MESSAGE_RULES_H
#define MIPX_MESSAGE_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mipx/auth.h"
#include "mipx/checks.h"
#include "mipx/frame.h"
#include "mipx/mip4.h"
#include "mipx/mip6.h"

#define MIPX_VERDICT_TEXT 160
#define MIPX_MAX_VERDICTS 16

struct mipx_verdict {
	enum mipx_check_id check;
	uint16_t offset; /* octets from the start of the message the verdict is about */
	uint16_t length; /* 0: the whole message */
	bool about_response; /* pair rules: the verdict points into the response */
	char text[MIPX_VERDICT_TEXT]; /* "[DRM-LT-REPLY] reply grants 600 s, request asked 300 s" */
};

struct mipx_verdicts {
	unsigned count;
	struct mipx_verdict v[MIPX_MAX_VERDICTS];
};

/*
 * Every rule function below APPENDS to *out (so that message and pair rules
 * can share one array): start from count 0.  Verdicts beyond
 * MIPX_MAX_VERDICTS are dropped.  A truncated-input verdict covers the whole
 * message (offset 0, length 0); an invalid-input one points at err->offset.
 */
static inline void mipx_verdicts_clear(struct mipx_verdicts *out)
{
	out->count = 0;
}

/* One DREMIP/MIPv4 message (len/buf: its bytes, for authenticator checks;
 * keys may be NULL): DRM-RESERVED, DRM-AUTH-MISSING, DRM-AUTH-BAD. */
void mipx_rules_mip4_message(const struct mipx_mip4_msg *msg,
			     const uint8_t *buf, size_t len,
			     const struct mipx_keyring *keys,
			     struct mipx_verdicts *out);
/* A request and its reply: DRM-LT-REPLY, DRM-LT-ROUTE, DRM-ID-ROUTE,
 * DRM-COA-EXT-MISSING, DRM-RBIT-MIX.  rbit_as_t: flag 0x02 is RFC 3024's T. */
void mipx_rules_mip4_pair(const struct mipx_mip4_msg *request,
			  const struct mipx_mip4_msg *reply, bool rbit_as_t,
			  struct mipx_verdicts *out);

/*
 * What the pair rules need of a request, so that whoever waits for replies
 * over a long capture keeps these few octets instead of the request (the
 * analyzer keeps one per open exchange).  The *_pair functions
 * above are these with the facts taken from the decoded request.
 */
struct mipx_mip4_request_facts {
	uint64_t identification;
	uint16_t lifetime;
	uint8_t type;
	uint8_t flags;
	uint8_t n_dremip_ext;     /* extensions 81-85 it carries */
	uint8_t dremip_ext_type;  /* the first of them */
	uint16_t dremip_ext_offset, dremip_ext_span;
};
void mipx_mip4_request_facts_of(const struct mipx_mip4_msg *request,
				struct mipx_mip4_request_facts *out);
void mipx_rules_mip4_pair_facts(const struct mipx_mip4_request_facts *request,
				const struct mipx_mip4_msg *reply, bool rbit_as_t,
				struct mipx_verdicts *out);
/* One MH: MCOA-M-NO-COAINFO, MCOA-COAINFO-NO-M, MCOA-HOME-COAINFO,
 * MCOA-COAINFO-LEN2, MCOA-RESERVED. */
void mipx_rules_mh_message(const struct mipx_mh *mh, struct mipx_verdicts *out);
/* A BU and its BA: MCOA-BA-NO-COAINFO, MCOA-STATUS1-NO-COAINFO, MCOA-LT-BA,
 * and MCOA-M-NO-COAINFO when such a BU was acknowledged as accepted. */
void mipx_rules_mh_pair(const struct mipx_mh *bu, const struct mipx_mh *ba,
			struct mipx_verdicts *out);
/* The same from what the pair rules need of the BU (see above). */
struct mipx_mh_bu_facts {
	uint16_t lifetime; /* 4 s units, as on the wire */
	uint8_t type;
	uint8_t ifid;      /* of its CoAINFO */
	bool m_flag;
	bool coainfo;
	bool nemo;         /* a Mobile Network Prefix option (RFC 3963 6.2) */
	bool proxy;        /* PMIPv6 (RFC 5213 8.1): P flag or its options */
	/* M without CoAINFO on the bit NEMO's R also takes (0x0400): MCoA's
	 * fault or RFC 3963's implicit mode, which only the BA's R tells */
	bool m_or_nemo;
	bool cut;          /* cut by the capture: a CoAINFO may have been lost */
};
void mipx_mh_bu_facts_of(const struct mipx_mh *bu, struct mipx_mh_bu_facts *out);
void mipx_rules_mh_pair_facts(const struct mipx_mh_bu_facts *bu, const struct mipx_mh *ba,
			      struct mipx_verdicts *out);
/* A BU that got no BA (none asked, or none by the end): MCOA-M-NO-COAINFO
 * for a BU whose M bit only the BA could have told from NEMO's R. */
void mipx_rules_mh_unanswered(const struct mipx_mh_bu_facts *bu, struct mipx_verdicts *out);
/* A wrong checksum of a payload of `kind` sent by `from` (the codec's
 * record, frame.checksum): DRM-UDP-CHECKSUM, DRM-ICMP-CHECKSUM,
 * MCOA-MH-CHECKSUM.  Nothing for a right or unverified one. */
void mipx_rules_checksum(enum mipx_payload_kind kind, const struct mipx_checksum *ck,
			 const struct mipx_addr *from, struct mipx_verdicts *out);
/* The field holds what a host that leaves its checksums to the NIC
 * captures: 0, or the pseudo-header's sum alone (only for a BAD one). */
bool mipx_checksum_left_to_nic(const struct mipx_checksum *ck);
/* A decode failure as a verdict: DRM-MALFORMED / MCOA-MALFORMED text. */
void mipx_rules_malformed(bool mcoa, const struct mipx_error *err,
			  struct mipx_verdicts *out);

#endif
