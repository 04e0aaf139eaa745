/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Writing a Mobility Header: the mirror of mh.c.  Options are written from
 * their kind (the type octet of a known kind is the canonical one, CoAINFO's
 * is the setting), so that what is written is what mh.c reads back.
 */
#include <string.h>

#include "cursor.h"
#include "mipx/mip6.h"

/* Data octets of an option as it will be written, or -1 if it cannot be. */
static int option_data_len(const struct mipx_mh_option *o)
{
	switch (o->kind) {
	case MIPX_MHOPT_KIND_PAD1: return 0;
	case MIPX_MHOPT_KIND_PADN: return o->length;
	case MIPX_MHOPT_KIND_REFRESH_ADVICE: return 2;
	case MIPX_MHOPT_KIND_ALT_COA: return 16;
	case MIPX_MHOPT_KIND_NONCE_INDICES: return 4;
	case MIPX_MHOPT_KIND_AUTH_DATA:
		if (o->u.auth.len && !o->u.auth.authenticator)
			return -1;
		return o->u.auth.len;
	/* Full form unless the literal one is asked for (wire-format.md 2.3). */
	case MIPX_MHOPT_KIND_COAINFO: return o->u.coainfo.literal ? 2 : 4;
	case MIPX_MHOPT_KIND_BID:
		switch (o->u.bid.coa_family) {
		case 0: return 4;
		case 4: return 8;
		case 6: return 20;
		default: return -1;
		}
	case MIPX_MHOPT_KIND_MNP:
	case MIPX_MHOPT_KIND_HNP: return 18;
	case MIPX_MHOPT_KIND_MN_ID:
		if (o->u.mn_id.len && !o->u.mn_id.id)
			return -1;
		return o->u.mn_id.len == 255 ? -1 : 1 + o->u.mn_id.len;
	case MIPX_MHOPT_KIND_HANDOFF_IND:
	case MIPX_MHOPT_KIND_ATT: return 2;
	case MIPX_MHOPT_KIND_TIMESTAMP: return 8;
	case MIPX_MHOPT_KIND_RESTART_COUNTER: return 4;
	case MIPX_MHOPT_KIND_REGISTERED:
	case MIPX_MHOPT_KIND_UNKNOWN:
		if (o->length && !o->data)
			return -1;
		return o->length;
	default: return -1;
	}
}

/* Octets an option takes on the wire, or -1. */
static int option_wire_len(const struct mipx_mh_option *o)
{
	int n = option_data_len(o);

	if (n < 0)
		return -1;
	return o->kind == MIPX_MHOPT_KIND_PAD1 ? 1 : 2 + n;
}

static uint8_t option_type(const struct mipx_mh_option *o,
			   const struct mipx_mip6_settings *settings)
{
	switch (o->kind) {
	case MIPX_MHOPT_KIND_PAD1: return MIPX_MHOPT_PAD1;
	case MIPX_MHOPT_KIND_PADN: return MIPX_MHOPT_PADN;
	case MIPX_MHOPT_KIND_REFRESH_ADVICE: return MIPX_MHOPT_REFRESH_ADVICE;
	case MIPX_MHOPT_KIND_ALT_COA: return MIPX_MHOPT_ALT_COA;
	case MIPX_MHOPT_KIND_NONCE_INDICES: return MIPX_MHOPT_NONCE_INDICES;
	case MIPX_MHOPT_KIND_AUTH_DATA: return MIPX_MHOPT_AUTH_DATA;
	case MIPX_MHOPT_KIND_COAINFO: return settings->coainfo_type;
	case MIPX_MHOPT_KIND_BID: return MIPX_MHOPT_BID;
	case MIPX_MHOPT_KIND_MNP: return MIPX_MHOPT_MNP;
	case MIPX_MHOPT_KIND_MN_ID: return MIPX_MHOPT_MN_ID;
	case MIPX_MHOPT_KIND_HNP: return MIPX_MHOPT_HNP;
	case MIPX_MHOPT_KIND_HANDOFF_IND: return MIPX_MHOPT_HANDOFF_IND;
	case MIPX_MHOPT_KIND_ATT: return MIPX_MHOPT_ATT;
	case MIPX_MHOPT_KIND_TIMESTAMP: return MIPX_MHOPT_TIMESTAMP;
	case MIPX_MHOPT_KIND_RESTART_COUNTER: return MIPX_MHOPT_RESTART_COUNTER;
	default: return o->type;
	}
}

