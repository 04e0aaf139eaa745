/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libFuzzer target for the Mobility Header codec.  The input is decoded with
 * the default settings, and (after its first octet, which becomes the
 * CoAINFO type) with a user's setting; whatever decodes must encode, decode
 * again to the same message, and encode again to the same bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mipx/mip6.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_option(const struct mipx_mh_option *a, const struct mipx_mh_option *b)
{
	if (a->type != b->type || a->length != b->length || a->kind != b->kind ||
	    a->offset != b->offset)
		abort();
	if (a->kind != MIPX_MHOPT_KIND_PAD1 && a->kind != MIPX_MHOPT_KIND_PADN &&
	    a->length && memcmp(a->data, b->data, a->length) != 0)
		abort();
}

static void check_round_trip(const struct mipx_mh *mh,
			     const struct mipx_mip6_settings *s)
{
	static uint8_t out[2048], again[2048];
	struct mipx_error err;
	struct mipx_mh back;
	size_t out_len = 0, again_len = 0;
	unsigned i;

	/* A decoded MH is 8-aligned and every option representable. */
	if (mipx_mh_encode(mh, s, out, sizeof out, &out_len, &err) != MIPX_OK)
		abort();
	if (out_len != mh->length)
		abort();
	if (mipx_mh_decode(out, out_len, s, &back, &err) != MIPX_OK)
		abort();
	if (back.type != mh->type || back.length != mh->length ||
	    back.sequence != mh->sequence || back.flags != mh->flags ||
	    back.lifetime != mh->lifetime || back.status != mh->status ||
	    back.msg_reserved != mh->msg_reserved || back.m_flag != mh->m_flag ||
	    back.nonce_index != mh->nonce_index || back.n_opt != mh->n_opt ||
	    back.coainfo_index != mh->coainfo_index || back.bid_index != mh->bid_index ||
	    back.alt_coa_index != mh->alt_coa_index ||
	    memcmp(back.cookie, mh->cookie, 8) != 0 ||
	    memcmp(back.keygen_token, mh->keygen_token, 8) != 0 ||
	    memcmp(back.home_address, mh->home_address, 16) != 0)
		abort();
	/* Notes may only lose trailing octets; padding content is not kept. */
	if ((back.notes | MIPX_NOTE_TRAILING_OCTETS) !=
	    (mh->notes | MIPX_NOTE_TRAILING_OCTETS))
		abort();
	for (i = 0; i < mh->n_opt; i++)
		same_option(&mh->opt[i], &back.opt[i]);
	if (mipx_mh_encode(&back, s, again, sizeof again, &again_len, &err) != MIPX_OK ||
	    again_len != out_len || memcmp(again, out, out_len) != 0)
		abort();
}

static void one(const uint8_t *data, size_t size, const struct mipx_mip6_settings *s)
{
	static const uint8_t src[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 1 };
	static const uint8_t dst[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 2 };
	struct mipx_error err;
	struct mipx_mh mh;
	mipx_status st;

	memset(&err, 0, sizeof err);
	st = mipx_mh_decode(data, size, s, &mh, &err);
	if (st != MIPX_OK) {
		if (st != err.status || !err.field || !err.reason || err.offset > size)
			abort();
		if (st == MIPX_TRUNCATED && err.offset != size)
			abort();
		return;
	}
	if (mh.notes & MIPX_NOTE_MH_LEN_SHORT) {
		/* read past a Header Len too short for the fixed part (RFC 6275
		 * 9.2): the fixed part is decoded, nothing after it, and the
		 * encoder writes only lengths that cover it, so no round trip */
		if (mh.n_opt != 0 || (size_t)mipx_mh_fixed_len(mh.type) + MIPX_MH_HEADER_LEN > size)
			abort();
		return;
	}
	if (mh.length > size || !!(mh.notes & MIPX_NOTE_TRAILING_OCTETS) != (mh.length < size))
		abort();
	(void)mipx_mh_checksum_ok(src, dst, data, mh.length);
	(void)mipx_mh_type_name(mh.type);
	(void)mipx_ba_status_name(mh.status, mipx_mh_coainfo(&mh) != NULL);
	(void)mipx_be_status_name(mh.status);
	check_round_trip(&mh, s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct mipx_mip6_settings defaults = MIPX_MIP6_SETTINGS_DEFAULT;
	struct mipx_mip6_settings s = MIPX_MIP6_SETTINGS_DEFAULT;

	one(data, size, &defaults);
	if (size > 0) {
		s.coainfo_type = data[0];
		one(data + 1, size - 1, &s);
	}
	return 0;
}
