/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ICMP Agent Advertisement (RFC 1256 + RFC 3344 2.1) with DREMIP's
 * Registration Server Extension (DREMIP 3.1, 4.1).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/frame.h"
#include "mipx/mip4.h"

static const uint8_t advert[] = {
	0x09, 0x00,             /* ICMP type 9, code 0 */
	0xa5, 0x98,             /* checksum */
	0x01, 0x02,             /* num-addrs 1, addr-entry-size 2 */
	0x07, 0x08,             /* lifetime 1800 */
	0x0a, 0x00, 0x00, 0x01, /* router address 10.0.0.1 */
	0x00, 0x00, 0x00, 0x00, /* preference 0 */
	/* 16 Mobility Agent Advertisement */
	0x10, 0x0a,
	0x00, 0x05,             /* sequence 5 */
	0x01, 0x2c,             /* registration lifetime 300 */
	0x90,                   /* flags R F */
	0x00,                   /* reserved */
	0x0a, 0x00, 0x00, 0x01, /* care-of address 10.0.0.1 */
	0x13, 0x01, 0x18,       /* 19 Prefix-Lengths: /24 */
	0x00,                   /* one octet of padding */
	/* 81 Registration Server: lifetime 3600, 10.2.0.1 prio 1 inf */
	0x51, 0x0a, 0x0e, 0x10, 0x0a, 0x02, 0x00, 0x01, 0x00, 0x01, 0xff, 0xff,
};

static void test_fields(void **state)
{
	struct mipx_agent_adv a;
	struct mipx_error err;
	const struct mipx_mip4_ext *e;
	int32_t pref = 99;
	(void)state;

	assert_int_equal(mipx_agent_adv_decode(advert, sizeof advert, &a, &err), MIPX_OK);
	assert_int_equal(a.icmp_type, 9);
	assert_int_equal(a.code, 0);
	assert_int_equal(a.checksum, 0xa598);
	assert_int_equal(a.num_addrs, 1);
	assert_int_equal(a.addr_entry_size, 2);
	assert_int_equal(a.lifetime, 1800);
	assert_ptr_equal(a.router_addrs, advert + 8);
	assert_int_equal(mipx_agent_adv_router(&a, 0, &pref), 0x0a000001);
	assert_int_equal(pref, 0);
	assert_int_equal(mipx_agent_adv_router(&a, 1, &pref), 0);
	assert_int_equal(a.notes, 0);
	assert_int_equal(a.n_ext, 4);

	e = &a.ext[0];
	assert_int_equal(e->type, MIPX_ADV_EXT_MOBILITY_AGENT);
	assert_int_equal(e->offset, 16);
	assert_int_equal(e->length, 10);
	assert_int_equal(e->u.mobility_agent.sequence, 5);
	assert_int_equal(e->u.mobility_agent.registration_lifetime, 300);
	assert_int_equal(e->u.mobility_agent.flags, 0x90);
	assert_int_equal(e->u.mobility_agent.reserved, 0);
	assert_int_equal(e->u.mobility_agent.coa_count, 1);
	assert_int_equal(mipx_mobility_agent_coa(e, 0), 0x0a000001);
	assert_int_equal(mipx_mobility_agent_coa(e, 1), 0);

	e = &a.ext[1];
	assert_int_equal(e->type, MIPX_ADV_EXT_PREFIX_LENGTHS);
	assert_int_equal(e->u.prefix_lengths.count, 1);
	assert_int_equal(e->u.prefix_lengths.lengths[0], 24);

	e = &a.ext[2];
	assert_int_equal(e->type, MIPX_ADV_EXT_PAD);
	assert_int_equal(e->header_len, 1);
	assert_int_equal(e->length, 0);
	assert_int_equal(e->offset, 31);

	e = mipx_agent_adv_find_ext(&a, MIPX_ADV_EXT_REG_SERVER);
	assert_ptr_equal(e, &a.ext[3]);
	assert_int_equal(e->offset, 32);
	assert_int_equal(e->u.rs.lifetime, 3600);
	assert_int_equal(e->u.rs.count, 1);
	assert_int_equal(e->u.rs.entry[0].address, 0x0a020001);
	assert_int_equal(e->u.rs.entry[0].priority, 1);
	assert_int_equal(e->u.rs.entry[0].lifetime, 0xffff);
	assert_null(mipx_agent_adv_find_ext(&a, 82));
}

static void test_truncation(void **state)
{
	static const size_t boundary[] = { 16, 28, 31, 32, sizeof advert };
	struct mipx_agent_adv a;
	struct mipx_error err;
	size_t k;
	unsigned i;
	(void)state;

	for (k = 0; k < sizeof advert; k++) {
		uint8_t *copy = test_malloc(k ? k : 1);
		bool ok = false;
		memcpy(copy, advert, k);
		for (i = 0; i < sizeof boundary / sizeof boundary[0]; i++)
			ok = ok || boundary[i] == k;
		mipx_status st = mipx_agent_adv_decode(copy, k, &a, &err);
		if (ok) {
			assert_int_equal(st, MIPX_OK);
			/* only the whole message carries a good checksum */
			assert_int_equal(!(a.notes & MIPX_NOTE_BAD_CHECKSUM),
					 k == sizeof advert);
		} else {
			assert_int_equal(st, MIPX_TRUNCATED);
			assert_int_equal(err.offset, k);
		}
		test_free(copy);
	}
}

