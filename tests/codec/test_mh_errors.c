/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Mobility Header failures and notes: truncated at every prefix, invalid
 * lengths and types, the settings (M-flag mask, CoAINFO type) changing the
 * reading, reserved bits as notes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/mip6.h"

static const struct mipx_mip6_settings defaults = MIPX_MIP6_SETTINGS_DEFAULT;

/* BU with M and CoAINFO, Alternate CoA, PadN (the draft's 5.3.1-5.3.2). */
static const uint8_t bu_mcoa[40] = {
	0x3b, 0x04, 0x05, 0x00, 0xad, 0x45,
	0x00, 0x2a, 0x84, 0x00, 0x00, 0x96,
	0xfd, 0x04, 0x01, 0x00, 0x00, 0x00,
	0x03, 0x10, 0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
	0x01, 0x02, 0x00, 0x00,
};

/* BA with literal CoAINFO. */
static const uint8_t ba_np_coa[16] = {
	0x3b, 0x01, 0x06, 0x00, 0x00, 0x00,
	0x01, 0x80, 0x00, 0x2a, 0x00, 0x96,
	0xfd, 0x02, 0x07, 0x03,
};

/* CoTI with CoAINFO and two Pad1. */
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

static const uint8_t be[24] = {
	0x3b, 0x02, 0x07, 0x00, 0x00, 0x00,
	0x01, 0x00,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x10,
};

static const uint8_t brr[8] = { 0x3b, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };

/* BU with three BIDs, Nonce Indices. */
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

static mipx_status decode(const uint8_t *buf, size_t len,
			  const struct mipx_mip6_settings *s,
			  struct mipx_mh *mh, struct mipx_error *err)
{
	memset(err, 0, sizeof *err);
	return mipx_mh_decode(buf, len, s, mh, err);
}

/* Every prefix shorter than the message is truncated at its own end. */
static void check_every_prefix(const uint8_t *buf, size_t len)
{
	struct mipx_mh mh;
	struct mipx_error err;
	size_t n;

	assert_int_equal(decode(buf, len, &defaults, &mh, &err), MIPX_OK);
	for (n = 0; n < len; n++) {
		assert_int_equal(decode(buf, n, &defaults, &mh, &err), MIPX_TRUNCATED);
		assert_int_equal(err.status, MIPX_TRUNCATED);
		assert_int_equal(err.offset, n);
		assert_non_null(err.field);
		assert_non_null(err.reason);
	}
}

static void test_every_truncation_point(void **state)
{
	(void)state;
	check_every_prefix(bu_mcoa, sizeof bu_mcoa);
	check_every_prefix(ba_np_coa, sizeof ba_np_coa);
	check_every_prefix(coti_coainfo, sizeof coti_coainfo);
	check_every_prefix(hot, sizeof hot);
	check_every_prefix(be, sizeof be);
	check_every_prefix(brr, sizeof brr);
	check_every_prefix(bu_bids, sizeof bu_bids);
}

static void test_truncated_keeps_what_was_read(void **state)
{
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	/* Cut inside the Alternate CoA: the fixed part and CoAINFO stand. */
	assert_int_equal(decode(bu_mcoa, 25, &defaults, &mh, &err), MIPX_TRUNCATED);
	assert_int_equal(err.offset, 25);
	assert_int_equal(mh.sequence, 42);
	assert_true(mh.m_flag);
	assert_int_equal(mh.coainfo_index, 0);
	assert_int_equal(mh.opt[0].u.coainfo.ifid, 1);
}

static void test_unknown_type_invalid(void **state)
{
	uint8_t buf[16];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	memcpy(buf, ba_np_coa, sizeof buf);
	buf[2] = 24; /* IANA has assigned 0-23 only */
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_INVALID);
	assert_int_equal(err.offset, 2);
	assert_string_equal(err.field, "mh.type");
	/* Even when the rest is missing: the type octet is there and wrong. */
	assert_int_equal(decode(buf, 6, &defaults, &mh, &err), MIPX_INVALID);
}

