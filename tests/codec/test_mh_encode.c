/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Mobility Header encoding: byte-exact round trips of hand-written messages,
 * decode(encode(x)) == x for every type and option kind, padding, encoder
 * failures, the checksum over a known vector, and the names.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/mip6.h"

static const struct mipx_mip6_settings defaults = MIPX_MIP6_SETTINGS_DEFAULT;

static const uint8_t coa6[16] = { 0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0, 0,
				  0, 0, 0, 0, 0, 0, 0x01, 0x00 }; /* 2001:db8:1::100 */
static const uint8_t cn6[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
				 0, 0, 0, 0, 0, 0, 0x00, 0x02 };  /* 2001:db8::2 */

/* The draft's BU with M and CoAINFO; checksum from 2001:db8:1::100 to
 * 2001:db8::2, worked out independently of mipx (one's-complement sum of
 * the pseudo-header and these 40 octets with the field zero = 0x52ba). */
static const uint8_t bu_mcoa[40] = {
	0x3b, 0x04, 0x05, 0x00, 0xad, 0x45,
	0x00, 0x2a, 0x84, 0x00, 0x00, 0x96,
	0xfd, 0x04, 0x01, 0x00, 0x00, 0x00,
	0x03, 0x10, 0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
	0x01, 0x02, 0x00, 0x00,
};
static const uint8_t ba_np_coa[16] = {
	0x3b, 0x01, 0x06, 0x00, 0x00, 0x00,
	0x01, 0x80, 0x00, 0x2a, 0x00, 0x96,
	0xfd, 0x02, 0x07, 0x03,
};
static const uint8_t ba_refresh_auth[32] = {
	0x3b, 0x03, 0x06, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x2b, 0x01, 0x00,
	0x02, 0x02, 0x00, 0x20,
	0x05, 0x0c, 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab,
	0x01, 0x00,
};
static const uint8_t brr_coainfo[16] = {
	0x3b, 0x01, 0x00, 0x00, 0x12, 0x34,
	0x00, 0x00,
	0xfd, 0x04, 0x02, 0x01, 0x00, 0x00,
	0x01, 0x00,
};
static const uint8_t hoti[16] = {
	0x3b, 0x01, 0x01, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18,
};
static const uint8_t coti_coainfo[24] = {
	0x3b, 0x02, 0x02, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28,
	0xfd, 0x04, 0x05, 0x02, 0x00, 0x00,
	0x00, 0x00,
};
static const uint8_t hot[24] = {
	0x3b, 0x02, 0x03, 0x00, 0x00, 0x00,
	0x00, 0x07, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18,
	0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38,
};
static const uint8_t cot[24] = {
	0x3b, 0x02, 0x04, 0x00, 0x00, 0x00,
	0x01, 0x02, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28,
	0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48,
};
static const uint8_t be[24] = {
	0x3b, 0x02, 0x07, 0x00, 0x00, 0x00,
	0x01, 0x00,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x10,
};
static const uint8_t bu_bids[56] = {
	0x3b, 0x06, 0x05, 0x00, 0x00, 0x00,
	0x00, 0x01, 0xc0, 0x00, 0x00, 0x10,
	0x04, 0x04, 0x00, 0x03, 0x00, 0x04,
	0x23, 0x04, 0x00, 0x64, 0x00, 0x85,
	0x23, 0x08, 0x00, 0x65, 0x00, 0x02, 0xc0, 0x00, 0x02, 0x01,
	0x23, 0x14, 0x00, 0x66, 0x80, 0x7f,
	0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
};
static const uint8_t bu_unknown[16] = {
	0x3b, 0x01, 0x05, 0x00, 0x00, 0x00,
	0x00, 0x02, 0x80, 0x00, 0x00, 0x01,
	0xc8, 0x02, 0xbe, 0xef,
};

