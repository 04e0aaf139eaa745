/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Tunnels and fragments in the frame layer: signalling inside IPv4-in-IPv4,
 * IPv6-in-IPv6, IPv6-in-IPv4, GRE (with checksum, key and sequence number)
 * and minimal encapsulation is found with the innermost addresses; a HoTI
 * through the home agent's tunnel has its own (inner) addresses; nesting
 * stops at MIPX_TUNNEL_MAX_DEPTH; fragments hand back their data.  The
 * generator's tunnel and fragment encoders are the mirror.
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
static uint8_t inner[512], outer[1024], frag[1024];
static size_t inner_len, outer_len, frag_len;

/* A Registration Request from 10.3.0.1 to 10.2.0.1, as a raw IPv4 packet. */
static void reg_request_packet(void)
{
	inner_len = fixture_registration_frame(42, inner, sizeof inner);
}

/* RFC 6275 5.2.5: a HoTI from the home address to a correspondent node. */
static void hoti_packet(void)
{
	struct mipx_mh mh;
	size_t mh_len;

	memset(&mh, 0, sizeof mh);
	mh.type = MIPX_MH_HOTI;
	inner_len = fixture_mh_frame(&mh, FIXTURE_V6_HOA, FIXTURE_V6_CN, inner, sizeof inner, &mh_len);
}

static void wrap(enum mipx_tunnel_kind kind, struct mipx_addr src, struct mipx_addr dst,
		 const uint8_t *in, size_t in_len)
{
	struct mipx_tunnel_spec t;

	memset(&t, 0, sizeof t);
	t.kind = kind;
	t.src = src;
	t.dst = dst;
	if (kind == MIPX_TUNNEL_GRE) {
		t.gre_checksum = t.gre_key = t.gre_sequence = true;
		t.key = 7;
		t.sequence = 9;
	}
	assert_int_equal(mipx_tunnel_encode(&t, in, in_len, outer, sizeof outer, &outer_len, &er),
			 MIPX_OK);
}

static void assert_inner_request(enum mipx_tunnel_kind kind, uint8_t depth)
{
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, outer, outer_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_MIP4);
	assert_int_equal(pk.msg.mip4.identification, 42);
	assert_memory_equal(pk.frame.src.bytes, ((uint8_t[]){ 10, 3, 0, 1 }), 4);
	assert_memory_equal(pk.frame.dst.bytes, ((uint8_t[]){ 10, 2, 0, 1 }), 4);
	assert_int_equal(pk.frame.tunnel_kind, kind);
	assert_int_equal(pk.frame.tunnel_depth, depth);
	assert_int_equal(pk.frame.notes & MIPX_NOTE_BAD_CHECKSUM, 0);
}

static void test_ipv4_in_ipv4(void **state)
{
	(void)state;
	reg_request_packet();
	wrap(MIPX_TUNNEL_IPV4_IN_IPV4, mipx_addr_v4(0x0a090001), mipx_addr_v4(0x0a090002),
	     inner, inner_len);
	assert_inner_request(MIPX_TUNNEL_IPV4_IN_IPV4, 1);
	assert_memory_equal(pk.frame.tunnel_src.bytes, ((uint8_t[]){ 10, 9, 0, 1 }), 4);
	assert_memory_equal(pk.frame.tunnel_dst.bytes, ((uint8_t[]){ 10, 9, 0, 2 }), 4);
	assert_string_equal(mipx_tunnel_kind_name(MIPX_TUNNEL_IPV4_IN_IPV4), "ipv4-in-ipv4");
}

