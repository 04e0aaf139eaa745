/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Mobility Header decoding: good bytes for every RFC 6275 message, the MCoA
 * draft's BU (M flag + CoAINFO, 5.3.1-5.3.2) and BA, and every option kind,
 * each field checked.
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
static const uint8_t home6[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
				   0, 0, 0, 0, 0, 0, 0x00, 0x10 }; /* 2001:db8::10 */

/* The draft's BU (5.3.2): A and M set, CoAINFO (5.3.1, full form), an
 * Alternate Care-of Address, PadN to 40 octets. */
static const uint8_t bu_mcoa[40] = {
	0x3b, 0x04, 0x05, 0x00, 0xad, 0x45, /* proto 59, len 4 (40 octets), BU, rsvd, cksum */
	0x00, 0x2a,                         /* sequence 42 */
	0x84, 0x00,                         /* A | M (0x0400) */
	0x00, 0x96,                         /* lifetime 150 (600 s) */
	0xfd, 0x04, 0x01, 0x00, 0x00, 0x00, /* CoAINFO 253, len 4, IFID 1, IFPRI 0, rsvd */
	0x03, 0x10,                         /* Alternate CoA, len 16 */
	0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0x00, 0x00, /* 2001:db8:1::100 */
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
	0x01, 0x02, 0x00, 0x00,             /* PadN, 2 octets */
};

/* BA status 1 with CoAINFO in the draft's literal length-2 form. */
static const uint8_t ba_np_coa[16] = {
	0x3b, 0x01, 0x06, 0x00, 0x00, 0x00, /* len 1 (16 octets), BA */
	0x01,                               /* status 1 */
	0x80,                               /* K */
	0x00, 0x2a,                         /* sequence 42 */
	0x00, 0x96,                         /* lifetime 150 */
	0xfd, 0x02, 0x07, 0x03,             /* CoAINFO len 2, IFID 7, IFPRI 3 */
};

/* BA with Binding Refresh Advice and Binding Authorization Data. */
static const uint8_t ba_refresh_auth[32] = {
	0x3b, 0x03, 0x06, 0x00, 0x00, 0x00, /* len 3 (32 octets), BA */
	0x00, 0x00, 0x00, 0x2b, 0x01, 0x00, /* status 0, no K, seq 43, lifetime 256 */
	0x02, 0x02, 0x00, 0x20,             /* refresh advice, 32 (128 s) */
	0x05, 0x0c,                         /* auth data, 12 octets */
	0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab,
	0x01, 0x00,                         /* PadN 0 */
};

/* BRR with CoAINFO (the draft's 7.5) then PadN. */
static const uint8_t brr_coainfo[16] = {
	0x3b, 0x01, 0x00, 0x00, 0x00, 0x00, /* len 1, BRR */
	0x00, 0x00,                         /* reserved */
	0xfd, 0x04, 0x02, 0x01, 0x00, 0x00, /* CoAINFO IFID 2 IFPRI 1 */
	0x01, 0x00,                         /* PadN 0 */
};

static const uint8_t hoti[16] = {
	0x3b, 0x01, 0x01, 0x00, 0x00, 0x00, /* len 1, HoTI */
	0x00, 0x00,                         /* reserved */
	0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, /* home init cookie */
};

/* CoTI carrying CoAINFO, as the draft's 6 asks; Pad1 twice to 24. */
static const uint8_t coti_coainfo[24] = {
	0x3b, 0x02, 0x02, 0x00, 0x00, 0x00, /* len 2, CoTI */
	0x00, 0x00,
	0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, /* care-of init cookie */
	0xfd, 0x04, 0x05, 0x02, 0x00, 0x00, /* CoAINFO IFID 5 IFPRI 2 */
	0x00, 0x00,                         /* Pad1, Pad1 */
};

static const uint8_t hot[24] = {
	0x3b, 0x02, 0x03, 0x00, 0x00, 0x00, /* len 2, HoT */
	0x00, 0x07,                         /* home nonce index 7 */
	0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, /* cookie */
	0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, /* keygen token */
};

