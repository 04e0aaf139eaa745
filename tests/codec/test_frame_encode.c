/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx_frame_encode, proven by decoding what it wrote: every link type with
 * every payload kind, the IPv6 extension headers around an MH (HAO alignment,
 * RH2), checksums that verify independently, and encoder failures.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/frame.h"
#include "mipx/mip6.h"

static const uint8_t V6_SRC[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10 };
static const uint8_t V6_DST[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01 };
static const uint8_t V6_HOA[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0xaa, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x77 };

/* Registration-Request-shaped UDP payload (content is not judged here). */
static const uint8_t MIP4[24] = { 1, 0x02, 0, 60, 10, 1, 0, 5, 10, 2, 0, 1,
				  10, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0, 2 };
/* Binding Update MH, 16 octets, checksum field zero. */
static const uint8_t MH_BU[16] = { 59, 1, 5, 0, 0, 0, 0, 7, 0x84, 0, 0, 100,
				   1, 2, 0, 0 };

static const int LINKTYPES[] = { 1, 113, 276, 12, 14, 101, 0, 108 };
#define N_LINKTYPES (sizeof LINKTYPES / sizeof LINKTYPES[0])

/* The link header length each linktype gets from the encoder. */
static size_t link_len(int lt, uint16_t vlan)
{
	switch (lt) {
	case 1: return vlan ? 18 : 14;
	case 113: return 16;
	case 276: return 20;
	case 0:
	case 108: return 4;
	default: return 0;
	}
}

/* An ICMP router advertisement with one router and a right checksum. */
static size_t make_icmp(uint8_t *out)
{
	static const uint8_t msg[16] = { 9, 0, 0, 0, 1, 2, 0, 30, 10, 2, 0, 1, 0, 0, 0, 0 };
	uint32_t sum = 0;
	size_t i;

	memcpy(out, msg, sizeof msg);
	for (i = 0; i < sizeof msg; i += 2)
		sum += (uint32_t)(out[i] << 8 | out[i + 1]);
	while (sum > 0xffff)
		sum = (sum & 0xffff) + (sum >> 16);
	out[2] = (uint8_t)(~sum >> 8);
	out[3] = (uint8_t)~sum;
	return sizeof msg;
}

static struct mipx_frame_spec v4_spec(int lt, enum mipx_payload_kind kind)
{
	struct mipx_frame_spec s;
	memset(&s, 0, sizeof s);
	s.linktype = lt;
	memcpy(s.src_mac, "\x02\x00\x00\x00\x00\x01", 6);
	memcpy(s.dst_mac, "\x02\x00\x00\x00\x00\x02", 6);
	s.src = mipx_addr_v4(0x0a010005);
	s.dst = mipx_addr_v4(0x0a020001);
	s.ip_id = 0x4242;
	s.kind = kind;
	s.sport = 434;
	s.dport = 434;
	return s;
}

static struct mipx_frame_spec v6_spec(int lt, bool hao, bool rh)
{
	struct mipx_frame_spec s;
	memset(&s, 0, sizeof s);
	s.linktype = lt;
	s.src = mipx_addr_v6(V6_SRC);
	s.dst = mipx_addr_v6(V6_DST);
	s.ttl = 33;
	s.kind = MIPX_PAYLOAD_MH;
	s.has_home_address_option = hao;
	memcpy(s.home_address_option, V6_HOA, 16);
	s.has_rh2 = rh;
	memcpy(s.rh2_address, V6_HOA, 16);
	return s;
}