static void check_bytes_round_trip(const uint8_t *buf, size_t len)
{
	struct mipx_mh mh;
	struct mipx_error err;
	uint8_t out[2048];
	size_t out_len = 0;

	assert_int_equal(mipx_mh_decode(buf, len, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mipx_mh_encode(&mh, &defaults, out, sizeof out, &out_len, &err), MIPX_OK);
	assert_int_equal(out_len, len);
	assert_memory_equal(out, buf, len);
}

static void test_bytes_round_trip(void **state)
{
	(void)state;
	check_bytes_round_trip(bu_mcoa, sizeof bu_mcoa);
	check_bytes_round_trip(ba_np_coa, sizeof ba_np_coa);
	check_bytes_round_trip(ba_refresh_auth, sizeof ba_refresh_auth);
	check_bytes_round_trip(brr_coainfo, sizeof brr_coainfo);
	check_bytes_round_trip(hoti, sizeof hoti);
	check_bytes_round_trip(coti_coainfo, sizeof coti_coainfo);
	check_bytes_round_trip(hot, sizeof hot);
	check_bytes_round_trip(cot, sizeof cot);
	check_bytes_round_trip(be, sizeof be);
	check_bytes_round_trip(bu_bids, sizeof bu_bids);
	check_bytes_round_trip(bu_unknown, sizeof bu_unknown);
}

static void assert_option_equal(const struct mipx_mh_option *a, const struct mipx_mh_option *b)
{
	assert_int_equal(a->type, b->type);
	assert_int_equal(a->length, b->length);
	assert_int_equal(a->kind, b->kind);
	switch (a->kind) {
	case MIPX_MHOPT_KIND_REFRESH_ADVICE:
		assert_int_equal(a->u.refresh_advice.interval, b->u.refresh_advice.interval);
		break;
	case MIPX_MHOPT_KIND_ALT_COA:
		assert_memory_equal(a->u.alt_coa.address, b->u.alt_coa.address, 16);
		break;
	case MIPX_MHOPT_KIND_NONCE_INDICES:
		assert_int_equal(a->u.nonce.home_nonce_index, b->u.nonce.home_nonce_index);
		assert_int_equal(a->u.nonce.careof_nonce_index, b->u.nonce.careof_nonce_index);
		break;
	case MIPX_MHOPT_KIND_AUTH_DATA:
		assert_int_equal(a->u.auth.len, b->u.auth.len);
		assert_memory_equal(a->u.auth.authenticator, b->u.auth.authenticator, a->u.auth.len);
		break;
	case MIPX_MHOPT_KIND_COAINFO:
		assert_int_equal(a->u.coainfo.ifid, b->u.coainfo.ifid);
		assert_int_equal(a->u.coainfo.ifpri, b->u.coainfo.ifpri);
		assert_int_equal(a->u.coainfo.reserved, b->u.coainfo.reserved);
		assert_int_equal(a->u.coainfo.literal, b->u.coainfo.literal);
		break;
	case MIPX_MHOPT_KIND_BID:
		assert_int_equal(a->u.bid.bid, b->u.bid.bid);
		assert_int_equal(a->u.bid.status, b->u.bid.status);
		assert_int_equal(a->u.bid.h, b->u.bid.h);
		assert_int_equal(a->u.bid.bid_pri, b->u.bid.bid_pri);
		assert_int_equal(a->u.bid.coa_family, b->u.bid.coa_family);
		assert_memory_equal(a->u.bid.coa, b->u.bid.coa, 16);
		break;
	case MIPX_MHOPT_KIND_MNP:
	case MIPX_MHOPT_KIND_HNP:
		assert_int_equal(a->u.prefix.reserved, b->u.prefix.reserved);
		assert_int_equal(a->u.prefix.len, b->u.prefix.len);
		assert_memory_equal(a->u.prefix.prefix, b->u.prefix.prefix, 16);
		break;
	case MIPX_MHOPT_KIND_MN_ID:
		assert_int_equal(a->u.mn_id.subtype, b->u.mn_id.subtype);
		assert_int_equal(a->u.mn_id.len, b->u.mn_id.len);
		assert_memory_equal(a->u.mn_id.id, b->u.mn_id.id, a->u.mn_id.len);
		break;
	case MIPX_MHOPT_KIND_HANDOFF_IND:
		assert_int_equal(a->u.handoff_ind.value, b->u.handoff_ind.value);
		break;
	case MIPX_MHOPT_KIND_ATT:
		assert_int_equal(a->u.att.value, b->u.att.value);
		break;
	case MIPX_MHOPT_KIND_TIMESTAMP:
		assert_true(a->u.timestamp.value == b->u.timestamp.value);
		break;
	case MIPX_MHOPT_KIND_RESTART_COUNTER:
		assert_int_equal(a->u.restart_counter.counter, b->u.restart_counter.counter);
		break;
	case MIPX_MHOPT_KIND_REGISTERED:
	case MIPX_MHOPT_KIND_UNKNOWN:
		assert_memory_equal(a->data, b->data, a->length);
		break;
	default:
		break;
	}
}

/* Everything the encoder takes from x must come back from the decoder. */
static void assert_mh_equal(const struct mipx_mh *x, const struct mipx_mh *y)
{
	assert_int_equal(x->payload_proto, y->payload_proto);
	assert_int_equal(x->type, y->type);
	assert_int_equal(x->reserved, y->reserved);
	assert_int_equal(x->checksum, y->checksum);
	assert_int_equal(x->sequence, y->sequence);
	assert_int_equal(x->flags, y->flags);
	assert_int_equal(x->lifetime, y->lifetime);
	assert_int_equal(x->status, y->status);
	assert_int_equal(x->msg_reserved, y->msg_reserved);
	assert_memory_equal(x->home_address, y->home_address, 16);
	assert_int_equal(x->nonce_index, y->nonce_index);
	assert_memory_equal(x->cookie, y->cookie, 8);
	assert_memory_equal(x->keygen_token, y->keygen_token, 8);
	assert_int_equal(x->m_flag, y->m_flag);
	assert_int_equal(x->hb_sequence, y->hb_sequence);
	assert_int_equal(x->code, y->code);
	assert_int_equal(x->subtype, y->subtype);
	assert_int_equal(x->n_addresses, y->n_addresses);
	assert_int_equal(x->msg_data_len, y->msg_data_len);
	if (x->msg_data_len)
		assert_memory_equal(x->msg_data, y->msg_data, x->msg_data_len);
	assert_int_equal(x->n_opt, y->n_opt);
	for (unsigned i = 0; i < x->n_opt; i++)
		assert_option_equal(&x->opt[i], &y->opt[i]);
}

static void init_mh(struct mipx_mh *mh, uint8_t type)
{
	memset(mh, 0, sizeof *mh);
	mh->payload_proto = MIPX_MH_NO_NEXT_HEADER;
	mh->type = type;
	mh->coainfo_index = mh->bid_index = mh->alt_coa_index = -1;
}

static struct mipx_mh_option *add(struct mipx_mh *mh, enum mipx_mh_option_kind kind, uint8_t type)
{
	struct mipx_mh_option *o = &mh->opt[mh->n_opt++];

	memset(o, 0, sizeof *o);
	o->kind = kind;
	o->type = type;
	return o;
}

/* Pad, encode, decode, compare; the decoded lengths fill in x's. */
static void check_struct_round_trip(struct mipx_mh *x, const struct mipx_mip6_settings *s)
{
	struct mipx_mh y;
	struct mipx_error err;
	uint8_t out[2048];
	size_t out_len = 0;

	assert_int_equal(mipx_mh_pad(x, &err), MIPX_OK);
	assert_int_equal(mipx_mh_encode(x, s, out, sizeof out, &out_len, &err), MIPX_OK);
	assert_int_equal(out_len % 8, 0);
	assert_int_equal(mipx_mh_decode(out, out_len, s, &y, &err), MIPX_OK);
	assert_int_equal(y.length, out_len);
	assert_int_equal(y.header_len, out_len / 8 - 1);
	/* Lengths the writer derived from the kind. */
	for (unsigned i = 0; i < y.n_opt; i++)
		x->opt[i].length = y.opt[i].length;
	assert_mh_equal(x, &y);
	/* And the second time round, the same bytes. */
	{
		uint8_t again[2048];
		size_t again_len = 0;

		assert_int_equal(mipx_mh_encode(&y, s, again, sizeof again, &again_len, &err), MIPX_OK);
		assert_int_equal(again_len, out_len);
		assert_memory_equal(again, out, out_len);
	}
}

static void test_struct_round_trip_every_type(void **state)
{
	static const uint8_t auth[12] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
	static const uint8_t raw[3] = { 0xde, 0xad, 0x00 };
	struct mipx_mh_option *o;
	struct mipx_mh mh;
	(void)state;

	for (uint8_t type = MIPX_MH_BRR; type <= MIPX_MH_BE; type++) {
		init_mh(&mh, type);
		mh.checksum = 0xbeef;
		switch (type) {
		case MIPX_MH_BRR: mh.msg_reserved = 0; break;
		case MIPX_MH_HOTI:
		case MIPX_MH_COTI:
			memcpy(mh.cookie, "cookie!!", 8);
			break;
		case MIPX_MH_HOT:
		case MIPX_MH_COT:
			mh.nonce_index = (uint16_t)(0x100 + type);
			memcpy(mh.cookie, "cookie!!", 8);
			memcpy(mh.keygen_token, "keygen..", 8);
			break;
		case MIPX_MH_BU:
			mh.sequence = 7;
			mh.flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_M_DEFAULT;
			mh.m_flag = true;
			mh.lifetime = 0xffff;
			break;
		case MIPX_MH_BA:
			mh.status = 1;
			mh.flags = MIPX_BA_FLAG_K;
			mh.sequence = 7;
			mh.lifetime = 100;
			break;
		case MIPX_MH_BE:
			mh.status = 2;
			memcpy(mh.home_address, coa6, 16);
			break;
		default:
			break;
		}
		/* Every option kind in every message: the codec does not judge
		 * which message may carry which option (the checks do). */
		o = add(&mh, MIPX_MHOPT_KIND_COAINFO, 253);
		o->u.coainfo.ifid = 9;
		o->u.coainfo.ifpri = 2;
		o = add(&mh, MIPX_MHOPT_KIND_COAINFO, 253);
		o->u.coainfo.ifid = 10;
		o->u.coainfo.ifpri = 0;
		o->u.coainfo.literal = true;
		o = add(&mh, MIPX_MHOPT_KIND_PAD1, 0);
		o = add(&mh, MIPX_MHOPT_KIND_PADN, 1);
		o->length = 3;
		o = add(&mh, MIPX_MHOPT_KIND_REFRESH_ADVICE, 2);
		o->u.refresh_advice.interval = 60;
		o = add(&mh, MIPX_MHOPT_KIND_ALT_COA, 3);
		memcpy(o->u.alt_coa.address, coa6, 16);
		o = add(&mh, MIPX_MHOPT_KIND_NONCE_INDICES, 4);
		o->u.nonce.home_nonce_index = 11;
		o->u.nonce.careof_nonce_index = 12;
		o = add(&mh, MIPX_MHOPT_KIND_BID, 35);
		o->u.bid.bid = 1;
		o->u.bid.h = true;
		o->u.bid.bid_pri = 3;
		o = add(&mh, MIPX_MHOPT_KIND_BID, 35);
		o->u.bid.bid = 2;
		o->u.bid.status = 164;
		o->u.bid.coa_family = 4;
		memcpy(o->u.bid.coa, "\xc0\x00\x02\x07", 4);
		o = add(&mh, MIPX_MHOPT_KIND_BID, 35);
		o->u.bid.bid = 3;
		o->u.bid.bid_pri = 127;
		o->u.bid.coa_family = 6;
		memcpy(o->u.bid.coa, coa6, 16);
		o = add(&mh, MIPX_MHOPT_KIND_UNKNOWN, 150);
		o->length = sizeof raw;
		o->data = raw;
		o = add(&mh, MIPX_MHOPT_KIND_AUTH_DATA, 5);
		o->u.auth.authenticator = auth;
		o->u.auth.len = sizeof auth;
		check_struct_round_trip(&mh, &defaults);
	}
}

/* Types 8-23 and the registry's options the codec decodes (RFC 3963 6.2,
 * RFC 4283, RFC 5213 8.3-8.8, RFC 5847 5.1-5.2). */
static void test_struct_round_trip_registries(void **state)
{
	static const uint8_t nai[] = "mag1@example.net";
	static const uint8_t gre[6] = { 0, 0, 0, 0, 0, 42 }; /* reserved, key */
	static const uint8_t emh[10] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
	struct mipx_mh_option *o;
	struct mipx_mh mh;
	(void)state;

	for (unsigned type = MIPX_MH_FBU; type <= MIPX_MH_TYPE_LAST; type++) {
		init_mh(&mh, (uint8_t)type);
		mh.sequence = (uint16_t)(type == MIPX_MH_EMH || type == MIPX_MH_HAS ||
					 type == MIPX_MH_HB || type == MIPX_MH_FNA ? 0 : 300 + type);
		switch (type) {
		case MIPX_MH_FBU: mh.flags = MIPX_BU_FLAG_A; mh.lifetime = 9; break;
		case MIPX_MH_FBACK: mh.status = 1; mh.flags = MIPX_BA_FLAG_K; mh.lifetime = 9; break;
		case MIPX_MH_EMH:
			mh.msg_data = emh;
			mh.msg_data_len = sizeof emh;
			check_struct_round_trip(&mh, &defaults);
			continue;
		case MIPX_MH_HAS:
			mh.n_addresses = 1;
			mh.msg_data = coa6;
			mh.msg_data_len = 16;
			break;
		case MIPX_MH_HB: mh.flags = MIPX_HB_FLAG_R; mh.hb_sequence = 0xfedcba98u; break;
		case MIPX_MH_HI: mh.flags = 0x80; mh.code = 2; break;
		case MIPX_MH_HACK: mh.code = 5; break;
		case MIPX_MH_BR: mh.subtype = 1; mh.code = 3; mh.flags = 0x8000; break;
		case MIPX_MH_LRI: mh.lifetime = 40; break;
		case MIPX_MH_LRA: mh.flags = 0x80; mh.status = 128; mh.lifetime = 40; break;
		case MIPX_MH_UN: mh.code = 1; mh.flags = 0x80; break;
		case MIPX_MH_UNA: mh.status = 0; break;
		case MIPX_MH_FB: mh.subtype = 1; mh.code = 2; mh.flags = 0x8000; break;
		default: break;
		}
		o = add(&mh, MIPX_MHOPT_KIND_MN_ID, MIPX_MHOPT_MN_ID);
		o->u.mn_id.subtype = 1;
		o->u.mn_id.id = nai;
		o->u.mn_id.len = (uint8_t)(sizeof nai - 1);
		o = add(&mh, MIPX_MHOPT_KIND_HNP, MIPX_MHOPT_HNP);
		o->u.prefix.len = 64;
		memcpy(o->u.prefix.prefix, coa6, 8);
		o = add(&mh, MIPX_MHOPT_KIND_MNP, MIPX_MHOPT_MNP);
		o->u.prefix.len = 48;
		memcpy(o->u.prefix.prefix, cn6, 6);
		o = add(&mh, MIPX_MHOPT_KIND_HANDOFF_IND, MIPX_MHOPT_HANDOFF_IND);
		o->u.handoff_ind.value = 5;
		o = add(&mh, MIPX_MHOPT_KIND_ATT, MIPX_MHOPT_ATT);
		o->u.att.value = 8;
		o = add(&mh, MIPX_MHOPT_KIND_TIMESTAMP, MIPX_MHOPT_TIMESTAMP);
		o->u.timestamp.value = UINT64_C(0xe8f0123480000000);
		o = add(&mh, MIPX_MHOPT_KIND_RESTART_COUNTER, MIPX_MHOPT_RESTART_COUNTER);
		o->u.restart_counter.counter = 77;
		o = add(&mh, MIPX_MHOPT_KIND_REGISTERED, 33); /* GRE Key, raw */
		o->length = sizeof gre;
		o->data = gre;
		check_struct_round_trip(&mh, &defaults);
	}
}

static void test_round_trip_with_settings(void **state)
{
	struct mipx_mip6_settings s = { 35, 0x0800 };
	struct mipx_mh mh;
	struct mipx_mh_option *o;
	struct mipx_error err;
	uint8_t out[64];
	size_t out_len = 0;
	(void)state;

	/* CoAINFO configured onto the BID's type, M onto RFC 5380's bit. */
	init_mh(&mh, MIPX_MH_BU);
	mh.flags = MIPX_BU_FLAG_A;
	mh.m_flag = true;
	o = add(&mh, MIPX_MHOPT_KIND_COAINFO, 35);
	o->u.coainfo.ifid = 4;
	assert_int_equal(mipx_mh_pad(&mh, &err), MIPX_OK);
	assert_int_equal(mipx_mh_encode(&mh, &s, out, sizeof out, &out_len, &err), MIPX_OK);
	assert_int_equal(out_len, 24);
	assert_int_equal(out[8], 0x88); /* A | M as 0x0800 */
	assert_int_equal(out[12], 35);
	assert_int_equal(out[13], 4);
	mh.flags |= 0x0800;
	check_struct_round_trip(&mh, &s);
}

static void test_pad(void **state)
{
	struct mipx_mh mh;
	struct mipx_mh_option *o;
	struct mipx_error err;
	(void)state;

	/* BU: 12 octets; PadN of 2 data octets brings it to 16. */
	init_mh(&mh, MIPX_MH_BU);
	assert_int_equal(mipx_mh_pad(&mh, &err), MIPX_OK);
	assert_int_equal(mh.n_opt, 1);
	assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_PADN);
	assert_int_equal(mh.opt[0].type, MIPX_MHOPT_PADN);
	assert_int_equal(mh.opt[0].length, 2);
	/* Aligned already: nothing added. */
	assert_int_equal(mipx_mh_pad(&mh, &err), MIPX_OK);
	assert_int_equal(mh.n_opt, 1);

	/* BRR (8) + CoAINFO (6) + Pad1 would be 15: one more octet, Pad1. */
	init_mh(&mh, MIPX_MH_BRR);
	o = add(&mh, MIPX_MHOPT_KIND_COAINFO, 253);
	o = add(&mh, MIPX_MHOPT_KIND_PAD1, 0);
	assert_int_equal(mipx_mh_pad(&mh, &err), MIPX_OK);
	assert_int_equal(mh.n_opt, 3);
	assert_int_equal(mh.opt[2].kind, MIPX_MHOPT_KIND_PAD1);

	/* Every gap from 1 to 7 is closed. */
	for (uint8_t n = 0; n < 8; n++) {
		uint8_t out[64];
		size_t out_len = 0;

		init_mh(&mh, MIPX_MH_BRR);
		o = add(&mh, MIPX_MHOPT_KIND_UNKNOWN, 99);
		o->length = n;
		o->data = (const uint8_t *)"12345678";
		assert_int_equal(mipx_mh_pad(&mh, &err), MIPX_OK);
		assert_int_equal(mipx_mh_encode(&mh, &defaults, out, sizeof out, &out_len, &err), MIPX_OK);
		assert_int_equal(out_len, n + 2 <= 8 ? 16 : 24);
	}
}

