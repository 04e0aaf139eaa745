/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Registration and route messages: good bytes laid out after the figures of
 * DREMIP 3.2-3.5 and 4.1-4.5, every truncation point, every impossible
 * length, reserved bits as notes, and round trips.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/mip4.h"

/* DREMIP 3.2: Registration Request from a DREMIP mobile node (R set). */
static const uint8_t reg_request[] = {
	0x01,                   /* type 1 */
	0x02,                   /* flags: R */
	0x01, 0x2c,             /* lifetime 300 */
	0x0a, 0x01, 0x00, 0x05, /* home address 10.1.0.5 */
	0x0a, 0x02, 0x00, 0x01, /* binding registrar 10.2.0.1 (local RS) */
	0x0a, 0x03, 0x00, 0x07, /* care-of address 10.3.0.7 (child) */
	0xc7, 0xd2, 0xe3, 0xf4, 0x00, 0x00, 0x00, 0x01, /* identification */
	/* 84 Mobile-Server Authentication, SPI 256, 16-octet authenticator */
	0x54, 0x14, 0x00, 0x00, 0x01, 0x00,
	0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
	0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
};

/* DREMIP 3.3: Registration Reply with 82, 81 (two servers) and 83. */
static const uint8_t reg_reply[] = {
	0x03,                   /* type 3 */
	0x00,                   /* code 0: accepted */
	0x00, 0xf0,             /* lifetime 240 */
	0x0a, 0x01, 0x00, 0x05, /* home address */
	0x0a, 0x02, 0x00, 0x01, /* binding registrar */
	0xc7, 0xd2, 0xe3, 0xf4, 0x00, 0x00, 0x00, 0x01, /* identification */
	/* 82 Care-of Address: reserved 0, parent care-of 10.9.0.1 */
	0x52, 0x06, 0x00, 0x00, 0x0a, 0x09, 0x00, 0x01,
	/* 81 Registration Server: lifetime 3600, two entries */
	0x51, 0x12, 0x0e, 0x10,
	0x0a, 0x02, 0x00, 0x01, 0x00, 0x01, 0xff, 0xff, /* 10.2.0.1 prio 1 inf */
	0x0a, 0x02, 0x00, 0x02, 0x00, 0x02, 0x00, 0x00, /* 10.2.0.2 prio 2 full */
	/* 83 Agent-Server Authentication, SPI 0x1000 */
	0x53, 0x14, 0x00, 0x00, 0x10, 0x00,
	0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
	0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
};

/* DREMIP 3.4: Route Request from an RS to a care-of agent. */
static const uint8_t route_request[] = {
	0x20,                   /* type 32 */
	0x00,                   /* reserved */
	0xff, 0xff,             /* lifetime: infinity */
	0x0a, 0x01, 0x00, 0x05, /* destination: the home address */
	0x0a, 0x03, 0x00, 0x07, /* next hop: the child care-of address */
	0x00, 0x00, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78, /* identification */
	0x53, 0x14, 0x00, 0x00, 0x10, 0x00, /* 83, SPI 0x1000 */
	0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
	0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10,
};

/* DREMIP 3.5: Route Reply denying (68, lifetime too long). */
static const uint8_t route_reply[] = {
	0x21,                   /* type 33 */
	0x44,                   /* code 68 */
	0x00, 0x00,             /* lifetime (meaningless when denied) */
	0x0a, 0x01, 0x00, 0x05, /* destination */
	0x0a, 0x03, 0x00, 0x07, /* next hop */
	0x00, 0x00, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78, /* identification */
	0x53, 0x08, 0x00, 0x00, 0x10, 0x00, /* 83, SPI 0x1000, 4-octet auth */
	0xde, 0xad, 0xbe, 0xef,
};

/* The base-protocol extensions as Wireshark's mip dissector frames them. */
static const uint8_t base_exts[] = {
	0x01, 0x00, 0x00, 0x3c, 0x0a, 0x01, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00,
	0x0a, 0x03, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09,
	/* 131 NAI "mn@x" */
	0x83, 0x04, 'm', 'n', '@', 'x',
	/* 132 challenge, 4 octets */
	0x84, 0x04, 0xc1, 0xc2, 0xc3, 0xc4,
	/* 134 NVSE: reserved(2) vendor 5535 (3GPP2) type 9, value 2 octets */
	0x86, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x15, 0x9f, 0x00, 0x09, 0xee, 0xff,
	/* 38 CVSE: reserved(1) length16 = 7: vendor 9, type 3, value 1 octet */
	0x26, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x09, 0x00, 0x03, 0x77,
	/* 47 PMIPv4 non-skippable: subtype 1, length16 = 1, method 1 */
	0x2f, 0x01, 0x00, 0x01, 0x01,
	/* 37 old CVSE: 8-bit length, kept as bytes */
	0x25, 0x02, 0x55, 0x66,
	/* 200: unknown, kept raw */
	0xc8, 0x01, 0x99,
	/* 32 MN-HA auth, SPI 1, authenticator 2 octets (not last: note) */
	0x20, 0x06, 0x00, 0x00, 0x00, 0x01, 0xab, 0xcd,
	/* 36 generalized auth: subtype 1 (MN-AAA), length16 = 6, SPI 2 */
	0x24, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x02, 0x5a, 0x5b,
};

/* The meaningful part of a message with no extensions: the fixed fields,
 * n_ext and notes (ext[i] for i >= n_ext is unspecified after a decode). */
static void assert_mip4_fixed_equal(const struct mipx_mip4_msg *a,
				    const struct mipx_mip4_msg *b)
{
	assert_int_equal(a->n_ext, 0);
	assert_int_equal(b->n_ext, 0);
	assert_memory_equal(a, b, offsetof(struct mipx_mip4_msg, ext));
	assert_int_equal(a->notes, b->notes);
}

static void decode_ok(const uint8_t *b, size_t n, struct mipx_mip4_msg *m)
{
	struct mipx_error err;
	assert_int_equal(mipx_mip4_decode(b, n, m, &err), MIPX_OK);
}