static const uint8_t cot[24] = {
	0x3b, 0x02, 0x04, 0x00, 0x00, 0x00, /* len 2, CoT */
	0x01, 0x02,                         /* care-of nonce index 0x0102 */
	0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28,
	0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48,
};

static const uint8_t be[24] = {
	0x3b, 0x02, 0x07, 0x00, 0x00, 0x00, /* len 2, BE */
	0x02,                               /* unrecognized MH type */
	0x00,                               /* reserved */
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x10, /* 2001:db8::10 */
};

/* BU with Nonce Indices and three RFC 5648 BIDs (none, IPv4, IPv6 CoA). */
static const uint8_t bu_bids[56] = {
	0x3b, 0x06, 0x05, 0x00, 0x00, 0x00, /* len 6 (56 octets), BU */
	0x00, 0x01, 0xc0, 0x00, 0x00, 0x10, /* seq 1, A | H, lifetime 16 */
	0x04, 0x04, 0x00, 0x03, 0x00, 0x04, /* nonce indices home 3, care-of 4 */
	0x23, 0x04, 0x00, 0x64, 0x00, 0x85, /* BID 100, status 0, H, BID-PRI 5 */
	0x23, 0x08, 0x00, 0x65, 0x00, 0x02, 0xc0, 0x00, 0x02, 0x01, /* BID 101, PRI 2, 192.0.2.1 */
	0x23, 0x14, 0x00, 0x66, 0x80, 0x7f, /* BID 102, status 128, PRI 127 */
	0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
};

/* BU with an option mipx does not know (type 200) kept raw. */
static const uint8_t bu_unknown[16] = {
	0x3b, 0x01, 0x05, 0x00, 0x00, 0x00,
	0x00, 0x02, 0x80, 0x00, 0x00, 0x01,
	0xc8, 0x02, 0xbe, 0xef,             /* type 200, len 2 */
};

static void decode_ok(const uint8_t *buf, size_t len, struct mipx_mh *mh)
{
	struct mipx_error err;

	memset(&err, 0, sizeof err);
	assert_int_equal(mipx_mh_decode(buf, len, &defaults, mh, &err), MIPX_OK);
	assert_int_equal(mh->length, len);
}

static void test_bu_mcoa(void **state)
{
	struct mipx_mh mh;
	const struct mipx_mh_option *ci;
	(void)state;

	decode_ok(bu_mcoa, sizeof bu_mcoa, &mh);
	assert_int_equal(mh.payload_proto, 59);
	assert_int_equal(mh.header_len, 4);
	assert_int_equal(mh.type, MIPX_MH_BU);
	assert_int_equal(mh.reserved, 0);
	assert_int_equal(mh.checksum, 0xad45);
	assert_int_equal(mh.sequence, 42);
	assert_int_equal(mh.flags, MIPX_BU_FLAG_A | MIPX_BU_FLAG_M_DEFAULT);
	assert_int_equal(mh.lifetime, 150);
	assert_true(mh.m_flag);
	assert_int_equal(mh.notes, 0);
	assert_int_equal(mh.n_opt, 3);
	assert_int_equal(mh.coainfo_index, 0);
	assert_int_equal(mh.alt_coa_index, 1);
	assert_int_equal(mh.bid_index, -1);

	ci = mipx_mh_coainfo(&mh);
	assert_non_null(ci);
	assert_ptr_equal(ci, &mh.opt[0]);
	assert_int_equal(ci->type, 253);
	assert_int_equal(ci->kind, MIPX_MHOPT_KIND_COAINFO);
	assert_int_equal(ci->length, 4);
	assert_int_equal(ci->offset, 12);
	assert_ptr_equal(ci->data, bu_mcoa + 14);
	assert_int_equal(ci->u.coainfo.ifid, 1);
	assert_int_equal(ci->u.coainfo.ifpri, 0);
	assert_int_equal(ci->u.coainfo.reserved, 0);
	assert_false(ci->u.coainfo.literal);

	assert_int_equal(mh.opt[1].kind, MIPX_MHOPT_KIND_ALT_COA);
	assert_int_equal(mh.opt[1].offset, 18);
	assert_int_equal(mh.opt[1].length, 16);
	assert_memory_equal(mh.opt[1].u.alt_coa.address, coa6, 16);

	assert_int_equal(mh.opt[2].kind, MIPX_MHOPT_KIND_PADN);
	assert_int_equal(mh.opt[2].offset, 36);
	assert_int_equal(mh.opt[2].length, 2);
	assert_null(mipx_mh_bid(&mh));
}

