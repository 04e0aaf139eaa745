/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Decoding the IPv6 Mobility Header (RFC 6275 6.1) and its mobility options
 * (RFC 6275 6.2), with MCoA's M flag and CoAINFO option
 * (draft-wakikawa-mobileip-multiplecoa-01 5.3) and RFC 5648's Binding
 * Identifier.  See docs/wire-format-mcoa.md for the reading of the draft.
 *
 * Truncated: the buffer stops before the MH length, the fixed part or an
 * option does.  Invalid: the octets are there and cannot be (unknown type,
 * header length shorter than the type's fixed part, an option that runs past
 * the MH length, a known option of a wrong length).
 */
#include <stddef.h>
#include <string.h>

#include "cursor.h"
#include "mh_registry.h"
#include "mipx/mip6.h"

/* Octets after the 6-octet MH header: RFC 6275 6.1.2-6.1.9 for 0-7, the
 * defining RFCs for the rest of IANA's registry (standard-mip6.md 1). */
int mipx_mh_fixed_len(uint8_t type)
{
	switch (type) {
	case MIPX_MH_BRR: return 2;   /* reserved */
	case MIPX_MH_HOTI:            /* reserved, cookie */
	case MIPX_MH_COTI: return 10;
	case MIPX_MH_HOT:             /* nonce index, cookie, keygen token */
	case MIPX_MH_COT: return 18;
	case MIPX_MH_BU:              /* sequence, flags, lifetime */
	case MIPX_MH_BA: return 6;    /* status, flags, sequence, lifetime */
	case MIPX_MH_BE: return 18;   /* status, reserved, home address */
	case MIPX_MH_FBU:             /* RFC 5568 6.3.1: as a BU */
	case MIPX_MH_FBACK: return 6; /* 6.3.2: as a BA */
	case MIPX_MH_FNA: return 2;   /* 6.3.3: reserved */
	case MIPX_MH_EMH: return 0;   /* RFC 5096 3: opaque message data */
	case MIPX_MH_HAS: return 2;   /* RFC 5142 5.1: count, reserved, addresses */
	case MIPX_MH_HB: return 6;    /* RFC 5847 5.1: reserved, flags, sequence(4) */
	case MIPX_MH_HI:              /* RFC 5568 6.2.1: sequence, S U reserved, code */
	case MIPX_MH_HACK: return 4;  /* 6.2.2: sequence, reserved, code */
	case MIPX_MH_BR: return 6;    /* RFC 5846 8.1: type, trigger/status, sequence, flags */
	case MIPX_MH_LRI:             /* RFC 6705 6.1: sequence, reserved, lifetime */
	case MIPX_MH_LRA: return 6;   /* 6.2: sequence, U reserved, status, lifetime */
	case MIPX_MH_UN:              /* RFC 7077 4.1: sequence, reason, A D reserved */
	case MIPX_MH_UNA: return 4;   /* 4.2: sequence, status, reserved */
	case MIPX_MH_FB: return 6;    /* RFC 7109 4: sequence, type, trigger/status, flags */
	case MIPX_MH_SQ:              /* RFC 7161 4.1: sequence, reserved */
	case MIPX_MH_SR: return 4;    /* 4.2: sequence, I reserved */
	default: return -1;
	}
}

/* Whether opt[i] is there and of that kind (a zeroed struct has none). */
static bool has_opt(const struct mipx_mh *mh, int i, enum mipx_mh_option_kind kind)
{
	return i >= 0 && i < mh->n_opt && i < MIPX_MH_MAX_OPTIONS && mh->opt[i].kind == kind;
}