static mipx_status decode_patched(size_t at, uint8_t v, struct mipx_agent_adv *a,
				  struct mipx_error *err)
{
	uint8_t buf[sizeof advert];
	memcpy(buf, advert, sizeof buf);
	buf[at] = v;
	return mipx_agent_adv_decode(buf, sizeof buf, a, err);
}

static void test_invalid(void **state)
{
	struct mipx_agent_adv a;
	struct mipx_error err;
	(void)state;

	assert_int_equal(decode_patched(0, 10, &a, &err), MIPX_INVALID);
	assert_string_equal(err.field, "icmp_type");
	assert_int_equal(decode_patched(5, 1, &a, &err), MIPX_INVALID);
	assert_string_equal(err.field, "addr_entry_size");
	assert_int_equal(decode_patched(17, 9, &a, &err), MIPX_INVALID); /* 16 len 9 */
	assert_string_equal(err.field, "ext16.length");
	assert_int_equal(err.offset, 16);
	assert_int_equal(decode_patched(17, 5, &a, &err), MIPX_INVALID);
	assert_string_equal(err.field, "ext16.length");
	assert_int_equal(decode_patched(33, 2, &a, &err), MIPX_INVALID); /* 81 N = 0 */
	assert_string_equal(err.field, "ext81.length");
	assert_int_equal(err.offset, 32);
	/* 81 length 18 runs past the end: truncated, not invalid */
	assert_int_equal(decode_patched(33, 18, &a, &err), MIPX_TRUNCATED);
	assert_int_equal(err.offset, sizeof advert);
	assert_string_equal(err.field, "ext81.data");
}

static void test_notes(void **state)
{
	struct mipx_agent_adv a;
	struct mipx_error err;
	uint8_t buf[sizeof advert + 3];
	(void)state;

	/* any change without a new checksum is a bad checksum */
	assert_int_equal(decode_patched(22, 0x92, &a, &err), MIPX_OK); /* r flag */
	assert_int_equal(a.notes, MIPX_NOTE_RESERVED_NONZERO | MIPX_NOTE_BAD_CHECKSUM);
	assert_int_equal(decode_patched(23, 0x01, &a, &err), MIPX_OK); /* reserved */
	assert_int_equal(a.notes, MIPX_NOTE_RESERVED_NONZERO | MIPX_NOTE_BAD_CHECKSUM);
	assert_int_equal(decode_patched(7, 0x09, &a, &err), MIPX_OK);
	assert_int_equal(a.notes, MIPX_NOTE_BAD_CHECKSUM);
	/* T (RFC 3024 3.1) and U X I (RFC 5944 2.1.1) are flags, not reserved */
	assert_int_equal(decode_patched(22, 0x91, &a, &err), MIPX_OK);
	assert_int_equal(a.notes, MIPX_NOTE_BAD_CHECKSUM);
	assert_true(a.ext[0].u.mobility_agent.flags & MIPX_ADV_FLAG_T);
	assert_int_equal(decode_patched(23, 0xe0, &a, &err), MIPX_OK);
	assert_int_equal(a.notes, MIPX_NOTE_BAD_CHECKSUM);
	assert_int_equal(a.ext[0].u.mobility_agent.reserved,
			 MIPX_ADV_FLAG2_U | MIPX_ADV_FLAG2_X | MIPX_ADV_FLAG2_I);

	/* RFC 3012 2: the Challenge extension (24) of an advertisement */
	memcpy(buf, advert, sizeof advert);
	buf[sizeof advert] = MIPX_ADV_EXT_CHALLENGE;
	buf[sizeof advert + 1] = 1;
	buf[sizeof advert + 2] = 0x42;
	assert_int_equal(mipx_agent_adv_decode(buf, sizeof buf, &a, &err), MIPX_OK);
	assert_int_equal(a.notes & MIPX_NOTE_UNKNOWN_EXTENSION, 0);

	/* an unknown extension (82 is not an advertisement extension) */
	memcpy(buf, advert, sizeof advert);
	buf[sizeof advert] = 82;
	buf[sizeof advert + 1] = 1;
	buf[sizeof advert + 2] = 0x42;
	assert_int_equal(mipx_agent_adv_decode(buf, sizeof buf, &a, &err), MIPX_OK);
	assert_int_equal(a.notes, MIPX_NOTE_UNKNOWN_EXTENSION | MIPX_NOTE_BAD_CHECKSUM);
	assert_int_equal(a.n_ext, 5);
	assert_int_equal(a.ext[4].type, 82);
	assert_int_equal(a.ext[4].length, 1);
	assert_int_equal(a.ext[4].data[0], 0x42);
}

