/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Decode failures as verdicts: truncated and invalid read differently and
 * carry the decoder's offset and field name.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "mipx/message_rules.h"
#include "verdicts_util.h"

static void test_truncated_drm(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_error err = { MIPX_TRUNCATED, 22, "ext81.length", "ends early" };
	(void)state;

	mipx_rules_malformed(false, &err, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].check, MIPX_DRM_MALFORMED);
	assert_int_equal(out.v[0].offset, 0);
	assert_int_equal(out.v[0].length, 0);
	assert_false(out.v[0].about_response);
	assert_string_equal(out.v[0].text, "[DRM-MALFORMED] truncated at octet 22 (ext81.length)");
}

static void test_invalid_mcoa(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_error err = { MIPX_INVALID, 13, "coainfo.length", "must be 2 or 4, is 3" };
	(void)state;

	mipx_rules_malformed(true, &err, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].check, MIPX_MCOA_MALFORMED);
	assert_int_equal(out.v[0].offset, 13);
	assert_int_equal(out.v[0].length, 1);
	assert_string_equal(out.v[0].text,
			    "[MCOA-MALFORMED] invalid coainfo.length: must be 2 or 4, is 3");
}

/* Missing field/reason, huge offsets, no error at all: still one verdict. */
static void test_degenerate(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_error err = { MIPX_INVALID, 100000, NULL, NULL };
	(void)state;

	mipx_rules_malformed(false, &err, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].offset, UINT16_MAX);
	assert_string_equal(out.v[0].text, "[DRM-MALFORMED] invalid message: wrong value");

	err.status = MIPX_TRUNCATED;
	err.offset = 4;
	mipx_rules_malformed(true, &err, &out);
	assert_string_equal(out.v[1].text, "[MCOA-MALFORMED] truncated at octet 4 (message)");

	mipx_rules_malformed(true, NULL, &out);
	assert_int_equal(out.count, 3);
	assert_string_equal(out.v[2].text, "[MCOA-MALFORMED] does not parse");

	mipx_rules_malformed(true, &err, NULL); /* harmless */
}

/* A long reason is cut to the text buffer, NUL-terminated. */
static void test_long_reason(void **state)
{
	struct mipx_verdicts out = { 0 };
	char reason[400];
	struct mipx_error err = { MIPX_INVALID, 2, "mh.length", reason };
	(void)state;

	memset(reason, 'x', sizeof reason - 1);
	reason[sizeof reason - 1] = '\0';
	mipx_rules_malformed(true, &err, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(strlen(out.v[0].text), MIPX_VERDICT_TEXT - 1);
	assert_memory_equal(out.v[0].text, "[MCOA-MALFORMED] invalid mh.length: xxx", 39);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_truncated_drm),
		cmocka_unit_test(test_invalid_mcoa),
		cmocka_unit_test(test_degenerate),
		cmocka_unit_test(test_long_reason),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