static void test_reg_request(void **state)
{
	struct mipx_mip4_msg m;
	const struct mipx_mip4_ext *e;
	(void)state;

	decode_ok(reg_request, sizeof reg_request, &m);
	assert_int_equal(m.type, MIPX_MIP4_REG_REQUEST);
	assert_int_equal(m.flags, MIPX_REG_FLAG_R);
	assert_int_equal(m.lifetime, 300);
	assert_int_equal(m.home_address, 0x0a010005);
	assert_int_equal(m.registrar, 0x0a020001);
	assert_int_equal(m.care_of, 0x0a030007);
	assert_true(m.identification == 0xc7d2e3f400000001ull);
	assert_int_equal(m.notes, 0);
	assert_int_equal(m.n_ext, 1);
	e = &m.ext[0];
	assert_int_equal(e->type, MIPX_EXT_MOBILE_SERVER_AUTH);
	assert_int_equal(e->offset, 24);
	assert_int_equal(e->header_len, 2);
	assert_int_equal(e->length, 20);
	assert_ptr_equal(e->data, reg_request + 26);
	assert_int_equal(e->u.auth.spi, 256);
	assert_int_equal(e->u.auth.authenticator_len, 16);
	assert_ptr_equal(e->u.auth.authenticator, reg_request + 30);
	assert_ptr_equal(mipx_mip4_find_ext(&m, 84), e);
	assert_null(mipx_mip4_find_ext(&m, 83));
}

static void test_reg_reply(void **state)
{
	struct mipx_mip4_msg m;
	const struct mipx_mip4_ext *e;
	(void)state;

	decode_ok(reg_reply, sizeof reg_reply, &m);
	assert_int_equal(m.type, MIPX_MIP4_REG_REPLY);
	assert_int_equal(m.code, 0);
	assert_int_equal(m.lifetime, 240);
	assert_int_equal(m.home_address, 0x0a010005);
	assert_int_equal(m.registrar, 0x0a020001);
	assert_int_equal(m.care_of, 0); /* no care-of field in a reply */
	assert_true(m.identification == 0xc7d2e3f400000001ull);
	assert_int_equal(m.notes, 0);
	assert_int_equal(m.n_ext, 3);

	e = mipx_mip4_find_ext(&m, MIPX_EXT_CARE_OF);
	assert_non_null(e);
	assert_int_equal(e->offset, 20);
	assert_int_equal(e->length, 6);
	assert_int_equal(e->u.care_of.reserved, 0);
	assert_int_equal(e->u.care_of.address, 0x0a090001);

	e = mipx_mip4_find_ext(&m, MIPX_EXT_REG_SERVER);
	assert_non_null(e);
	assert_int_equal(e->offset, 28);
	assert_int_equal(e->length, 18);
	assert_int_equal(e->u.rs.lifetime, 3600);
	assert_int_equal(e->u.rs.count, 2);
	assert_int_equal(e->u.rs.entry[0].address, 0x0a020001);
	assert_int_equal(e->u.rs.entry[0].priority, 1);
	assert_int_equal(e->u.rs.entry[0].lifetime, MIPX_LIFETIME_INFINITE);
	assert_int_equal(e->u.rs.entry[1].address, 0x0a020002);
	assert_int_equal(e->u.rs.entry[1].priority, 2);
	assert_int_equal(e->u.rs.entry[1].lifetime, 0);

	e = mipx_mip4_find_ext(&m, MIPX_EXT_AGENT_SERVER_AUTH);
	assert_non_null(e);
	assert_int_equal(e->offset, 48);
	assert_int_equal(e->u.auth.spi, 0x1000);
	assert_int_equal(e->u.auth.authenticator_len, 16);
	assert_int_equal(e->u.auth.authenticator[0], 0xa0);
	assert_int_equal(e->u.auth.authenticator[15], 0xaf);
}

static void test_route_request(void **state)
{
	struct mipx_mip4_msg m;
	(void)state;

	decode_ok(route_request, sizeof route_request, &m);
	assert_int_equal(m.type, MIPX_MIP4_ROUTE_REQUEST);
	assert_int_equal(m.reserved, 0);
	assert_int_equal(m.lifetime, MIPX_LIFETIME_INFINITE);
	assert_int_equal(m.destination, 0x0a010005);
	assert_int_equal(m.next_hop, 0x0a030007);
	assert_int_equal(m.home_address, 0);
	assert_int_equal(m.registrar, 0);
	assert_true(m.identification == 0x12345678ull);
	assert_int_equal(m.n_ext, 1);
	assert_int_equal(m.ext[0].type, MIPX_EXT_AGENT_SERVER_AUTH);
	assert_int_equal(m.ext[0].u.auth.spi, 0x1000);
	assert_int_equal(m.notes, 0);
	assert_true(mipx_mip4_is_request(m.type));
	assert_true(mipx_mip4_is_route(m.type));
}

static void test_route_reply(void **state)
{
	struct mipx_mip4_msg m;
	(void)state;

	decode_ok(route_reply, sizeof route_reply, &m);
	assert_int_equal(m.type, MIPX_MIP4_ROUTE_REPLY);
	assert_int_equal(m.code, MIPX_ROUTE_DENIED_LIFETIME);
	assert_int_equal(m.lifetime, 0);
	assert_int_equal(m.destination, 0x0a010005);
	assert_int_equal(m.next_hop, 0x0a030007);
	assert_int_equal(m.n_ext, 1);
	assert_int_equal(m.ext[0].u.auth.authenticator_len, 4);
	assert_int_equal(m.ext[0].u.auth.authenticator[3], 0xef);
	assert_false(mipx_mip4_is_request(m.type));
	assert_true(mipx_mip4_is_route(m.type));
	assert_string_equal(mipx_route_code_name(m.code), "requested Lifetime too long");
}