static bool put_option(struct mipx_writer *w, const struct mipx_mh_option *o,
		       const struct mipx_mip6_settings *settings)
{
	static const uint8_t zeros[255];
	int n = option_data_len(o);
	bool ok;

	if (!mipx_put_u8(w, option_type(o, settings)))
		return false;
	if (o->kind == MIPX_MHOPT_KIND_PAD1)
		return true;
	if (!mipx_put_u8(w, (uint8_t)n))
		return false;
	switch (o->kind) {
	case MIPX_MHOPT_KIND_PADN:
		/* RFC 6275 6.2.3: the receiver ignores the content; write zeros. */
		return mipx_put_bytes(w, zeros, (size_t)n);
	case MIPX_MHOPT_KIND_REFRESH_ADVICE:
		return mipx_put_u16(w, o->u.refresh_advice.interval);
	case MIPX_MHOPT_KIND_ALT_COA:
		return mipx_put_bytes(w, o->u.alt_coa.address, 16);
	case MIPX_MHOPT_KIND_NONCE_INDICES:
		return mipx_put_u16(w, o->u.nonce.home_nonce_index) &&
		       mipx_put_u16(w, o->u.nonce.careof_nonce_index);
	case MIPX_MHOPT_KIND_AUTH_DATA:
		return mipx_put_bytes(w, o->u.auth.authenticator, (size_t)n);
	case MIPX_MHOPT_KIND_COAINFO:
		ok = mipx_put_u8(w, o->u.coainfo.ifid) &&
		     mipx_put_u8(w, o->u.coainfo.ifpri);
		if (ok && !o->u.coainfo.literal)
			ok = mipx_put_u16(w, o->u.coainfo.reserved);
		return ok;
	case MIPX_MHOPT_KIND_BID:
		ok = mipx_put_u16(w, o->u.bid.bid) && mipx_put_u8(w, o->u.bid.status) &&
		     mipx_put_u8(w, (uint8_t)((o->u.bid.h ? 0x80 : 0) |
					      (o->u.bid.bid_pri & 0x7f)));
		if (ok && n > 4)
			ok = mipx_put_bytes(w, o->u.bid.coa, (size_t)n - 4);
		return ok;
	case MIPX_MHOPT_KIND_MNP:
	case MIPX_MHOPT_KIND_HNP:
		return mipx_put_u8(w, o->u.prefix.reserved) && mipx_put_u8(w, o->u.prefix.len) &&
		       mipx_put_bytes(w, o->u.prefix.prefix, 16);
	case MIPX_MHOPT_KIND_MN_ID:
		return mipx_put_u8(w, o->u.mn_id.subtype) &&
		       mipx_put_bytes(w, o->u.mn_id.id, o->u.mn_id.len);
	case MIPX_MHOPT_KIND_HANDOFF_IND:
		return mipx_put_u8(w, o->u.handoff_ind.reserved) &&
		       mipx_put_u8(w, o->u.handoff_ind.value);
	case MIPX_MHOPT_KIND_ATT:
		return mipx_put_u8(w, o->u.att.reserved) && mipx_put_u8(w, o->u.att.value);
	case MIPX_MHOPT_KIND_TIMESTAMP:
		return mipx_put_u64(w, o->u.timestamp.value);
	case MIPX_MHOPT_KIND_RESTART_COUNTER:
		return mipx_put_u32(w, o->u.restart_counter.counter);
	default:
		return mipx_put_bytes(w, o->data, (size_t)n);
	}
}