static void test_ba_literal_coainfo(void **state)
{
	struct mipx_mh mh;
	const struct mipx_mh_option *ci;
	(void)state;

	decode_ok(ba_np_coa, sizeof ba_np_coa, &mh);
	assert_int_equal(mh.type, MIPX_MH_BA);
	assert_int_equal(mh.status, 1);
	assert_int_equal(mh.flags, MIPX_BA_FLAG_K);
	assert_int_equal(mh.sequence, 42);
	assert_int_equal(mh.lifetime, 150);
	assert_false(mh.m_flag);
	assert_int_equal(mh.notes, MIPX_NOTE_COAINFO_LITERAL);
	assert_int_equal(mh.n_opt, 1);
	ci = mipx_mh_coainfo(&mh);
	assert_non_null(ci);
	assert_int_equal(ci->length, 2);
	assert_true(ci->u.coainfo.literal);
	assert_int_equal(ci->u.coainfo.ifid, 7);
	assert_int_equal(ci->u.coainfo.ifpri, 3);
	assert_int_equal(ci->u.coainfo.reserved, 0);
	assert_string_equal(mipx_ba_status_name(mh.status, ci != NULL),
			    "non-primary care-of address registered");
}

static void test_ba_refresh_auth(void **state)
{
	static const uint8_t authenticator[12] = { 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5,
						   0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab };
	struct mipx_mh mh;
	(void)state;

	decode_ok(ba_refresh_auth, sizeof ba_refresh_auth, &mh);
	assert_int_equal(mh.status, 0);
	assert_int_equal(mh.flags, 0);
	assert_int_equal(mh.sequence, 43);
	assert_int_equal(mh.lifetime, 256);
	assert_int_equal(mh.n_opt, 3);
	assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_REFRESH_ADVICE);
	assert_int_equal(mh.opt[0].u.refresh_advice.interval, 32);
	assert_int_equal(mh.opt[1].kind, MIPX_MHOPT_KIND_AUTH_DATA);
	assert_int_equal(mh.opt[1].type, 5);
	assert_int_equal(mh.opt[1].u.auth.len, 12);
	assert_memory_equal(mh.opt[1].u.auth.authenticator, authenticator, 12);
	assert_int_equal(mh.opt[2].kind, MIPX_MHOPT_KIND_PADN);
	assert_int_equal(mh.opt[2].length, 0);
	assert_int_equal(mh.coainfo_index, -1);
	assert_null(mipx_mh_coainfo(&mh));
	assert_int_equal(mh.notes, 0);
}

static void test_brr_coainfo(void **state)
{
	struct mipx_mh mh;
	(void)state;

	decode_ok(brr_coainfo, sizeof brr_coainfo, &mh);
	assert_int_equal(mh.type, MIPX_MH_BRR);
	assert_int_equal(mh.msg_reserved, 0);
	assert_int_equal(mh.n_opt, 2);
	assert_int_equal(mh.coainfo_index, 0);
	assert_int_equal(mh.opt[0].u.coainfo.ifid, 2);
	assert_int_equal(mh.opt[0].u.coainfo.ifpri, 1);
	assert_int_equal(mh.opt[1].kind, MIPX_MHOPT_KIND_PADN);
	assert_int_equal(mh.notes, 0);
}

