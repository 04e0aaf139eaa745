/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Capture time is integer microseconds and is printed with integer
 * arithmetic: the same capture must print the same digits in every build. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "model_helpers.h"

static void test_report_time_rounding(void **state)
{
	char out[40];

	(void)state;
	/* 2023-11-14 22:13:20.2545: half a millisecond rounds up */
	report_time(INT64_C(1700000000254500), out);
	assert_string_equal(out, "2023-11-14 22:13:20.255 UTC");
	report_time(INT64_C(1700000000254499), out);
	assert_string_equal(out, "2023-11-14 22:13:20.254 UTC");
	/* carrying into the next second */
	report_time(INT64_C(1700000000999500), out);
	assert_string_equal(out, "2023-11-14 22:13:21.000 UTC");
	report_time(CAP_NEVER, out);
	assert_string_equal(out, "never");
	report_time(CAP_NONE, out);
	assert_string_equal(out, "-");
}

static void test_seconds(void **state)
{
	char out[32];

	(void)state;
	assert_string_equal(cap_secs(INT64_C(1700000000322620), 6, out), "1700000000.322620");
	assert_string_equal(cap_secs(INT64_C(1234567), 3, out), "1.235");
	assert_string_equal(cap_secs(INT64_C(1234499), 3, out), "1.234");
	assert_string_equal(cap_secs(INT64_C(2500000), 0, out), "3");
	assert_string_equal(cap_secs(INT64_C(-1500000), 0, out), "-2");
	assert_string_equal(cap_secs(INT64_C(-400000), 0, out), "0");
	assert_string_equal(cap_secs(INT64_C(999999), 3, out), "1.000");
	assert_string_equal(report_json_time(INT64_C(1700000004000000), out), "1700000004.000000");
	assert_string_equal(report_json_time(CAP_NEVER, out), "null");
}

static void test_lifetime_expiry(void **state)
{
	(void)state;
	assert_true(lifetime_expiry(S(10.5), 600, false) == INT64_C(610500000));
	assert_true(lifetime_expiry(S(10.5), 0xffff, true) == CAP_NEVER);
	assert_true(cap_add(CAP_NEVER, 3600) == CAP_NEVER);
	assert_true(cap_add(S(1.0), 3600) == S(3601.0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_time_rounding),
		cmocka_unit_test(test_seconds),
		cmocka_unit_test(test_lifetime_expiry),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