static void test_header_len_below_fixed_part(void **state)
{
	struct mipx_mh mh;
	struct mipx_error err;
	uint8_t buf[24];
	(void)state;

	/* BE needs 24 octets: header_len 1 says 16, and the payload ends
	 * at 20: invalid. */
	memcpy(buf, be, sizeof buf);
	buf[1] = 1;
	assert_int_equal(decode(buf, 20, &defaults, &mh, &err), MIPX_INVALID);
	assert_string_equal(err.field, "mh.header_len");
	assert_int_equal(err.offset, 1);
	/* The same with the 24 octets there: read, the length noted (RFC
	 * 6275 6.1.1; Wireshark reads it too). */
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_true(mh.notes & MIPX_NOTE_MH_LEN_SHORT);
	assert_int_equal(mh.length, 16);
	assert_int_equal(mh.n_opt, 0);
	/* BU needs 12: header_len 0 says 8. */
	memcpy(buf, bu_mcoa, sizeof buf);
	buf[1] = 0;
	assert_int_equal(decode(buf, 11, &defaults, &mh, &err), MIPX_INVALID);
	assert_string_equal(err.field, "mh.header_len");
}

/* ns-3's BU: Header Len 0 under the 12-octet fixed part, then (in the IPv6
 * payload, after the MH) its Home Address destination option header.  The
 * fixed part is read; what follows is neither options nor decoded. */