static void test_hoti_coti(void **state)
{
	static const uint8_t cookie_h[8] = { 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18 };
	static const uint8_t cookie_c[8] = { 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28 };
	struct mipx_mh mh;
	(void)state;

	decode_ok(hoti, sizeof hoti, &mh);
	assert_int_equal(mh.type, MIPX_MH_HOTI);
	assert_memory_equal(mh.cookie, cookie_h, 8);
	assert_int_equal(mh.n_opt, 0);
	assert_int_equal(mh.notes, 0);

	decode_ok(coti_coainfo, sizeof coti_coainfo, &mh);
	assert_int_equal(mh.type, MIPX_MH_COTI);
	assert_memory_equal(mh.cookie, cookie_c, 8);
	assert_int_equal(mh.n_opt, 3);
	assert_int_equal(mh.coainfo_index, 0);
	assert_int_equal(mh.opt[0].u.coainfo.ifid, 5);
	assert_int_equal(mh.opt[0].u.coainfo.ifpri, 2);
	assert_int_equal(mh.opt[1].kind, MIPX_MHOPT_KIND_PAD1);
	assert_int_equal(mh.opt[1].length, 0);
	assert_int_equal(mh.opt[1].offset, 22);
	assert_int_equal(mh.opt[2].kind, MIPX_MHOPT_KIND_PAD1);
	assert_int_equal(mh.opt[2].offset, 23);
}

static void test_hot_cot(void **state)
{
	static const uint8_t cookie_h[8] = { 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18 };
	static const uint8_t token_h[8] = { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38 };
	static const uint8_t token_c[8] = { 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48 };
	struct mipx_mh mh;
	(void)state;

	decode_ok(hot, sizeof hot, &mh);
	assert_int_equal(mh.type, MIPX_MH_HOT);
	assert_int_equal(mh.nonce_index, 7);
	assert_memory_equal(mh.cookie, cookie_h, 8);
	assert_memory_equal(mh.keygen_token, token_h, 8);
	assert_int_equal(mh.n_opt, 0);

	decode_ok(cot, sizeof cot, &mh);
	assert_int_equal(mh.type, MIPX_MH_COT);
	assert_int_equal(mh.nonce_index, 0x0102);
	assert_memory_equal(mh.keygen_token, token_c, 8);
}

static void test_be(void **state)
{
	struct mipx_mh mh;
	(void)state;

	decode_ok(be, sizeof be, &mh);
	assert_int_equal(mh.type, MIPX_MH_BE);
	assert_int_equal(mh.status, 2);
	assert_int_equal(mh.msg_reserved, 0);
	assert_memory_equal(mh.home_address, home6, 16);
	assert_string_equal(mipx_be_status_name(mh.status), "Unrecognized MH Type value");
	assert_int_equal(mh.notes, 0);
}

static void test_bu_bids(void **state)
{
	static const uint8_t v4[4] = { 192, 0, 2, 1 };
	struct mipx_mh mh;
	(void)state;

	decode_ok(bu_bids, sizeof bu_bids, &mh);
	assert_int_equal(mh.flags, MIPX_BU_FLAG_A | MIPX_BU_FLAG_H);
	assert_false(mh.m_flag);
	assert_int_equal(mh.n_opt, 4);
	assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_NONCE_INDICES);
	assert_int_equal(mh.opt[0].u.nonce.home_nonce_index, 3);
	assert_int_equal(mh.opt[0].u.nonce.careof_nonce_index, 4);

	assert_int_equal(mh.opt[1].kind, MIPX_MHOPT_KIND_BID);
	assert_int_equal(mh.opt[1].u.bid.bid, 100);
	assert_int_equal(mh.opt[1].u.bid.status, 0);
	assert_true(mh.opt[1].u.bid.h);
	assert_int_equal(mh.opt[1].u.bid.bid_pri, 5);
	assert_int_equal(mh.opt[1].u.bid.coa_family, 0);

	assert_int_equal(mh.opt[2].u.bid.bid, 101);
	assert_false(mh.opt[2].u.bid.h);
	assert_int_equal(mh.opt[2].u.bid.bid_pri, 2);
	assert_int_equal(mh.opt[2].u.bid.coa_family, 4);
	assert_memory_equal(mh.opt[2].u.bid.coa, v4, 4);

	assert_int_equal(mh.opt[3].u.bid.bid, 102);
	assert_int_equal(mh.opt[3].u.bid.status, 128);
	assert_int_equal(mh.opt[3].u.bid.bid_pri, 127);
	assert_int_equal(mh.opt[3].u.bid.coa_family, 6);
	assert_memory_equal(mh.opt[3].u.bid.coa, coa6, 16);

	/* The last BID is the one the index names. */
	assert_int_equal(mh.bid_index, 3);
	assert_ptr_equal(mipx_mh_bid(&mh), &mh.opt[3]);
	assert_int_equal(mh.notes, 0);
}

