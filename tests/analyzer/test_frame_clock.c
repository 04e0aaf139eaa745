/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The frame clock (the HTML timeline's frame times): exact to the
 * millisecond whether a frame's offset fits its block or is kept apart
 * (a gap over 65 s, a time before its block's first), per file, and no
 * time for a frame never read.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "frame_clock.h"

#define T0 INT64_C(1700000000000000) /* microseconds */

static int64_t at(const struct frame_clock *c, unsigned file, uint32_t frame)
{
	struct frame_ref ref = { (uint16_t)file, frame };
	int64_t ms = -1;

	assert_true(frame_clock_ms(c, ref, &ms));
	return ms;
}

static bool known(const struct frame_clock *c, unsigned file, uint32_t frame)
{
	struct frame_ref ref = { (uint16_t)file, frame };
	int64_t ms;

	return frame_clock_ms(c, ref, &ms);
}

/* 1000 frames a blocks apart and across many blocks: each time back */
static void test_dense(void **state)
{
	struct frame_clock c;

	(void)state;
	frame_clock_init(&c, 1);
	for (uint32_t f = 1; f <= 1000; f++)
		frame_clock_add(&c, 0, f, T0 + (int64_t)f * 7919); /* 7.919 ms apart */
	for (uint32_t f = 1; f <= 1000; f++)
		assert_int_equal(at(&c, 0, f), ((int64_t)f * 7919 - 7919) / 1000);
	assert_false(known(&c, 0, 1001));
	assert_false(known(&c, 0, 0));
	frame_clock_free(&c);
}

/* frames hours apart, and one earlier than its block's first */
static void test_far(void **state)
{
	struct frame_clock c;

	(void)state;
	frame_clock_init(&c, 1);
	frame_clock_add(&c, 0, 1, T0);
	frame_clock_add(&c, 0, 2, T0 + INT64_C(3600000000));  /* an hour on */
	frame_clock_add(&c, 0, 3, T0 + INT64_C(3600001000));
	frame_clock_add(&c, 0, 4, T0 - INT64_C(5000000));     /* out of order */
	frame_clock_add(&c, 0, 5, T0 + INT64_C(65534000));    /* still fits */
	assert_int_equal(at(&c, 0, 1), 0);
	assert_int_equal(at(&c, 0, 2), 3600000);
	assert_int_equal(at(&c, 0, 3), 3600001);
	assert_int_equal(at(&c, 0, 4), -5000);
	assert_int_equal(at(&c, 0, 5), 65534);
	frame_clock_free(&c);
}

/* two files share the origin; frames not read have no time */
static void test_files_and_gaps(void **state)
{
	struct frame_clock c;

	(void)state;
	frame_clock_init(&c, 2);
	frame_clock_add(&c, 1, 1, T0);
	frame_clock_add(&c, 0, 1, T0 + 2000);
	frame_clock_add(&c, 0, 200, T0 + 9000);
	frame_clock_add(&c, 0, 200, T0 + 99000); /* the same frame again: kept */
	frame_clock_add(&c, 2, 1, T0);           /* no such file: ignored */
	assert_int_equal(at(&c, 1, 1), 0);
	assert_int_equal(at(&c, 0, 1), 2);
	assert_int_equal(at(&c, 0, 200), 9);
	assert_false(known(&c, 0, 2));
	assert_false(known(&c, 0, 130));
	assert_false(known(&c, 1, 2));
	assert_false(known(&c, 2, 1));
	assert_false(frame_clock_ms(NULL, (struct frame_ref){ 0, 1 }, &(int64_t){ 0 }));
	frame_clock_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dense),
		cmocka_unit_test(test_far),
		cmocka_unit_test(test_files_and_gaps),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