static void test_gre_and_minimal(void **state)
{
	(void)state;
	reg_request_packet();
	wrap(MIPX_TUNNEL_GRE, mipx_addr_v4(0x0a090001), mipx_addr_v4(0x0a090002), inner, inner_len);
	assert_int_equal(outer_len, 20 + 16 + inner_len);
	assert_inner_request(MIPX_TUNNEL_GRE, 1);

	/* GRE version 1 (PPTP) or another protocol type: nothing of ours */
	outer[20 + 1] = 1;
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, outer, outer_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_NONE);

	/* RFC 2004: the inner header is rebuilt from the forwarding header */
	wrap(MIPX_TUNNEL_MINIMAL, mipx_addr_v4(0x0a090001), mipx_addr_v4(0x0a090002), inner,
	     inner_len);
	assert_int_equal(outer_len, 20 + 12 + inner_len - 20); /* S set: another source */
	assert_inner_request(MIPX_TUNNEL_MINIMAL, 1);
	/* without S the source is the tunnel's */
	wrap(MIPX_TUNNEL_MINIMAL, mipx_addr_v4(0x0a030001), mipx_addr_v4(0x0a090002), inner,
	     inner_len);
	assert_int_equal(outer_len, 20 + 8 + inner_len - 20);
	assert_inner_request(MIPX_TUNNEL_MINIMAL, 1);

	/* cut inside the GRE header of a cut capture: truncated */
	wrap(MIPX_TUNNEL_GRE, mipx_addr_v4(0x0a090001), mipx_addr_v4(0x0a090002), inner, inner_len);
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, outer, 22, NULL, &pk, &er), MIPX_TRUNCATED);
}

/* RFC 6275 5.2.5, 10.4.x: the HoTI goes through the home agent's tunnel;
 * its addresses are the inner header's (home address, not care-of). */
static void test_hoti_through_home_agent(void **state)
{
	(void)state;
	hoti_packet();
	wrap(MIPX_TUNNEL_IPV6_IN_IPV6, mipx_addr_v6(FIXTURE_V6_COA), mipx_addr_v6(FIXTURE_V6_HA), inner, inner_len);
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, outer, outer_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_MH);
	assert_int_equal(pk.msg.mh.type, MIPX_MH_HOTI);
	assert_memory_equal(pk.frame.src.bytes, FIXTURE_V6_HOA, 16);
	assert_memory_equal(pk.frame.dst.bytes, FIXTURE_V6_CN, 16);
	assert_memory_equal(pk.mn_home_address, FIXTURE_V6_HOA, 16);
	assert_true(pk.mh_checksum_ok);
	assert_int_equal(pk.frame.tunnel_kind, MIPX_TUNNEL_IPV6_IN_IPV6);
	assert_memory_equal(pk.frame.tunnel_src.bytes, FIXTURE_V6_COA, 16);

	/* and over IPv4 (RFC 4213) */
	wrap(MIPX_TUNNEL_IPV6_IN_IPV4, mipx_addr_v4(0x0a090001), mipx_addr_v4(0x0a090002), inner,
	     inner_len);
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, outer, outer_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.msg.mh.type, MIPX_MH_HOTI);
	assert_int_equal(pk.frame.tunnel_kind, MIPX_TUNNEL_IPV6_IN_IPV4);
}

/* Tunnels in tunnels: unwrapped MIPX_TUNNEL_MAX_DEPTH deep, no deeper. */
static void test_nesting_bound(void **state)
{
	uint8_t tmp[1024];
	(void)state;
	reg_request_packet();
	memcpy(tmp, inner, inner_len);
	outer_len = inner_len;
	for (int depth = 1; depth <= MIPX_TUNNEL_MAX_DEPTH + 1; depth++) {
		wrap(depth % 2 ? MIPX_TUNNEL_GRE : MIPX_TUNNEL_IPV4_IN_IPV4,
		     mipx_addr_v4(0x0a090000u + (uint32_t)depth), mipx_addr_v4(0x0a0a0000u), tmp,
		     outer_len);
		memcpy(tmp, outer, outer_len);
		if (depth <= MIPX_TUNNEL_MAX_DEPTH) {
			assert_inner_request(depth % 2 ? MIPX_TUNNEL_GRE : MIPX_TUNNEL_IPV4_IN_IPV4,
					     (uint8_t)depth);
			assert_memory_equal(pk.frame.tunnel_src.bytes,
					    ((uint8_t[]){ 10, 9, 0, (uint8_t)depth }), 4);
		}
	}
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, outer, outer_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_NONE);
	assert_int_equal(pk.frame.tunnel_depth, MIPX_TUNNEL_MAX_DEPTH);
}