static void test_unknown_option_kept_raw(void **state)
{
	struct mipx_mh mh;
	(void)state;

	decode_ok(bu_unknown, sizeof bu_unknown, &mh);
	assert_int_equal(mh.n_opt, 1);
	assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_UNKNOWN);
	assert_int_equal(mh.opt[0].type, 200);
	assert_int_equal(mh.opt[0].length, 2);
	assert_ptr_equal(mh.opt[0].data, bu_unknown + 14);
	assert_int_equal(mh.notes, MIPX_NOTE_UNKNOWN_EXTENSION);
}

static void test_null_settings_are_defaults(void **state)
{
	struct mipx_mh a, b;
	struct mipx_error err;
	(void)state;

	assert_int_equal(mipx_mh_decode(bu_mcoa, sizeof bu_mcoa, NULL, &a, &err), MIPX_OK);
	decode_ok(bu_mcoa, sizeof bu_mcoa, &b);
	assert_true(a.m_flag);
	assert_int_equal(a.coainfo_index, b.coainfo_index);
	assert_int_equal(a.opt[0].kind, MIPX_MHOPT_KIND_COAINFO);
}

static void test_trailing_octets(void **state)
{
	uint8_t buf[sizeof hoti + 3];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	memcpy(buf, hoti, sizeof hoti);
	memset(buf + sizeof hoti, 0xee, 3);
	assert_int_equal(mipx_mh_decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.length, 16);
	assert_int_equal(mh.n_opt, 0);
	assert_int_equal(mh.notes, MIPX_NOTE_TRAILING_OCTETS);
}

static void test_payload_proto_is_a_note(void **state)
{
	uint8_t buf[sizeof hoti];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	memcpy(buf, hoti, sizeof hoti);
	buf[0] = 6;
	assert_int_equal(mipx_mh_decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.payload_proto, 6);
	assert_int_equal(mh.notes, MIPX_NOTE_MH_PAYLOAD_PROTO);
}

static void test_fixed_len(void **state)
{
	(void)state;
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_BRR), 2);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_HOTI), 10);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_COTI), 10);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_HOT), 18);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_COT), 18);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_BU), 6);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_BA), 6);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_BE), 18);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_FBU), 6);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_EMH), 0);
	assert_int_equal(mipx_mh_fixed_len(MIPX_MH_HB), 6);
	assert_int_equal(mipx_mh_fixed_len(24), -1);
	assert_int_equal(mipx_mh_fixed_len(255), -1);
}

/* Every type IANA assigned (0-23) decodes with a zeroed fixed part padded
 * to 8 octets; its name is IANA's; 24-255 stay invalid. */
