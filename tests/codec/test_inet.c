/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The RFC 1071 Internet checksum helpers against known vectors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "mipx/frame.h"

/* RFC 1071 4.1: the words 0001 f203 f4f5 f6f7 sum (folded) to ddf2. */
static void test_rfc1071_example(void **state)
{
	static const uint8_t data[] = { 0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7 };
	uint32_t sum = mipx_inet_sum(data, sizeof data, 0);

	(void)state;
	assert_int_equal(mipx_inet_fold(sum), (uint16_t)~0xddf2);
	/* The same sum in two pieces (split on an even boundary). */
	sum = mipx_inet_sum(data + 4, 4, mipx_inet_sum(data, 4, 0));
	assert_int_equal(mipx_inet_fold(sum), 0x220d);
}

/* A real IPv4 header (the classic example): its checksum is b861. */
static void test_ipv4_header_vector(void **state)
{
	uint8_t hdr[20] = { 0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00,
			    0x40, 0x11, 0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01,
			    0xc0, 0xa8, 0x00, 0xc7 };

	(void)state;
	assert_int_equal(mipx_inet_fold(mipx_inet_sum(hdr, sizeof hdr, 0)), 0xb861);
	hdr[10] = 0xb8;
	hdr[11] = 0x61;
	/* A header with its checksum in place sums to all ones: fold gives 0. */
	assert_int_equal(mipx_inet_fold(mipx_inet_sum(hdr, sizeof hdr, 0)), 0);
}

/* An odd length pads the last octet with a zero on the right. */
static void test_odd_length(void **state)
{
	static const uint8_t odd[3] = { 0x12, 0x34, 0x56 };
	(void)state;
	assert_int_equal(mipx_inet_sum(odd, 3, 0), 0x1234 + 0x5600);
	assert_int_equal(mipx_inet_fold(mipx_inet_sum(odd, 3, 0)), (uint16_t)~(0x1234 + 0x5600));
	assert_int_equal(mipx_inet_fold(mipx_inet_sum(odd, 0, 0)), 0xffff);
}

/* Long input of all-ones words must not overflow the 32-bit sum. */
static void test_long_input(void **state)
{
	static uint8_t ones[65536 * 2];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof ones; i++)
		ones[i] = 0xff;
	/* Any sum of 0xffff words folds to 0xffff, so the complement is 0. */
	assert_int_equal(mipx_inet_fold(mipx_inet_sum(ones, sizeof ones, 0)), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc1071_example),
		cmocka_unit_test(test_ipv4_header_vector),
		cmocka_unit_test(test_odd_length),
		cmocka_unit_test(test_long_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