static void test_base_exts(void **state)
{
	struct mipx_mip4_msg m;
	const struct mipx_mip4_ext *e;
	(void)state;

	decode_ok(base_exts, sizeof base_exts, &m);
	assert_int_equal(m.n_ext, 9);
	assert_int_equal(m.notes, MIPX_NOTE_UNKNOWN_EXTENSION | MIPX_NOTE_AUTH_NOT_LAST);

	e = &m.ext[0];
	assert_int_equal(e->type, MIPX_EXT_NAI);
	assert_int_equal(e->length, 4);
	assert_memory_equal(e->data, "mn@x", 4);

	e = &m.ext[1];
	assert_int_equal(e->type, MIPX_EXT_CHALLENGE);
	assert_int_equal(e->length, 4);
	assert_int_equal(e->data[0], 0xc1);

	e = &m.ext[2];
	assert_int_equal(e->type, MIPX_EXT_NVSE);
	assert_int_equal(e->header_len, 2);
	assert_int_equal(e->length, 10);
	assert_int_equal(e->u.vendor.reserved, 0);
	assert_int_equal(e->u.vendor.vendor_id, 5535);
	assert_int_equal(e->u.vendor.vendor_type, 9);
	assert_int_equal(e->u.vendor.value_len, 2);
	assert_int_equal(e->u.vendor.value[1], 0xff);

	e = &m.ext[3];
	assert_int_equal(e->type, MIPX_EXT_CVSE);
	assert_int_equal(e->header_len, 4);
	assert_int_equal(e->length, 7);
	assert_int_equal(e->u.vendor.vendor_id, 9);
	assert_int_equal(e->u.vendor.vendor_type, 3);
	assert_int_equal(e->u.vendor.value_len, 1);
	assert_int_equal(e->u.vendor.value[0], 0x77);

	e = &m.ext[4];
	assert_int_equal(e->type, MIPX_EXT_PMIP_NON_SKIP);
	assert_int_equal(e->header_len, 4);
	assert_int_equal(e->subtype, 1);
	assert_int_equal(e->length, 1);
	assert_int_equal(e->data[0], 1);

	e = &m.ext[5];
	assert_int_equal(e->type, MIPX_EXT_OLD_CVSE);
	assert_int_equal(e->header_len, 2);
	assert_int_equal(e->length, 2);

	e = &m.ext[6];
	assert_int_equal(e->type, 200);
	assert_int_equal(e->length, 1);
	assert_int_equal(e->data[0], 0x99);

	e = &m.ext[7];
	assert_int_equal(e->type, MIPX_EXT_MN_HA_AUTH);
	assert_int_equal(e->u.auth.spi, 1);
	assert_int_equal(e->u.auth.authenticator_len, 2);

	e = &m.ext[8];
	assert_int_equal(e->type, MIPX_EXT_GEN_AUTH);
	assert_int_equal(e->header_len, 4);
	assert_int_equal(e->subtype, 1);
	assert_int_equal(e->length, 6);
	assert_int_equal(e->u.auth.spi, 2);
	assert_int_equal(e->u.auth.authenticator_len, 2);
	assert_int_equal(e->u.auth.authenticator[0], 0x5a);
}

/*
 * Every prefix of a good message: OK exactly at the end of the fixed part or
 * of an extension, otherwise TRUNCATED at the prefix length; never a crash.
 */
static void check_prefixes(const uint8_t *b, size_t n)
{
	struct mipx_mip4_msg full, m;
	struct mipx_error err;
	bool boundary[512] = { false };
	size_t k;
	unsigned i;

	assert_true(n < sizeof boundary);
	decode_ok(b, n, &full);
	boundary[full.type == MIPX_MIP4_REG_REQUEST ? 24 : 20] = true;
	for (i = 0; i < full.n_ext; i++)
		boundary[full.ext[i].offset + full.ext[i].header_len + full.ext[i].length] = true;
	for (k = 0; k < n; k++) {
		/* A copy of exactly k octets, so ASan sees any over-read. */
		uint8_t *copy = test_malloc(k ? k : 1);
		memcpy(copy, b, k);
		mipx_status st = mipx_mip4_decode(copy, k, &m, &err);
		if (boundary[k]) {
			assert_int_equal(st, MIPX_OK);
		} else {
			assert_int_equal(st, MIPX_TRUNCATED);
			assert_int_equal(err.offset, k);
			assert_non_null(err.field);
			assert_non_null(err.reason);
		}
		test_free(copy);
	}
}

static void test_truncation(void **state)
{
	(void)state;
	check_prefixes(reg_request, sizeof reg_request);
	check_prefixes(reg_reply, sizeof reg_reply);
	check_prefixes(route_request, sizeof route_request);
	check_prefixes(route_reply, sizeof route_reply);
	check_prefixes(base_exts, sizeof base_exts);
}

/* The fixed part of a Route Request followed by `ext`. */
static mipx_status decode_with_ext(const uint8_t *ext, size_t n,
				   struct mipx_mip4_msg *m, struct mipx_error *err)
{
	uint8_t buf[300];
	memcpy(buf, route_request, 20);
	memcpy(buf + 20, ext, n);
	return mipx_mip4_decode(buf, 20 + n, m, err);
}

static void expect_invalid(const uint8_t *ext, size_t n, const char *field)
{
	struct mipx_mip4_msg m;
	struct mipx_error err;
	assert_int_equal(decode_with_ext(ext, n, &m, &err), MIPX_INVALID);
	assert_string_equal(err.field, field);
	assert_int_equal(err.offset, 20);
	assert_non_null(err.reason);
}