static void test_every_registered_type(void **state)
{
	uint8_t buf[32];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	for (unsigned type = 0; type < 256; type++) {
		int fixed = mipx_mh_fixed_len((uint8_t)type);
		size_t total;

		if (type > 23) {
			assert_int_equal(fixed, -1);
			assert_string_equal(mipx_mh_type_name((uint8_t)type), "Unknown");
			memset(buf, 0, 16);
			buf[0] = 59;
			buf[1] = 1;
			buf[2] = (uint8_t)type;
			assert_int_equal(mipx_mh_decode(buf, 16, &defaults, &mh, &err), MIPX_INVALID);
			continue;
		}
		assert_true(fixed >= 0);
		assert_string_not_equal(mipx_mh_type_name((uint8_t)type), "Unknown");
		total = (6 + (size_t)fixed + 2 + 7) / 8 * 8; /* room for a PadN */
		memset(buf, 0, sizeof buf);
		buf[0] = 59;
		buf[1] = (uint8_t)(total / 8 - 1);
		buf[2] = (uint8_t)type;
		if (type != MIPX_MH_EMH && total - 6 - (size_t)fixed >= 2) {
			buf[6 + fixed] = MIPX_MHOPT_PADN;
			buf[7 + fixed] = (uint8_t)(total - 8 - (size_t)fixed);
		}
		assert_int_equal(mipx_mh_decode(buf, total, &defaults, &mh, &err), MIPX_OK);
		assert_int_equal(mh.type, type);
		assert_int_equal(mh.notes, 0);
	}
	assert_string_equal(mipx_mh_type_name(8), "Fast Binding Update");
	assert_string_equal(mipx_mh_type_name(9), "Fast Binding Acknowledgment");
	assert_string_equal(mipx_mh_type_name(10), "Fast Neighbor Advertisement");
	assert_string_equal(mipx_mh_type_name(11), "Experimental Mobility Header");
	assert_string_equal(mipx_mh_type_name(12), "Home Agent Switch");
	assert_string_equal(mipx_mh_type_name(13), "Heartbeat");
	assert_string_equal(mipx_mh_type_name(14), "Handover Initiate");
	assert_string_equal(mipx_mh_type_name(15), "Handover Acknowledge");
	assert_string_equal(mipx_mh_type_name(16), "Binding Revocation");
	assert_string_equal(mipx_mh_type_name(17), "Localized Routing Initiation");
	assert_string_equal(mipx_mh_type_name(18), "Localized Routing Acknowledgment");
	assert_string_equal(mipx_mh_type_name(19), "Update Notification");
	assert_string_equal(mipx_mh_type_name(20), "Update Notification Acknowledgement");
	assert_string_equal(mipx_mh_type_name(21), "Flow Binding");
	assert_string_equal(mipx_mh_type_name(22), "Subscription Query");
	assert_string_equal(mipx_mh_type_name(23), "Subscription Response");
}

/* RFC 5847 5.1: reserved(1), flags U 0x02 R 0x01 (1), sequence (4). */
static void test_heartbeat(void **state)
{
	static const uint8_t hb[16] = {
		0x3b, 0x01, 0x0d, 0x00, 0x00, 0x00, /* len 1 (16 octets), Heartbeat */
		0x00, 0x01,                         /* reserved, R (response) */
		0x89, 0xab, 0xcd, 0xef,             /* sequence */
		0x01, 0x02, 0x00, 0x00,             /* PadN 2 */
	};
	uint8_t buf[16];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	decode_ok(hb, sizeof hb, &mh);
	assert_int_equal(mh.type, MIPX_MH_HB);
	assert_int_equal(mh.hb_sequence, 0x89abcdefu);
	assert_int_equal(mh.flags, MIPX_HB_FLAG_R);
	assert_int_equal(mh.notes, 0);
	assert_int_equal(mh.n_opt, 1);
	/* U and R together are fine; the other six bits are reserved. */
	memcpy(buf, hb, sizeof buf);
	buf[7] = 0x03;
	decode_ok(buf, sizeof buf, &mh);
	assert_int_equal(mh.notes, 0);
	buf[7] = 0x81;
	decode_ok(buf, sizeof buf, &mh);
	assert_int_equal(mh.notes, MIPX_NOTE_RESERVED_NONZERO);
	buf[7] = 0x01;
	buf[6] = 0x10;
	decode_ok(buf, sizeof buf, &mh);
	assert_int_equal(mh.notes, MIPX_NOTE_RESERVED_NONZERO);
	/* Cut inside the sequence number: truncated. */
	assert_int_equal(mipx_mh_decode(hb, 10, &defaults, &mh, &err), MIPX_TRUNCATED);
}