static void test_encode_failures(void **state)
{
	struct mipx_mh mh;
	struct mipx_mh_option *o;
	struct mipx_error err;
	uint8_t out[64];
	size_t out_len = 0;
	(void)state;

	/* Not on an 8-octet boundary. */
	init_mh(&mh, MIPX_MH_BU);
	assert_int_equal(mipx_mh_encode(&mh, &defaults, out, sizeof out, &out_len, &err), MIPX_INVALID);
	assert_string_equal(err.field, "mh.length");
	/* No such type. */
	init_mh(&mh, 24);
	assert_int_equal(mipx_mh_encode(&mh, &defaults, out, sizeof out, &out_len, &err), MIPX_INVALID);
	assert_string_equal(err.field, "mh.type");
	assert_int_equal(mipx_mh_pad(&mh, &err), MIPX_INVALID);
	/* A BID whose family is neither 0, 4 nor 6. */
	init_mh(&mh, MIPX_MH_BRR);
	o = add(&mh, MIPX_MHOPT_KIND_BID, 35);
	o->u.bid.coa_family = 5;
	assert_int_equal(mipx_mh_encode(&mh, &defaults, out, sizeof out, &out_len, &err), MIPX_INVALID);
	/* Raw data promised but missing. */
	init_mh(&mh, MIPX_MH_BRR);
	o = add(&mh, MIPX_MHOPT_KIND_UNKNOWN, 99);
	o->length = 6;
	assert_int_equal(mipx_mh_encode(&mh, &defaults, out, sizeof out, &out_len, &err), MIPX_INVALID);
	/* Longer than header_len can say: 256 * 8 + 8 octets. */
	init_mh(&mh, MIPX_MH_BRR);
	for (int i = 0; i < 8; i++) {
		o = add(&mh, MIPX_MHOPT_KIND_PADN, 1);
		o->length = 255;
	}
	o = add(&mh, MIPX_MHOPT_KIND_PADN, 1);
	o->length = 22;
	{
		uint8_t big[4096];

		assert_int_equal(mipx_mh_encode(&mh, &defaults, big, sizeof big, &out_len, &err),
				 MIPX_INVALID);
		assert_string_equal(err.field, "mh.length");
	}
}