bool mipx_mh_is_proxy(const struct mipx_mh *mh)
{
	if (mh->type == MIPX_MH_BU && (mh->flags & MIPX_BU_FLAG_P))
		return true;
	if (mh->type == MIPX_MH_BA && (mh->flags & MIPX_BA_FLAG_P))
		return true;
	/* RFC 5213 8.1-8.2: a PBU carries the MN identifier (RFC 4283) and
	 * the PMIPv6 options (8.3-8.8), a PBA echoes them.  Early PMIPv6
	 * daemons set no P flag (it came with RFC 5213), so any of them
	 * marks the message; a mobile node naming itself by MN identifier
	 * (RFC 4285) is told apart by the caller, from its Home Address
	 * option. */
	if (has_opt(mh, mh->hnp_index, MIPX_MHOPT_KIND_HNP) ||
	    has_opt(mh, mh->mn_id_index, MIPX_MHOPT_KIND_MN_ID) ||
	    has_opt(mh, mh->timestamp_index, MIPX_MHOPT_KIND_TIMESTAMP))
		return true;
	for (int i = 0; i < mh->n_opt && i < MIPX_MH_MAX_OPTIONS; i++)
		if (mh->opt[i].kind == MIPX_MHOPT_KIND_HANDOFF_IND ||
		    mh->opt[i].kind == MIPX_MHOPT_KIND_ATT)
			return true;
	return false;
}

bool mipx_mh_is_nemo(const struct mipx_mh *mh)
{
	/* RFC 3963 6.2: the Mobile Network Prefix option; 6.1: a BA's R flag.
	 * A BU's 0x0400 alone may be MCoA's M (the draft's layout). */
	if (mh->type == MIPX_MH_BA && (mh->flags & MIPX_BA_FLAG_R))
		return true;
	return has_opt(mh, mh->mnp_index, MIPX_MHOPT_KIND_MNP);
}

/* The BU bits IANA assigned (A H L K M R P F T B) plus whatever mask
 * MCoA's M has: only the rest are reserved. */
static uint16_t bu_known_flags(uint16_t m_mask)
{
	return (uint16_t)(MIPX_BU_FLAGS_ASSIGNED | m_mask);
}

/* Fixed parts of types 8-23 (mipx_mh_fixed_len); the cursor ends at `end`. */
static mipx_status decode_fixed_more(struct mipx_cursor *c, size_t mh_len,
				     struct mipx_mh *mh, struct mipx_error *err)
{
	uint8_t b, b2;
	uint16_t w;

	switch (mh->type) {
	case MIPX_MH_FBU:
		if (!mipx_get_u16(c, &mh->sequence) || !mipx_get_u16(c, &mh->flags) ||
		    !mipx_get_u16(c, &mh->lifetime))
			return mipx_truncated(err, c, "fbu");
		break;
	case MIPX_MH_FBACK:
		if (!mipx_get_u8(c, &mh->status) || !mipx_get_u8(c, &b) ||
		    !mipx_get_u16(c, &mh->sequence) || !mipx_get_u16(c, &mh->lifetime))
			return mipx_truncated(err, c, "fback");
		mh->flags = b;
		break;
	case MIPX_MH_FNA:
		if (!mipx_get_u16(c, &mh->msg_reserved))
			return mipx_truncated(err, c, "fna.reserved");
		break;
	case MIPX_MH_EMH:
		/* RFC 5096 3: everything after the header is the message's own */
		mh->msg_data = mipx_here(c);
		mh->msg_data_len = (uint16_t)mipx_remaining(c);
		c->pos = c->len;
		break;
	case MIPX_MH_HAS:
		if (!mipx_get_u8(c, &mh->n_addresses) || !mipx_get_u8(c, &b))
			return mipx_truncated(err, c, "has");
		mh->msg_reserved = b;
		if (c->pos + 16u * mh->n_addresses > mh_len)
			return mipx_fail(err, MIPX_INVALID, 6, "has.count",
					 "more home agent addresses than the MH holds");
		mh->msg_data_len = (uint16_t)(16u * mh->n_addresses);
		if (!mipx_get_span(c, &mh->msg_data, mh->msg_data_len))
			return mipx_truncated(err, c, "has.addresses");
		break;
	case MIPX_MH_HB:
		if (!mipx_get_u8(c, &b) || !mipx_get_u8(c, &b2) ||
		    !mipx_get_u32(c, &mh->hb_sequence))
			return mipx_truncated(err, c, "heartbeat");
		mh->msg_reserved = b;
		mh->flags = b2;
		/* RFC 5847 5.1: reserved bits are zero */
		if (b || (b2 & (uint8_t)~(MIPX_HB_FLAG_U | MIPX_HB_FLAG_R)))
			mh->notes |= MIPX_NOTE_RESERVED_NONZERO;
		break;
	case MIPX_MH_HI:
	case MIPX_MH_HACK:
		if (!mipx_get_u16(c, &mh->sequence) || !mipx_get_u8(c, &b) ||
		    !mipx_get_u8(c, &mh->code))
			return mipx_truncated(err, c, "handover");
		mh->flags = b;
		break;
	case MIPX_MH_BR:
		if (!mipx_get_u8(c, &mh->subtype) || !mipx_get_u8(c, &mh->code) ||
		    !mipx_get_u16(c, &mh->sequence) || !mipx_get_u16(c, &mh->flags))
			return mipx_truncated(err, c, "br");
		if (mh->subtype == 2)
			mh->status = mh->code;
		break;
	case MIPX_MH_LRI:
		if (!mipx_get_u16(c, &mh->sequence) || !mipx_get_u16(c, &w) ||
		    !mipx_get_u16(c, &mh->lifetime))
			return mipx_truncated(err, c, "lri");
		mh->msg_reserved = w;
		break;
	case MIPX_MH_LRA:
		if (!mipx_get_u16(c, &mh->sequence) || !mipx_get_u8(c, &b) ||
		    !mipx_get_u8(c, &mh->status) || !mipx_get_u16(c, &mh->lifetime))
			return mipx_truncated(err, c, "lra");
		mh->flags = b;
		break;
	case MIPX_MH_UN:
		if (!mipx_get_u16(c, &mh->sequence) || !mipx_get_u8(c, &mh->code) ||
		    !mipx_get_u8(c, &b))
			return mipx_truncated(err, c, "un");
		mh->flags = b;
		break;
	case MIPX_MH_UNA:
		if (!mipx_get_u16(c, &mh->sequence) || !mipx_get_u8(c, &mh->status) ||
		    !mipx_get_u8(c, &b))
			return mipx_truncated(err, c, "una");
		mh->msg_reserved = b;
		break;
	case MIPX_MH_FB:
		if (!mipx_get_u16(c, &mh->sequence) || !mipx_get_u8(c, &mh->subtype) ||
		    !mipx_get_u8(c, &mh->code) || !mipx_get_u16(c, &mh->flags))
			return mipx_truncated(err, c, "fb");
		break;
	case MIPX_MH_SQ:
	case MIPX_MH_SR:
		if (!mipx_get_u16(c, &mh->sequence) || !mipx_get_u16(c, &mh->flags))
			return mipx_truncated(err, c, "subscription");
		break;
	default:
		break;
	}
	return MIPX_OK;
}