static void test_mip4_every_linktype(void **state)
{
	uint8_t buf[256];
	size_t i, len;
	struct mipx_frame f;
	struct mipx_error err;
	(void)state;
	for (i = 0; i < N_LINKTYPES; i++) {
		struct mipx_frame_spec s = v4_spec(LINKTYPES[i], MIPX_PAYLOAD_MIP4);
		size_t l2 = link_len(LINKTYPES[i], 0);
		assert_int_equal(mipx_frame_encode(&s, MIP4, sizeof MIP4, buf, sizeof buf, &len, &err), MIPX_OK);
		assert_int_equal(len, l2 + 20 + 8 + sizeof MIP4);
		assert_int_equal(mipx_frame_decode(LINKTYPES[i], buf, len, NULL, &f, &err), MIPX_OK);
		assert_int_equal(f.linktype, LINKTYPES[i]);
		assert_int_equal(f.ip_version, 4);
		assert_true(mipx_addr_equal(&f.src, &s.src));
		assert_true(mipx_addr_equal(&f.dst, &s.dst));
		assert_int_equal(f.ttl, 64);
		assert_int_equal(f.ip_id, 0x4242);
		assert_int_equal(f.protocol, 17);
		assert_int_equal(f.sport, 434);
		assert_int_equal(f.dport, 434);
		assert_int_equal(f.kind, MIPX_PAYLOAD_MIP4);
		assert_int_equal(f.payload_offset, l2 + 28);
		assert_int_equal(f.payload_len, sizeof MIP4);
		assert_memory_equal(f.payload, MIP4, sizeof MIP4);
		assert_false(f.payload_cut);
		/* IPv4 and UDP checksums were computed: no note. */
		assert_int_equal(f.notes, 0);
		assert_int_equal(buf[l2 + 6] & 0x40, 0); /* DF clear */
		assert_true(buf[l2 + 26] != 0 || buf[l2 + 27] != 0); /* UDP checksum set */
	}
}

static void test_agent_adv_every_linktype(void **state)
{
	uint8_t icmp[16], buf[256];
	size_t i, len, ilen = make_icmp(icmp);
	struct mipx_frame f;
	struct mipx_error err;
	(void)state;
	for (i = 0; i < N_LINKTYPES; i++) {
		struct mipx_frame_spec s = v4_spec(LINKTYPES[i], MIPX_PAYLOAD_AGENT_ADV);
		size_t l2 = link_len(LINKTYPES[i], 0);
		s.ttl = 1;
		assert_int_equal(mipx_frame_encode(&s, icmp, ilen, buf, sizeof buf, &len, &err), MIPX_OK);
		assert_int_equal(len, l2 + 20 + ilen);
		assert_int_equal(mipx_frame_decode(LINKTYPES[i], buf, len, NULL, &f, &err), MIPX_OK);
		assert_int_equal(f.kind, MIPX_PAYLOAD_AGENT_ADV);
		assert_int_equal(f.protocol, 1);
		assert_int_equal(f.ttl, 1);
		assert_int_equal(f.payload_offset, l2 + 20);
		assert_memory_equal(f.payload, icmp, ilen);
		assert_int_equal(f.notes, 0);
	}
	/* DLT_IPV4 fits an IPv4 payload. */
	{
		struct mipx_frame_spec s = v4_spec(228, MIPX_PAYLOAD_AGENT_ADV);
		assert_int_equal(mipx_frame_encode(&s, icmp, ilen, buf, sizeof buf, &len, &err), MIPX_OK);
		assert_int_equal(len, 20 + ilen);
		assert_int_equal(mipx_frame_decode(228, buf, len, NULL, &f, &err), MIPX_OK);
		assert_int_equal(f.kind, MIPX_PAYLOAD_AGENT_ADV);
	}
}

static void test_vlan(void **state)
{
	uint8_t buf[256];
	size_t len;
	struct mipx_frame f;
	struct mipx_error err;
	struct mipx_frame_spec s = v4_spec(1, MIPX_PAYLOAD_MIP4);
	(void)state;
	s.vlan_id = 4001;
	assert_int_equal(mipx_frame_encode(&s, MIP4, sizeof MIP4, buf, sizeof buf, &len, &err), MIPX_OK);
	assert_int_equal(buf[12], 0x81);
	assert_int_equal(buf[13], 0x00);
	assert_int_equal(mipx_frame_decode(1, buf, len, NULL, &f, &err), MIPX_OK);
	assert_int_equal(f.vlan_count, 1);
	assert_int_equal(f.vlan_id[0], 4001);
	assert_int_equal(f.payload_offset, 18 + 28);
	s.vlan_id = 4096;
	assert_int_equal(mipx_frame_encode(&s, MIP4, sizeof MIP4, buf, sizeof buf, &len, &err), MIPX_INVALID);
	assert_string_equal(err.field, "vlan.id");
}

