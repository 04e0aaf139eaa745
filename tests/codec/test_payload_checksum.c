/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The checksum record of a Mobile IP payload (frame.checksum): UDP, ICMP and
 * MH judged good or bad, the value that belongs in the field, and the
 * pseudo-header sum a host that leaves the checksum to its NIC writes there.
 * The expected values are checked against the frame encoder, which computes
 * them by another path (mipx_inet_sum).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "frame_fixture.h"
#include "mipx/packet.h"


static struct mipx_packet pk;
static struct mipx_error er;
static uint8_t frame[512];
static size_t frame_len;

static uint16_t get16(size_t at)
{
	return (uint16_t)(frame[at] << 8 | frame[at + 1]);
}

static void put16(size_t at, uint16_t v)
{
	frame[at] = (uint8_t)(v >> 8);
	frame[at + 1] = (uint8_t)v;
}

static void decode(mipx_status want)
{
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, frame, frame_len, NULL, &pk, &er), want);
}

/* A Registration Request in UDP over IPv4, raw IP: UDP checksum at 26. */
static void registration_frame(void)
{
	frame_len = fixture_registration_frame(0x0102030405060708ull, frame, sizeof frame);
}

#define UDP4_CHECKSUM_AT 26

/* The sum of the IPv4 pseudo-header of the registration frame, by hand:
 * source, destination, protocol 17, UDP length. */
static uint16_t udp4_pseudo(void)
{
	uint32_t sum = 0x0a03 + 0x0001 + 0x0a02 + 0x0001 + 17 + get16(24);

	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)sum;
}

static void test_udp_good(void **state)
{
	(void)state;
	registration_frame();
	decode(MIPX_OK);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_GOOD);
	assert_int_equal(pk.frame.checksum.wire, get16(UDP4_CHECKSUM_AT));
	assert_int_equal(pk.frame.checksum.expected, get16(UDP4_CHECKSUM_AT));
	assert_int_equal(pk.frame.checksum.pseudo, udp4_pseudo());
	assert_false(pk.frame.notes & MIPX_NOTE_BAD_CHECKSUM);
}

static void test_udp_bad(void **state)
{
	uint16_t right;

	(void)state;
	registration_frame();
	right = get16(UDP4_CHECKSUM_AT);
	put16(UDP4_CHECKSUM_AT, (uint16_t)(right ^ 0x0101));
	decode(MIPX_OK);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_BAD);
	assert_int_equal(pk.frame.checksum.wire, right ^ 0x0101);
	assert_int_equal(pk.frame.checksum.expected, right);
	assert_true(pk.frame.notes & MIPX_NOTE_BAD_CHECKSUM);

	/* a changed payload octet: the field is right for other octets */
	registration_frame();
	frame[28 + 3] ^= 0x10; /* the lifetime's low octet */
	decode(MIPX_OK);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_BAD);
	assert_int_equal(pk.frame.checksum.wire, right);
	assert_int_not_equal(pk.frame.checksum.expected, right);
	put16(UDP4_CHECKSUM_AT, pk.frame.checksum.expected);
	decode(MIPX_OK);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_GOOD);
}

static void test_udp_absent_and_offloaded(void **state)
{
	(void)state;
	registration_frame();
	put16(UDP4_CHECKSUM_AT, 0); /* RFC 768: none computed */
	decode(MIPX_OK);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_ABSENT);
	assert_false(pk.frame.notes & MIPX_NOTE_BAD_CHECKSUM);

	/* what Linux leaves for the NIC: the pseudo-header sum alone */
	put16(UDP4_CHECKSUM_AT, udp4_pseudo());
	decode(MIPX_OK);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_BAD);
	assert_int_equal(pk.frame.checksum.wire, pk.frame.checksum.pseudo);
}

static void test_udp_cut_unverified(void **state)
{
	(void)state;
	registration_frame();
	put16(UDP4_CHECKSUM_AT, 0x1234);
	frame_len -= 4;
	decode(MIPX_TRUNCATED);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_UNVERIFIED);
}

static void test_icmp(void **state)
{
	uint8_t routers[8] = { 10, 2, 0, 1, 0, 0, 0, 0 };
	struct mipx_agent_adv adv;
	struct mipx_frame_spec s;
	uint8_t msg[64];
	size_t len;
	uint16_t right;

	(void)state;
	memset(&adv, 0, sizeof adv);
	adv.icmp_type = 9;
	adv.num_addrs = 1;
	adv.addr_entry_size = 2;
	adv.lifetime = 1800;
	adv.router_addrs = routers;
	assert_int_equal(mipx_agent_adv_encode(&adv, msg, sizeof msg, &len, &er), MIPX_OK);
	memset(&s, 0, sizeof s);
	s.linktype = MIPX_DLT_RAW;
	s.kind = MIPX_PAYLOAD_AGENT_ADV;
	s.src = mipx_addr_v4(0x0a020001);
	s.dst = mipx_addr_v4(0xe0000001);
	assert_int_equal(mipx_frame_encode(&s, msg, len, frame, sizeof frame, &frame_len, &er), MIPX_OK);
	decode(MIPX_OK);
	right = get16(22);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_GOOD);
	assert_int_equal(pk.frame.checksum.expected, right);
	assert_int_equal(pk.frame.checksum.pseudo, 0);

	put16(22, 0);
	decode(MIPX_OK);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_BAD);
	assert_int_equal(pk.frame.checksum.wire, 0);
	assert_int_equal(pk.frame.checksum.expected, right);
}

static void test_mh(void **state)
{
	struct mipx_mh mh;
	uint8_t msg[64];
	size_t len, at;
	uint16_t right;

	(void)state;
	memset(&mh, 0, sizeof mh);
	mh.type = MIPX_MH_BU;
	mh.sequence = 7;
	mh.lifetime = 100;
	mh.flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_H;
	frame_len = fixture_mh_frame(&mh, FIXTURE_V6_COA, FIXTURE_V6_HA, frame, sizeof frame, &len);
	decode(MIPX_OK);
	at = pk.frame.payload_offset + 4;
	right = get16(at);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_GOOD);
	assert_int_equal(pk.frame.checksum.wire, right);
	assert_int_equal(pk.frame.checksum.expected, right);

	put16(at, mipx_mh_pseudo_sum(FIXTURE_V6_COA, FIXTURE_V6_HA, len));
	decode(MIPX_OK);
	assert_int_equal(pk.frame.checksum.state, MIPX_CHECKSUM_BAD);
	assert_false(pk.mh_checksum_ok);
	assert_int_equal(pk.frame.checksum.expected, right);
	assert_int_equal(pk.frame.checksum.wire, pk.frame.checksum.pseudo);

	/* the pseudo-header alone, with the MH's octets summed as zeros */
	memset(msg, 0, len);
	assert_int_equal(pk.frame.checksum.pseudo,
			 (uint16_t)~mipx_mh_checksum(FIXTURE_V6_COA, FIXTURE_V6_HA, msg, len));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_udp_good),
		cmocka_unit_test(test_udp_bad),
		cmocka_unit_test(test_udp_absent_and_offloaded),
		cmocka_unit_test(test_udp_cut_unverified),
		cmocka_unit_test(test_icmp),
		cmocka_unit_test(test_mh),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