static mipx_status decode_fixed(struct mipx_cursor *c,
				const struct mipx_mip6_settings *settings,
				struct mipx_mh *mh, struct mipx_error *err)
{
	uint8_t b;

	switch (mh->type) {
	case MIPX_MH_BRR:
		if (!mipx_get_u16(c, &mh->msg_reserved))
			return mipx_truncated(err, c, "brr.reserved");
		if (mh->msg_reserved)
			mh->notes |= MIPX_NOTE_RESERVED_NONZERO;
		break;
	case MIPX_MH_HOTI:
	case MIPX_MH_COTI:
		if (!mipx_get_u16(c, &mh->msg_reserved))
			return mipx_truncated(err, c, "test_init.reserved");
		if (mh->msg_reserved)
			mh->notes |= MIPX_NOTE_RESERVED_NONZERO;
		if (!mipx_get_bytes(c, mh->cookie, sizeof mh->cookie))
			return mipx_truncated(err, c, "test_init.cookie");
		break;
	case MIPX_MH_HOT:
	case MIPX_MH_COT:
		if (!mipx_get_u16(c, &mh->nonce_index))
			return mipx_truncated(err, c, "test.nonce_index");
		if (!mipx_get_bytes(c, mh->cookie, sizeof mh->cookie))
			return mipx_truncated(err, c, "test.cookie");
		if (!mipx_get_bytes(c, mh->keygen_token, sizeof mh->keygen_token))
			return mipx_truncated(err, c, "test.keygen_token");
		break;
	case MIPX_MH_BU:
		if (!mipx_get_u16(c, &mh->sequence))
			return mipx_truncated(err, c, "bu.sequence");
		if (!mipx_get_u16(c, &mh->flags))
			return mipx_truncated(err, c, "bu.flags");
		if (!mipx_get_u16(c, &mh->lifetime))
			return mipx_truncated(err, c, "bu.lifetime");
		/* The draft left M's bit open and later RFCs took both
		 * 0x0800 and 0x0400, so the mask is the user's (wire-format.md 2.2). */
		mh->m_flag = (mh->flags & settings->m_flag_mask) != 0;
		if (mh->flags & (uint16_t)~bu_known_flags(settings->m_flag_mask))
			mh->notes |= MIPX_NOTE_RESERVED_NONZERO;
		break;
	case MIPX_MH_BA:
		if (!mipx_get_u8(c, &mh->status))
			return mipx_truncated(err, c, "ba.status");
		if (!mipx_get_u8(c, &b))
			return mipx_truncated(err, c, "ba.flags");
		mh->flags = b;
		if (b & (uint8_t)~MIPX_BA_FLAGS_ASSIGNED)
			mh->notes |= MIPX_NOTE_RESERVED_NONZERO;
		if (!mipx_get_u16(c, &mh->sequence))
			return mipx_truncated(err, c, "ba.sequence");
		if (!mipx_get_u16(c, &mh->lifetime))
			return mipx_truncated(err, c, "ba.lifetime");
		break;
	case MIPX_MH_BE:
		if (!mipx_get_u8(c, &mh->status))
			return mipx_truncated(err, c, "be.status");
		if (!mipx_get_u8(c, &b))
			return mipx_truncated(err, c, "be.reserved");
		mh->msg_reserved = b;
		if (b)
			mh->notes |= MIPX_NOTE_RESERVED_NONZERO;
		if (!mipx_get_bytes(c, mh->home_address, sizeof mh->home_address))
			return mipx_truncated(err, c, "be.home_address");
		break;
	default:
		return decode_fixed_more(c, mh->length, mh, err);
	}
	return MIPX_OK;
}