static void test_round_trip(void **state)
{
	struct mipx_agent_adv a, b;
	struct mipx_error err;
	uint8_t out[128];
	size_t n = 0, cap;
	(void)state;

	assert_int_equal(mipx_agent_adv_decode(advert, sizeof advert, &a, &err), MIPX_OK);
	assert_int_equal(mipx_agent_adv_encode(&a, out, sizeof out, &n, &err), MIPX_OK);
	assert_int_equal(n, sizeof advert);
	assert_memory_equal(out, advert, n); /* checksum included */
	for (cap = 0; cap < sizeof advert; cap++) {
		uint8_t *small = test_malloc(cap ? cap : 1);
		assert_int_equal(mipx_agent_adv_encode(&a, small, cap, &n, &err),
				 MIPX_TRUNCATED);
		test_free(small);
	}

	/* From fields: a negative preference, two care-of addresses, no routers. */
	static const uint8_t routers[16] = { 10, 0, 0, 1, 0xff, 0xff, 0xff, 0xfe,
					     10, 0, 0, 2, 0x80, 0, 0, 0 };
	static const uint8_t coas[8] = { 192, 0, 2, 1, 192, 0, 2, 2 };
	static const uint8_t plen[2] = { 16, 24 };
	int32_t pref = 0;

	memset(&a, 0, sizeof a);
	a.code = 16;
	a.num_addrs = 2;
	a.addr_entry_size = 2;
	a.lifetime = 9000;
	a.router_addrs = routers;
	a.n_ext = 4;
	a.ext[0].type = MIPX_ADV_EXT_MOBILITY_AGENT;
	a.ext[0].u.mobility_agent.sequence = 0xffff;
	a.ext[0].u.mobility_agent.registration_lifetime = 60;
	a.ext[0].u.mobility_agent.flags = 0x41;
	a.ext[0].u.mobility_agent.coa_count = 2;
	a.ext[0].u.mobility_agent.care_of_addresses = coas;
	a.ext[1].type = MIPX_ADV_EXT_REG_SERVER;
	a.ext[1].u.rs.lifetime = 0;
	a.ext[1].u.rs.count = 2;
	a.ext[1].u.rs.entry[0].address = 0x0a020001;
	a.ext[1].u.rs.entry[1].address = 0x0a020002;
	a.ext[1].u.rs.entry[1].priority = 9;
	a.ext[2].type = MIPX_ADV_EXT_PAD;
	a.ext[3].type = MIPX_ADV_EXT_PREFIX_LENGTHS;
	a.ext[3].u.prefix_lengths.count = 2;
	a.ext[3].u.prefix_lengths.lengths = plen;
	assert_int_equal(mipx_agent_adv_encode(&a, out, sizeof out, &n, &err), MIPX_OK);
	assert_int_equal(n, 8 + 16 + 16 + 20 + 1 + 4);
	assert_int_equal(mipx_inet_fold(mipx_inet_sum(out, n, 0)), 0);
	assert_int_equal(mipx_agent_adv_decode(out, n, &b, &err), MIPX_OK);
	assert_int_equal(b.notes, 0);
	assert_int_equal(b.icmp_type, 9);
	assert_int_equal(b.code, 16);
	assert_int_equal(b.lifetime, 9000);
	assert_int_equal(mipx_agent_adv_router(&b, 0, &pref), 0x0a000001);
	assert_int_equal(pref, -2);
	assert_int_equal(mipx_agent_adv_router(&b, 1, &pref), 0x0a000002);
	assert_int_equal(pref, INT32_MIN);
	assert_int_equal(b.n_ext, 4);
	assert_int_equal(b.ext[0].u.mobility_agent.sequence, 0xffff);
	assert_int_equal(b.ext[0].u.mobility_agent.flags, 0x41);
	assert_int_equal(b.ext[0].u.mobility_agent.coa_count, 2);
	assert_int_equal(mipx_mobility_agent_coa(&b.ext[0], 1), 0xc0000202);
	assert_memory_equal(&b.ext[1].u.rs, &a.ext[1].u.rs, sizeof a.ext[1].u.rs);
	assert_int_equal(b.ext[2].type, MIPX_ADV_EXT_PAD);
	assert_int_equal(b.ext[3].u.prefix_lengths.count, 2);
	assert_memory_equal(b.ext[3].u.prefix_lengths.lengths, plen, 2);

	/* no routers at all: router_addrs may be NULL */
	memset(&a, 0, sizeof a);
	a.addr_entry_size = 2;
	assert_int_equal(mipx_agent_adv_encode(&a, out, sizeof out, &n, &err), MIPX_OK);
	assert_int_equal(n, 8);
	assert_int_equal(mipx_agent_adv_decode(out, n, &b, &err), MIPX_OK);
	assert_null(b.router_addrs);
	assert_int_equal(b.notes, 0);

	/* an 81 with no servers cannot be written */
	a.n_ext = 1;
	a.ext[0].type = MIPX_ADV_EXT_REG_SERVER;
	assert_int_equal(mipx_agent_adv_encode(&a, out, sizeof out, &n, &err), MIPX_INVALID);
	assert_string_equal(err.field, "ext81.count");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_notes),
		cmocka_unit_test(test_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
