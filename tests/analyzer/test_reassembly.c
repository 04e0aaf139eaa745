/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Fragment reassembly: in and out of order, copies from another vantage
 * point, overlap and disagreement (the datagram dropped, told once), the
 * timeouts in capture time (30 s IPv4, 60 s IPv6) and the memory bound.
 * Fragments are made with the codec's fragment encoder and read back with
 * its frame decoder, as mipx does.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/packet.h"
#include "reassembly.h"

#define SEC INT64_C(1000000)

static uint8_t datagram[9000];
static size_t datagram_len;
static struct mipx_error er;

/* A raw IPv4 UDP datagram to port 434 with `len` octets of payload. */
static void make_datagram(uint32_t src, size_t len, int version)
{
	static uint8_t payload[8100];
	struct mipx_frame_spec s;

	for (size_t i = 0; i < len; i++)
		payload[i] = (uint8_t)(i * 7 + 1);
	payload[0] = 1; /* a Registration Request's type */
	memset(&s, 0, sizeof s);
	s.linktype = MIPX_DLT_RAW;
	if (version == 4) {
		s.kind = MIPX_PAYLOAD_MIP4;
		s.src = mipx_addr_v4(src);
		s.dst = mipx_addr_v4(0x0a020001);
		s.sport = s.dport = 434;
	} else {
		uint8_t a[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = (uint8_t)src };
		s.kind = MIPX_PAYLOAD_MH;
		s.src = mipx_addr_v6(a);
		a[15] ^= 0xff;
		s.dst = mipx_addr_v6(a);
	}
	assert_int_equal(mipx_frame_encode(&s, payload, len, datagram, sizeof datagram,
					   &datagram_len, &er), MIPX_OK);
}

struct piece {
	uint8_t bytes[9100];
	size_t len;
	struct mipx_frame frame;
};

static void piece(struct piece *p, size_t off, size_t len, uint32_t id)
{
	struct mipx_packet pk;
	assert_int_equal(mipx_fragment_encode(datagram, datagram_len, off, len, id, p->bytes,
					      sizeof p->bytes, &p->len, &er), MIPX_OK);
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, p->bytes, p->len, NULL, &pk, &er), MIPX_OK);
	assert_int_equal(pk.frame.kind, MIPX_PAYLOAD_FRAGMENT);
	p->frame = pk.frame;
	p->frame.payload = p->bytes + pk.frame.payload_offset; /* pk is local */
}

static enum reassembly_result add(struct reassembly *r, struct piece *p, int64_t ts,
				  const uint8_t **out, size_t *out_len, uint64_t *dropped)
{
	return reassembly_add(r, &p->frame, p->bytes, ts, 0, 1, out, out_len, dropped);
}