static void test_encode_every_short_buffer(void **state)
{
	struct mipx_mh mh;
	struct mipx_error err;
	uint8_t out[40];
	size_t out_len = 0;
	(void)state;

	assert_int_equal(mipx_mh_decode(bu_mcoa, sizeof bu_mcoa, &defaults, &mh, &err), MIPX_OK);
	for (size_t cap = 0; cap < sizeof bu_mcoa; cap++) {
		assert_int_equal(mipx_mh_encode(&mh, &defaults, out, cap, &out_len, &err),
				 MIPX_TRUNCATED);
		assert_true(err.offset <= cap);
	}
	assert_int_equal(mipx_mh_encode(&mh, &defaults, out, sizeof out, &out_len, &err), MIPX_OK);
}

static void test_checksum_known_vector(void **state)
{
	uint8_t buf[40];
	(void)state;

	memcpy(buf, bu_mcoa, sizeof buf);
	assert_int_equal(mipx_mh_checksum(coa6, cn6, buf, sizeof buf), 0xad45);
	assert_true(mipx_mh_checksum_ok(coa6, cn6, buf, sizeof buf));
	/* The field itself does not enter the value that belongs in it. */
	buf[4] = buf[5] = 0;
	assert_int_equal(mipx_mh_checksum(coa6, cn6, buf, sizeof buf), 0xad45);
	assert_false(mipx_mh_checksum_ok(coa6, cn6, buf, sizeof buf));
	mipx_mh_set_checksum(coa6, cn6, buf, sizeof buf);
	assert_memory_equal(buf, bu_mcoa, sizeof buf);
	/* A flipped bit, a wrong address or a wrong length is caught. */
	buf[10] ^= 0x01;
	assert_false(mipx_mh_checksum_ok(coa6, cn6, buf, sizeof buf));
	buf[10] ^= 0x01;
	assert_false(mipx_mh_checksum_ok(coa6, coa6, buf, sizeof buf));
	assert_false(mipx_mh_checksum_ok(coa6, cn6, buf, 5));
}