/* Independent MH checksum: pseudo-header (src, dst, length, 135) + MH. */
static bool mh_sum_ok(const uint8_t src[16], const uint8_t dst[16], const uint8_t *mh, size_t len)
{
	uint32_t sum = 0;
	size_t i;
	for (i = 0; i < 16; i += 2)
		sum += (uint32_t)(src[i] << 8 | src[i + 1]) + (uint32_t)(dst[i] << 8 | dst[i + 1]);
	sum += (uint32_t)len + 135;
	for (i = 0; i < len; i++)
		sum += (i & 1) ? mh[i] : (uint32_t)mh[i] << 8;
	while (sum > 0xffff)
		sum = (sum & 0xffff) + (sum >> 16);
	return sum == 0xffff;
}

static void test_mh_every_linktype_and_ext(void **state)
{
	static const int lts[] = { 1, 113, 276, 12, 14, 101, 0, 108, 229 };
	uint8_t buf[256];
	size_t i, len;
	unsigned v;
	struct mipx_frame f;
	struct mipx_error err;
	(void)state;
	for (i = 0; i < sizeof lts / sizeof lts[0]; i++) {
		for (v = 0; v < 4; v++) {
			bool hao = v & 1, rh = (v & 2) != 0;
			struct mipx_frame_spec s = v6_spec(lts[i], hao, rh);
			size_t l2 = link_len(lts[i], 0);
			size_t ext = (hao ? 24 : 0) + (rh ? 24 : 0);
			assert_int_equal(mipx_frame_encode(&s, MH_BU, sizeof MH_BU, buf, sizeof buf, &len, &err), MIPX_OK);
			assert_int_equal(len, l2 + 40 + ext + sizeof MH_BU);
			assert_int_equal(mipx_frame_decode(lts[i], buf, len, NULL, &f, &err), MIPX_OK);
			assert_int_equal(f.ip_version, 6);
			assert_memory_equal(f.src.bytes, V6_SRC, 16);
			assert_memory_equal(f.dst.bytes, V6_DST, 16);
			assert_int_equal(f.ttl, 33);
			assert_int_equal(f.protocol, 135);
			assert_int_equal(f.kind, MIPX_PAYLOAD_MH);
			assert_int_equal(f.payload_offset, l2 + 40 + ext);
			assert_int_equal(f.payload_len, sizeof MH_BU);
			assert_false(f.payload_cut);
			assert_int_equal(f.has_home_address_option, hao);
			assert_int_equal(f.has_rh2, rh);
			if (hao)
				assert_memory_equal(f.home_address_option, V6_HOA, 16);
			if (rh)
				assert_memory_equal(f.rh2_address, V6_HOA, 16);
			/* The MH as given, but for the checksum... */
			assert_memory_equal(f.payload, MH_BU, 4);
			assert_memory_equal(f.payload + 6, MH_BU + 6, sizeof MH_BU - 6);
			/* ... which verifies as the final destination sees it. */
			assert_true(mh_sum_ok(hao ? V6_HOA : V6_SRC, rh ? V6_HOA : V6_DST,
					      f.payload, f.payload_len));
			assert_true(mipx_mh_checksum_ok(hao ? V6_HOA : V6_SRC, rh ? V6_HOA : V6_DST,
							f.payload, f.payload_len));
			if (hao || rh)
				assert_false(mh_sum_ok(V6_SRC, V6_DST, f.payload, f.payload_len));
		}
	}
}