/* RFC 5213 6.9.1.1: a PBU (P flag) with MN-ID, HNP ::/0, Handoff
 * Indicator, Access Technology Type, Timestamp; sequence 0. */
static const uint8_t pbu[64] = {
	0x3b, 0x07, 0x05, 0x00, 0x00, 0x00, /* len 7 (64 octets), BU */
	0x00, 0x00,                         /* sequence 0 */
	0xc2, 0x00,                         /* A | H | P */
	0x00, 0x4b,                         /* lifetime 75 (300 s) */
	0x08, 0x0b, 0x01,                   /* MN-ID, len 11, NAI */
	'm', 'n', '1', '@', 'e', 'x', '.', 'n', 'e', 't',
	0x16, 0x12, 0x00, 0x00,             /* HNP, len 18, rsvd, prefix len 0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0x17, 0x02, 0x00, 0x01,             /* Handoff Indicator 1 */
	0x18, 0x02, 0x00, 0x04,             /* ATT 4 (IEEE 802.11) */
	0x1b, 0x08, 0xe8, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, /* Timestamp */
	0x00,                               /* Pad1 */
};

static void test_pbu(void **state)
{
	struct mipx_mh mh;
	(void)state;

	decode_ok(pbu, sizeof pbu, &mh);
	assert_int_equal(mh.flags, MIPX_BU_FLAG_A | MIPX_BU_FLAG_H | MIPX_BU_FLAG_P);
	/* P is RFC 5213's, not a reserved bit; the default M mask is not set. */
	assert_int_equal(mh.notes, 0);
	assert_false(mh.m_flag);
	assert_true(mipx_mh_is_proxy(&mh));
	assert_false(mipx_mh_is_nemo(&mh));
	assert_int_equal(mh.n_opt, 6);
	assert_int_equal(mh.mn_id_index, 0);
	assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_MN_ID);
	assert_int_equal(mh.opt[0].u.mn_id.subtype, 1);
	assert_int_equal(mh.opt[0].u.mn_id.len, 10);
	assert_memory_equal(mh.opt[0].u.mn_id.id, "mn1@ex.net", 10);
	assert_int_equal(mh.hnp_index, 1);
	assert_int_equal(mh.opt[1].kind, MIPX_MHOPT_KIND_HNP);
	assert_int_equal(mh.opt[1].u.prefix.len, 0);
	assert_int_equal(mh.opt[2].kind, MIPX_MHOPT_KIND_HANDOFF_IND);
	assert_int_equal(mh.opt[2].u.handoff_ind.value, 1);
	assert_int_equal(mh.opt[3].kind, MIPX_MHOPT_KIND_ATT);
	assert_int_equal(mh.opt[3].u.att.value, 4);
	assert_int_equal(mh.timestamp_index, 4);
	assert_int_equal(mh.opt[4].kind, MIPX_MHOPT_KIND_TIMESTAMP);
	assert_true(mh.opt[4].u.timestamp.value == UINT64_C(0xe800000080000000));
	assert_int_equal(mh.opt[5].kind, MIPX_MHOPT_KIND_PAD1);
	assert_string_equal(mipx_mh_opt_name(&mh.opt[1]), "Home Network Prefix");
}

/* A PBU as early PMIPv6 daemons wrote it: no P flag (0x0080 set instead),
 * only an MN Identifier (RFC 4283) of the RFC 5213 options. */
static void test_proxy_by_mn_id(void **state)
{
	static const uint8_t b[24] = {
		0x3b, 0x02, 0x05, 0x00, 0x00, 0x00,
		0x00, 0x00, 0x00, 0x80, 0x00, 0xfa, /* seq 0, 0x0080, 1000 s */
		0x08, 0x0a, 0x00, 0x80, 0x02, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, 0x55,
	};
	struct mipx_mh mh;
	(void)state;

	decode_ok(b, sizeof b, &mh);
	assert_int_equal(mh.mn_id_index, 0);
	assert_true(mipx_mh_is_proxy(&mh));
	assert_false(mipx_mh_is_nemo(&mh));
}