/* An inner header that does not fit in a whole outer packet is invalid. */
static void test_inner_too_long(void **state)
{
	(void)state;
	reg_request_packet();
	wrap(MIPX_TUNNEL_IPV4_IN_IPV4, mipx_addr_v4(0x0a090001), mipx_addr_v4(0x0a090002), inner,
	     inner_len);
	outer[2] = 0;
	outer[3] = 20 + 10; /* the outer packet ends inside the inner header */
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, outer, 30, NULL, &pk, &er), MIPX_INVALID);
	/* the capture, not the packet, ends there: truncated */
	outer[3] = (uint8_t)outer_len;
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, outer, 30, NULL, &pk, &er), MIPX_TRUNCATED);
}

/* Fragments: the data at the offset the header says; a tunnel packet
 * fragmented outside is a fragment of the outer datagram. */
static void test_fragments(void **state)
{
	(void)state;
	reg_request_packet();
	assert_int_equal(mipx_fragment_encode(inner, inner_len, 0, 16, 0x1234, frag, sizeof frag,
					      &frag_len, &er), MIPX_OK);
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, frag, frag_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_FRAGMENT);
	assert_true(pk.frame.more_fragments);
	assert_int_equal(pk.frame.frag_id, 0x1234);
	assert_int_equal(pk.frame.payload_len, 16);
	assert_memory_equal(pk.frame.payload, inner + 20, 16);
	assert_int_equal(pk.frame.notes & MIPX_NOTE_BAD_CHECKSUM, 0);

	assert_int_equal(mipx_fragment_encode(inner, inner_len, 16, inner_len - 36, 0x1234, frag,
					      sizeof frag, &frag_len, &er), MIPX_OK);
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, frag, frag_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_FRAGMENT);
	assert_false(pk.frame.more_fragments);
	assert_int_equal(pk.frame.frag_offset, 16);
	assert_memory_equal(pk.frame.payload, inner + 36, inner_len - 36);

	/* a fragment with more to come is 8n octets */
	assert_int_equal(mipx_fragment_encode(inner, inner_len, 0, 13, 1, frag, sizeof frag,
					      &frag_len, &er), MIPX_INVALID);

	/* IPv6: the Fragment header after the unfragmentable part */
	hoti_packet();
	assert_int_equal(mipx_fragment_encode(inner, inner_len, 8, inner_len - 48, 0xabcdef01u,
					      frag, sizeof frag, &frag_len, &er), MIPX_OK);
	assert_int_equal(frag_len, inner_len + 8 - 8);
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, frag, frag_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_FRAGMENT);
	assert_int_equal(pk.frame.frag_id, 0xabcdef01u);
	assert_int_equal(pk.frame.frag_offset, 8);
	assert_int_equal(pk.frame.protocol, 135);
	assert_int_equal(pk.frame.frag_nh_offset, 6);
	assert_int_equal(pk.frame.payload_offset, 48);

	/* a tunnel packet fragmented: the outer datagram's fragment */
	reg_request_packet();
	wrap(MIPX_TUNNEL_IPV4_IN_IPV4, mipx_addr_v4(0x0a090001), mipx_addr_v4(0x0a090002), inner,
	     inner_len);
	assert_int_equal(mipx_fragment_encode(outer, outer_len, 0, 24, 5, frag, sizeof frag,
					      &frag_len, &er), MIPX_OK);
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, frag, frag_len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_FRAGMENT);
	assert_int_equal(pk.frame.tunnel_depth, 0);
	assert_int_equal(pk.frame.protocol, 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ipv4_in_ipv4),
		cmocka_unit_test(test_gre_and_minimal),
		cmocka_unit_test(test_hoti_through_home_agent),
		cmocka_unit_test(test_nesting_bound),
		cmocka_unit_test(test_inner_too_long),
		cmocka_unit_test(test_fragments),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
