/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The rules on structures the codec decoded from wire bytes: the offsets the
 * rules print must land on the fields the decoder read them from.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "mipx/message_rules.h"
#include "verdicts_util.h"

static void test_bu_ba_bytes(void **state)
{
	static const uint8_t bu_bytes[24] = {
		59, 2, MIPX_MH_BU, 0, 0, 0,
		0, 12,          /* sequence */
		0x84, 0x00,     /* A, M (0x0400) */
		0, 100,         /* lifetime 400 s */
		253, 4, 7, 0, 0x12, 0x34, /* CoAINFO IFID 7 IFPRI 0, reserved 0x1234 */
		1, 4, 0, 0, 0, 0,         /* PadN */
	};
	static const uint8_t ba_bytes[16] = {
		59, 1, MIPX_MH_BA, 0, 0, 0,
		0, 0,           /* status 0, flags */
		0, 12,          /* sequence */
		0, 200,         /* lifetime 800 s */
		1, 2, 0, 0,     /* PadN */
	};
	const struct mipx_mip6_settings settings = MIPX_MIP6_SETTINGS_DEFAULT;
	struct mipx_mh bu, ba;
	struct mipx_error err;
	struct mipx_verdicts out = { 0 };
	const struct mipx_verdict *v;
	(void)state;

	assert_int_equal(mipx_mh_decode(bu_bytes, sizeof bu_bytes, &settings, &bu, &err), MIPX_OK);
	assert_int_equal(mipx_mh_decode(ba_bytes, sizeof ba_bytes, &settings, &ba, &err), MIPX_OK);

	mipx_rules_mh_message(&bu, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_MCOA_RESERVED);
	assert_non_null(v);
	assert_int_equal(v->offset, 16);
	assert_int_equal(v->length, 2);
	assert_int_equal(bu_bytes[v->offset], 0x12);

	out.count = 0;
	mipx_rules_mh_pair(&bu, &ba, &out);
	assert_int_equal(out.count, 2);
	v = verdict_of(&out, MIPX_MCOA_LT_BA);
	assert_non_null(v);
	assert_int_equal(ba_bytes[v->offset + 1], 200);
	assert_string_equal(v->text, "[MCOA-LT-BA] BA grants 800 s, BU asked 400 s");
	assert_non_null(verdict_of(&out, MIPX_MCOA_BA_NO_COAINFO));
}

static void test_registration_bytes(void **state)
{
	static const uint8_t req_bytes[24] = {
		MIPX_MIP4_REG_REQUEST, 0x03, 0x01, 0x2c, /* R and r, lifetime 300 */
		10, 1, 0, 5, 10, 2, 0, 1, 10, 2, 1, 1,
		0, 0, 0, 0, 0, 0, 0, 9,
	};
	static const uint8_t rep_bytes[28] = {
		MIPX_MIP4_REG_REPLY, 0, 0x02, 0x58,      /* code 0, lifetime 600 */
		10, 1, 0, 5, 10, 2, 0, 1,
		0, 0, 0, 0, 0, 0, 0, 9,
		MIPX_EXT_REG_SERVER, 10, 0, 60, 10, 2, 0, 1, /* 81, cut below */
	};
	static uint8_t rep_full[32];
	struct mipx_mip4_msg req, rep;
	struct mipx_error err;
	struct mipx_verdicts out = { 0 };
	const struct mipx_verdict *v;
	(void)state;

	assert_int_equal(mipx_mip4_decode(req_bytes, sizeof req_bytes, &req, &err), MIPX_OK);
	mipx_rules_mip4_message(&req, req_bytes, sizeof req_bytes, NULL, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].check, MIPX_DRM_RESERVED);
	assert_int_equal(req_bytes[out.v[0].offset], 0x03);

	/* the reply's 81 is cut short: one malformed verdict */
	out.count = 0;
	assert_int_equal(mipx_mip4_decode(rep_bytes, sizeof rep_bytes, &rep, &err), MIPX_TRUNCATED);
	mipx_rules_malformed(false, &err, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].check, MIPX_DRM_MALFORMED);
	assert_memory_equal(out.v[0].text, "[DRM-MALFORMED] truncated at octet ", 35);

	/* completed: lifetime too long, no 82 */
	memcpy(rep_full, rep_bytes, sizeof rep_bytes);
	rep_full[28] = 0; /* priority 1, lifetime 60 */
	rep_full[29] = 1;
	rep_full[30] = 0;
	rep_full[31] = 60;
	out.count = 0;
	assert_int_equal(mipx_mip4_decode(rep_full, sizeof rep_full, &rep, &err), MIPX_OK);
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(out.count, 2);
	v = verdict_of(&out, MIPX_DRM_LT_REPLY);
	assert_non_null(v);
	assert_int_equal(rep_full[v->offset], 0x02);
	assert_int_equal(rep_full[v->offset + 1], 0x58);
	assert_string_equal(v->text, "[DRM-LT-REPLY] reply grants 600 s, request asked 300 s");
	assert_non_null(verdict_of(&out, MIPX_DRM_COA_EXT_MISSING));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bu_ba_bytes),
		cmocka_unit_test(test_registration_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