/* RFC 6275 6.3: the HAO's type octet sits at 8n+6 in its header, and the
 * destination options come after the routing header. */
static void test_hao_alignment_and_order(void **state)
{
	uint8_t buf[256];
	size_t len;
	struct mipx_error err;
	struct mipx_frame_spec s = v6_spec(12, true, false);
	(void)state;
	assert_int_equal(mipx_frame_encode(&s, MH_BU, sizeof MH_BU, buf, sizeof buf, &len, &err), MIPX_OK);
	assert_int_equal(buf[6], 60);      /* IPv6 next header: destination options */
	assert_int_equal(buf[40], 135);    /* its next header: MH */
	assert_int_equal(buf[41], 2);      /* 24 octets */
	assert_int_equal(buf[42], 1);      /* PadN ... */
	assert_int_equal(buf[43], 2);      /* ... of 4 octets */
	assert_int_equal(buf[46], 201);    /* HAO at offset 6 */
	assert_int_equal(buf[47], 16);
	assert_int_equal((46 - 40) % 8, 6);
	assert_int_equal(buf[4], 0);
	assert_int_equal(buf[5], 24 + 16); /* payload length */

	s = v6_spec(12, true, true);
	assert_int_equal(mipx_frame_encode(&s, MH_BU, sizeof MH_BU, buf, sizeof buf, &len, &err), MIPX_OK);
	assert_int_equal(buf[6], 43);      /* routing first */
	assert_int_equal(buf[40], 60);
	assert_int_equal(buf[42], 2);      /* type 2 */
	assert_int_equal(buf[43], 1);      /* segments left */
	assert_int_equal(buf[64], 135);
	assert_int_equal(buf[64 + 6], 201);
}

static void test_encode_failures(void **state)
{
	uint8_t buf[256];
	size_t len = 12345, need, cap;
	struct mipx_error err;
	struct mipx_frame_spec s = v4_spec(1, MIPX_PAYLOAD_MIP4);
	(void)state;
	assert_int_equal(mipx_frame_encode(&s, MIP4, sizeof MIP4, buf, sizeof buf, &need, &err), MIPX_OK);
	/* Every buffer that is too small says so, and writes no length. */
	for (cap = 0; cap < need; cap++) {
		assert_int_equal(mipx_frame_encode(&s, MIP4, sizeof MIP4, buf, cap, &len, &err), MIPX_TRUNCATED);
		assert_int_equal(len, 12345);
	}
	s.dst = mipx_addr_v6(V6_DST);
	assert_int_equal(mipx_frame_encode(&s, MIP4, sizeof MIP4, buf, sizeof buf, &len, &err), MIPX_INVALID);
	assert_string_equal(err.field, "ip.addr");
	s = v4_spec(105, MIPX_PAYLOAD_MIP4);
	assert_int_equal(mipx_frame_encode(&s, MIP4, sizeof MIP4, buf, sizeof buf, &len, &err), MIPX_INVALID);
	assert_string_equal(err.field, "linktype");
	s = v4_spec(229, MIPX_PAYLOAD_MIP4);
	assert_int_equal(mipx_frame_encode(&s, MIP4, sizeof MIP4, buf, sizeof buf, &len, &err), MIPX_INVALID);
	s = v4_spec(1, MIPX_PAYLOAD_FRAGMENT);
	assert_int_equal(mipx_frame_encode(&s, MIP4, sizeof MIP4, buf, sizeof buf, &len, &err), MIPX_INVALID);
	assert_string_equal(err.field, "kind");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mip4_every_linktype),
		cmocka_unit_test(test_agent_adv_every_linktype),
		cmocka_unit_test(test_vlan),
		cmocka_unit_test(test_mh_every_linktype_and_ext),
		cmocka_unit_test(test_hao_alignment_and_order),
		cmocka_unit_test(test_encode_failures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