static void test_header_len_zero_bu_read(void **state)
{
	static const uint8_t b[36] = {
		0x3b, 0x00, 0x05, 0x00, 0x00, 0x00, /* Header Len 0, checksum 0 */
		0x00, 0x01, 0xf0, 0x00, 0xff, 0xfc, /* seq 1, A H L K, lifetime */
		0x3b, 0x02, 0xc9, 0x10,             /* Destination Options, HoA */
		0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x09,
		0x01, 0x02, 0x00, 0x00,             /* PadN */
	};
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	assert_int_equal(decode(b, sizeof b, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.type, MIPX_MH_BU);
	assert_int_equal(mh.sequence, 1);
	assert_int_equal(mh.flags, 0xf000);
	assert_int_equal(mh.lifetime, 0xfffc);
	assert_int_equal(mh.n_opt, 0);
	assert_int_equal(mh.notes, MIPX_NOTE_MH_LEN_SHORT | MIPX_NOTE_TRAILING_OCTETS);
	assert_int_equal(decode(b, 12, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.notes, MIPX_NOTE_MH_LEN_SHORT);
}

static void test_header_len_below_fixed_part_hot(void **state)
{
	struct mipx_mh mh;
	struct mipx_error err;
	uint8_t buf[24];
	(void)state;

	/* HoT with 16: invalid, not truncated, though the buffer is short too. */
	memcpy(buf, hot, sizeof buf);
	buf[1] = 1;
	assert_int_equal(decode(buf, 10, &defaults, &mh, &err), MIPX_INVALID);
}

/*
 * A BU whose only option is (type, length) followed by length zero octets,
 * the MH long enough to hold it.
 */
static size_t bu_with_option(uint8_t *buf, uint8_t type, uint8_t length)
{
	size_t total = 12 + 2 + (size_t)length;

	total = (total + 7) / 8 * 8;
	memset(buf, 0, total);
	buf[0] = 59;
	buf[1] = (uint8_t)(total / 8 - 1);
	buf[2] = MIPX_MH_BU;
	buf[12] = type;
	buf[13] = length;
	return total;
}

static void check_lengths(uint8_t type, const char *field, const uint8_t *valid,
			  size_t n_valid, const struct mipx_mip6_settings *s)
{
	uint8_t buf[280];
	struct mipx_mh mh;
	struct mipx_error err;
	unsigned length;

	for (length = 0; length < 256; length++) {
		size_t total = bu_with_option(buf, type, (uint8_t)length);
		bool ok = memchr(valid, (int)length, n_valid) != NULL;
		mipx_status st = decode(buf, total, s, &mh, &err);

		if (ok) {
			assert_int_equal(st, MIPX_OK);
		} else {
			assert_int_equal(st, MIPX_INVALID);
			assert_string_equal(err.field, field);
			assert_int_equal(err.offset, 13);
		}
	}
}

static void test_every_invalid_option_length(void **state)
{
	static const uint8_t ra[] = { 2 }, alt[] = { 16 }, nonce[] = { 4 },
			     ci[] = { 2, 4 }, bid[] = { 4, 8, 20 };
	struct mipx_mip6_settings s = MIPX_MIP6_SETTINGS_DEFAULT;
	(void)state;

	check_lengths(MIPX_MHOPT_REFRESH_ADVICE, "refresh_advice.length", ra, 1, &defaults);
	check_lengths(MIPX_MHOPT_ALT_COA, "alt_coa.length", alt, 1, &defaults);
	check_lengths(MIPX_MHOPT_NONCE_INDICES, "nonce_indices.length", nonce, 1, &defaults);
	check_lengths(MIPX_MHOPT_COAINFO_DEFAULT, "coainfo.length", ci, 2, &defaults);
	check_lengths(MIPX_MHOPT_BID, "bid.length", bid, 3, &defaults);
	s.coainfo_type = 200;
	check_lengths(200, "coainfo.length", ci, 2, &s);
}

/* The registry's options (RFC 3963 6.2, RFC 4283 3, RFC 5213 8.3-8.8,
 * RFC 5555, RFC 5844, RFC 5845 3.1; Wireshark's packet-mip6.c lengths). */
static void test_registered_option_lengths(void **state)
{
	static const uint8_t l2[] = { 2 }, l4[] = { 4 }, l6[] = { 6 }, l8[] = { 8 },
			     l16[] = { 16 }, l18[] = { 18 }, gre[] = { 2, 6 };
	uint8_t mn_id[254];
	(void)state;

	for (unsigned i = 0; i < sizeof mn_id; i++)
		mn_id[i] = (uint8_t)(i + 2);
	check_lengths(MIPX_MHOPT_MNP, "mnp.length", l18, 1, &defaults);
	check_lengths(MIPX_MHOPT_HNP, "hnp.length", l18, 1, &defaults);
	check_lengths(MIPX_MHOPT_MN_ID, "mn_id.length", mn_id, sizeof mn_id, &defaults);
	check_lengths(MIPX_MHOPT_HANDOFF_IND, "handoff_indicator.length", l2, 1, &defaults);
	check_lengths(MIPX_MHOPT_ATT, "att.length", l2, 1, &defaults);
	check_lengths(26, "link_local.length", l16, 1, &defaults);
	check_lengths(MIPX_MHOPT_TIMESTAMP, "timestamp.length", l8, 1, &defaults);
	check_lengths(MIPX_MHOPT_RESTART_COUNTER, "restart_counter.length", l4, 1, &defaults);
	check_lengths(29, "ipv4_hoa.length", l6, 1, &defaults);
	check_lengths(30, "ipv4_aa.length", l6, 1, &defaults);
	check_lengths(31, "nat_detection.length", l6, 1, &defaults);
	check_lengths(32, "ipv4_coa.length", l6, 1, &defaults);
	check_lengths(33, "gre_key.length", gre, 2, &defaults);
	check_lengths(39, "ipv4_dsm.length", l2, 1, &defaults);
	check_lengths(50, "mn_group_id.length", l6, 1, &defaults);
}

/* Registered options without a fixed length are kept raw, unnoted. */
static void test_registered_option_any_length(void **state)
{
	static const uint8_t types[] = { 9, 17, 19, 20, 25, 40, 52, 55 };
	uint8_t buf[280];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	for (unsigned t = 0; t < sizeof types; t++)
		for (unsigned length = 0; length < 256; length += 17) {
			size_t total = bu_with_option(buf, types[t], (uint8_t)length);

			assert_int_equal(decode(buf, total, &defaults, &mh, &err), MIPX_OK);
			assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_REGISTERED);
			assert_int_equal(mh.opt[0].length, length);
			assert_int_equal(mh.notes & MIPX_NOTE_UNKNOWN_EXTENSION, 0);
		}
}

static void test_any_length_for_auth_padn_unknown(void **state)
{
	uint8_t buf[280];
	struct mipx_mh mh;
	struct mipx_error err;
	unsigned length;
	(void)state;

	for (length = 0; length < 256; length++) {
		size_t total = bu_with_option(buf, MIPX_MHOPT_AUTH_DATA, (uint8_t)length);

		assert_int_equal(decode(buf, total, &defaults, &mh, &err), MIPX_OK);
		assert_int_equal(mh.opt[0].u.auth.len, length);
		total = bu_with_option(buf, MIPX_MHOPT_PADN, (uint8_t)length);
		assert_int_equal(decode(buf, total, &defaults, &mh, &err), MIPX_OK);
		total = bu_with_option(buf, 77, (uint8_t)length);
		assert_int_equal(decode(buf, total, &defaults, &mh, &err), MIPX_OK);
		assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_UNKNOWN);
	}
}