/*
 * Which option a type octet is.  CoAINFO's type is a setting and wins over
 * the known types it may collide with, except Pad1 and PadN: padding is how
 * every MH reaches its 8-octet length, and taking 0 or 1 for CoAINFO would
 * make every padded message unreadable.
 */
static enum mipx_mh_option_kind option_kind(uint8_t type,
					    const struct mipx_mip6_settings *settings)
{
	if (type == MIPX_MHOPT_PAD1)
		return MIPX_MHOPT_KIND_PAD1;
	if (type == MIPX_MHOPT_PADN)
		return MIPX_MHOPT_KIND_PADN;
	if (type == settings->coainfo_type)
		return MIPX_MHOPT_KIND_COAINFO;
	switch (type) {
	case MIPX_MHOPT_REFRESH_ADVICE: return MIPX_MHOPT_KIND_REFRESH_ADVICE;
	case MIPX_MHOPT_ALT_COA: return MIPX_MHOPT_KIND_ALT_COA;
	case MIPX_MHOPT_NONCE_INDICES: return MIPX_MHOPT_KIND_NONCE_INDICES;
	case MIPX_MHOPT_AUTH_DATA: return MIPX_MHOPT_KIND_AUTH_DATA;
	case MIPX_MHOPT_BID: return MIPX_MHOPT_KIND_BID;
	case MIPX_MHOPT_MNP: return MIPX_MHOPT_KIND_MNP;
	case MIPX_MHOPT_MN_ID: return MIPX_MHOPT_KIND_MN_ID;
	case MIPX_MHOPT_HNP: return MIPX_MHOPT_KIND_HNP;
	case MIPX_MHOPT_HANDOFF_IND: return MIPX_MHOPT_KIND_HANDOFF_IND;
	case MIPX_MHOPT_ATT: return MIPX_MHOPT_KIND_ATT;
	case MIPX_MHOPT_TIMESTAMP: return MIPX_MHOPT_KIND_TIMESTAMP;
	case MIPX_MHOPT_RESTART_COUNTER: return MIPX_MHOPT_KIND_RESTART_COUNTER;
	default:
		return mipx_mhopt_rule(type)->name ? MIPX_MHOPT_KIND_REGISTERED
						   : MIPX_MHOPT_KIND_UNKNOWN;
	}
}

/* The option lengths the draft, RFC 5648 6.1 and the registry's RFCs
 * (mh_registry.c) allow. */
