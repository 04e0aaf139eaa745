/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * MCoA rules judged from one Mobility Header or from a BU and its BA.
 * Offsets from the start of the MH (RFC 6275 6.1): reserved at 3; BU
 * flags at 8 (2 octets); BA status at 6, flags at 7; BE reserved at 7;
 * BU/BA lifetime at 10 (2 octets); BRR/HoTI/CoTI reserved at 6 (2 octets).  Lifetimes are 4-second units on
 * the wire and are printed in seconds.
 */
#include <stdio.h>
#include <string.h>

#include "mipx/message_rules.h"
#include "verdict.h"

#define OFF_MH_HEADER_LEN 1
#define OFF_MH_RESERVED 3
#define OFF_BA_STATUS 6
#define OFF_MSG_RESERVED 6
#define OFF_BA_FLAGS 7
#define OFF_BE_RESERVED 7
#define OFF_BU_FLAGS 8
#define OFF_LIFETIME 10

/* RFC 6275 6.1.8: status values below 128 accept the binding. */
#define BA_ACCEPTED(status) ((status) < 128)

static const struct mipx_mh_option *coainfo(const struct mipx_mh *mh)
{
	if (mh->coainfo_index < 0 || mh->coainfo_index >= mh->n_opt ||
	    mh->coainfo_index >= MIPX_MH_MAX_OPTIONS)
		return NULL;
	return &mh->opt[mh->coainfo_index];
}

static size_t opt_span(const struct mipx_mh_option *opt)
{
	/* Pad1 has no length octet; every other option is type, length, data. */
	return opt->kind == MIPX_MHOPT_KIND_PAD1 ? 1 : 2 + (size_t)opt->length;
}

static unsigned long seconds(uint16_t units)
{
	return 4ul * units;
}

/*
 * The M bit is also RFC 3963's R (0x0400, the default mask): a BU with it
 * and no CoAINFO is NEMO when it carries a Mobile Network Prefix (6.2) or
 * its BA sets R (6.1, implicit mode); only then is it MCoA's fault.
 */
static bool m_or_nemo(const struct mipx_mh *bu, bool has_coainfo)
{
	return bu->m_flag && !has_coainfo && (bu->flags & MIPX_BU_FLAG_NEMO_R);
}

static bool proxy_bu(const struct mipx_mh *bu)
{
	return mipx_mh_is_proxy(bu);
}

static void bu_rules(const struct mipx_mh *bu, struct mipx_verdicts *out)
{
	const struct mipx_mh_option *ci = coainfo(bu);

	/* 8.3: "If the BU has 'M' flag ... it MUST contain a CoAINFO
	 * sub-option.  If it does not ... the CN MUST silently drop the BU."
	 * Not for NEMO or PMIPv6, not before the BA when R may be meant, and
	 * not of a BU cut by the capture: its CoAINFO may be in the lost tail. */
	if (bu->m_flag && !ci && !mipx_mh_is_nemo(bu) && !proxy_bu(bu) &&
	    !m_or_nemo(bu, false) && !(bu->notes & MIPX_NOTE_CUT))
		mipx_verdict_add(out, MIPX_MCOA_M_NO_COAINFO, OFF_BU_FLAGS, 2, false,
				 "BU has the M flag but no CoAINFO option: the receiver must drop it");
	/* 5.3.2: registering several care-of addresses takes both. */
	if (ci && !bu->m_flag)
		mipx_verdict_add(out, MIPX_MCOA_COAINFO_NO_M, ci->offset, opt_span(ci), false,
				 "BU carries CoAINFO (IFID %u) without the M flag",
				 (unsigned)ci->u.coainfo.ifid);
	/* 7.3: the home agent keeps only the primary care-of address. */
	if (ci && (bu->flags & MIPX_BU_FLAG_H))
		mipx_verdict_add(out, MIPX_MCOA_HOME_COAINFO, ci->offset, opt_span(ci), false,
				 "home registration (H flag) carries CoAINFO (IFID %u, IFPRI %u)",
				 (unsigned)ci->u.coainfo.ifid, (unsigned)ci->u.coainfo.ifpri);
}