static bool put_fixed(struct mipx_writer *w, const struct mipx_mh *mh,
		      const struct mipx_mip6_settings *settings)
{
	uint16_t flags;

	switch (mh->type) {
	case MIPX_MH_BRR:
		return mipx_put_u16(w, mh->msg_reserved);
	case MIPX_MH_HOTI:
	case MIPX_MH_COTI:
		return mipx_put_u16(w, mh->msg_reserved) &&
		       mipx_put_bytes(w, mh->cookie, 8);
	case MIPX_MH_HOT:
	case MIPX_MH_COT:
		return mipx_put_u16(w, mh->nonce_index) &&
		       mipx_put_bytes(w, mh->cookie, 8) &&
		       mipx_put_bytes(w, mh->keygen_token, 8);
	case MIPX_MH_BU:
		/* m_flag is a convenience for writers: it sets the M bit of
		 * the configured mask, as the decoder will read it back. */
		flags = mh->flags;
		if (mh->m_flag)
			flags |= settings->m_flag_mask;
		return mipx_put_u16(w, mh->sequence) && mipx_put_u16(w, flags) &&
		       mipx_put_u16(w, mh->lifetime);
	case MIPX_MH_BA:
		return mipx_put_u8(w, mh->status) && mipx_put_u8(w, (uint8_t)mh->flags) &&
		       mipx_put_u16(w, mh->sequence) && mipx_put_u16(w, mh->lifetime);
	case MIPX_MH_BE:
		return mipx_put_u8(w, mh->status) && mipx_put_u8(w, (uint8_t)mh->msg_reserved) &&
		       mipx_put_bytes(w, mh->home_address, 16);
	case MIPX_MH_FBU:
		return mipx_put_u16(w, mh->sequence) && mipx_put_u16(w, mh->flags) &&
		       mipx_put_u16(w, mh->lifetime);
	case MIPX_MH_FBACK:
		return mipx_put_u8(w, mh->status) && mipx_put_u8(w, (uint8_t)mh->flags) &&
		       mipx_put_u16(w, mh->sequence) && mipx_put_u16(w, mh->lifetime);
	case MIPX_MH_FNA:
		return mipx_put_u16(w, mh->msg_reserved);
	case MIPX_MH_EMH:
		return mipx_put_bytes(w, mh->msg_data, mh->msg_data_len);
	case MIPX_MH_HAS:
		return mipx_put_u8(w, mh->n_addresses) && mipx_put_u8(w, (uint8_t)mh->msg_reserved) &&
		       mipx_put_bytes(w, mh->msg_data, 16u * mh->n_addresses);
	case MIPX_MH_HB:
		return mipx_put_u8(w, (uint8_t)mh->msg_reserved) && mipx_put_u8(w, (uint8_t)mh->flags) &&
		       mipx_put_u32(w, mh->hb_sequence);
	case MIPX_MH_HI:
	case MIPX_MH_HACK:
		return mipx_put_u16(w, mh->sequence) && mipx_put_u8(w, (uint8_t)mh->flags) &&
		       mipx_put_u8(w, mh->code);
	case MIPX_MH_BR:
		return mipx_put_u8(w, mh->subtype) && mipx_put_u8(w, mh->code) &&
		       mipx_put_u16(w, mh->sequence) && mipx_put_u16(w, mh->flags);
	case MIPX_MH_LRI:
		return mipx_put_u16(w, mh->sequence) && mipx_put_u16(w, mh->msg_reserved) &&
		       mipx_put_u16(w, mh->lifetime);
	case MIPX_MH_LRA:
		return mipx_put_u16(w, mh->sequence) && mipx_put_u8(w, (uint8_t)mh->flags) &&
		       mipx_put_u8(w, mh->status) && mipx_put_u16(w, mh->lifetime);
	case MIPX_MH_UN:
		return mipx_put_u16(w, mh->sequence) && mipx_put_u8(w, mh->code) &&
		       mipx_put_u8(w, (uint8_t)mh->flags);
	case MIPX_MH_UNA:
		return mipx_put_u16(w, mh->sequence) && mipx_put_u8(w, mh->status) &&
		       mipx_put_u8(w, (uint8_t)mh->msg_reserved);
	case MIPX_MH_FB:
		return mipx_put_u16(w, mh->sequence) && mipx_put_u8(w, mh->subtype) &&
		       mipx_put_u8(w, mh->code) && mipx_put_u16(w, mh->flags);
	case MIPX_MH_SQ:
	case MIPX_MH_SR:
		return mipx_put_u16(w, mh->sequence) && mipx_put_u16(w, mh->flags);
	default:
		return false;
	}
}

/* Octets of the fixed part as written: the registry's, plus what 11 and 12
 * carry beyond it. */
static size_t fixed_wire_len(const struct mipx_mh *mh, int fixed)
{
	if (mh->type == MIPX_MH_EMH)
		return mh->msg_data_len;
	if (mh->type == MIPX_MH_HAS)
		return (size_t)fixed + 16u * mh->n_addresses;
	return (size_t)fixed;
}