static const char *bad_length(enum mipx_mh_option_kind kind, uint8_t type, uint8_t length)
{
	const struct mipx_mhopt_rule *rule;

	switch (kind) {
	case MIPX_MHOPT_KIND_COAINFO:
		/* 5.3.1 says "MUST be always 2" but draws four octets of
		 * data; both are read (wire-format.md 2.3). */
		return length == 4 || length == 2 ? NULL : "coainfo.length";
	case MIPX_MHOPT_KIND_BID:
		/* RFC 5648 6.1: no care-of address, IPv4 or IPv6. */
		return length == 4 || length == 8 || length == 20 ? NULL : "bid.length";
	case MIPX_MHOPT_KIND_UNKNOWN:
	case MIPX_MHOPT_KIND_PAD1:
	case MIPX_MHOPT_KIND_PADN:
		return NULL;
	default:
		rule = mipx_mhopt_rule(type);
		if (!rule->field)
			return NULL;
		/* RFC 5845 3.1: with or without the 4-octet key */
		if (type == 33)
			return length == 2 || length == 6 ? NULL : rule->field;
		return length >= rule->min && length <= rule->max ? NULL : rule->field;
	}
}

/* Fill the kind-specific view of an option whose data octets are present;
 * returns the notes it calls for. */
static uint32_t decode_option_data(struct mipx_mh_option *o)
{
	struct mipx_cursor d = mipx_cursor_init(o->data, o->length);
	uint32_t notes = 0;
	uint8_t b = 0; /* set by every read: the length was checked (gcc cannot tell) */

	switch (o->kind) {
	case MIPX_MHOPT_KIND_REFRESH_ADVICE:
		mipx_get_u16(&d, &o->u.refresh_advice.interval);
		break;
	case MIPX_MHOPT_KIND_ALT_COA:
		mipx_get_bytes(&d, o->u.alt_coa.address, 16);
		break;
	case MIPX_MHOPT_KIND_NONCE_INDICES:
		mipx_get_u16(&d, &o->u.nonce.home_nonce_index);
		mipx_get_u16(&d, &o->u.nonce.careof_nonce_index);
		break;
	case MIPX_MHOPT_KIND_AUTH_DATA:
		o->u.auth.authenticator = o->data;
		o->u.auth.len = o->length;
		break;
	case MIPX_MHOPT_KIND_COAINFO:
		mipx_get_u8(&d, &o->u.coainfo.ifid);
		mipx_get_u8(&d, &o->u.coainfo.ifpri);
		if (o->length == 2) {
			o->u.coainfo.literal = true;
			notes |= MIPX_NOTE_COAINFO_LITERAL;
		} else {
			mipx_get_u16(&d, &o->u.coainfo.reserved);
			if (o->u.coainfo.reserved)
				notes |= MIPX_NOTE_RESERVED_NONZERO;
		}
		break;
	case MIPX_MHOPT_KIND_BID:
		mipx_get_u16(&d, &o->u.bid.bid);
		mipx_get_u8(&d, &o->u.bid.status);
		mipx_get_u8(&d, &b);
		o->u.bid.h = (b & 0x80) != 0;
		o->u.bid.bid_pri = b & 0x7f;
		if (o->length == 8) {
			o->u.bid.coa_family = 4;
			mipx_get_bytes(&d, o->u.bid.coa, 4);
		} else if (o->length == 20) {
			o->u.bid.coa_family = 6;
			mipx_get_bytes(&d, o->u.bid.coa, 16);
		}
		break;
	case MIPX_MHOPT_KIND_MNP:
	case MIPX_MHOPT_KIND_HNP:
		mipx_get_u8(&d, &o->u.prefix.reserved);
		mipx_get_u8(&d, &o->u.prefix.len);
		mipx_get_bytes(&d, o->u.prefix.prefix, 16);
		if (o->u.prefix.reserved)
			notes |= MIPX_NOTE_RESERVED_NONZERO;
		break;
	case MIPX_MHOPT_KIND_MN_ID:
		mipx_get_u8(&d, &o->u.mn_id.subtype);
		o->u.mn_id.id = mipx_here(&d);
		o->u.mn_id.len = (uint8_t)(o->length - 1);
		break;
	case MIPX_MHOPT_KIND_HANDOFF_IND:
		mipx_get_u8(&d, &o->u.handoff_ind.reserved);
		mipx_get_u8(&d, &o->u.handoff_ind.value);
		if (o->u.handoff_ind.reserved)
			notes |= MIPX_NOTE_RESERVED_NONZERO;
		break;
	case MIPX_MHOPT_KIND_ATT:
		mipx_get_u8(&d, &o->u.att.reserved);
		mipx_get_u8(&d, &o->u.att.value);
		if (o->u.att.reserved)
			notes |= MIPX_NOTE_RESERVED_NONZERO;
		break;
	case MIPX_MHOPT_KIND_TIMESTAMP:
		mipx_get_u64(&d, &o->u.timestamp.value);
		break;
	case MIPX_MHOPT_KIND_RESTART_COUNTER:
		mipx_get_u32(&d, &o->u.restart_counter.counter);
		break;
	case MIPX_MHOPT_KIND_UNKNOWN:
		notes |= MIPX_NOTE_UNKNOWN_EXTENSION;
		break;
	default:
		break;
	}
	return notes;
}