static void test_invalid_lengths(void **state)
{
	static const uint8_t rs_empty[] = { 0x51, 0x02, 0x00, 0x10 };
	static const uint8_t rs_zero[] = { 0x51, 0x00 };
	static const uint8_t rs_odd[] = { 0x51, 0x09, 0, 1, 10, 0, 0, 1, 0, 1, 0 };
	static const uint8_t rs_long[] = { 0x51, 0x0b, 0, 1, 10, 0, 0, 1, 0, 1, 0, 1, 2 };
	static const uint8_t coa5[] = { 0x52, 0x05, 0, 0, 10, 9, 0 };
	static const uint8_t coa7[] = { 0x52, 0x07, 0, 0, 10, 9, 0, 1, 0 };
	static const uint8_t as3[] = { 0x53, 0x03, 0, 0, 1 };
	static const uint8_t ms0[] = { 0x54, 0x00 };
	static const uint8_t ss2[] = { 0x55, 0x02, 0, 0 };
	static const uint8_t mnha3[] = { 0x20, 0x03, 0, 0, 1 };
	static const uint8_t gen3[] = { 0x24, 0x01, 0x00, 0x03, 0, 0, 1 };
	static const uint8_t cvse5[] = { 0x26, 0x00, 0x00, 0x05, 0, 0, 0, 9, 0 };
	static const uint8_t nvse7[] = { 0x86, 0x07, 0, 0, 0, 0, 0, 9, 0 };
	(void)state;

	expect_invalid(rs_empty, sizeof rs_empty, "ext81.length");
	expect_invalid(rs_zero, sizeof rs_zero, "ext81.length");
	expect_invalid(rs_odd, sizeof rs_odd, "ext81.length");
	expect_invalid(rs_long, sizeof rs_long, "ext81.length");
	expect_invalid(coa5, sizeof coa5, "ext82.length");
	expect_invalid(coa7, sizeof coa7, "ext82.length");
	expect_invalid(as3, sizeof as3, "ext83.length");
	expect_invalid(ms0, sizeof ms0, "ext84.length");
	expect_invalid(ss2, sizeof ss2, "ext85.length");
	expect_invalid(mnha3, sizeof mnha3, "ext32.length");
	expect_invalid(gen3, sizeof gen3, "ext36.length");
	expect_invalid(cvse5, sizeof cvse5, "ext38.length");
	expect_invalid(nvse7, sizeof nvse7, "ext134.length");
	/* Impossible even when the data is missing: invalid wins. */
	expect_invalid(coa7, 2, "ext82.length");
}

static void test_overrun_is_truncated(void **state)
{
	/* A good 82 whose length says 6 but the payload stops after 4. */
	static const uint8_t coa_short[] = { 0x52, 0x06, 0, 0, 10, 9 };
	static const uint8_t nai_long[] = { 0x83, 0x20, 'a' };
	struct mipx_mip4_msg m;
	struct mipx_error err;
	(void)state;

	assert_int_equal(decode_with_ext(coa_short, sizeof coa_short, &m, &err),
			 MIPX_TRUNCATED);
	assert_int_equal(err.offset, 26);
	assert_string_equal(err.field, "ext82.data");
	assert_int_equal(decode_with_ext(nai_long, sizeof nai_long, &m, &err),
			 MIPX_TRUNCATED);
	assert_int_equal(err.offset, 23);
	assert_string_equal(err.field, "ext131.data");
}

static void test_unknown_type(void **state)
{
	static const uint8_t types[] = { 0, 2, 5, 16, 31, 34, 255 };
	uint8_t buf[sizeof route_request];
	struct mipx_mip4_msg m;
	struct mipx_error err;
	unsigned i;
	(void)state;

	for (i = 0; i < sizeof types; i++) {
		memcpy(buf, route_request, sizeof buf);
		buf[0] = types[i];
		assert_int_equal(mipx_mip4_decode(buf, sizeof buf, &m, &err), MIPX_INVALID);
		assert_string_equal(err.field, "type");
		assert_int_equal(err.offset, 0);
	}
	assert_int_equal(mipx_mip4_decode(buf, 0, &m, &err), MIPX_TRUNCATED);
	assert_int_equal(err.offset, 0);
}

static void test_too_many_exts(void **state)
{
	uint8_t buf[20 + 2 * (MIPX_MIP4_MAX_EXTS + 1)];
	struct mipx_mip4_msg m;
	struct mipx_error err;
	unsigned i;
	(void)state;

	memcpy(buf, route_request, 20);
	for (i = 0; i <= MIPX_MIP4_MAX_EXTS; i++) {
		buf[20 + 2 * i] = MIPX_EXT_NAI;
		buf[21 + 2 * i] = 0;
	}
	/* exactly the maximum is fine */
	assert_int_equal(mipx_mip4_decode(buf, sizeof buf - 2, &m, &err), MIPX_OK);
	assert_int_equal(m.n_ext, MIPX_MIP4_MAX_EXTS);
	assert_int_equal(mipx_mip4_decode(buf, sizeof buf, &m, &err), MIPX_INVALID);
	assert_string_equal(err.field, "extensions");
	assert_int_equal(err.offset, 20 + 2 * MIPX_MIP4_MAX_EXTS);
}

static void test_reserved_notes(void **state)
{
	uint8_t buf[64];
	struct mipx_mip4_msg m;
	struct mipx_error err;
	static const uint8_t coa_res[] = { 0x52, 0x06, 0x80, 0x01, 10, 9, 0, 1 };
	static const uint8_t cvse_res[] = { 0x26, 0x11, 0x00, 0x06, 0, 0, 0, 9, 0, 1 };
	static const uint8_t nvse_res[] = { 0x86, 0x08, 0x00, 0x01, 0, 0, 0, 9, 0, 1 };
	(void)state;

	memcpy(buf, reg_request, 24);
	buf[1] = MIPX_REG_FLAG_R | MIPX_REG_FLAG_X;
	assert_int_equal(mipx_mip4_decode(buf, 24, &m, &err), MIPX_OK);
	assert_int_equal(m.notes, MIPX_NOTE_RESERVED_NONZERO);
	assert_int_equal(m.flags, 0x03);

	memcpy(buf, route_request, 20);
	buf[1] = 0x07;
	assert_int_equal(mipx_mip4_decode(buf, 20, &m, &err), MIPX_OK);
	assert_int_equal(m.notes, MIPX_NOTE_RESERVED_NONZERO);
	assert_int_equal(m.reserved, 7);

	/* a Route Reply's second octet is its code, not reserved */
	memcpy(buf, route_reply, 20);
	assert_int_equal(mipx_mip4_decode(buf, 20, &m, &err), MIPX_OK);
	assert_int_equal(m.notes, 0);

	assert_int_equal(decode_with_ext(coa_res, sizeof coa_res, &m, &err), MIPX_OK);
	assert_int_equal(m.notes, MIPX_NOTE_RESERVED_NONZERO);
	assert_int_equal(m.ext[0].u.care_of.reserved, 0x8001);
	assert_int_equal(m.ext[0].u.care_of.address, 0x0a090001);

	assert_int_equal(decode_with_ext(cvse_res, sizeof cvse_res, &m, &err), MIPX_OK);
	assert_int_equal(m.notes, MIPX_NOTE_RESERVED_NONZERO);
	assert_int_equal(m.ext[0].u.vendor.reserved, 0x11);

	assert_int_equal(decode_with_ext(nvse_res, sizeof nvse_res, &m, &err), MIPX_OK);
	assert_int_equal(m.notes, MIPX_NOTE_RESERVED_NONZERO);
	assert_int_equal(m.ext[0].u.vendor.reserved, 1);
}