/* Encoded length of mh, or 0 when it cannot be written (err filled). */
static size_t encoded_len(const struct mipx_mh *mh, struct mipx_error *err)
{
	int fixed = mipx_mh_fixed_len(mh->type);
	size_t total;
	unsigned i;

	if (fixed < 0) {
		mipx_fail(err, MIPX_INVALID, 2, "mh.type", "unknown MH type");
		return 0;
	}
	if (mh->n_opt > MIPX_MH_MAX_OPTIONS) {
		mipx_fail(err, MIPX_INVALID, 0, "mh.options", "n_opt above MIPX_MH_MAX_OPTIONS");
		return 0;
	}
	if ((mh->type == MIPX_MH_EMH && mh->msg_data_len && !mh->msg_data) ||
	    (mh->type == MIPX_MH_HAS && mh->n_addresses && !mh->msg_data)) {
		mipx_fail(err, MIPX_INVALID, MIPX_MH_HEADER_LEN, "mh.data",
			  "message data missing");
		return 0;
	}
	if (mh->type == MIPX_MH_EMH && mh->n_opt) {
		mipx_fail(err, MIPX_INVALID, MIPX_MH_HEADER_LEN, "mh.options",
			  "an Experimental Mobility Header carries no options (RFC 5096 3)");
		return 0;
	}
	total = MIPX_MH_HEADER_LEN + fixed_wire_len(mh, fixed);
	for (i = 0; i < mh->n_opt; i++) {
		int n = option_wire_len(&mh->opt[i]);

		if (n < 0) {
			mipx_fail(err, MIPX_INVALID, total, "option",
				  "option cannot be written (kind, family or data)");
			return 0;
		}
		total += (size_t)n;
	}
	return total;
}

mipx_status mipx_mh_encode(const struct mipx_mh *mh,
			   const struct mipx_mip6_settings *settings,
			   uint8_t *buf, size_t cap, size_t *out_len,
			   struct mipx_error *err)
{
	static const struct mipx_mip6_settings defaults = MIPX_MIP6_SETTINGS_DEFAULT;
	struct mipx_writer w = mipx_writer_init(buf, cap);
	size_t total;
	unsigned i;

	if (!settings)
		settings = &defaults;
	total = encoded_len(mh, err);
	if (total == 0)
		return MIPX_INVALID;
	/* RFC 6275 6.1.1: the MH is a multiple of 8 octets, at most 256 units. */
	if (total % 8 != 0)
		return mipx_fail(err, MIPX_INVALID, total, "mh.length",
				 "not a multiple of 8 octets (see mipx_mh_pad)");
	if (total > 256u * 8u)
		return mipx_fail(err, MIPX_INVALID, total, "mh.length",
				 "longer than header_len can say");

	if (!mipx_put_u8(&w, mh->payload_proto) ||
	    !mipx_put_u8(&w, (uint8_t)(total / 8 - 1)) ||
	    !mipx_put_u8(&w, mh->type) || !mipx_put_u8(&w, mh->reserved) ||
	    !mipx_put_u16(&w, mh->checksum))
		return mipx_no_space(err, &w, "mh.header");
	if (!put_fixed(&w, mh, settings))
		return mipx_no_space(err, &w, "mh.fixed");
	for (i = 0; i < mh->n_opt; i++)
		if (!put_option(&w, &mh->opt[i], settings))
			return mipx_no_space(err, &w, "option");
	if (out_len)
		*out_len = w.pos;
	return MIPX_OK;
}

mipx_status mipx_mh_pad(struct mipx_mh *mh, struct mipx_error *err)
{
	struct mipx_mh_option *o;
	size_t total = encoded_len(mh, err);
	size_t need;

	if (total == 0)
		return MIPX_INVALID;
	need = (8 - total % 8) % 8;
	if (need == 0)
		return MIPX_OK;
	if (mh->n_opt >= MIPX_MH_MAX_OPTIONS)
		return mipx_fail(err, MIPX_INVALID, total, "mh.options",
				 "no room for a padding option");
	/* RFC 6275 6.2.2-6.2.3: one octet is Pad1, more is PadN. */
	o = &mh->opt[mh->n_opt];
	memset(o, 0, sizeof *o);
	o->offset = (uint16_t)total;
	if (need == 1) {
		o->type = MIPX_MHOPT_PAD1;
		o->kind = MIPX_MHOPT_KIND_PAD1;
	} else {
		o->type = MIPX_MHOPT_PADN;
		o->kind = MIPX_MHOPT_KIND_PADN;
		o->length = (uint8_t)(need - 2);
	}
	mh->n_opt++;
	return MIPX_OK;
}
