/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx_packet_decode: frames made with the message encoders and the frame
 * encoder, decoded in one call; the mobile node's addresses of an MH, the MH
 * checksum rule, and error offsets counted from the start of the frame.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/packet.h"

static const uint8_t V6_COA[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10 };
static const uint8_t V6_HA[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01 };
static const uint8_t V6_HOA[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0xaa, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x77 };
static const uint8_t V6_ALT[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0xcc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x42 };

static struct mipx_packet pk;
static struct mipx_error er;
static uint8_t frame[512];
static size_t frame_len;

static void encode_frame(const struct mipx_frame_spec *s, const uint8_t *payload, size_t len)
{
	assert_int_equal(mipx_frame_encode(s, payload, len, frame, sizeof frame, &frame_len, &er), MIPX_OK);
}

static struct mipx_frame_spec spec(int lt, enum mipx_payload_kind kind)
{
	struct mipx_frame_spec s;
	memset(&s, 0, sizeof s);
	s.linktype = lt;
	s.kind = kind;
	if (kind == MIPX_PAYLOAD_MH) {
		s.src = mipx_addr_v6(V6_COA);
		s.dst = mipx_addr_v6(V6_HA);
	} else {
		s.src = mipx_addr_v4(0x0a030001);
		s.dst = mipx_addr_v4(0x0a020001);
		s.sport = 434;
		s.dport = 434;
	}
	return s;
}

static size_t registration_request(uint8_t *out, size_t cap)
{
	struct mipx_mip4_msg m;
	size_t len;
	memset(&m, 0, sizeof m);
	m.type = MIPX_MIP4_REG_REQUEST;
	m.flags = MIPX_REG_FLAG_R;
	m.lifetime = 300;
	m.home_address = 0x0a010005;
	m.registrar = 0x0a020001;
	m.care_of = 0x0a030001;
	m.identification = 0x0102030405060708ull;
	assert_int_equal(mipx_mip4_encode(&m, out, cap, &len, &er), MIPX_OK);
	return len;
}

static void test_mip4(void **state)
{
	uint8_t msg[64];
	size_t len = registration_request(msg, sizeof msg);
	struct mipx_frame_spec s = spec(1, MIPX_PAYLOAD_MIP4);
	(void)state;
	encode_frame(&s, msg, len);
	assert_int_equal(mipx_packet_decode(1, frame, frame_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_MIP4);
	assert_int_equal(pk.msg.mip4.type, MIPX_MIP4_REG_REQUEST);
	assert_int_equal(pk.msg.mip4.flags, MIPX_REG_FLAG_R);
	assert_int_equal(pk.msg.mip4.lifetime, 300);
	assert_int_equal(pk.msg.mip4.home_address, 0x0a010005);
	assert_int_equal(pk.msg.mip4.registrar, 0x0a020001);
	assert_int_equal(pk.msg.mip4.care_of, 0x0a030001);
	assert_int_equal(pk.msg.mip4.identification, 0x0102030405060708ull);
	assert_int_equal(pk.msg.mip4.n_ext, 0);
}

static void test_mip4_errors_rebased(void **state)
{
	uint8_t msg[64];
	size_t len = registration_request(msg, sizeof msg);
	struct mipx_frame_spec s = spec(113, MIPX_PAYLOAD_MIP4);
	size_t at = 16 + 20 + 8;
	(void)state;
	/* Cut inside the message: truncated at the end of the capture. */
	encode_frame(&s, msg, len);
	assert_int_equal(mipx_packet_decode(113, frame, frame_len - 3, NULL, &pk, &er), MIPX_TRUNCATED);
	assert_int_equal(er.offset, frame_len - 3);
	assert_true(pk.frame.payload_cut);
	assert_int_equal(pk.frame.payload_offset, at);

	/* An unknown message type: invalid at its octet, counted from the frame. */
	msg[0] = 99;
	encode_frame(&s, msg, len);
	assert_int_equal(mipx_packet_decode(113, frame, frame_len, NULL, &pk, &er), MIPX_INVALID);
	assert_int_equal(er.offset, at);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_MIP4);

	/* Frame errors come through untouched. */
	assert_int_equal(mipx_packet_decode(113, frame, 10, NULL, &pk, &er), MIPX_TRUNCATED);
	assert_int_equal(er.offset, 10);
}