static void test_auth_not_last(void **state)
{
	/* 83 then an NAI: the NAI is not covered by the authenticator. */
	static const uint8_t exts[] = { 0x53, 0x04, 0, 0, 0, 1, 0x83, 0x01, 'a' };
	/* NAI then 83: fine */
	static const uint8_t exts_ok[] = { 0x83, 0x01, 'a', 0x53, 0x04, 0, 0, 0, 1 };
	/* one unknown extension only */
	static const uint8_t unknown[] = { 0x7f, 0x00 };
	struct mipx_mip4_msg m;
	struct mipx_error err;
	(void)state;

	assert_int_equal(decode_with_ext(exts, sizeof exts, &m, &err), MIPX_OK);
	assert_int_equal(m.notes, MIPX_NOTE_AUTH_NOT_LAST);
	assert_int_equal(decode_with_ext(exts_ok, sizeof exts_ok, &m, &err), MIPX_OK);
	assert_int_equal(m.notes, 0);
	assert_int_equal(m.ext[1].u.auth.authenticator_len, 0);
	assert_int_equal(decode_with_ext(unknown, sizeof unknown, &m, &err), MIPX_OK);
	assert_int_equal(m.notes, MIPX_NOTE_UNKNOWN_EXTENSION);
	assert_int_equal(m.ext[0].type, 0x7f);
	assert_int_equal(m.ext[0].length, 0);
}

/* decode -> encode gives the same bytes; encode -> decode the same fields. */
static void check_round_trip(const uint8_t *b, size_t n)
{
	struct mipx_mip4_msg m, m2;
	struct mipx_error err;
	uint8_t out[512];
	size_t out_len = 0, cap;
	unsigned i;

	decode_ok(b, n, &m);
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_OK);
	assert_int_equal(out_len, n);
	assert_memory_equal(out, b, n);
	decode_ok(out, out_len, &m2);
	assert_int_equal(m2.n_ext, m.n_ext);
	assert_int_equal(m2.notes, m.notes);
	for (i = 0; i < m.n_ext; i++) {
		assert_int_equal(m2.ext[i].type, m.ext[i].type);
		assert_int_equal(m2.ext[i].length, m.ext[i].length);
		assert_int_equal(m2.ext[i].offset, m.ext[i].offset);
		assert_memory_equal(m2.ext[i].data, m.ext[i].data, m.ext[i].length);
	}
	/* Every smaller output buffer is "too small", never an overflow. */
	for (cap = 0; cap < n; cap++) {
		uint8_t *small = test_malloc(cap ? cap : 1);
		assert_int_equal(mipx_mip4_encode(&m, small, cap, &out_len, &err),
				 MIPX_TRUNCATED);
		assert_int_equal(out_len, 0);
		test_free(small);
	}
}

static void test_round_trip_bytes(void **state)
{
	(void)state;
	check_round_trip(reg_request, sizeof reg_request);
	check_round_trip(reg_reply, sizeof reg_reply);
	check_round_trip(route_request, sizeof route_request);
	check_round_trip(route_reply, sizeof route_reply);
	check_round_trip(base_exts, sizeof base_exts);
}