static void test_option_past_mh_end(void **state)
{
	uint8_t buf[24];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	/* 16-octet MH: auth data of 10 needs 24.  The buffer has 24 octets,
	 * so the octets are there but outside the MH: invalid. */
	memset(buf, 0, sizeof buf);
	buf[0] = 59;
	buf[1] = 1;
	buf[2] = MIPX_MH_BU;
	buf[12] = MIPX_MHOPT_AUTH_DATA;
	buf[13] = 10;
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_INVALID);
	assert_string_equal(err.field, "option.length");
	assert_int_equal(err.offset, 13);
	assert_int_equal(decode(buf, 16, &defaults, &mh, &err), MIPX_INVALID);
	/* The buffer stops inside the MH: truncated. */
	assert_int_equal(decode(buf, 15, &defaults, &mh, &err), MIPX_TRUNCATED);
	assert_int_equal(err.offset, 15);

	/* An option type in the MH's last octet has no length octet. */
	buf[1] = 1;
	memset(buf + 12, 0, 12);
	buf[15] = MIPX_MHOPT_ALT_COA;
	assert_int_equal(decode(buf, 16, &defaults, &mh, &err), MIPX_INVALID);
	assert_string_equal(err.field, "option.length");
	assert_int_equal(err.offset, 15);
}

static void test_too_many_options(void **state)
{
	uint8_t buf[48];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	/* 36 Pad1 after a BU: more than MIPX_MH_MAX_OPTIONS. */
	memset(buf, 0, sizeof buf);
	buf[0] = 59;
	buf[1] = 5;
	buf[2] = MIPX_MH_BU;
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_INVALID);
	assert_string_equal(err.field, "mh.options");
	assert_int_equal(err.offset, 12 + MIPX_MH_MAX_OPTIONS);
	/* Exactly 32 fit: 28 Pad1 then 4 PadN of 0 fill the same 36 octets. */
	for (int i = 0; i < 4; i++)
		buf[40 + 2 * i] = MIPX_MHOPT_PADN;
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.n_opt, MIPX_MH_MAX_OPTIONS);
	assert_int_equal(mh.opt[31].kind, MIPX_MHOPT_KIND_PADN);
	assert_int_equal(mh.opt[31].offset, 46);
}