static void test_agent_adv(void **state)
{
	uint8_t routers[8] = { 10, 2, 0, 1, 0, 0, 0, 0 };
	uint8_t msg[64];
	size_t len;
	struct mipx_agent_adv adv;
	struct mipx_frame_spec s = spec(276, MIPX_PAYLOAD_AGENT_ADV);
	(void)state;
	memset(&adv, 0, sizeof adv);
	adv.icmp_type = 9;
	adv.num_addrs = 1;
	adv.addr_entry_size = 2;
	adv.lifetime = 1800;
	adv.router_addrs = routers;
	assert_int_equal(mipx_agent_adv_encode(&adv, msg, sizeof msg, &len, &er), MIPX_OK);
	encode_frame(&s, msg, len);
	assert_int_equal(mipx_packet_decode(276, frame, frame_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_AGENT_ADV);
	assert_int_equal(pk.frame.notes, 0);
	assert_int_equal(pk.msg.adv.icmp_type, 9);
	assert_int_equal(pk.msg.adv.num_addrs, 1);
	assert_int_equal(pk.msg.adv.lifetime, 1800);
	assert_int_equal(mipx_agent_adv_router(&pk.msg.adv, 0, NULL), 0x0a020001);
}

static size_t make_mh(uint8_t type, bool alt_coa, uint8_t *out, size_t cap)
{
	struct mipx_mh mh;
	size_t len;
	memset(&mh, 0, sizeof mh);
	mh.payload_proto = 59;
	mh.type = type;
	mh.sequence = 7;
	mh.lifetime = 100;
	if (type == MIPX_MH_BU)
		mh.flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_H;
	if (alt_coa) {
		mh.opt[0].kind = MIPX_MHOPT_KIND_ALT_COA;
		memcpy(mh.opt[0].u.alt_coa.address, V6_ALT, 16);
		mh.n_opt = 1;
	}
	assert_int_equal(mipx_mh_pad(&mh, &er), MIPX_OK);
	assert_int_equal(mipx_mh_encode(&mh, NULL, out, cap, &len, &er), MIPX_OK);
	return len;
}

static void test_bu_with_hao_and_alt_coa(void **state)
{
	uint8_t mh[128];
	size_t len = make_mh(MIPX_MH_BU, true, mh, sizeof mh);
	struct mipx_frame_spec s = spec(1, MIPX_PAYLOAD_MH);
	(void)state;
	s.has_home_address_option = true;
	memcpy(s.home_address_option, V6_HOA, 16);
	encode_frame(&s, mh, len);
	assert_int_equal(mipx_packet_decode(1, frame, frame_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_MH);
	assert_int_equal(pk.msg.mh.type, MIPX_MH_BU);
	assert_int_equal(pk.msg.mh.sequence, 7);
	assert_true(pk.mh_checksum_ok);
	assert_memory_equal(pk.mn_home_address, V6_HOA, 16);
	assert_memory_equal(pk.bu_care_of, V6_ALT, 16);

	/* One flipped bit (in the lifetime) and the checksum no longer holds. */
	frame[pk.frame.payload_offset + 11] ^= 1;
	assert_int_equal(mipx_packet_decode(1, frame, frame_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.msg.mh.lifetime, 101);
	assert_false(pk.mh_checksum_ok);
}

static void test_bu_plain(void **state)
{
	uint8_t mh[128];
	size_t len = make_mh(MIPX_MH_BU, false, mh, sizeof mh);
	struct mipx_frame_spec s = spec(12, MIPX_PAYLOAD_MH);
	(void)state;
	encode_frame(&s, mh, len);
	assert_int_equal(mipx_packet_decode(12, frame, frame_len, NULL, &pk, &er), MIPX_OK);
	assert_true(pk.mh_checksum_ok);
	/* No HAO: the source is the home address and the care-of address. */
	assert_memory_equal(pk.mn_home_address, V6_COA, 16);
	assert_memory_equal(pk.bu_care_of, V6_COA, 16);
	/* Cut: the checksum cannot be judged. */
	assert_int_equal(mipx_packet_decode(12, frame, frame_len - 1, NULL, &pk, &er), MIPX_TRUNCATED);
	assert_false(pk.mh_checksum_ok);
	assert_int_equal(er.offset, frame_len - 1);
}

static void test_ba_to_mobile_node(void **state)
{
	static const uint8_t zero[16];
	uint8_t mh[128];
	size_t len = make_mh(MIPX_MH_BA, false, mh, sizeof mh);
	struct mipx_frame_spec s = spec(0, MIPX_PAYLOAD_MH);
	(void)state;
	/* HA to MN away from home: dst is the care-of address, RH2 the home address. */
	s.src = mipx_addr_v6(V6_HA);
	s.dst = mipx_addr_v6(V6_COA);
	s.has_rh2 = true;
	memcpy(s.rh2_address, V6_HOA, 16);
	encode_frame(&s, mh, len);
	assert_int_equal(mipx_packet_decode(0, frame, frame_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.msg.mh.type, MIPX_MH_BA);
	assert_true(pk.mh_checksum_ok);
	assert_memory_equal(pk.mn_home_address, V6_HOA, 16);
	assert_memory_equal(pk.bu_care_of, zero, 16);

	/* At home (no RH2): the destination is the home address. */
	s.has_rh2 = false;
	s.dst = mipx_addr_v6(V6_HOA);
	encode_frame(&s, mh, len);
	assert_int_equal(mipx_packet_decode(0, frame, frame_len, NULL, &pk, &er), MIPX_OK);
	assert_true(pk.mh_checksum_ok);
	assert_memory_equal(pk.mn_home_address, V6_HOA, 16);
}

static void test_mh_invalid_rebased(void **state)
{
	uint8_t mh[128];
	size_t len = make_mh(MIPX_MH_BU, false, mh, sizeof mh);
	struct mipx_frame_spec s = spec(1, MIPX_PAYLOAD_MH);
	(void)state;
	mh[2] = 200; /* an MH type nobody defined */
	encode_frame(&s, mh, len);
	assert_int_equal(mipx_packet_decode(1, frame, frame_len, NULL, &pk, &er), MIPX_INVALID);
	assert_true(er.offset >= 14 + 40);
	assert_true(er.offset < frame_len);
	assert_int_equal(pk.frame.payload_offset, 14 + 40);
}

static void test_nothing_of_ours(void **state)
{
	uint8_t msg[8] = { 0 };
	struct mipx_frame_spec s = spec(1, MIPX_PAYLOAD_MIP4);
	(void)state;
	s.sport = 53;
	s.dport = 53;
	encode_frame(&s, msg, sizeof msg);
	assert_int_equal(mipx_packet_decode(1, frame, frame_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_NONE);
	assert_false(pk.mh_checksum_ok);
	assert_int_equal(mipx_packet_decode(999, frame, frame_len, NULL, &pk, &er), MIPX_INVALID);
	assert_string_equal(er.field, "linktype");
}

/* A request with two Care-of Address extensions (8 octets each). */
static size_t request_with_two_exts(uint8_t *out, size_t cap)
{
	struct mipx_mip4_msg m;
	size_t len;
	memset(&m, 0, sizeof m);
	m.type = MIPX_MIP4_REG_REQUEST;
	m.flags = MIPX_REG_FLAG_R;
	m.lifetime = 300;
	m.home_address = 0x0a010005;
	m.registrar = 0x0a020001;
	m.care_of = 0x0a030001;
	m.identification = 7;
	m.n_ext = 2;
	m.ext[0].type = m.ext[1].type = MIPX_EXT_CARE_OF;
	m.ext[0].u.care_of.address = 0x0a0b0c01;
	m.ext[1].u.care_of.address = 0x0a0b0c02;
	assert_int_equal(mipx_mip4_encode(&m, out, cap, &len, &er), MIPX_OK);
	assert_int_equal(len, 24 + 8 + 8);
	return len;
}

/* Cut by the capture: the fixed part and the extensions before the cut
 * are handed back with MIPX_TRUNCATED, and the packet says it is a cut. */
static void test_mip4_cut_by_capture(void **state)
{
	uint8_t msg[64];
	size_t len = request_with_two_exts(msg, sizeof msg);
	struct mipx_frame_spec s = spec(1, MIPX_PAYLOAD_MIP4);
	size_t start;
	(void)state;
	encode_frame(&s, msg, len);
	start = frame_len - len;

	/* inside the second extension */
	assert_int_equal(mipx_packet_decode(1, frame, start + 24 + 8 + 3, NULL, &pk, &er),
			 MIPX_TRUNCATED);
	assert_int_equal(er.offset, start + 24 + 8 + 3);
	assert_true(pk.frame.payload_cut);
	assert_true(pk.cut);
	assert_true(pk.cut_fixed_ok);
	assert_true(pk.msg.mip4.notes & MIPX_NOTE_CUT);
	assert_int_equal(pk.msg.mip4.n_ext, 1);
	assert_int_equal(pk.msg.mip4.ext[0].u.care_of.address, 0x0a0b0c01);
	assert_int_equal(pk.msg.mip4.identification, 7);

	/* exactly at an extension's end: whole as far as it goes, still cut */
	assert_int_equal(mipx_packet_decode(1, frame, start + 24 + 8, NULL, &pk, &er), MIPX_OK);
	assert_true(pk.cut);
	assert_true(pk.cut_fixed_ok);
	assert_true(pk.msg.mip4.notes & MIPX_NOTE_CUT);
	assert_int_equal(pk.msg.mip4.n_ext, 1);

	/* inside the fixed part: cut, but nothing to model */
	assert_int_equal(mipx_packet_decode(1, frame, start + 10, NULL, &pk, &er), MIPX_TRUNCATED);
	assert_true(pk.cut);
	assert_false(pk.cut_fixed_ok);

	/* whole: not cut */
	assert_int_equal(mipx_packet_decode(1, frame, frame_len, NULL, &pk, &er), MIPX_OK);
	assert_false(pk.cut);
	assert_false(pk.msg.mip4.notes & MIPX_NOTE_CUT);
}

/* The datagram ends where the capture does, and an extension's length runs
 * past it: malformed, not cut. */
static void test_mip4_truncated_not_cut(void **state)
{
	uint8_t msg[64];
	size_t len = request_with_two_exts(msg, sizeof msg);
	struct mipx_frame_spec s = spec(1, MIPX_PAYLOAD_MIP4);
	(void)state;
	msg[24 + 8] = MIPX_EXT_NAI; /* the second extension: an NAI ... */
	msg[24 + 8 + 1] = 20;       /* ... that claims 20 octets */
	encode_frame(&s, msg, len);
	assert_int_equal(mipx_packet_decode(1, frame, frame_len, NULL, &pk, &er), MIPX_TRUNCATED);
	assert_false(pk.frame.payload_cut);
	assert_false(pk.cut);
	assert_false(pk.cut_fixed_ok);
	assert_false(pk.msg.mip4.notes & MIPX_NOTE_CUT);
	assert_int_equal(pk.msg.mip4.n_ext, 1); /* the first still stands */
}

/* A BU cut in its options: fixed part, addresses and the options before
 * the cut; an MH whose length runs past the IP payload is malformed. */
static void test_mh_cut_by_capture(void **state)
{
	uint8_t mh[128];
	size_t len = make_mh(MIPX_MH_BU, true, mh, sizeof mh);
	struct mipx_frame_spec s = spec(1, MIPX_PAYLOAD_MH);
	size_t start;
	(void)state;
	s.has_home_address_option = true;
	memcpy(s.home_address_option, V6_HOA, 16);
	encode_frame(&s, mh, len);
	start = frame_len - len;
	assert_int_equal(mipx_packet_decode(1, frame, frame_len - 3, NULL, &pk, &er), MIPX_TRUNCATED);
	assert_true(pk.cut);
	assert_true(pk.cut_fixed_ok);
	assert_true(pk.msg.mh.notes & MIPX_NOTE_CUT);
	assert_int_equal(pk.msg.mh.sequence, 7);
	assert_memory_equal(pk.mn_home_address, V6_HOA, 16);
	assert_false(pk.mh_checksum_ok);

	/* inside the BU's fixed part */
	assert_int_equal(mipx_packet_decode(1, frame, start + 8, NULL, &pk, &er), MIPX_TRUNCATED);
	assert_true(pk.cut);
	assert_false(pk.cut_fixed_ok);

	/* the MH says more than the IP payload has: not a cut */
	frame[start + 1] += 4;
	assert_int_equal(mipx_packet_decode(1, frame, frame_len - 3, NULL, &pk, &er), MIPX_TRUNCATED);
	assert_false(pk.cut);
	assert_false(pk.msg.mh.notes & MIPX_NOTE_CUT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mip4),
		cmocka_unit_test(test_mip4_errors_rebased),
		cmocka_unit_test(test_agent_adv),
		cmocka_unit_test(test_bu_with_hao_and_alt_coa),
		cmocka_unit_test(test_bu_plain),
		cmocka_unit_test(test_ba_to_mobile_node),
		cmocka_unit_test(test_mh_invalid_rebased),
		cmocka_unit_test(test_nothing_of_ours),
		cmocka_unit_test(test_mip4_cut_by_capture),
		cmocka_unit_test(test_mip4_truncated_not_cut),
		cmocka_unit_test(test_mh_cut_by_capture),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