/* Built from fields: the encoder recomputes every length. */
static void test_round_trip_fields(void **state)
{
	static const uint8_t key16[16] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
	static const uint8_t val[3] = { 7, 8, 9 };
	struct mipx_mip4_msg m, d;
	struct mipx_error err;
	uint8_t out[512];
	size_t out_len;
	(void)state;

	memset(&m, 0, sizeof m);
	m.type = MIPX_MIP4_REG_REPLY;
	m.code = 67;
	m.lifetime = 0xffff;
	m.home_address = 0xc0a80001;
	m.registrar = 0xc0a80002;
	m.identification = 0x0102030405060708ull;
	m.n_ext = 5;
	m.ext[0].type = MIPX_EXT_REG_SERVER;
	m.ext[0].u.rs.lifetime = 10;
	m.ext[0].u.rs.count = MIPX_RS_MAX_ENTRIES;
	for (unsigned i = 0; i < MIPX_RS_MAX_ENTRIES; i++) {
		m.ext[0].u.rs.entry[i].address = 0x0a000000 + i;
		m.ext[0].u.rs.entry[i].priority = (uint16_t)(i * 3);
		m.ext[0].u.rs.entry[i].lifetime = (uint16_t)(1000 + i);
	}
	m.ext[1].type = MIPX_EXT_CARE_OF;
	m.ext[1].u.care_of.address = 0x0a090001;
	m.ext[2].type = MIPX_EXT_OLD_NVSE;
	m.ext[2].u.vendor.vendor_id = 311;
	m.ext[2].u.vendor.vendor_type = 2;
	m.ext[2].u.vendor.value = val;
	m.ext[2].u.vendor.value_len = 3;
	m.ext[3].type = MIPX_EXT_GEN_AUTH;
	m.ext[3].subtype = 2;
	m.ext[3].u.auth.spi = 0xdeadbeef;
	m.ext[3].u.auth.authenticator = key16;
	m.ext[3].u.auth.authenticator_len = 16;
	m.ext[4].type = MIPX_EXT_SERVER_SERVER_AUTH;
	m.ext[4].u.auth.spi = 7;
	m.ext[4].u.auth.authenticator = key16;
	m.ext[4].u.auth.authenticator_len = 16;

	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_OK);
	assert_int_equal(out_len, 20 + (2 + 2 + 8 * 31) + 8 + 13 + 24 + 22);
	decode_ok(out, out_len, &d);
	assert_int_equal(d.type, m.type);
	assert_int_equal(d.code, 67);
	assert_int_equal(d.lifetime, 0xffff);
	assert_int_equal(d.home_address, m.home_address);
	assert_int_equal(d.registrar, m.registrar);
	assert_true(d.identification == m.identification);
	assert_int_equal(d.n_ext, 5);
	assert_int_equal(d.notes, MIPX_NOTE_AUTH_NOT_LAST);
	assert_int_equal(d.ext[0].length, 2 + 8 * 31);
	assert_int_equal(d.ext[0].u.rs.count, 31);
	assert_memory_equal(&d.ext[0].u.rs, &m.ext[0].u.rs, sizeof m.ext[0].u.rs);
	assert_int_equal(d.ext[1].u.care_of.address, 0x0a090001);
	assert_int_equal(d.ext[2].u.vendor.vendor_id, 311);
	assert_int_equal(d.ext[2].u.vendor.vendor_type, 2);
	assert_int_equal(d.ext[2].u.vendor.value_len, 3);
	assert_memory_equal(d.ext[2].u.vendor.value, val, 3);
	assert_int_equal(d.ext[3].header_len, 4);
	assert_int_equal(d.ext[3].subtype, 2);
	assert_int_equal(d.ext[3].u.auth.spi, 0xdeadbeef);
	assert_memory_equal(d.ext[3].u.auth.authenticator, key16, 16);
	assert_int_equal(d.ext[4].u.auth.spi, 7);

	/* A Registration Request and both route messages from fields. */
	memset(&m, 0, sizeof m);
	m.type = MIPX_MIP4_REG_REQUEST;
	m.flags = MIPX_REG_FLAG_S | MIPX_REG_FLAG_R;
	m.lifetime = 30;
	m.home_address = 1;
	m.registrar = 2;
	m.care_of = 3;
	m.identification = 4;
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_OK);
	assert_int_equal(out_len, MIPX_MIP4_REG_REQUEST_LEN);
	decode_ok(out, out_len, &d);
	assert_mip4_fixed_equal(&d, &m);

	m.type = MIPX_MIP4_ROUTE_REQUEST;
	m.flags = 0;
	m.home_address = m.registrar = m.care_of = 0;
	m.destination = 5;
	m.next_hop = 6;
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_OK);
	assert_int_equal(out_len, MIPX_MIP4_ROUTE_LEN);
	decode_ok(out, out_len, &d);
	assert_mip4_fixed_equal(&d, &m);

	m.type = MIPX_MIP4_ROUTE_REPLY;
	m.code = MIPX_ROUTE_DENIED_POORLY_FORMED;
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_OK);
	decode_ok(out, out_len, &d);
	assert_mip4_fixed_equal(&d, &m);
}

static void test_encode_invalid(void **state)
{
	struct mipx_mip4_msg m;
	struct mipx_error err;
	uint8_t out[600];
	static uint8_t big[300];
	size_t out_len;
	(void)state;

	memset(&m, 0, sizeof m);
	m.type = 2;
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_INVALID);
	assert_string_equal(err.field, "type");

	m.type = MIPX_MIP4_ROUTE_REQUEST;
	m.n_ext = 1;
	m.ext[0].type = MIPX_EXT_REG_SERVER; /* count 0 */
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_INVALID);
	assert_string_equal(err.field, "ext81.count");

	m.ext[0].type = MIPX_EXT_AGENT_SERVER_AUTH; /* 4 + 252 > 255 */
	m.ext[0].u.auth.authenticator = big;
	m.ext[0].u.auth.authenticator_len = 252;
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_INVALID);
	assert_string_equal(err.field, "ext83.length");

	m.ext[0].u.auth.authenticator_len = 251;
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_OK);
	assert_int_equal(out_len, 20 + 2 + 255);

	m.n_ext = MIPX_MIP4_MAX_EXTS + 1;
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &out_len, &err), MIPX_INVALID);
}


/* RFC 3344 3.3 request through a foreign agent, RFC 3024 T set, with the
 * extensions of RFC 3024, 2794, 3012, 3115, 3519, 3543, 4433 and 5177: all
 * known, none malformed. */
static const uint8_t std_request[] = {
	0x01, 0x02, 0x07, 0x08,             /* type 1, T, lifetime 1800 */
	0xc0, 0x00, 0x02, 0x01,             /* home 192.0.2.1 */
	0xc0, 0x00, 0x02, 0xfe,             /* home agent 192.0.2.254 */
	0xc6, 0x33, 0x64, 0x01,             /* care-of 198.51.100.1 */
	0xe8, 0xf5, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78,
	0x82, 0x00,                         /* 130 Encapsulating Delivery Style */
	0x83, 0x05, 'm', 'n', '@', 'e', 'x', /* 131 NAI */
	0x90, 0x06, 0x00, 0x00, 0x80, 0x04, 0x00, 0x00, /* 144 UDP Tunnel Request F */
	0x89, 0x06, 0x80, 0x00, 0x00, 0x00, 0x01, 0x00, /* 137 I, timestamp 256 */
	0x8b, 0x05, 0x01, 0xc0, 0x00, 0x02, 0xfe, /* 139 requested HA */
	0x94, 0x06, 0x00, 0x18, 0xcb, 0x00, 0x71, 0x00, /* 148 request 203.0.113.0/24 */
	0x86, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x01, 0xab, 0xcd, /* 134 */
	0x26, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x09, 0x00, 0x02, 0x77, /* 38 */
	0x84, 0x04, 0x01, 0x02, 0x03, 0x04, /* 132 MN-FA Challenge */
	0x20, 0x08, 0x00, 0x00, 0x01, 0x00, 0xaa, 0xbb, 0xcc, 0xdd, /* 32 MN-HA */
	0x24, 0x01, 0x00, 0x08, 0x00, 0x00, 0x00, 0x02, 1, 2, 3, 4, /* 36 MN-AAA */
};