static void test_checksum_after_encode(void **state)
{
	struct mipx_mh mh;
	struct mipx_error err;
	uint8_t out[64];
	size_t out_len = 0;
	(void)state;

	/* The generator's path: encode with checksum 0, then set it. */
	assert_int_equal(mipx_mh_decode(ba_np_coa, sizeof ba_np_coa, &defaults, &mh, &err), MIPX_OK);
	mh.checksum = 0;
	assert_int_equal(mipx_mh_encode(&mh, &defaults, out, sizeof out, &out_len, &err), MIPX_OK);
	mipx_mh_set_checksum(cn6, coa6, out, out_len);
	assert_true(mipx_mh_checksum_ok(cn6, coa6, out, out_len));
	assert_int_equal(mipx_mh_decode(out, out_len, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.checksum, mipx_mh_checksum(cn6, coa6, out, out_len));
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(mipx_mh_type_name(MIPX_MH_BRR), "Binding Refresh Request");
	assert_string_equal(mipx_mh_type_name(MIPX_MH_HOTI), "Home Test Init");
	assert_string_equal(mipx_mh_type_name(MIPX_MH_COTI), "Care-of Test Init");
	assert_string_equal(mipx_mh_type_name(MIPX_MH_HOT), "Home Test");
	assert_string_equal(mipx_mh_type_name(MIPX_MH_COT), "Care-of Test");
	assert_string_equal(mipx_mh_type_name(MIPX_MH_BU), "Binding Update");
	assert_string_equal(mipx_mh_type_name(MIPX_MH_BA), "Binding Acknowledgement");
	assert_string_equal(mipx_mh_type_name(MIPX_MH_BE), "Binding Error");
	assert_string_equal(mipx_mh_type_name(8), "Fast Binding Update");
	assert_string_equal(mipx_mh_type_name(13), "Heartbeat");
	assert_string_equal(mipx_mh_type_name(23), "Subscription Response");
	assert_string_equal(mipx_mh_type_name(24), "Unknown");

	assert_string_equal(mipx_mh_option_name(MIPX_MHOPT_KIND_PAD1), "Pad1");
	assert_string_equal(mipx_mh_option_name(MIPX_MHOPT_KIND_PADN), "PadN");
	assert_string_equal(mipx_mh_option_name(MIPX_MHOPT_KIND_ALT_COA), "Alternate Care-of Address");
	assert_string_equal(mipx_mh_option_name(MIPX_MHOPT_KIND_COAINFO),
			    "Care-of Address Information (CoAINFO)");
	assert_string_equal(mipx_mh_option_name(MIPX_MHOPT_KIND_BID), "Binding Identifier");
	assert_string_equal(mipx_mh_option_name(MIPX_MHOPT_KIND_UNKNOWN), "Unknown");

	assert_string_equal(mipx_ba_status_name(0, false), "Binding Update accepted");
	assert_string_equal(mipx_ba_status_name(0, true), "Binding Update accepted");
	assert_string_equal(mipx_ba_status_name(1, false), "Accepted but prefix discovery necessary");
	assert_string_equal(mipx_ba_status_name(1, true), "non-primary care-of address registered");
	assert_string_equal(mipx_ba_status_name(135, true), "Sequence number out of window");
	assert_string_equal(mipx_ba_status_name(164, false), "MCOA MALFORMED");
	assert_string_equal(mipx_ba_status_name(200, false), "Unknown (rejected)");

	assert_string_equal(mipx_be_status_name(1),
			    "Unknown binding for Home Address destination option");
	assert_string_equal(mipx_be_status_name(2), "Unrecognized MH Type value");
	assert_string_equal(mipx_be_status_name(0), "Unknown");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bytes_round_trip),
		cmocka_unit_test(test_struct_round_trip_every_type),
		cmocka_unit_test(test_struct_round_trip_registries),
		cmocka_unit_test(test_round_trip_with_settings),
		cmocka_unit_test(test_pad),
		cmocka_unit_test(test_encode_failures),
		cmocka_unit_test(test_encode_every_short_buffer),
		cmocka_unit_test(test_checksum_known_vector),
		cmocka_unit_test(test_checksum_after_encode),
		cmocka_unit_test(test_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