/* RFC 3963 6.1-6.2: a BU with R (0x0400) and a Mobile Network Prefix; a
 * BA with R (0x40). */
static void test_nemo(void **state)
{
	static const uint8_t bu[32] = {
		0x3b, 0x03, 0x05, 0x00, 0x00, 0x00,
		0x00, 0x07, 0xc4, 0x00, 0x00, 0x20, /* seq 7, A H R, lifetime 32 */
		0x06, 0x12, 0x00, 0x40,             /* MNP, len 18, rsvd, /64 */
		0x20, 0x01, 0x0d, 0xb8, 0x00, 0x0a, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0,
	};
	static const uint8_t ba[16] = {
		0x3b, 0x01, 0x06, 0x00, 0x00, 0x00,
		0x00, 0x40, 0x00, 0x07, 0x00, 0x20, /* status 0, R, seq 7 */
		0x01, 0x02, 0x00, 0x00,
	};
	struct mipx_mh mh;
	(void)state;

	decode_ok(bu, sizeof bu, &mh);
	assert_int_equal(mh.notes, 0);
	assert_true(mh.m_flag); /* the mask says so; the MNP says NEMO */
	assert_true(mipx_mh_is_nemo(&mh));
	assert_int_equal(mh.mnp_index, 0);
	assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_MNP);
	assert_int_equal(mh.opt[0].u.prefix.len, 64);
	assert_int_equal(mh.opt[0].u.prefix.prefix[5], 0x0a);
	decode_ok(ba, sizeof ba, &mh);
	assert_int_equal(mh.notes, 0);
	assert_true(mipx_mh_is_nemo(&mh));
	assert_false(mipx_mh_is_proxy(&mh));
}

/* Experimental MH (RFC 5096 3): all opaque; HAS (RFC 5142 5.1): addresses. */
static void test_emh_has(void **state)
{
	uint8_t buf[40];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	memset(buf, 0, sizeof buf);
	buf[0] = 59;
	buf[1] = 1;
	buf[2] = MIPX_MH_EMH;
	buf[6] = 0xfd; /* would be an option type elsewhere */
	decode_ok(buf, 16, &mh);
	assert_int_equal(mh.n_opt, 0);
	assert_int_equal(mh.msg_data_len, 10);
	assert_int_equal(mh.msg_data[0], 0xfd);
	assert_int_equal(mh.notes, 0);

	memset(buf, 0, sizeof buf);
	buf[0] = 59;
	buf[1] = 2;
	buf[2] = MIPX_MH_HAS;
	buf[6] = 1; /* one address */
	memcpy(buf + 8, home6, 16);
	decode_ok(buf, 24, &mh);
	assert_int_equal(mh.n_addresses, 1);
	assert_memory_equal(mh.msg_data, home6, 16);
	assert_int_equal(mh.n_opt, 0);
	buf[6] = 2; /* two do not fit in 24 octets */
	assert_int_equal(mipx_mh_decode(buf, 24, &defaults, &mh, &err), MIPX_INVALID);
	assert_string_equal(err.field, "has.count");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bu_mcoa),
		cmocka_unit_test(test_ba_literal_coainfo),
		cmocka_unit_test(test_ba_refresh_auth),
		cmocka_unit_test(test_brr_coainfo),
		cmocka_unit_test(test_hoti_coti),
		cmocka_unit_test(test_hot_cot),
		cmocka_unit_test(test_be),
		cmocka_unit_test(test_bu_bids),
		cmocka_unit_test(test_unknown_option_kept_raw),
		cmocka_unit_test(test_null_settings_are_defaults),
		cmocka_unit_test(test_trailing_octets),
		cmocka_unit_test(test_payload_proto_is_a_note),
		cmocka_unit_test(test_fixed_len),
		cmocka_unit_test(test_every_registered_type),
		cmocka_unit_test(test_heartbeat),
		cmocka_unit_test(test_pbu),
		cmocka_unit_test(test_proxy_by_mn_id),
		cmocka_unit_test(test_nemo),
		cmocka_unit_test(test_emh_has),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