static void test_rfc_extensions(void **state)
{
	struct mipx_mip4_msg m;
	struct mipx_error err;
	(void)state;

	assert_int_equal(mipx_mip4_decode(std_request, sizeof std_request, &m, &err), MIPX_OK);
	assert_int_equal(m.flags, MIPX_REG_FLAG_T);
	assert_int_equal(m.notes & MIPX_NOTE_UNKNOWN_EXTENSION, 0);
	assert_int_equal(m.n_ext, 11);
	assert_int_equal(m.ext[0].type, MIPX_EXT_ENCAP_DELIVERY);
	assert_int_equal(m.ext[0].length, 0);
	assert_int_equal(m.ext[1].length, 5);
	assert_memory_equal(m.ext[1].data, "mn@ex", 5);
	assert_int_equal(m.ext[2].u.udp_tunnel.flags, 0x80);
	assert_int_equal(m.ext[2].u.udp_tunnel.encapsulation, 4);
	assert_int_equal(m.ext[3].u.revocation.flags, 0x8000);
	assert_int_equal(m.ext[3].u.revocation.timestamp, 256);
	assert_int_equal(m.ext[4].u.dynamic_ha.subtype, 1);
	assert_int_equal(m.ext[4].u.dynamic_ha.address, 0xc00002fe);
	assert_int_equal(m.ext[5].u.mobile_network.subtype, MIPX_MOBNET_REQUEST);
	assert_int_equal(m.ext[5].u.mobile_network.prefix_length, 24);
	assert_int_equal(m.ext[5].u.mobile_network.prefix, 0xcb007100);
	assert_int_equal(m.ext[6].u.vendor.vendor_id, 9);
	assert_int_equal(m.ext[6].u.vendor.value_len, 2);
	assert_int_equal(m.ext[7].header_len, 4); /* CVSE: 16-bit length */
	assert_int_equal(m.ext[7].length, 7);
	assert_int_equal(m.ext[8].type, MIPX_EXT_CHALLENGE);
	assert_int_equal(m.ext[10].header_len, 4); /* generalized auth */
	assert_int_equal(m.ext[10].subtype, 1);    /* MN-AAA (RFC 3012 5) */
	assert_int_equal(m.ext[10].u.auth.spi, 2);

	/* fixed-layout extensions shorter than their RFC's fields */
	{
		static const uint8_t utr5[] = { 0x90, 0x05, 0, 0, 0x80, 4, 0 };
		static const uint8_t rev5[] = { 0x89, 0x05, 0x80, 0, 0, 0, 1 };
		static const uint8_t dha4[] = { 0x8b, 0x04, 1, 192, 0, 2 };
		static const uint8_t utp0[] = { 0x2c, 0x00 };
		expect_invalid(utr5, sizeof utr5, "ext144.length");
		expect_invalid(rev5, sizeof rev5, "ext137.length");
		expect_invalid(dha4, sizeof dha4, "ext139.length");
		expect_invalid(utp0, sizeof utp0, "ext44.length");
	}
}