/*
 * Options from the cursor's position to mh_end.  The cursor stops at the end
 * of the buffer or of the MH, whichever comes first; an option that needs
 * octets beyond the MH is invalid, one that needs octets beyond a short
 * buffer is truncated.
 *
 * The cursor, the option count and the notes are kept in locals and stored
 * on the way out: stores of octets into *mh may alias anything, so the
 * compiler would otherwise reload them after each one.
 */
static mipx_status decode_options(struct mipx_cursor *cur, size_t mh_end,
				  const struct mipx_mip6_settings *settings,
				  struct mipx_mh *mh, struct mipx_error *err)
{
	struct mipx_cursor c = *cur;
	bool whole_mh = c.len == mh_end;
	unsigned n = 0;
	uint32_t notes = 0;
	mipx_status st = MIPX_OK;

	while (mipx_remaining(&c) > 0) {
		struct mipx_mh_option *o;
		enum mipx_mh_option_kind kind;
		size_t at = c.pos;
		uint8_t type, length;
		const char *bad;

		if (n >= MIPX_MH_MAX_OPTIONS) {
			st = mipx_fail(err, MIPX_INVALID, at, "mh.options",
				       "more mobility options than mipx keeps");
			break;
		}
		o = &mh->opt[n];
		memset(o, 0, sizeof *o);
		mipx_get_u8(&c, &type);
		kind = option_kind(type, settings);
		o->type = type;
		o->offset = (uint16_t)at;
		o->kind = kind;
		if (kind == MIPX_MHOPT_KIND_PAD1) {
			n++;
			continue;
		}
		if (!mipx_get_u8(&c, &length)) {
			if (whole_mh)
				st = mipx_fail(err, MIPX_INVALID, at, "option.length",
					       "option type in the last octet of the MH");
			else
				st = mipx_truncated(err, &c, "option.length");
			break;
		}
		o->length = length;
		bad = bad_length(kind, type, length);
		if (bad) {
			st = mipx_fail(err, MIPX_INVALID, at + 1, bad,
				       "wrong length for this option");
			break;
		}
		if (!mipx_get_span(&c, &o->data, length)) {
			if (whole_mh)
				st = mipx_fail(err, MIPX_INVALID, at + 1, "option.length",
					       "option runs past the MH length");
			else
				st = mipx_truncated(err, &c, "option.data");
			break;
		}
		notes |= decode_option_data(o);
		switch (kind) {
		case MIPX_MHOPT_KIND_COAINFO: mh->coainfo_index = (int)n; break;
		case MIPX_MHOPT_KIND_BID: mh->bid_index = (int)n; break;
		case MIPX_MHOPT_KIND_ALT_COA: mh->alt_coa_index = (int)n; break;
		case MIPX_MHOPT_KIND_MNP:
			if (mh->mnp_index < 0)
				mh->mnp_index = (int)n;
			break;
		case MIPX_MHOPT_KIND_HNP:
			if (mh->hnp_index < 0)
				mh->hnp_index = (int)n;
			break;
		case MIPX_MHOPT_KIND_MN_ID:
			if (mh->mn_id_index < 0)
				mh->mn_id_index = (int)n;
			break;
		case MIPX_MHOPT_KIND_TIMESTAMP: mh->timestamp_index = (int)n; break;
		default: break;
		}
		n++;
	}
	mh->n_opt = (uint8_t)n;
	mh->notes |= notes;
	*cur = c;
	return st;
}