static void coainfo_form_rules(const struct mipx_mh *mh, bool *told_reserved,
			       struct mipx_verdicts *out)
{
	for (unsigned i = 0; i < mh->n_opt && i < MIPX_MH_MAX_OPTIONS; i++) {
		const struct mipx_mh_option *opt = &mh->opt[i];

		if (opt->kind != MIPX_MHOPT_KIND_COAINFO)
			continue;
		/* wire-format.md 2.3: the text says length 2, the figure 4. */
		if (opt->u.coainfo.literal)
			mipx_verdict_add(out, MIPX_MCOA_COAINFO_LEN2, opt->offset, opt_span(opt), false,
					 "CoAINFO (IFID %u) in the draft's literal 2-octet form",
					 (unsigned)opt->u.coainfo.ifid);
		/* 5.3.1: "Reserved field must be set with all 0." */
		if (opt->u.coainfo.reserved != 0) {
			mipx_verdict_add(out, MIPX_MCOA_RESERVED, (size_t)opt->offset + 4, 2, false,
					 "CoAINFO reserved is 0x%04x",
					 (unsigned)opt->u.coainfo.reserved);
			*told_reserved = true;
		}
	}
}

void mipx_rules_mh_message(const struct mipx_mh *mh, struct mipx_verdicts *out)
{
	bool told = false;

	if (!mh || !out)
		return;
	if (mh->type == MIPX_MH_BU)
		bu_rules(mh, out);
	coainfo_form_rules(mh, &told, out);

	/* RFC 6275 9.2: a receiver drops it; the fixed part was still
	 * readable from the IPv6 payload, so it is not malformed. */
	if (mh->notes & MIPX_NOTE_MH_LEN_SHORT)
		mipx_verdict_add(out, MIPX_MCOA_MH_LEN, OFF_MH_HEADER_LEN, 1, false,
				 "Header Len %u (%u octets) is shorter than the %s's %d",
				 (unsigned)mh->header_len, (unsigned)mh->length,
				 mipx_mh_type_name(mh->type),
				 MIPX_MH_HEADER_LEN + mipx_mh_fixed_len(mh->type));
	if (mh->reserved != 0) {
		mipx_verdict_add(out, MIPX_MCOA_RESERVED, OFF_MH_RESERVED, 1, false,
				 "Mobility Header reserved octet is 0x%02x",
				 (unsigned)mh->reserved);
		told = true;
	}
	if (mh->msg_reserved != 0 &&
	    (mh->type == MIPX_MH_BRR || mh->type == MIPX_MH_HOTI || mh->type == MIPX_MH_COTI)) {
		mipx_verdict_add(out, MIPX_MCOA_RESERVED, OFF_MSG_RESERVED, 2, false,
				 "message reserved field is 0x%04x",
				 (unsigned)mh->msg_reserved);
		told = true;
	}
	/* IANA's Binding Acknowledgment Flags: K R P T B; the rest reserved. */
	if (mh->type == MIPX_MH_BA && (mh->flags & (uint16_t)~MIPX_BA_FLAGS_ASSIGNED & 0xff)) {
		mipx_verdict_add(out, MIPX_MCOA_RESERVED, OFF_BA_FLAGS, 1, false,
				 "BA reserved flag bits are 0x%02x",
				 (unsigned)(mh->flags & (uint16_t)~MIPX_BA_FLAGS_ASSIGNED & 0xff));
		told = true;
	}
	if (mh->type == MIPX_MH_BE && mh->msg_reserved != 0) {
		mipx_verdict_add(out, MIPX_MCOA_RESERVED, OFF_BE_RESERVED, 1, false,
				 "BE reserved octet is 0x%02x",
				 (unsigned)mh->msg_reserved);
		told = true;
	}
	/* Reserved bits the decoder knows of and these rules do not (the BU
	 * flags' reserved part depends on the M-flag mask setting). */
	if (!told && (mh->notes & MIPX_NOTE_RESERVED_NONZERO))
		mipx_verdict_add(out, MIPX_MCOA_RESERVED, 0, 0, false,
				 "a reserved field of this mobility message is not zero");
}