/* RFC 3543 3.1-3.2: Registration Revocation and its Acknowledgement. */
static void test_revocation(void **state)
{
	static const uint8_t rev[] = {
		0x07, 0x00, 0xc0, 0x00,             /* type 7, reserved, A I */
		0xc0, 0x00, 0x02, 0x01,             /* home address */
		0xc0, 0x00, 0x02, 0xfe,             /* home domain address */
		0xc6, 0x33, 0x64, 0x01,             /* foreign domain address */
		0x00, 0x00, 0x00, 0x2a,             /* revocation identifier */
		0x22, 0x08, 0x00, 0x00, 0x01, 0x00, 1, 2, 3, 4, /* 34 FA-HA auth */
	};
	static const uint8_t ack[] = {
		0x0f, 0x00, 0x80, 0x00, 0xc0, 0x00, 0x02, 0x01, 0x00, 0x00, 0x00, 0x2a,
	};
	static const uint8_t tunnel[] = { 0x04, 0x04, 0x00, 0x00, 0x45, 0x00 };
	struct mipx_mip4_msg m;
	struct mipx_error err;
	uint8_t out[64];
	size_t len;
	(void)state;

	assert_int_equal(mipx_mip4_decode(rev, sizeof rev, &m, &err), MIPX_OK);
	assert_int_equal(m.revocation_flags, MIPX_REV_FLAG_A | MIPX_REV_FLAG_I);
	assert_int_equal(m.home_address, 0xc0000201);
	assert_int_equal(m.home_domain, 0xc00002fe);
	assert_int_equal(m.foreign_domain, 0xc6336401);
	assert_int_equal(m.revocation_id, 42);
	assert_int_equal(m.n_ext, 1);
	assert_int_equal(m.notes, 0);
	assert_false(mipx_mip4_is_exchange(m.type));
	assert_string_equal(mipx_mip4_type_name(m.type), "Registration Revocation");
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &len, &err), MIPX_OK);
	assert_int_equal(len, sizeof rev);
	assert_memory_equal(out, rev, sizeof rev);
	assert_int_equal(mipx_mip4_decode(rev, 19, &m, &err), MIPX_TRUNCATED);

	assert_int_equal(mipx_mip4_decode(ack, sizeof ack, &m, &err), MIPX_OK);
	assert_int_equal(m.revocation_flags, MIPX_REV_ACK_FLAG_I);
	assert_int_equal(m.revocation_id, 42);
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &len, &err), MIPX_OK);
	assert_memory_equal(out, ack, sizeof ack);

	assert_int_equal(mipx_mip4_decode(tunnel, sizeof tunnel, &m, &err), MIPX_OK);
	assert_int_equal(m.next_header, 4);
	assert_int_equal(m.tunnelled_len, 2);
	assert_int_equal(m.n_ext, 0);
	assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &len, &err), MIPX_OK);
	assert_int_equal(len, sizeof tunnel);
	assert_memory_equal(out, tunnel, sizeof tunnel);
	/* reserved octets are kept, so that encoding gives the same bytes */
	{
		uint8_t r[sizeof rev];
		memcpy(r, rev, sizeof r);
		r[1] = 0x01;
		assert_int_equal(mipx_mip4_decode(r, sizeof r, &m, &err), MIPX_OK);
		assert_int_equal(m.notes, MIPX_NOTE_RESERVED_NONZERO);
		assert_int_equal(mipx_mip4_encode(&m, out, sizeof out, &len, &err), MIPX_OK);
		assert_memory_equal(out, r, sizeof r);
	}
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(mipx_mip4_type_name(32), "Route Request");
	assert_string_equal(mipx_mip4_type_name(33), "Route Reply");
	assert_string_equal(mipx_mip4_type_name(1), "Registration Request");
	assert_string_equal(mipx_mip4_type_name(3), "Registration Reply");
	assert_string_equal(mipx_mip4_type_name(9), "Unknown");
	assert_string_equal(mipx_mip4_ext_name(82), "Care-of Address");
	assert_string_equal(mipx_mip4_ext_name(81), "Registration Server");
	assert_string_equal(mipx_mip4_ext_name(83), "Agent-Server Authentication");
	assert_string_equal(mipx_mip4_ext_name(84), "Mobile-Server Authentication");
	assert_string_equal(mipx_mip4_ext_name(85), "Server-Server Authentication");
	assert_string_equal(mipx_mip4_ext_name(131), "Mobile Node NAI");
	assert_string_equal(mipx_mip4_ext_name(99), "Unknown");
	assert_string_equal(mipx_route_code_name(0), "route added");
	assert_string_equal(mipx_route_code_name(67), "server failed authentication");
	assert_string_equal(mipx_route_code_name(1), "unknown");
	assert_string_equal(mipx_reg_code_name(0), "registration accepted");
	assert_string_equal(mipx_reg_code_name(67),
			    "denied by FA: mobile node failed authentication");
	assert_string_equal(mipx_reg_code_name(133),
			    "denied by HA: registration Identification mismatch");
	assert_string_equal(mipx_reg_code_name(2), "unknown");
	/* RFC 3024 4.3-4.4, RFC 2794, RFC 3012, RFC 3115 */
	assert_string_equal(mipx_reg_code_name(74),
			    "denied by FA: requested reverse tunnel unavailable");
	assert_string_equal(mipx_reg_code_name(75),
			    "denied by FA: reverse tunnel is mandatory and 'T' bit not set");
	assert_string_equal(mipx_reg_code_name(76), "denied by FA: mobile node too distant");
	assert_string_equal(mipx_reg_code_name(79), "denied by FA: delivery style not supported");
	assert_string_equal(mipx_reg_code_name(137),
			    "denied by HA: requested reverse tunnel unavailable");
	assert_string_equal(mipx_reg_code_name(138),
			    "denied by HA: reverse tunnel is mandatory and 'T' bit not set");
	assert_string_equal(mipx_reg_code_name(139),
			    "denied by HA: requested encapsulation unavailable");
	assert_string_equal(mipx_reg_code_name(97), "denied by FA: missing NAI");
	assert_string_equal(mipx_reg_code_name(104), "denied by FA: unknown challenge");
	assert_string_equal(mipx_reg_code_name(105), "denied by FA: missing challenge");
	assert_string_equal(mipx_reg_code_name(106), "denied by FA: stale challenge");
	assert_string_equal(mipx_reg_code_name(100),
			    "denied by FA: unable to interpret CVSE sent by mobile node");
	assert_string_equal(mipx_reg_code_name(142), "denied by HA: UDP encapsulation unavailable");
	assert_string_equal(mipx_mip4_ext_name(130), "Encapsulating Delivery Style");
	assert_string_equal(mipx_mip4_ext_name(132), "MN-FA Challenge");
	assert_string_equal(mipx_mip4_ext_name(134), "Normal Vendor/Organization Specific");
	assert_string_equal(mipx_mip4_ext_name(38), "Critical Vendor/Organization Specific");
	assert_string_equal(mipx_mip4_ext_name(137), "Revocation Support");
	assert_string_equal(mipx_mip4_ext_name(144), "UDP Tunnel Request");
	assert_string_equal(mipx_mip4_ext_name(44), "UDP Tunnel Reply");
	assert_string_equal(mipx_mip4_ext_name(148), "Mobile Network");
	assert_string_equal(mipx_mip4_ext_name(24), "Unknown");
	assert_string_equal(mipx_adv_ext_name(24), "Challenge");
	assert_string_equal(mipx_adv_ext_name(16), "Mobility Agent Advertisement");
	assert_string_equal(mipx_adv_ext_name(130), "Unknown");
	assert_string_equal(mipx_mip4_type_name(7), "Registration Revocation");
	assert_string_equal(mipx_mip4_type_name(15), "Registration Revocation Acknowledgement");
	assert_true(mipx_mip4_is_auth_ext(32));
	assert_true(mipx_mip4_is_auth_ext(36));
	assert_true(mipx_mip4_is_auth_ext(85));
	assert_false(mipx_mip4_is_auth_ext(82));
	assert_false(mipx_mip4_is_auth_ext(35));
	assert_true(mipx_mip4_is_dremip_ext(81));
	assert_true(mipx_mip4_is_dremip_ext(85));
	assert_false(mipx_mip4_is_dremip_ext(80));
	assert_false(mipx_mip4_is_dremip_ext(86));
	assert_true(mipx_mip4_is_request(1));
	assert_false(mipx_mip4_is_request(3));
	assert_false(mipx_mip4_is_route(1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reg_request),
		cmocka_unit_test(test_reg_reply),
		cmocka_unit_test(test_route_request),
		cmocka_unit_test(test_route_reply),
		cmocka_unit_test(test_base_exts),
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_invalid_lengths),
		cmocka_unit_test(test_overrun_is_truncated),
		cmocka_unit_test(test_unknown_type),
		cmocka_unit_test(test_too_many_exts),
		cmocka_unit_test(test_reserved_notes),
		cmocka_unit_test(test_auth_not_last),
		cmocka_unit_test(test_round_trip_bytes),
		cmocka_unit_test(test_round_trip_fields),
		cmocka_unit_test(test_encode_invalid),
		cmocka_unit_test(test_rfc_extensions),
		cmocka_unit_test(test_revocation),
		cmocka_unit_test(test_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