static void test_in_and_out_of_order(void **state)
{
	struct reassembly *r = reassembly_new();
	struct piece a, b, c;
	const uint8_t *out = NULL;
	size_t out_len = 0;
	uint64_t dropped = 0;
	(void)state;

	make_datagram(0x0a030001, 1000, 4);
	piece(&a, 0, 400, 77);
	piece(&b, 400, 400, 77);
	piece(&c, 800, datagram_len - 20 - 800, 77);
	assert_int_equal(add(r, &c, 0, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	assert_int_equal(add(r, &a, 1, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	assert_int_equal(add(r, &a, 2, &out, &out_len, &dropped), REASSEMBLY_DUPLICATE);
	assert_int_equal(add(r, &b, 3, &out, &out_len, &dropped), REASSEMBLY_DONE);
	assert_int_equal(out_len, datagram_len);
	/* all but the identification (the fragments') and so the checksum */
	assert_memory_equal(out, datagram, 4);
	assert_memory_equal(out + 6, datagram + 6, 4);
	assert_memory_equal(out + 12, datagram + 12, datagram_len - 12);
	/* a late copy (another vantage point) does not make it again */
	assert_int_equal(add(r, &b, 4, &out, &out_len, &dropped), REASSEMBLY_DUPLICATE);
	assert_int_equal(dropped, 0);
	assert_int_equal(reassembly_octets(r), 0);

	/* IPv6: the unfragmentable part and the next header come back */
	make_datagram(9, 600, 6);
	piece(&a, 0, 296, 0x01020304);
	piece(&b, 296, datagram_len - 40 - 296, 0x01020304);
	assert_int_equal(add(r, &b, 5, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	assert_int_equal(add(r, &a, 6, &out, &out_len, &dropped), REASSEMBLY_DONE);
	assert_int_equal(out_len, datagram_len);
	assert_memory_equal(out, datagram, datagram_len);
	reassembly_free(r);
}

static void test_overlap(void **state)
{
	struct reassembly *r = reassembly_new();
	struct piece a, b, c;
	const uint8_t *out = NULL;
	size_t out_len = 0;
	uint64_t dropped = 0;
	(void)state;

	make_datagram(0x0a030002, 1000, 4);
	piece(&a, 0, 400, 5);
	piece(&b, 392, 400, 5); /* 8 octets over a */
	piece(&c, 800, datagram_len - 20 - 800, 5);
	assert_int_equal(add(r, &a, 0, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	assert_int_equal(add(r, &b, 1, &out, &out_len, &dropped), REASSEMBLY_OVERLAP);
	/* told once: the rest of it is ignored, never reassembled */
	assert_int_equal(add(r, &c, 2, &out, &out_len, &dropped), REASSEMBLY_IGNORED);
	assert_int_equal(add(r, &b, 3, &out, &out_len, &dropped), REASSEMBLY_IGNORED);
	assert_int_equal(reassembly_octets(r), 0);

	/* the same offset with other octets is inconsistent too */
	piece(&a, 0, 400, 6);
	assert_int_equal(add(r, &a, 4, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	a.bytes[a.frame.payload_offset + 3] ^= 1;
	assert_int_equal(add(r, &a, 5, &out, &out_len, &dropped), REASSEMBLY_OVERLAP);

	/* two last fragments that end apart */
	piece(&c, 800, datagram_len - 20 - 800, 7);
	assert_int_equal(add(r, &c, 6, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	piece(&c, 808, datagram_len - 20 - 808, 7);
	assert_int_equal(add(r, &c, 7, &out, &out_len, &dropped), REASSEMBLY_OVERLAP);
	assert_int_equal(dropped, 0); /* the caller counts overlaps */
	reassembly_free(r);
}

static void test_timeout(void **state)
{
	struct reassembly *r = reassembly_new();
	struct piece a, b;
	const uint8_t *out = NULL;
	size_t out_len = 0;
	uint64_t dropped = 0;
	(void)state;

	make_datagram(0x0a030003, 1000, 4);
	piece(&a, 0, 400, 9);
	piece(&b, 400, datagram_len - 20 - 400, 9);
	assert_int_equal(add(r, &a, 0, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	/* 31 s later the first fragment is gone (30 s, IPv4) */
	assert_int_equal(add(r, &b, 31 * SEC, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	assert_int_equal(dropped, 1);
	assert_int_equal(reassembly_pending(r), 1);

	/* IPv6 waits 60 s */
	make_datagram(3, 600, 6);
	piece(&a, 0, 296, 11);
	piece(&b, 296, datagram_len - 40 - 296, 11);
	dropped = 0;
	assert_int_equal(add(r, &a, 100 * SEC, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	assert_int_equal(dropped, 1); /* the IPv4 one, 69 s old */
	assert_int_equal(add(r, &b, 159 * SEC, &out, &out_len, &dropped), REASSEMBLY_DONE);
	reassembly_free(r);
}

/* At most REASSEMBLY_MAX_DATAGRAMS pending, the oldest dropped first. */
static void test_memory_bound(void **state)
{
	struct reassembly *r = reassembly_new();
	struct piece a, b;
	const uint8_t *out = NULL;
	size_t out_len = 0;
	uint64_t dropped = 0;
	(void)state;

	make_datagram(0x0a030004, 1000, 4);
	for (uint32_t id = 0; id < REASSEMBLY_MAX_DATAGRAMS + 10; id++) {
		piece(&a, 0, 400, id);
		assert_int_equal(add(r, &a, id, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	}
	assert_int_equal(dropped, 10);
	assert_int_equal(reassembly_pending(r), REASSEMBLY_MAX_DATAGRAMS);
	assert_true(reassembly_octets(r) <= REASSEMBLY_MAX_OCTETS);
	/* the oldest went: its rest starts a new one; a recent one completes */
	piece(&b, 400, datagram_len - 20 - 400, 0);
	assert_int_equal(add(r, &b, 2000, &out, &out_len, &dropped), REASSEMBLY_PENDING);
	piece(&b, 400, datagram_len - 20 - 400, REASSEMBLY_MAX_DATAGRAMS + 9);
	assert_int_equal(add(r, &b, 2001, &out, &out_len, &dropped), REASSEMBLY_DONE);
	reassembly_free(r);

	/* octets: 1024 first fragments of 7000 octets are past 4 MiB */
	r = reassembly_new();
	dropped = 0;
	make_datagram(5, 8000, 6);
	for (uint32_t id = 0; id < REASSEMBLY_MAX_DATAGRAMS; id++) {
		piece(&a, 0, 7000, id);
		add(r, &a, id, &out, &out_len, &dropped);
		assert_true(reassembly_octets(r) <= REASSEMBLY_MAX_OCTETS);
	}
	assert_true(dropped > 0);
	reassembly_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_and_out_of_order),
		cmocka_unit_test(test_overlap),
		cmocka_unit_test(test_timeout),
		cmocka_unit_test(test_memory_bound),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