void mipx_mh_bu_facts_of(const struct mipx_mh *bu, struct mipx_mh_bu_facts *out)
{
	const struct mipx_mh_option *ci;

	memset(out, 0, sizeof(*out));
	if (!bu)
		return;
	ci = coainfo(bu);
	out->type = bu->type;
	out->m_flag = bu->m_flag;
	out->lifetime = bu->lifetime;
	out->coainfo = ci != NULL;
	out->ifid = ci ? ci->u.coainfo.ifid : 0;
	out->nemo = mipx_mh_is_nemo(bu);
	out->proxy = proxy_bu(bu);
	out->cut = (bu->notes & MIPX_NOTE_CUT) != 0;
	out->m_or_nemo = m_or_nemo(bu, ci != NULL) && !out->nemo && !out->proxy && !out->cut;
}

void mipx_rules_mh_unanswered(const struct mipx_mh_bu_facts *bu, struct mipx_verdicts *out)
{
	if (!bu || !out || bu->type != MIPX_MH_BU || !bu->m_or_nemo)
		return;
	mipx_verdict_add(out, MIPX_MCOA_M_NO_COAINFO, OFF_BU_FLAGS, 2, false,
			 "BU has the M flag but no CoAINFO option: the receiver must drop it");
}

void mipx_rules_mh_pair_facts(const struct mipx_mh_bu_facts *bu, const struct mipx_mh *ba,
			      struct mipx_verdicts *out)
{
	const struct mipx_mh_option *ba_ci;

	if (!bu || !ba || !out || bu->type != MIPX_MH_BU || ba->type != MIPX_MH_BA)
		return;
	ba_ci = coainfo(ba);

	/* 7.4: "If MN sends BU with a CoAINFO sub-option, BA MUST contain the
	 * CoAINFO sub-option."  Status 1 without it is its own, worse case:
	 * the receiver claims a non-primary registration it cannot name.
	 * A BA cut by the capture may echo it in what was lost. */
	if (bu->coainfo && !ba_ci && !(ba->notes & MIPX_NOTE_CUT)) {
		if (ba->status == 1)
			mipx_verdict_add(out, MIPX_MCOA_STATUS1_NO_COAINFO, OFF_BA_STATUS, 1, true,
					 "BA status 1 answers a BU with CoAINFO (IFID %u) but carries no CoAINFO",
					 (unsigned)bu->ifid);
		else
			mipx_verdict_add(out, MIPX_MCOA_BA_NO_COAINFO, 0, 0, true,
					 "BA (status %u) does not echo the BU's CoAINFO (IFID %u): the receiver does not do MCoA",
					 (unsigned)ba->status, (unsigned)bu->ifid);
	}

	/* RFC 6275 6.1.8: the granted lifetime is at most the requested one. */
	if (BA_ACCEPTED(ba->status) && ba->lifetime > bu->lifetime)
		mipx_verdict_add(out, MIPX_MCOA_LT_BA, OFF_LIFETIME, 2, true,
				 "BA grants %lu s, BU asked %lu s",
				 seconds(ba->lifetime), seconds(bu->lifetime));

	/* 8.3: such a BU must be dropped, so accepting it is an error too;
	 * unless the BA's R says the BU's 0x0400 was NEMO's R (RFC 3963 6.1),
	 * or the BU was cut by the capture (its CoAINFO may be lost). */
	if (bu->m_flag && !bu->coainfo && !bu->nemo && !bu->proxy && !bu->cut &&
	    !(bu->m_or_nemo && (ba->flags & MIPX_BA_FLAG_R)) && BA_ACCEPTED(ba->status))
		mipx_verdict_add(out, MIPX_MCOA_M_NO_COAINFO, OFF_BA_STATUS, 1, true,
				 "BU with the M flag and no CoAINFO was acknowledged as accepted (status %u)",
				 (unsigned)ba->status);
}

void mipx_rules_mh_pair(const struct mipx_mh *bu, const struct mipx_mh *ba,
			struct mipx_verdicts *out)
{
	struct mipx_mh_bu_facts facts;

	if (!bu)
		return;
	mipx_mh_bu_facts_of(bu, &facts);
	mipx_rules_mh_pair_facts(&facts, ba, out);
}