mipx_status mipx_mh_decode(const uint8_t *buf, size_t len,
			   const struct mipx_mip6_settings *settings,
			   struct mipx_mh *mh, struct mipx_error *err)
{
	static const struct mipx_mip6_settings defaults = MIPX_MIP6_SETTINGS_DEFAULT;
	struct mipx_cursor c = mipx_cursor_init(buf, len);
	mipx_status st;
	size_t avail;
	int fixed;

	if (!settings)
		settings = &defaults;
	/* Only the fixed part: each option slot is cleared as it is decoded
	 * (decode_options), the rest are left as they were: clearing every
	 * slot per message cost more than decoding it. */
	memset(mh, 0, offsetof(struct mipx_mh, opt));
	mh->m_flag = false;
	mh->notes = 0;
	mh->coainfo_index = mh->bid_index = mh->alt_coa_index = -1;
	mh->mnp_index = mh->hnp_index = mh->mn_id_index = mh->timestamp_index = -1;

	if (!mipx_get_u8(&c, &mh->payload_proto))
		return mipx_truncated(err, &c, "mh.payload_proto");
	if (!mipx_get_u8(&c, &mh->header_len))
		return mipx_truncated(err, &c, "mh.header_len");
	if (!mipx_get_u8(&c, &mh->type))
		return mipx_truncated(err, &c, "mh.type");
	if (!mipx_get_u8(&c, &mh->reserved))
		return mipx_truncated(err, &c, "mh.reserved");
	if (!mipx_get_u16(&c, &mh->checksum))
		return mipx_truncated(err, &c, "mh.checksum");
	mh->length = (uint16_t)((mh->header_len + 1u) * 8u);

	if (mh->payload_proto != MIPX_MH_NO_NEXT_HEADER)
		mh->notes |= MIPX_NOTE_MH_PAYLOAD_PROTO;
	if (mh->reserved)
		mh->notes |= MIPX_NOTE_RESERVED_NONZERO;
	fixed = mipx_mh_fixed_len(mh->type);
	if (fixed < 0)
		return mipx_fail(err, MIPX_INVALID, 2, "mh.type", "unknown MH type");
	if ((size_t)MIPX_MH_HEADER_LEN + (size_t)fixed > mh->length) {
		/* RFC 6275 6.1.1, 9.2: a receiver discards it.  Like Wireshark,
		 * read the fixed part the IPv6 payload holds (ns-3 writes Header
		 * Len 0 under a 12-octet BU) and note the length; options, if
		 * any, are beyond what the header claims and are not read. */
		size_t need = (size_t)MIPX_MH_HEADER_LEN + (size_t)fixed;

		if (len < need)
			return mipx_fail(err, MIPX_INVALID, 1, "mh.header_len",
					 "shorter than the message's fixed part");
		mh->notes |= MIPX_NOTE_MH_LEN_SHORT;
		if (len > need)
			mh->notes |= MIPX_NOTE_TRAILING_OCTETS;
		c.len = need;
		return decode_fixed(&c, settings, mh, err);
	}

	/* Read no further than the MH; what follows it is not ours. */
	avail = len < mh->length ? len : mh->length;
	c.len = avail;
	if (len > mh->length)
		mh->notes |= MIPX_NOTE_TRAILING_OCTETS;

	st = decode_fixed(&c, settings, mh, err);
	if (st != MIPX_OK)
		return st;
	st = decode_options(&c, mh->length, settings, mh, err);
	if (st != MIPX_OK)
		return st;
	if (avail < mh->length)
		return mipx_fail(err, MIPX_TRUNCATED, len, "mh.options",
				 "input ends before the MH length");
	return MIPX_OK;
}

const struct mipx_mh_option *mipx_mh_coainfo(const struct mipx_mh *mh)
{
	if (mh->coainfo_index < 0 || mh->coainfo_index >= mh->n_opt)
		return NULL;
	return &mh->opt[mh->coainfo_index];
}

const struct mipx_mh_option *mipx_mh_bid(const struct mipx_mh *mh)
{
	if (mh->bid_index < 0 || mh->bid_index >= mh->n_opt)
		return NULL;
	return &mh->opt[mh->bid_index];
}