static void test_m_flag_mask_setting(void **state)
{
	struct mipx_mip6_settings rfc5380 = { MIPX_MHOPT_COAINFO_DEFAULT, 0x0800 };
	uint8_t buf[40];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	memcpy(buf, bu_mcoa, sizeof buf);
	/* 0x8400 under the default mask: M. */
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_true(mh.m_flag);
	assert_int_equal(mh.notes & MIPX_NOTE_RESERVED_NONZERO, 0);
	/* Under mask 0x0800: not M, and 0x0400 is NEMO's R (RFC 3963 6.1),
	 * an assigned bit, not a reserved one. */
	assert_int_equal(decode(buf, sizeof buf, &rfc5380, &mh, &err), MIPX_OK);
	assert_false(mh.m_flag);
	assert_int_equal(mh.notes, 0);
	/* 0x8800: the draft's R under the default mask, M under 0x0800. */
	buf[8] = 0x88;
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_false(mh.m_flag);
	assert_int_equal(mh.notes, 0);
	assert_int_equal(decode(buf, sizeof buf, &rfc5380, &mh, &err), MIPX_OK);
	assert_true(mh.m_flag);
	assert_int_equal(mh.notes, 0);
	/* M is a BU flag only: a BA's flag octet never sets it. */
	assert_int_equal(decode(ba_np_coa, sizeof ba_np_coa, &defaults, &mh, &err), MIPX_OK);
	assert_false(mh.m_flag);
}

static void test_coainfo_type_setting(void **state)
{
	struct mipx_mip6_settings s = MIPX_MIP6_SETTINGS_DEFAULT;
	uint8_t buf[40];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	memcpy(buf, bu_mcoa, sizeof buf);
	buf[12] = 200;
	/* By default type 200 is nobody's: kept raw. */
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.coainfo_index, -1);
	assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_UNKNOWN);
	assert_int_equal(mh.notes, MIPX_NOTE_UNKNOWN_EXTENSION);
	/* Configured as 200: CoAINFO. */
	s.coainfo_type = 200;
	assert_int_equal(decode(buf, sizeof buf, &s, &mh, &err), MIPX_OK);
	assert_int_equal(mh.coainfo_index, 0);
	assert_int_equal(mh.opt[0].u.coainfo.ifid, 1);
	assert_int_equal(mh.notes, 0);
	/* And 253 is then unknown. */
	assert_int_equal(decode(bu_mcoa, sizeof bu_mcoa, &s, &mh, &err), MIPX_OK);
	assert_int_equal(mh.coainfo_index, -1);
	assert_int_equal(mh.notes, MIPX_NOTE_UNKNOWN_EXTENSION);
}

static void test_coainfo_type_collision(void **state)
{
	struct mipx_mip6_settings s = MIPX_MIP6_SETTINGS_DEFAULT;
	uint8_t buf[40];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	/* CoAINFO configured as 3 wins over Alternate CoA: a length-4 option
	 * 3 is CoAINFO, and the Alternate CoA of length 16 is then a bad
	 * CoAINFO. */
	memcpy(buf, bu_mcoa, sizeof buf);
	buf[12] = 3;
	s.coainfo_type = 3;
	assert_int_equal(decode(buf, sizeof buf, &s, &mh, &err), MIPX_INVALID);
	assert_string_equal(err.field, "coainfo.length");
	assert_int_equal(err.offset, 19);
	/* As 35, it wins over the Binding Identifier. */
	s.coainfo_type = 35;
	buf[12] = 35;
	buf[18] = 1; /* the Alternate CoA becomes PadN of 16 */
	assert_int_equal(decode(buf, sizeof buf, &s, &mh, &err), MIPX_OK);
	assert_int_equal(mh.opt[0].kind, MIPX_MHOPT_KIND_COAINFO);
	assert_int_equal(mh.bid_index, -1);
	assert_int_equal(mh.coainfo_index, 0);
	/* Padding is never CoAINFO, whatever the setting. */
	s.coainfo_type = 0;
	assert_int_equal(decode(coti_coainfo, sizeof coti_coainfo, &s, &mh, &err), MIPX_OK);
	assert_int_equal(mh.opt[1].kind, MIPX_MHOPT_KIND_PAD1);
}

static void test_reserved_notes(void **state)
{
	uint8_t buf[40];
	struct mipx_mh mh;
	struct mipx_error err;
	(void)state;

	/* MH reserved octet. */
	memcpy(buf, bu_mcoa, sizeof buf);
	buf[3] = 1;
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.reserved, 1);
	assert_int_equal(mh.notes, MIPX_NOTE_RESERVED_NONZERO);
	/* Each of the BU's 6 reserved bits: IANA assigned 0x8000-0x0040. */
	for (unsigned bit = 0; bit < 6; bit++) {
		memcpy(buf, bu_mcoa, sizeof buf);
		buf[8] = (uint8_t)(buf[8] | ((1u << bit) >> 8));
		buf[9] = (uint8_t)(buf[9] | (1u << bit));
		assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
		assert_int_equal(mh.notes, MIPX_NOTE_RESERVED_NONZERO);
	}
	/* A H L K M R P F T B are flags, not reserved bits. */
	memcpy(buf, bu_mcoa, sizeof buf);
	buf[8] = 0xff;
	buf[9] = 0xc0;
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.notes, 0);
	/* ... under the other M mask too. */
	{
		struct mipx_mip6_settings rfc5380 = { MIPX_MHOPT_COAINFO_DEFAULT, 0x0800 };

		assert_int_equal(decode(buf, sizeof buf, &rfc5380, &mh, &err), MIPX_OK);
		assert_int_equal(mh.notes, 0);
	}
	/* CoAINFO reserved. */
	memcpy(buf, bu_mcoa, sizeof buf);
	buf[17] = 0x01;
	assert_int_equal(decode(buf, sizeof buf, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.opt[0].u.coainfo.reserved, 1);
	assert_int_equal(mh.notes, MIPX_NOTE_RESERVED_NONZERO);
	/* BA flag octet bits other than K. */
	memcpy(buf, ba_np_coa, 16);
	buf[7] = 0x81;
	assert_int_equal(decode(buf, 16, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.notes, MIPX_NOTE_RESERVED_NONZERO | MIPX_NOTE_COAINFO_LITERAL);
	/* BA flags K R P T B (0xf8) are assigned; 0x07 is reserved. */
	memcpy(buf, ba_np_coa, 16);
	buf[7] = 0xf8;
	assert_int_equal(decode(buf, 16, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.notes, MIPX_NOTE_COAINFO_LITERAL);
	buf[7] = 0x04;
	assert_int_equal(decode(buf, 16, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.notes, MIPX_NOTE_RESERVED_NONZERO | MIPX_NOTE_COAINFO_LITERAL);
	/* BE reserved octet, BRR reserved field. */
	memcpy(buf, be, 24);
	buf[7] = 0x10;
	assert_int_equal(decode(buf, 24, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.msg_reserved, 0x10);
	assert_int_equal(mh.notes, MIPX_NOTE_RESERVED_NONZERO);
	memcpy(buf, brr, 8);
	buf[6] = 0x80;
	assert_int_equal(decode(buf, 8, &defaults, &mh, &err), MIPX_OK);
	assert_int_equal(mh.msg_reserved, 0x8000);
	assert_int_equal(mh.notes, MIPX_NOTE_RESERVED_NONZERO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_truncation_point),
		cmocka_unit_test(test_truncated_keeps_what_was_read),
		cmocka_unit_test(test_unknown_type_invalid),
		cmocka_unit_test(test_header_len_below_fixed_part),
		cmocka_unit_test(test_header_len_zero_bu_read),
		cmocka_unit_test(test_header_len_below_fixed_part_hot),
		cmocka_unit_test(test_every_invalid_option_length),
		cmocka_unit_test(test_registered_option_lengths),
		cmocka_unit_test(test_registered_option_any_length),
		cmocka_unit_test(test_any_length_for_auth_padn_unknown),
		cmocka_unit_test(test_option_past_mh_end),
		cmocka_unit_test(test_too_many_options),
		cmocka_unit_test(test_m_flag_mask_setting),
		cmocka_unit_test(test_coainfo_type_setting),
		cmocka_unit_test(test_coainfo_type_collision),
		cmocka_unit_test(test_reserved_notes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
